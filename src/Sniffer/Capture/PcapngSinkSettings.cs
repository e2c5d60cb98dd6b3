using Sniffer.Files;

namespace Sniffer.Capture;

/// <summary>Where and how <see cref="PcapngCaptureSink"/> writes: one file, standard output, or a ring of files.</summary>
public sealed record PcapngSinkSettings
{
    /// <summary>The -w argument: a file name, or "-" for standard output.</summary>
    public required string Path { get; init; }

    /// <summary>-n (pcapng, the default) or -P (pcap).</summary>
    public CaptureFileFormat Format { get; init; } = CaptureFileFormat.Pcapng;

    /// <summary>The Section Header Block's contents.</summary>
    public required PcapngWriterOptions Header { get; init; }

    /// <summary>-a filesize:KB — stop once the file holds this many kilobytes (1000 bytes, as dumpcap counts).</summary>
    public long? StopAfterKilobytes { get; init; }

    /// <summary>-b filesize:KB — start the next ring file once the current one holds this many kilobytes.</summary>
    public long? RingFileKilobytes { get; init; }

    /// <summary>-b duration:S — start the next ring file after this many seconds.</summary>
    public long? RingFileSeconds { get; init; }

    /// <summary>-b files:N — keep only the newest N ring files, deleting older ones.</summary>
    public int? RingFileCount { get; init; }

    public bool WritesStandardOutput => Path == "-";

    public bool IsRing => RingFileKilobytes is not null || RingFileSeconds is not null;
}
