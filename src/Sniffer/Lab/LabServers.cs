using System.Net;
using System.Security.Authentication;

namespace Sniffer.Lab;

/// <summary>Starts a lab server of any kind on its socket; the caller disposes it to stop it.</summary>
public static class LabServers
{
    public static TcpLabServer Start(LabServerSettings settings, LabLog log)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var endpoint = new IPEndPoint(settings.Bind, settings.Port);
        bool tls = settings.Tls || settings.Kind == LabServerKind.TlsEcho;
        var tlsSettings = tls ? new LabTlsServerSettings(LabCertificate.Create(), settings.TlsProtocols) : null;
        switch (settings.Kind)
        {
            case LabServerKind.Http:
                var site = new HttpLabSite();
                return TcpLabServer.Start(endpoint, (s, remote, c) => LabHttpConnection.ServeAsync(s, remote, site, settings.CloseEachResponse, log, c),
                    tlsSettings, log, tls ? "https server" : "http server");
            case LabServerKind.Echo:
            case LabServerKind.TlsEcho:
                return TcpLabServer.Start(endpoint, (s, remote, c) => EchoLabServer.ServeAsync(s, remote, log, c),
                    tlsSettings, log, tls ? "tls-echo server" : "echo server");
            case LabServerKind.CoffeePot:
                var pot = new CoffeePotServer(new CoffeePot(), settings.Strict, log);
                return TcpLabServer.Start(endpoint, pot.ServeAsync, null, log, settings.Strict ? "coffee pot (strict)" : "coffee pot");
            default:
                var web = new CoffeeWebSite(settings.Pot.Address.ToString(), settings.Pot.Port, log);
                return TcpLabServer.Start(endpoint, (s, remote, c) => LabHttpConnection.ServeAsync(s, remote, web, false, log, c),
                    null, log, "coffee web front end");
        }
    }

    /// <summary>The TLS version words the options take, for messages.</summary>
    public static string Describe(SslProtocols protocols) => protocols switch
    {
        SslProtocols.Tls12 => "TLS 1.2",
        SslProtocols.Tls13 => "TLS 1.3",
        _ => "TLS 1.2 or 1.3",
    };
}
