using Sniffer.Dissectors.Model;

namespace Sniffer.Capture;

/// <summary>
/// libpcap's DLT_ numbers are the platform's; files carry tcpdump.org's LINKTYPE_ numbers. They are equal
/// for 0–10 and from 104 up; on Linux the two below that differ are DLT_ATM_RFC1483 and DLT_RAW.
/// </summary>
public static class DataLinkTypes
{
    private const int DltAtmRfc1483 = 11;
    private const int DltRaw = 12;
    private const int LinkTypeAtmRfc1483 = 100;

    public static LinkType ToLinkType(int dlt) => dlt switch
    {
        DltAtmRfc1483 => (LinkType)LinkTypeAtmRfc1483,
        DltRaw => LinkType.Raw,
        _ => (LinkType)(ushort)dlt,
    };
}
