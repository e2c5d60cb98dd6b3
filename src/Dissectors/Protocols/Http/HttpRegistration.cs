using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Http;

public static class HttpRegistration
{
    /// <summary>tshark 4.0's default http.tcp.port range (a preference the user can change with -o or -d).</summary>
    public static readonly PreferenceDef TcpPorts = new("http.tcp.port", "HTTP TCP ports",
        "TCP ports HTTP is decoded on", PreferenceKind.Range, "80,3128,3132,5985,8080,8088,11371,1900,2869,2710");

    /// <summary>
    /// HTTP and MIME multipart declare their fields; HTTP attaches to its TCP ports, the http_tcp heuristic, the
    /// "http/1.1" and "http/1.0" ALPN ids and the heuristic for decrypted TLS data.
    /// </summary>
    public static ProtocolModule Module { get; } = new(
        () =>
        [
            new ProtocolDeclaration(HttpFields.Protocol, HttpFields.Declaration.Fields, HttpFields.Declaration.Experts,
                [TcpPorts, HttpOptions.TlsPorts, HttpOptions.MaxUncompressedBody, HttpOptions.MaxChunksShown]),
            MimeMultipartFields.Declaration,
        ],
        Attach);

    /// <summary>Each run gets its own two instances, made with that run's preferences (-o http.tls.port:8443, ...).</summary>
    private static void Attach(DissectorRegistry registry)
    {
        var options = HttpOptions.From(registry.Preferences);
        var overTcp = new HttpDissector(carriedInTls: false, options);
        var overTls = new HttpDissector(carriedInTls: true, options);
        registry.Declare(overTcp);
        registry.AddTcpPorts(overTcp, TcpPorts);
        registry.AddTcpHeuristic(overTcp);
        registry.AddTlsAlpn("http/1.1", overTls);
        registry.AddTlsAlpn("http/1.0", overTls);
        registry.AddTlsHeuristic(overTls);
    }
}
