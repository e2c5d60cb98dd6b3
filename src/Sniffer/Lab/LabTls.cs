using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Sniffer.Lab;

/// <summary>TLS for the lab peers: the version choice and the SslStream handshakes on both sides.</summary>
public static class LabTls
{
    /// <summary>"1.2" → TLS 1.2 only, "1.3" → TLS 1.3 only, null or "" → whatever both sides support.</summary>
    public static bool TryParseVersion(string? text, out SslProtocols protocols)
    {
        protocols = text switch
        {
            null or "" => SslProtocols.None,
            "1.2" => SslProtocols.Tls12,
            "1.3" => SslProtocols.Tls13,
            _ => (SslProtocols)(-1),
        };
        return protocols != (SslProtocols)(-1);
    }

    public static async Task<SslStream> AuthenticateAsServerAsync(Stream inner, X509Certificate2 certificate, SslProtocols protocols, CancellationToken cancel)
    {
        TlsKeyLog.MarkTlsStarted();
        var tls = new SslStream(inner, leaveInnerStreamOpen: false);
        try
        {
            await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
            {
                ServerCertificate = certificate,
                EnabledSslProtocols = protocols,
                ClientCertificateRequired = false,
            }, cancel);
            return tls;
        }
        catch
        {
            await tls.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The client side. The lab server's certificate is self-signed and made at its start, so the lab client
    /// accepts whatever certificate the loopback peer shows: these peers exist to be captured, not to be trusted.
    /// </summary>
    public static async Task<SslStream> AuthenticateAsClientAsync(Stream inner, string host, SslProtocols protocols, CancellationToken cancel)
    {
        TlsKeyLog.MarkTlsStarted();
        var tls = new SslStream(inner, leaveInnerStreamOpen: false, (_, _, _, _) => true);
        try
        {
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = host,
                EnabledSslProtocols = protocols,
            }, cancel);
            return tls;
        }
        catch
        {
            await tls.DisposeAsync();
            throw;
        }
    }
}
