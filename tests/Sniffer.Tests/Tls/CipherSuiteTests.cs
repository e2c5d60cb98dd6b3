using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Tls;

/// <summary>The cipher suite table: names as tshark prints them, and parameters that agree with the names.</summary>
public class CipherSuiteTests
{
    [Theory]
    [InlineData(0x1301, "TLS_AES_128_GCM_SHA256")]
    [InlineData(0x1303, "TLS_CHACHA20_POLY1305_SHA256")]
    [InlineData(0xC02B, "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256")]
    [InlineData(0xCCA9, "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256")]
    [InlineData(0xC013, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA")]
    [InlineData(0x0005, "TLS_RSA_WITH_RC4_128_SHA")]
    [InlineData(0x00FF, "TLS_EMPTY_RENEGOTIATION_INFO_SCSV")]
    [InlineData(0x2A2A, "Reserved (GREASE)")]
    public void Suites_are_named_as_wireshark_prints_them(ushort id, string name)
    {
        Assert.Equal(name, CipherSuites.NameOf(id));
        Assert.Equal(name, CipherSuites.DisplayName(id));
    }

    [Fact]
    public void A_value_no_registry_names_is_displayed_as_unknown_with_its_number()
    {
        Assert.Null(CipherSuites.NameOf(0x1234));
        Assert.Equal("Unknown (0x1234)", CipherSuites.DisplayName(0x1234));
    }

    [TsharkFact]
    public void Every_name_matches_tshark_and_tshark_names_no_suite_we_lack()
    {
        var result = ExternalTools.Tshark("-G", "values");
        var tshark = new Dictionary<ushort, string>();
        foreach (string line in result.StdOut.Split('\n'))
        {
            string[] fields = line.Split('\t');
            if (fields is ["V", "tls.handshake.ciphersuite", var value, var name])
                tshark[ushort.Parse(value)] = name;
        }

        Assert.Equal(CipherSuiteNames.Count, tshark.Count);
        foreach (ushort id in CipherSuiteNames.Ids)
            Assert.Equal(tshark[id], CipherSuites.NameOf(id));
    }

    [Fact]
    public void The_grease_values_are_recognised()
    {
        ushort[] grease = [0x0A0A, 0x1A1A, 0x2A2A, 0x3A3A, 0x4A4A, 0x5A5A, 0x6A6A, 0x7A7A, 0x8A8A, 0x9A9A, 0xAAAA, 0xBABA, 0xCACA, 0xDADA, 0xEAEA, 0xFAFA];

        Assert.All(grease, id => Assert.True(CipherSuites.IsGrease(id)));
        Assert.False(CipherSuites.IsGrease(0x0A1A));
        Assert.False(CipherSuites.IsGrease(0x1301));
    }

    [Fact]
    public void Every_decryptable_suite_has_the_cipher_mac_and_hash_its_name_says()
    {
        foreach (var suite in CipherSuites.All)
        {
            string name = suite.Name;
            string cipher = suite.Cipher switch
            {
                TlsBulkCipher.Aes128Gcm => "AES_128_GCM",
                TlsBulkCipher.Aes256Gcm => "AES_256_GCM",
                TlsBulkCipher.ChaCha20Poly1305 => "CHACHA20_POLY1305",
                TlsBulkCipher.Aes128Ccm => "AES_128_CCM",
                TlsBulkCipher.Aes256Ccm => "AES_256_CCM",
                TlsBulkCipher.Aes128Ccm8 => "AES_128_CCM_8",
                TlsBulkCipher.Aes256Ccm8 => "AES_256_CCM_8",
                TlsBulkCipher.Aes128Cbc => "AES_128_CBC",
                _ => "AES_256_CBC",
            };
            Assert.Matches($"{cipher}(_SHA\\d*)?$", name);
            Assert.Equal(name.EndsWith("_SHA384", StringComparison.Ordinal), suite.Hash == HashAlgorithmName.SHA384);
            Assert.Equal(name.StartsWith("TLS_AES_", StringComparison.Ordinal) || name.StartsWith("TLS_CHACHA20_", StringComparison.Ordinal), suite.IsTls13);
            if (suite.IsCbc)
                Assert.Equal(name[(name.LastIndexOf('_') + 1)..] switch { "SHA" => TlsMacAlgorithm.HmacSha1, "SHA256" => TlsMacAlgorithm.HmacSha256, _ => TlsMacAlgorithm.HmacSha384 }, suite.Mac);
            else
                Assert.Equal(TlsMacAlgorithm.Aead, suite.Mac);
        }
    }

    [Fact]
    public void Every_registry_suite_with_aes_gcm_ccm_cbc_or_chacha20_is_decryptable_except_the_chacha20_drafts()
    {
        // 0xcc13–0xcc15 are pre-RFC 7905 ChaCha20 drafts that Wireshark names like the final suites; their nonce differs.
        var pattern = new Regex("^TLS_(.+_WITH_)?(AES_(128|256)_(GCM|CCM|CBC)|CHACHA20_POLY1305)");
        foreach (ushort id in CipherSuiteNames.Ids)
        {
            if (id is >= 0xCC13 and <= 0xCC15 || !pattern.IsMatch(CipherSuites.NameOf(id)!))
                continue;
            Assert.True(CipherSuites.TryGet(id, out _), $"{CipherSuites.NameOf(id)} (0x{id:x4}) has no parameters");
        }
        Assert.False(CipherSuites.TryGet(0xCC13, out _));
        Assert.False(CipherSuites.TryGet(0x0005, out _));         // RC4
        Assert.False(CipherSuites.TryGet(0x000A, out _));         // 3DES
    }

    [Theory]
    [InlineData(0x1301, 16, 12, 0, 16, 0)]
    [InlineData(0x1302, 32, 12, 0, 16, 0)]
    [InlineData(0x1305, 16, 12, 0, 8, 0)]
    [InlineData(0xC02B, 16, 4, 8, 16, 0)]
    [InlineData(0xCCA8, 32, 12, 0, 16, 0)]
    [InlineData(0xC0AE, 16, 4, 8, 8, 0)]
    [InlineData(0xC013, 16, 16, 16, 0, 20)]
    [InlineData(0xC028, 32, 16, 16, 0, 48)]
    [InlineData(0x003C, 16, 16, 16, 0, 32)]
    public void Key_iv_tag_and_mac_lengths_follow_the_rfcs(ushort id, int key, int fixedIv, int recordIv, int tag, int mac)
    {
        Assert.True(CipherSuites.TryGet(id, out var suite));

        Assert.Equal((key, fixedIv, recordIv, tag, mac), (suite.KeyLength, suite.FixedIvLength, suite.RecordIvLength, suite.TagLength, suite.MacLength));
    }

    [Fact]
    public void Versions_accept_only_the_suites_they_define()
    {
        CipherSuites.TryGet(0x1301, out var tls13);
        CipherSuites.TryGet(0xC02F, out var gcm);
        CipherSuites.TryGet(0xC013, out var cbcSha1);
        CipherSuites.TryGet(0xC027, out var cbcSha256);

        Assert.True(tls13!.IsValidFor(TlsVersions.Tls13));
        Assert.False(tls13.IsValidFor(TlsVersions.Tls12));
        Assert.True(gcm!.IsValidFor(TlsVersions.Tls12));
        Assert.False(gcm.IsValidFor(TlsVersions.Tls11));
        Assert.False(gcm.IsValidFor(TlsVersions.Tls13));
        Assert.True(cbcSha1!.IsValidFor(TlsVersions.Tls10));
        Assert.False(cbcSha1.IsValidFor(TlsVersions.Ssl30));
        Assert.False(cbcSha256!.IsValidFor(TlsVersions.Tls11));
        Assert.Equal(TlsPrfAlgorithm.Md5Sha1, cbcSha1.PrfFor(TlsVersions.Tls11));
        Assert.Equal(TlsPrfAlgorithm.Sha256, cbcSha1.PrfFor(TlsVersions.Tls12));
    }
}
