using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Dns;

public static class DnsRegistration
{
    public static readonly PreferenceDef UdpPorts = new("dns.udp.port", "DNS UDP ports", "UDP ports DNS is decoded on", PreferenceKind.Range, "53");
    public static readonly PreferenceDef TcpPorts = new("dns.tcp.port", "DNS TCP ports", "TCP ports DNS (with its two-byte length prefix) is decoded on", PreferenceKind.Range, "53,5353");
    public static readonly PreferenceDef MdnsUdpPorts = new("mdns.udp.port", "mDNS UDP ports", "UDP ports Multicast DNS is decoded on", PreferenceKind.Range, "5353");
    public static readonly PreferenceDef LlmnrUdpPorts = new("llmnr.udp.port", "LLMNR UDP ports", "UDP ports LLMNR is decoded on", PreferenceKind.Range, "5355");

    /// <summary>DNS on UDP and TCP 53, mDNS on UDP 5353, LLMNR on UDP 5355 (tshark 4.0's defaults, changeable with -o or -d).</summary>
    public static ProtocolModule Module { get; } = new(
        [
            new ProtocolDeclaration(DnsFields.Protocol, DnsFields.Declaration.Fields, DnsFields.Declaration.Experts, [UdpPorts, TcpPorts])
            {
                SecondDefinitions = DnsFields.Declaration.SecondDefinitions,
            },
            new ProtocolDeclaration(DnsFields.Mdns, [], [], [MdnsUdpPorts]),
            new ProtocolDeclaration(DnsFields.Llmnr, [], [], [LlmnrUdpPorts]),
        ],
        Attach);

    private static void Attach(DissectorRegistry registry)
    {
        registry.Declare((IDatagramDissector)DnsDissector.Dns);
        registry.Declare((Streams.IStreamDissector)DnsDissector.Dns);
        registry.AddUdpPorts(DnsDissector.Dns, UdpPorts);
        registry.AddTcpPorts(DnsDissector.Dns, TcpPorts);
        registry.AddUdpHeuristic(DnsDissector.Dns);
        registry.Declare((IDatagramDissector)DnsDissector.Mdns);
        registry.AddUdpPorts(DnsDissector.Mdns, MdnsUdpPorts);
        registry.Declare((IDatagramDissector)DnsDissector.Llmnr);
        registry.AddUdpPorts(DnsDissector.Llmnr, LlmnrUdpPorts);
    }
}
