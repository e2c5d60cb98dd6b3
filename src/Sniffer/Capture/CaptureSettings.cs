namespace Sniffer.Capture;

/// <summary>Everything <c>sniffer capture</c> was asked to do, as parsed from its options (defaults are dumpcap's).</summary>
public sealed record CaptureSettings
{
    /// <summary>-i values: names, list numbers or "any"; empty means the first listed interface, as dumpcap does.</summary>
    public IReadOnlyList<string> Interfaces { get; init; } = [];

    /// <summary>-f: a BPF capture filter, applied to every interface.</summary>
    public string? Filter { get; init; }

    public int SnapLength { get; init; } = LiveInterfaceSettings.DefaultSnapLength;

    /// <summary>False with -p.</summary>
    public bool Promiscuous { get; init; } = true;

    /// <summary>-I: monitor mode.</summary>
    public bool MonitorMode { get; init; }

    public int BufferMiB { get; init; } = LiveInterfaceSettings.DefaultBufferMiB;

    /// <summary>-c N (the same as -a packets:N).</summary>
    public long? Count { get; init; }

    /// <summary>-a conditions: duration, filesize, packets.</summary>
    public IReadOnlyList<CaptureCondition> Autostop { get; init; } = [];

    /// <summary>-b conditions: files, filesize, duration.</summary>
    public IReadOnlyList<CaptureCondition> RingBuffer { get; init; } = [];

    /// <summary>-w: a pcapng file, or "-" for standard output; null prints lines instead.</summary>
    public string? WriteFile { get; init; }

    /// <summary>--print: print lines even while writing a file.</summary>
    public bool Print { get; init; }

    /// <summary>-P (pcap) or -n (pcapng, the default), as dumpcap.</summary>
    public CaptureFileFormat Format { get; init; } = CaptureFileFormat.Pcapng;

    /// <summary>-y: the data link type to capture with, by name; null keeps each interface's default.</summary>
    public string? LinkType { get; init; }

    /// <summary>--keylog: a TLS key log (possibly still growing) for the live summary to decrypt with.</summary>
    public string? KeyLogFile { get; init; }
    /// <summary>-Y: which packets the live output prints (the file, with -w, gets every packet).</summary>
    public Dissectors.Taps.IFrameFilter? DisplayFilter { get; init; }

    /// <summary>--backend: "native" or "sharppcap"; null takes SNIFFER_CAPTURE_BACKEND, else native.</summary>
    public string? Backend { get; init; }

    /// <summary>-q: no live "Packets: N" counter.</summary>
    public bool Quiet { get; init; }

    /// <summary>Whether standard error is a terminal (the live counter is shown only there).</summary>
    public bool StandardErrorIsTerminal { get; init; }
}
