using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Htcpcp;

public static class HtcpcpRegistration
{
    /// <summary>The port the lab coffee pot listens on, as a preference the user can change (-o htcpcp.tcp.port:N or -d).</summary>
    public static readonly PreferenceDef TcpPorts = new("htcpcp.tcp.port", "HTCPCP TCP ports",
        "TCP ports HTCPCP (the RFC 2324 coffee pot) is decoded on", PreferenceKind.Range, "5030");

    /// <summary>HTCPCP on its ports and its heuristic, tried before HTTP's: "GET coffee://…" is a pot's.</summary>
    public static ProtocolModule Module { get; } = new(
        () =>
        [new ProtocolDeclaration(HtcpcpFields.Protocol, HtcpcpFields.Declaration.Fields, HtcpcpFields.Declaration.Experts, [TcpPorts])],
        Attach);

    private static void Attach(DissectorRegistry registry)
    {
        registry.Declare(HtcpcpDissector.Instance);
        registry.AddTcpPorts(HtcpcpDissector.Instance, TcpPorts);
        registry.AddTcpHeuristic(HtcpcpDissector.Instance);
    }
}
