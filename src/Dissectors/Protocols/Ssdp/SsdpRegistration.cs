using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Ssdp;

public static class SsdpRegistration
{
    public static readonly PreferenceDef UdpPorts = new("ssdp.udp.port", "SSDP UDP ports", "UDP ports SSDP is decoded on", PreferenceKind.Range, "1900");

    public static ProtocolModule Module { get; } = new(
        [new ProtocolDeclaration(SsdpFields.Protocol, [], [], [UdpPorts])],
        Attach);

    private static void Attach(DissectorRegistry registry)
    {
        registry.Declare(SsdpDissector.Instance);
        registry.AddUdpPorts(SsdpDissector.Instance, UdpPorts);
    }
}
