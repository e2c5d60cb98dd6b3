using Sniffer.Files;

namespace Sniffer.Pipeline;

/// <summary>Everything <c>sniffer edit</c> (editcap's everyday switches) was asked to do, validated.</summary>
public sealed record EditSettings
{
    public required string Input { get; init; }
    public required string Output { get; init; }
    public CaptureFileType FileType { get; init; } = CaptureFileType.PcapNg;

    /// <summary>-r: keep the selected packets (editcap's default is to delete them).</summary>
    public bool KeepSelected { get; init; }

    /// <summary>The packet numbers and ranges after the file names; empty selects nothing (every packet is kept).</summary>
    public PacketSelection Selection { get; init; } = new();

    /// <summary>-A: keep packets at or after this time (nanoseconds since the epoch).</summary>
    public long? StartNs { get; init; }

    /// <summary>-B: keep packets before this time.</summary>
    public long? StopNs { get; init; }

    /// <summary>-c: at most this many packets per output file.</summary>
    public int? PacketsPerFile { get; init; }

    /// <summary>-i: a new output file every this many seconds of capture time.</summary>
    public int? SecondsPerFile { get; init; }

    /// <summary>--inject-secrets tls,FILE (the key logs, in order).</summary>
    public IReadOnlyList<string> TlsKeyLogs { get; init; } = [];

    /// <summary>--all-keys: embed every valid key-log line, not only those of the capture's TLS sessions.</summary>
    public bool AllKeys { get; init; }

    public bool DiscardSecrets { get; init; }

    /// <summary>-a FRAME:COMMENT (a later one for the same frame replaces an earlier one, as editcap's).</summary>
    public IReadOnlyDictionary<long, string> FrameComments { get; init; } = new Dictionary<long, string>();

    public IReadOnlyList<string> CaptureComments { get; init; } = [];

    public bool DiscardCaptureComments { get; init; }
}
