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
        _ => DraftNameOf(version),
    };

    /// <summary>A TLS 1.3 draft as Wireshark names it (0x7f14 "TLS 1.3 (draft 20)", 0xfb17 "TLS 1.3 (Facebook draft 23)").</summary>
    public static string? DraftNameOf(ushort version) => version switch
    {
        >= 0x7f0e and <= 0x7f1c => $"TLS 1.3 (draft {version & 0xff})",
        0xfb17 => "TLS 1.3 (Facebook draft 23)",
        0xfb1a => "TLS 1.3 (Facebook draft 26)",
        _ => null,
    };

    /// <summary>True for a pre-RFC 8446 TLS 1.3 draft version (IETF drafts 14–28, Facebook's 23 and 26).</summary>
    public static bool IsTls13Draft(ushort version) => DraftNameOf(version) is not null;
}
