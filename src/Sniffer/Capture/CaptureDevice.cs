using System.Net;

namespace Sniffer.Capture;

/// <summary>
/// One interface libpcap can capture on, numbered from 1 in pcap_findalldevs order, as <c>dumpcap -D</c>
/// numbers them (so <c>-i 3</c> means the third).
/// <para>
/// <see cref="Description"/> is what Wireshark calls the friendly name on Linux: "Loopback" for a loopback
/// interface and nothing otherwise (Wireshark ignores libpcap's descriptions there, which
/// <see cref="PcapDescription"/> keeps). It is what dumpcap prints in parentheses, writes as if_description
/// and puts before the name in "Capturing on 'Loopback: lo'".
/// </para>
/// </summary>
public sealed record CaptureDevice(
    int Number,
    string Name,
    string? Description,
    string? PcapDescription,
    CaptureDeviceFlags Flags,
    DeviceConnection Connection,
    DeviceKind Kind,
    IReadOnlyList<IPAddress> Addresses)
{
    public bool IsLoopback => (Flags & CaptureDeviceFlags.Loopback) != 0;

    /// <summary>How dumpcap names the interface in "Capturing on '…'": "Loopback: lo" when it has a description, else "lo".</summary>
    public string DisplayName => DisplayNameOf(Name, Description);

    public static string DisplayNameOf(string name, string? description) =>
        string.IsNullOrEmpty(description) ? name : $"{description}: {name}";
}
