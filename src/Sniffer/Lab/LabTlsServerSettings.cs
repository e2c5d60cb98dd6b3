using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Sniffer.Lab;

/// <summary>The certificate and allowed TLS versions of a lab server that speaks TLS.</summary>
public sealed record LabTlsServerSettings(X509Certificate2 Certificate, SslProtocols Protocols);
