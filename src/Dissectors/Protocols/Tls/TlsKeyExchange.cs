namespace Sniffer.Dissectors.Protocols.Tls;

/// <summary>The key exchange families whose ServerKeyExchange and ClientKeyExchange tshark reads field by field.</summary>
public enum TlsKeyExchange : byte
{
    /// <summary>No cipher suite yet, TLS 1.3, or a family whose key exchange messages tshark does not read (DHE-PSK,
    /// ECDHE-PSK, SRP, Kerberos).</summary>
    Other,
    Rsa,
    Dh,
    DhAnonymous,
    Ecdh,
    EcdhAnonymous,
    /// <summary>RFC 4279 psk: the client names its identity; the server may give a hint.</summary>
    Psk,
    /// <summary>RFC 4279 rsa_psk: the client's identity, then an RSA-encrypted pre-master secret.</summary>
    RsaPsk,
}
