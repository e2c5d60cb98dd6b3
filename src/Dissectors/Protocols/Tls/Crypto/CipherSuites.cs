using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// The cipher suite table: a name for every suite Wireshark names (<see cref="NameOf"/>), and the decryption
/// parameters of every suite Sniffer can decrypt (<see cref="TryGet"/>): all AES-GCM, AES-CCM, AES-CBC and
/// ChaCha20-Poly1305 suites of TLS 1.0–1.2 (RSA, DH, DHE, ECDH, ECDHE, PSK, SRP, anon key exchanges alike —
/// decryption starts from the logged master secret, so the key exchange does not matter) and the five TLS 1.3
/// suites. Suites with RC4, 3DES, DES, Camellia, ARIA, SEED, IDEA, NULL or export ciphers, and the pre-RFC
/// ChaCha20 drafts 0xcc13–0xcc15, have names but no parameters: they cannot be decrypted.
/// </summary>
public static class CipherSuites
{
    private static readonly FrozenDictionary<ushort, CipherSuite> Decryptable = BuildTable();

    /// <summary>The name Wireshark prints for <paramref name="id"/> (e.g. 0x1301 → "TLS_AES_128_GCM_SHA256"), or null.</summary>
    public static string? NameOf(ushort id) => CipherSuiteNames.Lookup(id);

    /// <summary>The name, or "Unknown (0x1234)" for a value no registry names.</summary>
    public static string DisplayName(ushort id) => NameOf(id) ?? $"Unknown (0x{id:x4})";

    /// <summary>The decryption parameters of <paramref name="id"/>; false if Sniffer cannot decrypt that suite.</summary>
    public static bool TryGet(ushort id, [NotNullWhen(true)] out CipherSuite? suite) => Decryptable.TryGetValue(id, out suite);

    /// <summary>Every suite with decryption parameters.</summary>
    public static IEnumerable<CipherSuite> All => Decryptable.Values;

    /// <summary>GREASE values (RFC 8701): 0x0a0a, 0x1a1a … 0xfafa, sent to keep servers tolerant of unknown suites.</summary>
    public static bool IsGrease(ushort id) => (id & 0x0F0F) == 0x0A0A && (id >> 8) == (id & 0xFF);

