using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Dhcp;

public static class DhcpRegistration
{
    public static readonly PreferenceDef UdpPorts = new("dhcp.udp.port", "DHCP/BOOTP UDP ports", "UDP ports DHCP/BOOTP is decoded on", PreferenceKind.Range, "67-68,4011");

    /// <summary>DHCP/BOOTP on UDP 67, 68 and 4011 (PXE), tshark 4.0's defaults.</summary>
    public static ProtocolModule Module { get; } = new(
        [new ProtocolDeclaration(DhcpFields.Protocol, DhcpFields.Declaration.Fields, DhcpFields.Declaration.Experts, [UdpPorts])],
        Attach);

    private static void Attach(DissectorRegistry registry)
    {
        registry.Declare(DhcpDissector.Instance);
        registry.AddUdpPorts(DhcpDissector.Instance, UdpPorts);
    }
}
