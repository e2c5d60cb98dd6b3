namespace Sniffer.Output.Statistics;

/// <summary>The layers -z conv and -z endpoints count: Ethernet, IPv4, IPv6, TCP, UDP.</summary>
public enum ConversationKind
{
    Ethernet,
    Ipv4,
    Ipv6,
    Tcp,
    Udp,
}
