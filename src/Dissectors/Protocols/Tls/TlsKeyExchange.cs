namespace Sniffer.Dissectors.Protocols.Tls;

/// <summary>The key exchange families whose ServerKeyExchange and ClientKeyExchange tshark reads field by field.</summary>
public enum TlsKeyExchange : byte
{
    /// <summary>No cipher suite yet, TLS 1.3, or a family whose key exchange messages are not read (PSK, SRP, Kerberos).</summary>
    Other,
    Rsa,
    Dh,
    DhAnonymous,
    Ecdh,
    EcdhAnonymous,
}
