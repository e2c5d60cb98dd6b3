namespace Sniffer.Capture;

/// <summary>libpcap's connection status of an interface (PCAP_IF_CONNECTION_STATUS).</summary>
public enum DeviceConnection
{
    Unknown,
    Connected,
    Disconnected,
    NotApplicable,
}
