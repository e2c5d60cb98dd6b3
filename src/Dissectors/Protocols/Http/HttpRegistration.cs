using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Http;

public static class HttpRegistration
{
    /// <summary>HTTP on Wireshark's default tcp.port range (changeable with -d) and the http_tcp heuristic.</summary>
    public static void Register(DissectorRegistry registry)
    {
        registry.Declare(HttpDissector.OverTcp);
        registry.AddTcpPorts(HttpDissector.OverTcp, [.. HttpDissector.DefaultTcpPorts]);
        registry.AddTcpHeuristic(HttpDissector.OverTcp);
        registry.AddTlsAlpn("http/1.1", HttpDissector.OverTls);
        registry.AddTlsAlpn("http/1.0", HttpDissector.OverTls);
        registry.AddTlsHeuristic(HttpDissector.OverTls);
    }
}
