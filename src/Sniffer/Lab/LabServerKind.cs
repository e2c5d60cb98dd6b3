namespace Sniffer.Lab;

/// <summary>The servers <c>sniffer lab serve</c> runs.</summary>
public enum LabServerKind
{
    /// <summary>The lab web site (HTTP, or HTTPS with --tls).</summary>
    Http,
    /// <summary>TCP echo.</summary>
    Echo,
    /// <summary>Echo over TLS.</summary>
    TlsEcho,
    /// <summary>The HTCPCP coffee pot.</summary>
    CoffeePot,
    /// <summary>The coffee pot's web front end.</summary>
    CoffeeWeb,
}
