namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>Protocol version numbers as they appear on the wire (ProtocolVersion, RFC 8446 §4.1.2).</summary>
public static class TlsVersions
{
    public const ushort Ssl30 = 0x0300;
    public const ushort Tls10 = 0x0301;
    public const ushort Tls11 = 0x0302;
    public const ushort Tls12 = 0x0303;
    public const ushort Tls13 = 0x0304;

    /// <summary>The name Wireshark uses for the version ("TLS 1.2"), or null for a value that is no TLS version.</summary>
    public static string? NameOf(ushort version) => version switch
    {
        Ssl30 => "SSL 3.0",
        Tls10 => "TLS 1.0",
        Tls11 => "TLS 1.1",
        Tls12 => "TLS 1.2",
        Tls13 => "TLS 1.3",
        _ => null,
    };
}
