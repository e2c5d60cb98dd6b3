using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Htcpcp;

public static class HtcpcpRegistration
{
    /// <summary>HTCPCP on 5030 (changeable with -d) and its heuristic, tried before HTTP's: "GET coffee://…" is a pot's.</summary>
    public static void Register(DissectorRegistry registry)
    {
        registry.Declare(HtcpcpDissector.Instance);
        registry.AddTcpPorts(HtcpcpDissector.Instance, 5030);
        registry.AddTcpHeuristic(HtcpcpDissector.Instance);
    }
}
