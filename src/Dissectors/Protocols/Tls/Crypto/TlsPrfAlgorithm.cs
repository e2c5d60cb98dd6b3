namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// The pseudo-random function that expands a TLS 1.0–1.2 master secret (RFC 2246 §5, RFC 5246 §5).
/// TLS 1.0 and 1.1 always use the MD5/SHA-1 combination; TLS 1.2 uses the hash its cipher suite names.
/// </summary>
public enum TlsPrfAlgorithm
{
    /// <summary>TLS 1.0/1.1: P_MD5 over the first half of the secret XOR P_SHA1 over the second half.</summary>
    Md5Sha1,
    /// <summary>TLS 1.2: P_SHA256 (every suite whose name does not end in SHA384).</summary>
    Sha256,
    /// <summary>TLS 1.2: P_SHA384 (suites ending in _SHA384).</summary>
    Sha384,
}
