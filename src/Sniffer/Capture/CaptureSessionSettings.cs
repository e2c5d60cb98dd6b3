namespace Sniffer.Capture;

/// <summary>What one capture session opens and when it stops by itself.</summary>
public sealed record CaptureSessionSettings
{
    public const int DefaultRingBytesPerInterface = 16 * 1024 * 1024;

    /// <summary>The interfaces, in the order their ids (and pcapng IDBs) are given.</summary>
    public required IReadOnlyList<LiveInterfaceSettings> Interfaces { get; init; }

    /// <summary>What opens the interfaces (--backend, SNIFFER_CAPTURE_BACKEND).</summary>
    public ICaptureBackend Backend { get; init; } = CaptureBackends.Default;

    /// <summary>Stop after this many packets in all (-c N, -a packets:N); null for no limit.</summary>
    public long? MaxPackets { get; init; }

    /// <summary>Stop after this long (-a duration:S); null for no limit.</summary>
    public TimeSpan? MaxDuration { get; init; }

    /// <summary>Size of each interface's ring between its capture thread and the writer thread.</summary>
    public int RingBytesPerInterface { get; init; } = DefaultRingBytesPerInterface;

    /// <summary>How often the sinks get <see cref="ICapturedPacketSink.Tick"/> (and so how old the newest unflushed packet can be).</summary>
    public TimeSpan TickInterval { get; init; } = TimeSpan.FromMilliseconds(100);
}
