using System.Security.Cryptography;

namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

public enum BulkCipher : byte
{
    /// <summary>Sniffer cannot decrypt this suite (the name is still known).</summary>
    Unsupported,
    Aes128Gcm,
    Aes256Gcm,
    ChaCha20Poly1305,
    Aes128Cbc,
    Aes256Cbc,
}

public enum MacAlgorithm : byte
{
    /// <summary>An AEAD suite: the cipher authenticates.</summary>
    Aead,
    Sha1,
    Sha256,
    Sha384,
}

/// <summary>A cipher suite: its IANA name as Wireshark prints it, the cipher, MAC, PRF hash and key sizes.</summary>
public sealed record CipherSuite(ushort Id, string Name, BulkCipher Cipher, MacAlgorithm Mac, HashAlgorithmName PrfHash, bool Tls13 = false)
{
    public int KeyLength => Cipher switch
    {
        BulkCipher.Aes128Gcm or BulkCipher.Aes128Cbc => 16,
        BulkCipher.Aes256Gcm or BulkCipher.Aes256Cbc or BulkCipher.ChaCha20Poly1305 => 32,
        _ => 0,
    };

    /// <summary>TLS 1.2 fixed IV length: 4-byte salt for GCM, 12 for ChaCha20, the block size for CBC (unused with explicit IVs).</summary>
    public int FixedIvLength => Cipher switch
    {
        BulkCipher.Aes128Gcm or BulkCipher.Aes256Gcm => Tls13 ? 12 : 4,
        BulkCipher.ChaCha20Poly1305 => 12,
        BulkCipher.Aes128Cbc or BulkCipher.Aes256Cbc => 16,
        _ => 0,
    };

    public int MacLength => Mac switch
    {
        MacAlgorithm.Sha1 => 20,
        MacAlgorithm.Sha256 => 32,
        MacAlgorithm.Sha384 => 48,
        _ => 0,
    };

    public bool IsAead => Mac == MacAlgorithm.Aead;
    public bool Decryptable => Cipher != BulkCipher.Unsupported && (Cipher != BulkCipher.ChaCha20Poly1305 || ChaCha20Poly1305.IsSupported);
}
