namespace Sniffer.Dissectors.Network;

/// <summary>IANA protocol numbers (IPv4 protocol, IPv6 next header) that Sniffer follows.</summary>
public static class IpProtocols
{
    public const byte HopByHop = 0;
    public const byte Icmp = 1;
    public const byte Tcp = 6;
    public const byte Udp = 17;
    public const byte Routing = 43;
    public const byte Fragment = 44;
    public const byte Esp = 50;
    public const byte Ah = 51;
    public const byte Icmpv6 = 58;
    public const byte NoNext = 59;
    public const byte DestinationOptions = 60;

    public static readonly IReadOnlyDictionary<ulong, string> Names = new Dictionary<ulong, string>
    {
        [HopByHop] = "IPv6 Hop-by-Hop Option",
        [Icmp] = "ICMP",
        [Tcp] = "TCP",
        [Udp] = "UDP",
        [Routing] = "Routing Header for IPv6",
        [Fragment] = "Fragment Header for IPv6",
        [Esp] = "Encap Security Payload",
        [Ah] = "Authentication Header",
        [Icmpv6] = "ICMPv6",
        [NoNext] = "No Next Header for IPv6",
        [DestinationOptions] = "Destination Options for IPv6",
    };
}
