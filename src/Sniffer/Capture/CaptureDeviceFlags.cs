namespace Sniffer.Capture;

/// <summary>What libpcap says about an interface (PCAP_IF_LOOPBACK, _UP, _RUNNING, _WIRELESS).</summary>
[Flags]
public enum CaptureDeviceFlags
{
    None = 0,
    Loopback = 1,
    Up = 2,
    Running = 4,
    Wireless = 8,
}
