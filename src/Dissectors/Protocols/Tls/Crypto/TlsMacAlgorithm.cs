namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>How a record is authenticated: by the AEAD cipher itself, or by an HMAC (CBC suites).</summary>
public enum TlsMacAlgorithm
{
    /// <summary>The AEAD tag authenticates the record; there is no separate MAC key.</summary>
    Aead,
    HmacSha1,
    HmacSha256,
    HmacSha384,
}
