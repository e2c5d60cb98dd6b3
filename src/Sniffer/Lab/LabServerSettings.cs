using System.Net;
using System.Security.Authentication;

namespace Sniffer.Lab;

/// <summary>One lab server to run: what, where (loopback by default), and how.</summary>
public sealed record LabServerSettings
{
    public required LabServerKind Kind { get; init; }

    public IPAddress Bind { get; init; } = IPAddress.Loopback;

    /// <summary>0 picks a free port (the log line says which).</summary>
    public int Port { get; init; }

    /// <summary>HTTPS instead of HTTP (the http server only; tls-echo always uses TLS).</summary>
    public bool Tls { get; init; }

    /// <summary>SslProtocols.None lets both sides agree; Tls12 or Tls13 forces one.</summary>
    public SslProtocols TlsProtocols { get; init; } = SslProtocols.None;

    /// <summary>The http server closes after every response (HTTP/1.0 style) instead of honouring keep-alive.</summary>
    public bool CloseEachResponse { get; init; }

    /// <summary>The coffee pot answers as RFC 2324 says (Content-Length and the blank line), not as the lab pot does.</summary>
    public bool Strict { get; init; }

    /// <summary>Where the coffee web front end finds the pot.</summary>
    public IPEndPoint Pot { get; init; } = new(IPAddress.Loopback, CoffeePotServer.DefaultPort);

    public static int DefaultPort(LabServerKind kind, bool tls) => kind switch
    {
        LabServerKind.Http => tls ? 8443 : 8080,
        LabServerKind.Echo => 7007,
        LabServerKind.TlsEcho => 7443,
        LabServerKind.CoffeePot => CoffeePotServer.DefaultPort,
        _ => CoffeeWebSite.DefaultPort,
    };
}
