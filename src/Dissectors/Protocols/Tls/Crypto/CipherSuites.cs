using System.Security.Cryptography;

namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>The cipher suites Sniffer knows by number (IANA TLS Cipher Suites registry), decryptable or not.</summary>
public static class CipherSuites
{
    private static readonly HashAlgorithmName Sha256 = HashAlgorithmName.SHA256, Sha384 = HashAlgorithmName.SHA384;

    private static readonly Dictionary<ushort, CipherSuite> Table = Build();

    public static CipherSuite? Find(ushort id) => Table.TryGetValue(id, out var s) ? s : null;

    public static string NameOf(ushort id) => Find(id)?.Name ?? $"Unknown (0x{id:x4})";

    private static Dictionary<ushort, CipherSuite> Build()
    {
        var list = new List<CipherSuite>
        {
            // TLS 1.3 (RFC 8446 B.4)
            new(0x1301, "TLS_AES_128_GCM_SHA256", BulkCipher.Aes128Gcm, MacAlgorithm.Aead, Sha256, Tls13: true),
            new(0x1302, "TLS_AES_256_GCM_SHA384", BulkCipher.Aes256Gcm, MacAlgorithm.Aead, Sha384, Tls13: true),
            new(0x1303, "TLS_CHACHA20_POLY1305_SHA256", BulkCipher.ChaCha20Poly1305, MacAlgorithm.Aead, Sha256, Tls13: true),
            new(0x1304, "TLS_AES_128_CCM_SHA256", BulkCipher.Unsupported, MacAlgorithm.Aead, Sha256, Tls13: true),
            new(0x1305, "TLS_AES_128_CCM_8_SHA256", BulkCipher.Unsupported, MacAlgorithm.Aead, Sha256, Tls13: true),
            // TLS 1.2 AEAD
            new(0x009c, "TLS_RSA_WITH_AES_128_GCM_SHA256", BulkCipher.Aes128Gcm, MacAlgorithm.Aead, Sha256),
            new(0x009d, "TLS_RSA_WITH_AES_256_GCM_SHA384", BulkCipher.Aes256Gcm, MacAlgorithm.Aead, Sha384),
            new(0x009e, "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", BulkCipher.Aes128Gcm, MacAlgorithm.Aead, Sha256),
            new(0x009f, "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", BulkCipher.Aes256Gcm, MacAlgorithm.Aead, Sha384),
            new(0xc02b, "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", BulkCipher.Aes128Gcm, MacAlgorithm.Aead, Sha256),
            new(0xc02c, "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", BulkCipher.Aes256Gcm, MacAlgorithm.Aead, Sha384),
            new(0xc02f, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", BulkCipher.Aes128Gcm, MacAlgorithm.Aead, Sha256),
            new(0xc030, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", BulkCipher.Aes256Gcm, MacAlgorithm.Aead, Sha384),
            new(0xcca8, "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", BulkCipher.ChaCha20Poly1305, MacAlgorithm.Aead, Sha256),
            new(0xcca9, "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", BulkCipher.ChaCha20Poly1305, MacAlgorithm.Aead, Sha256),
            new(0xccaa, "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256", BulkCipher.ChaCha20Poly1305, MacAlgorithm.Aead, Sha256),
            // TLS 1.2 CBC (the PRF is SHA-256 unless the suite names SHA384)
            new(0x002f, "TLS_RSA_WITH_AES_128_CBC_SHA", BulkCipher.Aes128Cbc, MacAlgorithm.Sha1, Sha256),
            new(0x0035, "TLS_RSA_WITH_AES_256_CBC_SHA", BulkCipher.Aes256Cbc, MacAlgorithm.Sha1, Sha256),
            new(0x003c, "TLS_RSA_WITH_AES_128_CBC_SHA256", BulkCipher.Aes128Cbc, MacAlgorithm.Sha256, Sha256),
            new(0x003d, "TLS_RSA_WITH_AES_256_CBC_SHA256", BulkCipher.Aes256Cbc, MacAlgorithm.Sha256, Sha256),
            new(0x0033, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA", BulkCipher.Aes128Cbc, MacAlgorithm.Sha1, Sha256),
            new(0x0039, "TLS_DHE_RSA_WITH_AES_256_CBC_SHA", BulkCipher.Aes256Cbc, MacAlgorithm.Sha1, Sha256),
            new(0x0067, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256", BulkCipher.Aes128Cbc, MacAlgorithm.Sha256, Sha256),
            new(0x006b, "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256", BulkCipher.Aes256Cbc, MacAlgorithm.Sha256, Sha256),
            new(0xc009, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", BulkCipher.Aes128Cbc, MacAlgorithm.Sha1, Sha256),
            new(0xc00a, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", BulkCipher.Aes256Cbc, MacAlgorithm.Sha1, Sha256),
            new(0xc013, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", BulkCipher.Aes128Cbc, MacAlgorithm.Sha1, Sha256),
            new(0xc014, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", BulkCipher.Aes256Cbc, MacAlgorithm.Sha1, Sha256),
            new(0xc023, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", BulkCipher.Aes128Cbc, MacAlgorithm.Sha256, Sha256),
            new(0xc024, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", BulkCipher.Aes256Cbc, MacAlgorithm.Sha384, Sha384),
            new(0xc027, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", BulkCipher.Aes128Cbc, MacAlgorithm.Sha256, Sha256),
            new(0xc028, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", BulkCipher.Aes256Cbc, MacAlgorithm.Sha384, Sha384),
            // Known by name only
            new(0x000a, "TLS_RSA_WITH_3DES_EDE_CBC_SHA", BulkCipher.Unsupported, MacAlgorithm.Sha1, Sha256),
            new(0xc0ac, "TLS_ECDHE_ECDSA_WITH_AES_128_CCM", BulkCipher.Unsupported, MacAlgorithm.Aead, Sha256),
            new(0xc0ad, "TLS_ECDHE_ECDSA_WITH_AES_256_CCM", BulkCipher.Unsupported, MacAlgorithm.Aead, Sha256),
            new(0x00ff, "TLS_EMPTY_RENEGOTIATION_INFO_SCSV", BulkCipher.Unsupported, MacAlgorithm.Aead, Sha256),
        };
        return list.ToDictionary(s => s.Id);
    }
}
