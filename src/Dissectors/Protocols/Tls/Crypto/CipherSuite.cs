using System.Security.Cryptography;

namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// What Sniffer needs to know to decrypt records of one cipher suite: its wire value, the name Wireshark
/// prints, the record cipher, the MAC and the hash behind the PRF (TLS 1.2) or HKDF (TLS 1.3). Lengths follow
/// RFC 5246 §6.3 and Appendix C, RFC 5288 (GCM), RFC 6655 (CCM), RFC 7905 (ChaCha20) and RFC 8446 §5.3.
/// </summary>
public sealed record CipherSuite(ushort Id, string Name, TlsBulkCipher Cipher, TlsMacAlgorithm Mac,
    HashAlgorithmName Hash, bool IsTls13)
{
    /// <summary>AES works on 16-byte blocks.</summary>
    public const int AesBlockLength = 16;

    /// <summary>Every AEAD nonce in TLS is 12 bytes.</summary>
    public const int AeadNonceLength = 12;

    public bool IsAead => Mac == TlsMacAlgorithm.Aead;

    public bool IsCbc => Cipher is TlsBulkCipher.Aes128Cbc or TlsBulkCipher.Aes256Cbc;

    public int KeyLength => Cipher switch
    {
        TlsBulkCipher.Aes128Gcm or TlsBulkCipher.Aes128Ccm or TlsBulkCipher.Aes128Ccm8 or TlsBulkCipher.Aes128Cbc => 16,
        _ => 32,
    };

    /// <summary>
    /// The IV taken from the key block (TLS 1.2) or expanded from the traffic secret (TLS 1.3): GCM and CCM in
    /// TLS 1.2 use a 4-byte salt, ChaCha20 and every TLS 1.3 suite a 12-byte IV, CBC a 16-byte block IV
    /// (used only by TLS 1.0, which has no per-record IV).
    /// </summary>
    public int FixedIvLength => IsTls13 || Cipher == TlsBulkCipher.ChaCha20Poly1305 ? AeadNonceLength
        : IsCbc ? AesBlockLength
        : 4;

    /// <summary>
    /// Bytes of IV carried at the start of each TLS 1.2 record: 8 (GCM, CCM), 0 (ChaCha20), 16 (CBC, TLS 1.1
    /// and later); TLS 1.3 records carry none.
    /// </summary>
    public int RecordIvLength => IsTls13 || Cipher == TlsBulkCipher.ChaCha20Poly1305 ? 0
        : IsCbc ? AesBlockLength
        : 8;

    /// <summary>The AEAD authentication tag length: 16, or 8 for the CCM_8 suites; 0 for CBC.</summary>
    public int TagLength => Cipher switch
    {
        TlsBulkCipher.Aes128Ccm8 or TlsBulkCipher.Aes256Ccm8 => 8,
        TlsBulkCipher.Aes128Cbc or TlsBulkCipher.Aes256Cbc => 0,
        _ => 16,
    };

    /// <summary>HMAC output length and MAC key length (they are equal in TLS); 0 for AEAD suites.</summary>
    public int MacLength => Mac switch
    {
        TlsMacAlgorithm.HmacSha1 => 20,
        TlsMacAlgorithm.HmacSha256 => 32,
        TlsMacAlgorithm.HmacSha384 => 48,
        _ => 0,
    };

    /// <summary>The hash of the record MAC (CBC suites only).</summary>
    public HashAlgorithmName MacHash => Mac switch
    {
        TlsMacAlgorithm.HmacSha1 => HashAlgorithmName.SHA1,
        TlsMacAlgorithm.HmacSha384 => HashAlgorithmName.SHA384,
        _ => HashAlgorithmName.SHA256,
    };

    /// <summary>The length of a TLS 1.3 secret for this suite (its hash length).</summary>
    public int HashLength => Hash == HashAlgorithmName.SHA384 ? 48 : 32;

    /// <summary>The PRF that expands the master secret at <paramref name="version"/> (TLS 1.0–1.2).</summary>
    public TlsPrfAlgorithm PrfFor(ushort version) =>
        version < TlsVersions.Tls12 ? TlsPrfAlgorithm.Md5Sha1
        : Hash == HashAlgorithmName.SHA384 ? TlsPrfAlgorithm.Sha384
        : TlsPrfAlgorithm.Sha256;

    /// <summary>
    /// Whether records of this suite can be protected at <paramref name="version"/>: TLS 1.3 suites only in
    /// TLS 1.3; AEAD and SHA-256/384 suites from TLS 1.2; CBC with SHA-1 from TLS 1.0.
    /// </summary>
    public bool IsValidFor(ushort version) =>
        IsTls13 ? version == TlsVersions.Tls13
        : version is >= TlsVersions.Tls10 and <= TlsVersions.Tls12
          && (version == TlsVersions.Tls12 || (IsCbc && Mac == TlsMacAlgorithm.HmacSha1));

    /// <summary>Whether this machine's cryptography library implements the cipher (ChaCha20 and CCM may be missing).</summary>
    public bool IsAvailable => Cipher switch
    {
        TlsBulkCipher.ChaCha20Poly1305 => ChaCha20Poly1305.IsSupported,
        TlsBulkCipher.Aes128Ccm or TlsBulkCipher.Aes256Ccm or TlsBulkCipher.Aes128Ccm8 or TlsBulkCipher.Aes256Ccm8 => AesCcm.IsSupported,
        TlsBulkCipher.Aes128Gcm or TlsBulkCipher.Aes256Gcm => AesGcm.IsSupported,
        _ => true,
    };

    public override string ToString() => $"{Name} (0x{Id:x4})";
}
