namespace Sniffer.Capture;

/// <summary>Why a capture could not start or had to stop.</summary>
public enum CaptureErrorKind
{
    None,
    /// <summary>libpcap is not installed (or the file named by SNIFFER_LIBPCAP is missing).</summary>
    LibraryMissing,
    /// <summary>pcap_findalldevs failed.</summary>
    DeviceListFailed,
    /// <summary>No interface has that name or number.</summary>
    NoSuchDevice,
    /// <summary>Not root and no CAP_NET_RAW.</summary>
    PermissionDenied,
    /// <summary>Promiscuous mode needs CAP_NET_ADMIN.</summary>
    PromiscuousPermissionDenied,
    /// <summary>The interface is down.</summary>
    InterfaceDown,
    /// <summary>Any other pcap_activate or pcap_set_* failure.</summary>
    ActivationFailed,
    /// <summary>pcap_compile rejected the capture filter.</summary>
    BadFilter,
    /// <summary>-y named a link type libpcap does not know, or one the device does not offer.</summary>
    BadLinkType,
    /// <summary>pcap_setfilter failed.</summary>
    FilterNotApplied,
    /// <summary>pcap_next_ex reported an error mid-capture (the interface went away, …).</summary>
    ReadFailed,
    /// <summary>The capture file could not be created.</summary>
    OutputOpenFailed,
    /// <summary>A write to the capture file failed (disk full, broken pipe, …).</summary>
    WriteFailed,
    /// <summary>A sink threw instead of answering <see cref="SinkVerdict.Failed"/>: a bug, reported without a stack trace.</summary>
    Internal,
}