    private static FrozenDictionary<ushort, CipherSuite> BuildTable()
    {
        var table = new Dictionary<ushort, CipherSuite>();
        var sha256 = HashAlgorithmName.SHA256;
        var sha384 = HashAlgorithmName.SHA384;

        // TLS 1.3 (RFC 8446 Appendix B.4).
        AddTls13(table, 0x1301, TlsBulkCipher.Aes128Gcm, sha256);
        AddTls13(table, 0x1302, TlsBulkCipher.Aes256Gcm, sha384);
        AddTls13(table, 0x1303, TlsBulkCipher.ChaCha20Poly1305, sha256);
        AddTls13(table, 0x1304, TlsBulkCipher.Aes128Ccm, sha256);
        AddTls13(table, 0x1305, TlsBulkCipher.Aes128Ccm8, sha256);

        // AES-GCM (RFC 5288, 5289, 5487, 8442, 8492).
        Add(table, TlsBulkCipher.Aes128Gcm, TlsMacAlgorithm.Aead, sha256,
            0x009C, 0x009E, 0x00A0, 0x00A2, 0x00A4, 0x00A6, 0x00A8, 0x00AA, 0x00AC,
            0xC02B, 0xC02D, 0xC02F, 0xC031, 0xC0B0, 0xD001);
        Add(table, TlsBulkCipher.Aes256Gcm, TlsMacAlgorithm.Aead, sha384,
            0x009D, 0x009F, 0x00A1, 0x00A3, 0x00A5, 0x00A7, 0x00A9, 0x00AB, 0x00AD,
            0xC02C, 0xC02E, 0xC030, 0xC032, 0xC0B1, 0xD002);

        // ChaCha20-Poly1305 (RFC 7905).
        Add(table, TlsBulkCipher.ChaCha20Poly1305, TlsMacAlgorithm.Aead, sha256,
            0xCCA8, 0xCCA9, 0xCCAA, 0xCCAB, 0xCCAC, 0xCCAD, 0xCCAE);

        // AES-CCM (RFC 6655, 7251, 8442, 8492; 0xC0FF is ECJPAKE).
        Add(table, TlsBulkCipher.Aes128Ccm, TlsMacAlgorithm.Aead, sha256,
            0xC09C, 0xC09E, 0xC0A4, 0xC0A6, 0xC0AC, 0xC0B2, 0xD005);
        Add(table, TlsBulkCipher.Aes256Ccm, TlsMacAlgorithm.Aead, sha256,
            0xC09D, 0xC09F, 0xC0A5, 0xC0A7, 0xC0AD);
        Add(table, TlsBulkCipher.Aes256Ccm, TlsMacAlgorithm.Aead, sha384, 0xC0B3);
        Add(table, TlsBulkCipher.Aes128Ccm8, TlsMacAlgorithm.Aead, sha256,
            0xC0A0, 0xC0A2, 0xC0A8, 0xC0AA, 0xC0AE, 0xC0FF, 0xD003);
        Add(table, TlsBulkCipher.Aes256Ccm8, TlsMacAlgorithm.Aead, sha256,
            0xC0A1, 0xC0A3, 0xC0A9, 0xC0AB, 0xC0AF);

        // AES-CBC with HMAC-SHA1 (RFC 3268, 4279, 4492, 5054, 5489): usable from TLS 1.0.
        Add(table, TlsBulkCipher.Aes128Cbc, TlsMacAlgorithm.HmacSha1, sha256,
            0x002F, 0x0030, 0x0031, 0x0032, 0x0033, 0x0034, 0x008C, 0x0090, 0x0094,
            0xC004, 0xC009, 0xC00E, 0xC013, 0xC018, 0xC01D, 0xC01E, 0xC01F, 0xC035);
        Add(table, TlsBulkCipher.Aes256Cbc, TlsMacAlgorithm.HmacSha1, sha256,
            0x0035, 0x0036, 0x0037, 0x0038, 0x0039, 0x003A, 0x008D, 0x0091, 0x0095,
            0xC005, 0xC00A, 0xC00F, 0xC014, 0xC019, 0xC020, 0xC021, 0xC022, 0xC036);

        // AES-CBC with HMAC-SHA256/384 (RFC 5246, 5289, 5487, 5489): TLS 1.2 only.
        Add(table, TlsBulkCipher.Aes128Cbc, TlsMacAlgorithm.HmacSha256, sha256,
            0x003C, 0x003E, 0x003F, 0x0040, 0x0067, 0x006C, 0x00AE, 0x00B2, 0x00B6,
            0xC023, 0xC025, 0xC027, 0xC029, 0xC037);
        Add(table, TlsBulkCipher.Aes256Cbc, TlsMacAlgorithm.HmacSha256, sha256,
            0x003D, 0x0068, 0x0069, 0x006A, 0x006B, 0x006D);
        Add(table, TlsBulkCipher.Aes256Cbc, TlsMacAlgorithm.HmacSha384, sha384,
            0x00AF, 0x00B3, 0x00B7, 0xC024, 0xC026, 0xC028, 0xC02A, 0xC038);

        return table.ToFrozenDictionary();
    }

    private static void AddTls13(Dictionary<ushort, CipherSuite> table, ushort id, TlsBulkCipher cipher, HashAlgorithmName hash) =>
        table.Add(id, new CipherSuite(id, NameFor(id), cipher, TlsMacAlgorithm.Aead, hash, IsTls13: true));

    private static void Add(Dictionary<ushort, CipherSuite> table, TlsBulkCipher cipher, TlsMacAlgorithm mac,
        HashAlgorithmName hash, params ReadOnlySpan<ushort> ids)
    {
        foreach (ushort id in ids)
            table.Add(id, new CipherSuite(id, NameFor(id), cipher, mac, hash, IsTls13: false));
    }

    // Every decryptable suite has a registry name; a missing one is a typo in this table, caught at start-up.
    private static string NameFor(ushort id) =>
        CipherSuiteNames.Lookup(id) ?? throw new InvalidOperationException($"cipher suite 0x{id:x4} has no name");
}
