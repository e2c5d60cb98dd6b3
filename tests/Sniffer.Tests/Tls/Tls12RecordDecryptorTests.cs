using System.Text;
using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Tls;

/// <summary>TLS 1.0–1.2 key blocks and AEAD/CBC records: published values first, then records sealed in the test.</summary>
public class Tls12RecordDecryptorTests
{
    // "The Illustrated TLS 1.2 Connection" (tls12.xargs.org, the capture in ../shared/corpus/illustrated-tls):
    // TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, its master secret, randoms, published key block and client Finished record.
    private static readonly byte[] IllustratedMasterSecret = Hex.Parse(
        "916abf9da55973e13614ae0a3f5d3f37b023ba129aee02cc9134338127cd7049781c8e19fc1eb2a7387ac06ae237344c");
    private static readonly byte[] IllustratedClientRandom = Hex.Parse("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    private static readonly byte[] IllustratedServerRandom = Hex.Parse("707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f");

    private static CipherSuite Suite(ushort id)
    {
        Assert.True(CipherSuites.TryGet(id, out var suite));
        return suite;
    }

    private static Tls12KeyMaterial Keys(CipherSuite suite, ushort version = TlsVersions.Tls12)
    {
        byte[] master = Enumerable.Range(0, 48).Select(i => (byte)(i * 7)).ToArray();
        var status = Tls12KeyMaterial.TryDerive(suite, version, master, IllustratedClientRandom, IllustratedServerRandom, out var keys);
        Assert.Equal(TlsSessionKeysStatus.Ok, status);
        return keys!;
    }

    [Fact]
    public void The_illustrated_tls12_key_block_matches_the_published_keys()
    {
        var status = Tls12KeyMaterial.TryDerive(Suite(0xC013), TlsVersions.Tls12, IllustratedMasterSecret,
            IllustratedClientRandom, IllustratedServerRandom, out var keys);

        Assert.Equal(TlsSessionKeysStatus.Ok, status);
        Assert.Equal(Hex.Parse("1b7d117c7d5f690bc263cae8ef60af0f1878acc2"), keys!.ClientWriteMacKey.ToArray());
        Assert.Equal(Hex.Parse("2ad8bdd8c601a617126f63540eb20906f781fad2"), keys.ServerWriteMacKey.ToArray());
        Assert.Equal(Hex.Parse("f656d037b173ef3e11169f27231a84b6"), keys.ClientWriteKey.ToArray());
        Assert.Equal(Hex.Parse("752a18e7a9fcb7cbcdd8f98dd8f769eb"), keys.ServerWriteKey.ToArray());
        Assert.Equal(Hex.Parse("a0d2550c9238eebfef5c32251abb67d6"), keys.ClientWriteIv.ToArray());
        Assert.Equal(Hex.Parse("434528db4937d540d393135e06a11bb8"), keys.ServerWriteIv.ToArray());
    }

    [Fact]
    public void The_illustrated_tls12_client_finished_record_decrypts_with_mac_then_encrypt_cbc()
    {
        Tls12KeyMaterial.TryDerive(Suite(0xC013), TlsVersions.Tls12, IllustratedMasterSecret, IllustratedClientRandom,
            IllustratedServerRandom, out var keys);
        using var client = keys!.CreateClientDecryptor();
        byte[] record = Hex.Parse("""
            16 03 03 00 40 40 41 42 43 44 45 46 47 48 49 4a 4b 4c 4d 4e 4f 22 7b c9 ba 81 ef 30 f2 a8 a7 8f f1
            df 50 84 4d 58 04 b7 ee b2 e2 14 c3 2b 68 92 ac a3 db 7b 78 07 7f dd 90 06 7c 51 6b ac b3 ba 90 de
            df 72 0f
            """);
        byte[] buffer = new byte[TlsRecordDecryptor.MaxFragmentLength];

        Assert.Equal(TlsDecryptStatus.Ok, client.Decrypt(record, buffer, out var decrypted));
        Assert.Equal(TestRecord.Handshake, decrypted.ContentType);
        Assert.Equal(Hex.Parse("14 00 00 0c cf 91 96 26 f1 36 0c 53 6a aa d7 3a"), buffer[..decrypted.Length]);
    }

    [Theory]
    [InlineData(0xC02B)]   // AES-128-GCM
    [InlineData(0xC030)]   // AES-256-GCM, SHA-384 PRF
    [InlineData(0xCCA9)]   // ChaCha20-Poly1305: no explicit nonce
    [InlineData(0xC0AC)]   // AES-128-CCM
    [InlineData(0xC0AF)]   // AES-256-CCM_8: 8-byte tag
    public void Aead_records_sealed_in_sequence_decrypt_in_sequence(ushort id)
    {
        var suite = Suite(id);
        using var keys = Keys(suite);
        using var server = keys.CreateServerDecryptor();
        byte[] buffer = new byte[TlsRecordDecryptor.MaxFragmentLength];

        for (ulong sequence = 0; sequence < 4; sequence++)
        {
            byte[] content = Encoding.ASCII.GetBytes(new string('x', (int)sequence * 37));
            var record = TestRecordSealer.SealTls12Aead(suite, keys.ServerWriteKey, keys.ServerWriteIv, sequence,
                TestRecord.ApplicationData, content, explicitNonce: 1000 + sequence);

            Assert.Equal(TlsDecryptStatus.Ok, server.Decrypt(record, buffer, out var decrypted));
            Assert.Equal(content, buffer[..decrypted.Length]);
            Assert.Equal((TestRecord.ApplicationData, sequence), (decrypted.ContentType, decrypted.SequenceNumber));
        }
    }

    [Theory]
    [InlineData(0xC02B)]
    [InlineData(0xCCA9)]
    public void A_flipped_bit_in_an_aead_record_fails_authentication_and_leaves_no_plaintext(ushort id)
    {
        var suite = Suite(id);
        using var keys = Keys(suite);
        using var client = keys.CreateClientDecryptor();
        var record = TestRecordSealer.SealTls12Aead(suite, keys.ClientWriteKey, keys.ClientWriteIv, 0,
            TestRecord.ApplicationData, "GET / HTTP/1.1\r\n\r\n"u8);
        record[^1] ^= 0x80;
        byte[] buffer = new byte[TlsRecordDecryptor.MaxFragmentLength];

        Assert.Equal(TlsDecryptStatus.AuthenticationFailed, client.Decrypt(record, buffer, out var decrypted));
        Assert.Equal(0, decrypted.Length);
        Assert.True(buffer.AsSpan(0, 18).IndexOfAnyExcept((byte)0) < 0);
        Assert.Equal(0ul, client.SequenceNumber);
    }

    [Fact]
    public void An_aead_record_shorter_than_its_nonce_and_tag_is_too_short()
    {
        using var keys = Keys(Suite(0xC02B));
        using var client = keys.CreateClientDecryptor();

        Assert.Equal(TlsDecryptStatus.RecordTooShort,
            client.Decrypt([TestRecord.ApplicationData, 3, 3, 0, 23, .. new byte[23]], new byte[64], out _));
    }

    public static TheoryData<ushort, ushort, bool> CbcCases => new()
    {
        { 0xC013, TlsVersions.Tls12, false }, { 0xC013, TlsVersions.Tls12, true },
        { 0xC013, TlsVersions.Tls11, false }, { 0xC013, TlsVersions.Tls11, true },
        { 0xC013, TlsVersions.Tls10, false }, { 0xC013, TlsVersions.Tls10, true },
        { 0xC027, TlsVersions.Tls12, false }, { 0xC027, TlsVersions.Tls12, true },
        { 0xC028, TlsVersions.Tls12, false }, { 0xC028, TlsVersions.Tls12, true },
        { 0x0035, TlsVersions.Tls12, false },
    };

    [Theory]
    [MemberData(nameof(CbcCases))]
    public void Cbc_records_sealed_in_sequence_decrypt_in_sequence(ushort id, ushort version, bool encryptThenMac)
    {
        var suite = Suite(id);
        using var keys = Keys(suite, version);
        using var client = keys.CreateClientDecryptor(encryptThenMac);
        byte[] buffer = new byte[TlsRecordDecryptor.MaxFragmentLength];
        byte[] iv = keys.ClientWriteIv.ToArray();                 // TLS 1.0 chains from the key block's IV

        int[] lengths = [0, 1, 15, 16, 100, 1000];
        for (int i = 0; i < lengths.Length; i++)
        {
            byte[] content = Enumerable.Range(0, lengths[i]).Select(b => (byte)b).ToArray();
            if (version >= TlsVersions.Tls11)
                iv = Enumerable.Range(0, 16).Select(b => (byte)(b + i)).ToArray();
            // The largest padding TLS allows (up to 255 bytes) on one record, the smallest on the others.
            int unpadded = content.Length + (encryptThenMac ? 0 : suite.MacLength) + 1;
            int? padding = i == 2 ? 255 - (unpadded + 255) % 16 : null;
            var record = TestRecordSealer.SealTls12Cbc(suite, version, keys.ClientWriteMacKey, keys.ClientWriteKey, iv,
                (ulong)i, TestRecord.ApplicationData, content, encryptThenMac, padding);
            if (version == TlsVersions.Tls10)
                iv = record[^(16 + (encryptThenMac ? suite.MacLength : 0))..^(encryptThenMac ? suite.MacLength : 0)];

            Assert.Equal(TlsDecryptStatus.Ok, client.Decrypt(record, buffer, out var decrypted));
            Assert.Equal(content, buffer[..decrypted.Length]);
        }
    }

    private static (Tls12KeyMaterial Keys, TlsRecordDecryptor Client) CbcClient(bool encryptThenMac)
    {
        var keys = Keys(Suite(0xC013));
        return (keys, keys.CreateClientDecryptor(encryptThenMac));
    }

    private static byte[] SealCbc(Tls12KeyMaterial keys, ReadOnlySpan<byte> content, bool encryptThenMac, bool corruptPadding = false) =>
        TestRecordSealer.SealTls12Cbc(keys.Suite, TlsVersions.Tls12, keys.ClientWriteMacKey, keys.ClientWriteKey,
            Enumerable.Range(0, 16).Select(b => (byte)b).ToArray(), 0, TestRecord.ApplicationData, content, encryptThenMac,
            corruptPadding: corruptPadding);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Inconsistent_cbc_padding_is_bad_padding(bool encryptThenMac)
    {
        var (keys, client) = CbcClient(encryptThenMac);
        // 32 + 20 (MAC) + 1 → 11 bytes of padding with MAC-then-encrypt; 32 + 1 → 15 with encrypt-then-MAC.
        var record = SealCbc(keys, new byte[32], encryptThenMac, corruptPadding: true);
        byte[] buffer = new byte[TlsRecordDecryptor.MaxFragmentLength];

        Assert.Equal(TlsDecryptStatus.BadPadding, client.Decrypt(record, buffer, out var decrypted));
        Assert.Equal(0, decrypted.Length);
        Assert.True(buffer.AsSpan(0, record.Length).IndexOfAnyExcept((byte)0) < 0);
        client.Dispose();
        keys.Dispose();
    }

    [Fact]
    public void A_cbc_mac_then_encrypt_record_with_an_altered_iv_fails_its_mac()
    {
        var (keys, client) = CbcClient(encryptThenMac: false);
        var record = SealCbc(keys, "GET / HTTP/1.1\r\n"u8, encryptThenMac: false);
        record[5] ^= 0x01;                                        // the explicit IV: only the first content byte changes

        Assert.Equal(TlsDecryptStatus.AuthenticationFailed, client.Decrypt(record, new byte[TlsRecordDecryptor.MaxFragmentLength], out _));
        client.Dispose();
        keys.Dispose();
    }

    [Fact]
    public void A_cbc_encrypt_then_mac_record_fails_its_mac_wherever_a_bit_flips()
    {
        var (keys, client) = CbcClient(encryptThenMac: true);
        var original = SealCbc(keys, "GET / HTTP/1.1\r\n"u8, encryptThenMac: true);
        byte[] buffer = new byte[TlsRecordDecryptor.MaxFragmentLength];
        for (int at = 5; at < original.Length; at++)
        {
            byte[] tampered = (byte[])original.Clone();
            tampered[at] ^= 0x10;
            Assert.Equal(TlsDecryptStatus.AuthenticationFailed, client.Decrypt(tampered, buffer, out _));
        }
        Assert.Equal(TlsDecryptStatus.Ok, client.Decrypt(original, buffer, out _));
        client.Dispose();
        keys.Dispose();
    }

    [Fact]
    public void A_record_sealed_for_the_other_mode_does_not_decrypt()
    {
        var (keys, macThenEncrypt) = CbcClient(encryptThenMac: false);
        var encryptThenMacRecord = SealCbc(keys, new byte[40], encryptThenMac: true);

        Assert.NotEqual(TlsDecryptStatus.Ok, macThenEncrypt.Decrypt(encryptThenMacRecord, new byte[TlsRecordDecryptor.MaxFragmentLength], out _));
        macThenEncrypt.Dispose();
        keys.Dispose();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Cbc_ciphertext_that_is_not_whole_blocks_is_reported(bool encryptThenMac)
    {
        var (keys, client) = CbcClient(encryptThenMac);
        var record = SealCbc(keys, new byte[40], encryptThenMac);
        byte[] cut = [.. record.AsSpan(0, record.Length - 1)];
        cut[4]--;                                                 // keep the header length truthful

        Assert.Equal(TlsDecryptStatus.NotBlockAligned, client.Decrypt(cut, new byte[TlsRecordDecryptor.MaxFragmentLength], out _));
        client.Dispose();
        keys.Dispose();
    }

    [Theory]
    [InlineData(false, 16 + 16)]                                  // IV + one block cannot hold a 20-byte MAC and a padding byte
    [InlineData(true, 16 + 20)]                                   // IV + MAC, no ciphertext block
    public void A_cbc_record_too_short_for_iv_mac_and_padding_is_too_short(bool encryptThenMac, int fragmentLength)
    {
        var (keys, client) = CbcClient(encryptThenMac);
        byte[] record = [TestRecord.ApplicationData, 3, 3, 0, (byte)fragmentLength, .. new byte[fragmentLength]];

        Assert.Equal(TlsDecryptStatus.RecordTooShort, client.Decrypt(record, new byte[TlsRecordDecryptor.MaxFragmentLength], out _));
        client.Dispose();
        keys.Dispose();
    }

    [Fact]
    public void Tls10_records_must_arrive_in_order_because_each_chains_its_iv_from_the_one_before()
    {
        var suite = Suite(0x002F);
        using var keys = Keys(suite, TlsVersions.Tls10);
        var first = TestRecordSealer.SealTls12Cbc(suite, TlsVersions.Tls10, keys.ClientWriteMacKey, keys.ClientWriteKey,
            keys.ClientWriteIv, 0, TestRecord.ApplicationData, "first record"u8, encryptThenMac: false);
        var second = TestRecordSealer.SealTls12Cbc(suite, TlsVersions.Tls10, keys.ClientWriteMacKey, keys.ClientWriteKey,
            first[^16..], 1, TestRecord.ApplicationData, "second record"u8, encryptThenMac: false);
        byte[] buffer = new byte[TlsRecordDecryptor.MaxFragmentLength];

        using (var outOfOrder = keys.CreateClientDecryptor())
        {
            outOfOrder.SequenceNumber = 1;
            Assert.NotEqual(TlsDecryptStatus.Ok, outOfOrder.Decrypt(second, buffer, out _));
        }
        using var inOrder = keys.CreateClientDecryptor();
        Assert.Equal(TlsDecryptStatus.Ok, inOrder.Decrypt(first, buffer, out _));
        Assert.Equal(TlsDecryptStatus.Ok, inOrder.Decrypt(second, buffer, out var decrypted));
        Assert.Equal("second record"u8.ToArray(), buffer[..decrypted.Length]);
    }

    /// <summary>
    /// .NET's one-shot <c>Aes.DecryptCbc</c> allocates a small native-cipher wrapper per call (64 bytes on .NET 10);
    /// nothing else on the CBC path allocates. AEAD paths allocate nothing at all.
    /// </summary>
    private const int DotNetCbcOneShotAllocation = 64;

    [Theory]
    [InlineData(0xC02F)]
    [InlineData(0xCCA8)]
    [InlineData(0xC013)]
    [InlineData(0xC028)]
    public void Decrypting_tls12_records_in_steady_state_allocates_nothing_of_its_own(ushort id)
    {
        var suite = Suite(id);
        using var keys = Keys(suite);
        using var server = keys.CreateServerDecryptor();
        // Warm-up runs past the tiered JIT's call-count threshold (30), so no promotion happens while measuring.
        const int warmUp = 60, measured = 100;
        var records = Enumerable.Range(0, warmUp + measured).Select(i => suite.IsCbc
                ? TestRecordSealer.SealTls12Cbc(suite, TlsVersions.Tls12, keys.ServerWriteMacKey, keys.ServerWriteKey, new byte[16],
                    (ulong)i, TestRecord.ApplicationData, new byte[1000], encryptThenMac: false)
                : TestRecordSealer.SealTls12Aead(suite, keys.ServerWriteKey, keys.ServerWriteIv, (ulong)i, TestRecord.ApplicationData, new byte[1000]))
            .ToArray();
        byte[] buffer = new byte[TlsRecordDecryptor.MaxFragmentLength];
        for (int i = 0; i < warmUp; i++)
            Assert.Equal(TlsDecryptStatus.Ok, server.Decrypt(records[i], buffer, out _));

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = warmUp; i < records.Length; i++)
            server.Decrypt(records[i], buffer, out _);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal((ulong)records.Length, server.SequenceNumber);
        Assert.True(allocated <= (suite.IsCbc ? DotNetCbcOneShotAllocation * measured : 0), $"{allocated} bytes allocated");
    }

    [Fact]
    public void Key_derivation_refuses_bad_lengths_and_version_mismatches_with_reasons()
    {
        var gcm = Suite(0xC02B);
        var cbcSha1 = Suite(0xC013);
        byte[] random = new byte[32], master = new byte[48];

        Assert.Equal(TlsSessionKeysStatus.SecretWrongLength, Tls12KeyMaterial.TryDerive(gcm, TlsVersions.Tls12, new byte[47], random, random, out _));
        Assert.Equal(TlsSessionKeysStatus.RandomWrongLength, Tls12KeyMaterial.TryDerive(gcm, TlsVersions.Tls12, master, new byte[31], random, out _));
        Assert.Equal(TlsSessionKeysStatus.RandomWrongLength, Tls12KeyMaterial.TryDerive(gcm, TlsVersions.Tls12, master, random, [], out _));
        Assert.Equal(TlsSessionKeysStatus.CipherSuiteNotForVersion, Tls12KeyMaterial.TryDerive(gcm, TlsVersions.Tls11, master, random, random, out _));
        Assert.Equal(TlsSessionKeysStatus.CipherSuiteNotForVersion, Tls12KeyMaterial.TryDerive(Suite(0x1301), TlsVersions.Tls12, master, random, random, out _));
        Assert.Equal(TlsSessionKeysStatus.UnsupportedVersion, Tls12KeyMaterial.TryDerive(cbcSha1, TlsVersions.Ssl30, master, random, random, out _));
        Assert.Equal(TlsSessionKeysStatus.Ok, Tls12KeyMaterial.TryDerive(cbcSha1, TlsVersions.Tls10, master, random, random, out var keys));
        Assert.Equal(16, keys!.ClientWriteIv.Length);
    }
}
