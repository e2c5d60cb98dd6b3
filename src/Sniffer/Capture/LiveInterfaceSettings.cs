namespace Sniffer.Capture;

/// <summary>How to open one interface; the defaults are dumpcap's.</summary>
public sealed record LiveInterfaceSettings
{
    public const int DefaultSnapLength = 262144;
    public const int DefaultBufferMiB = 2;

    /// <summary>The interface name as libpcap knows it ("lo", "eth0", "any").</summary>
    public required string Device { get; init; }

    /// <summary>libpcap's description of it ("Loopback"), for messages and the if_description option.</summary>
    public string? Description { get; init; }

    public int SnapLength { get; init; } = DefaultSnapLength;

    public bool Promiscuous { get; init; } = true;

    /// <summary>Monitor mode (-I, pcap_set_rfmon): an 802.11 interface shows every frame on its channel, with radio headers.</summary>
    public bool MonitorMode { get; init; }

    public int BufferSizeBytes { get; init; } = DefaultBufferMiB * 1024 * 1024;

    /// <summary>
    /// Deliver each packet as soon as it arrives (pcap_set_immediate_mode). Live printing wants this; when only
    /// writing a file, batching in the kernel for up to <see cref="ReadTimeoutMilliseconds"/> costs less CPU.
    /// </summary>
    public bool Immediate { get; init; }

    /// <summary>The buffering timeout (pcap_set_timeout); also how often the loop looks for a stop request.</summary>
    public int ReadTimeoutMilliseconds { get; init; } = 100;

    /// <summary>-y: the data link type to ask for, by the name -L lists ("EN10MB", "LINUX_SLL2"); null keeps the device's default.</summary>
    public string? LinkTypeName { get; init; }

    /// <summary>A BPF capture filter in pcap-filter(7) syntax; null or empty for none.</summary>
    public string? Filter { get; init; }
}
