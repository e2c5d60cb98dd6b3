namespace Sniffer.Dissectors.Link;

/// <summary>EtherType values Sniffer follows (IEEE 802 numbers, as in Wireshark's etypes.h).</summary>
public static class EtherTypes
{
    public const ushort Ipv4 = 0x0800;
    public const ushort Arp = 0x0806;
    public const ushort Vlan = 0x8100;
    public const ushort QinQ = 0x88A8;
    public const ushort Ipv6 = 0x86DD;

    public static readonly IReadOnlyDictionary<ulong, string> Names = new Dictionary<ulong, string>
    {
        [Ipv4] = "IPv4",
        [Arp] = "ARP",
        [Vlan] = "802.1Q Virtual LAN",
        [QinQ] = "802.1ad Provider Bridge (Q-in-Q)",
        [Ipv6] = "IPv6",
    };
}
