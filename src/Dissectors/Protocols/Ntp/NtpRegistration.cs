using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Ntp;

public static class NtpRegistration
{
    public static readonly PreferenceDef UdpPorts = new("ntp.udp.port", "NTP UDP ports", "UDP ports NTP is decoded on", PreferenceKind.Range, "123");

    public static ProtocolModule Module { get; } = new(
        [new ProtocolDeclaration(NtpFields.Protocol, NtpFields.Declaration.Fields, NtpFields.Declaration.Experts, [UdpPorts])],
        Attach);

    private static void Attach(DissectorRegistry registry)
    {
        registry.Declare(NtpDissector.Instance);
        registry.AddUdpPorts(NtpDissector.Instance, UdpPorts);
    }
}
