using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Tls;

public static class TlsRegistration
{
    /// <summary>TLS on 443 by default (changeable with -d), and a heuristic for a stream that opens with a TLS record.</summary>
    public static void Register(DissectorRegistry registry)
    {
        registry.Declare(TlsDissector.Instance);
        registry.AddTcpPorts(TlsDissector.Instance, 443);
        registry.AddTcpHeuristic(TlsDissector.Instance);
    }
}
