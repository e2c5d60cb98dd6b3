namespace Sniffer.Files;

/// <summary>Record types of a pcapng Name Resolution Block.</summary>
public enum NameResolutionRecordType : ushort
{
    Ipv4 = 1,
    Ipv6 = 2,
    Eui48 = 3,
    Eui64 = 4,
}
