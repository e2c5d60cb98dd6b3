namespace Sniffer.Capture.Interop;

/// <summary>The status codes libpcap's pcap_activate, pcap_next_ex and friends return (pcap/pcap.h).</summary>
internal enum PcapErrorCode
{
    Success = 0,
    Error = -1,
    Break = -2,
    NotActivated = -3,
    Activated = -4,
    NoSuchDevice = -5,
    RfmonNotSupported = -6,
    NotRfmon = -7,
    PermissionDenied = -8,
    InterfaceNotUp = -9,
    CannotSetTimestampType = -10,
    PromiscuousPermissionDenied = -11,
    TimestampPrecisionNotSupported = -12,
    Warning = 1,
    WarningPromiscuousNotSupported = 2,
    WarningTimestampTypeNotSupported = 3,
}
