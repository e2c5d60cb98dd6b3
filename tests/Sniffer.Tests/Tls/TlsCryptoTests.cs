using System.Security.Cryptography;
using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Tls;

public class TlsCryptoTests
{
    // RFC 8448 §3 (Simple 1-RTT Handshake), TLS_AES_128_GCM_SHA256.
    private static readonly byte[] ServerHandshakeTrafficSecret = Hex.Parse("b6 7b 7d 69 0c c1 6c 4e 75 e5 42 13 cb 2d 37 b4 e9 c9 12 bc de d9 10 5d 42 be fd 59 d3 91 ad 38");
    private static readonly byte[] ClientHandshakeTrafficSecret = Hex.Parse("b3 ed db 12 6e 06 7f 35 a7 80 b3 ab f4 5e 2d 8f 3b 1a 95 07 38 f5 2e 96 00 74 6a 0e 27 a5 5a 21");
    // RFC 8448 §3, "{client} send handshake record": the client's encrypted Finished.
    private static readonly byte[] ClientFinishedRecord = Hex.Parse("""
        17 03 03 00 35 75 ec 4d c2 38 cc e6 0b 29 80 44 a7 1e 21 9c
        56 cc 77 b0 51 7f e9 b9 3c 7a 4b fc 44 d8 7f 38 f8 03 38 ac
        98 fc 46 de b3 84 bd 1c ae ac ab 68 67 d7 26 c4 05 46
        """);

    private static CipherSuite Aes128GcmSha256 => CipherSuites.Find(0x1301)!;

    [Fact]
    public void Tls13_traffic_keys_match_rfc8448()
    {
        var (serverKey, serverIv) = Tls13Decryptor.DeriveKeyAndIv(Aes128GcmSha256, ServerHandshakeTrafficSecret);
        Assert.Equal(Hex.Parse("3f ce 51 60 09 c2 17 27 d0 f2 e4 e8 6e e4 03 bc"), serverKey);
        Assert.Equal(Hex.Parse("5d 31 3e b2 67 12 76 ee 13 00 0b 30"), serverIv);
        var (clientKey, clientIv) = Tls13Decryptor.DeriveKeyAndIv(Aes128GcmSha256, ClientHandshakeTrafficSecret);
        Assert.Equal(Hex.Parse("db fa a6 93 d1 76 2c 5b 66 6a f5 d9 50 25 8d 01"), clientKey);
        Assert.Equal(Hex.Parse("5b d3 c7 1b 83 6e 0b 76 bb 73 26 5f"), clientIv);
    }

    [Fact]
    public void The_rfc8448_client_finished_record_decrypts_to_a_finished_message()
    {
        using var decryptor = new Tls13Decryptor(Aes128GcmSha256, ClientHandshakeTrafficSecret);
        var fragment = ClientFinishedRecord.AsSpan(5);
        var plaintext = new byte[fragment.Length];
        var status = decryptor.Decrypt(0x17, 0x0303, fragment, plaintext, out int length, out byte innerType);
        Assert.Equal(TlsDecryptStatus.Ok, status);
        Assert.Equal(22, innerType); // handshake
        Assert.Equal(36, length);
        Assert.Equal(new byte[] { 0x14, 0x00, 0x00, 0x20 }, plaintext[..4]); // Finished, 32 bytes of verify_data
        Assert.Equal(1UL, decryptor.Sequence);
    }

    [Fact]
    public void A_flipped_bit_fails_authentication_and_shows_no_plaintext()
    {
        using var decryptor = new Tls13Decryptor(Aes128GcmSha256, ClientHandshakeTrafficSecret);
        var record = (byte[])ClientFinishedRecord.Clone();
        record[20] ^= 0x01;
        var plaintext = new byte[record.Length];
        var status = decryptor.Decrypt(0x17, 0x0303, record.AsSpan(5), plaintext, out int length, out _);
        Assert.Equal(TlsDecryptStatus.AuthenticationFailed, status);
        Assert.Equal(0, length);
        Assert.All(plaintext, b => Assert.Equal(0, b));
        Assert.Equal(0UL, decryptor.Sequence);
    }

    [Fact]
    public void The_tls12_prf_matches_the_published_sha256_and_sha384_vectors()
    {
        var sha256 = TlsKeyDerivation.Prf(HashAlgorithmName.SHA256, Hex.Parse("9bbe436ba940f017b17652849a71db35"), "test label",
            Hex.Parse("a0ba9f936cda311827a6f796ffd5198c"), 100);
        Assert.Equal(Hex.Parse("""
            e3f229ba727be17b8d122620557cd453c2aab21d07c3d495329b52d4e61edb5a
            6b301791e90d35c9c9a46b4e14baf9af0fa022f7077def17abfd3797c0564bab
            4fbc91666e9def9b97fce34f796789baa48082d122ee42c5a72e5a5110fff701
            87347b66
            """), sha256);
        var sha384 = TlsKeyDerivation.Prf(HashAlgorithmName.SHA384, Hex.Parse("b80b733d6ceefcdc71566ea48e5567df"), "test label",
            Hex.Parse("cd665cf6a8447dd6ff8b27555edb7465"), 148);
        Assert.Equal(Hex.Parse("7b0c18e9ced410ed1804f2cfa34a336a1c14dffb4900bb5fd7942107e81c83cde9ca0faa60be9fe34f82b1233c9146a0e534cb400fed2700884f9dc236f80edd8bfa961144c9e8d792eca722a7b32fc3d416d473ebc2c5fd4abfdad05d9184259b5bf8"),
            sha384[..99]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Cbc_records_built_with_dotnet_primitives_decrypt_in_both_mac_orders(bool encryptThenMac)
    {
        var suite = CipherSuites.Find(0xc013)!; // TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA
        byte[] key = RandomNumberGenerator.GetBytes(16), macKey = RandomNumberGenerator.GetBytes(20), iv = RandomNumberGenerator.GetBytes(16);
        var content = "GET / HTTP/1.1\r\nHost: lab\r\n\r\n"u8.ToArray();
        var record = CbcRecordBuilder.Build(content, key, macKey, iv, sequence: 0, encryptThenMac);

        using var decryptor = new Tls12CbcDecryptor(suite, key, macKey, encryptThenMac);
        var plaintext = new byte[record.Length];
        Assert.Equal(TlsDecryptStatus.Ok, decryptor.Decrypt(23, 0x0303, record, plaintext, out int length, out _));
        Assert.Equal(content, plaintext[..length]);

        var second = CbcRecordBuilder.Build(content, key, macKey, iv, sequence: 1, encryptThenMac);
        second[^1] ^= 0x80; // damages the MAC (encrypt-then-MAC) or the padding/MAC inside the last block
        Assert.NotEqual(TlsDecryptStatus.Ok, decryptor.Decrypt(23, 0x0303, second, plaintext, out _, out _));
    }

    [Fact]
    public void Key_logs_report_malformed_lines_by_number_and_ignore_comments()
    {
        var log = new KeyLog();
        log.AddText("""
            # written by a test
            CLIENT_RANDOM 00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f

            CLIENT_RANDOM nothex 00
            SERVER_TRAFFIC_SECRET_0 00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff 0102
            only-two fields
            """, "test.keys");
        Assert.Equal(["test.keys: line 4: the client random is not 64 hex digits", "test.keys: line 6: expected LABEL CLIENT_RANDOM SECRET"],
            log.Problems.Select(p => p.ToString()));
        var secrets = log.Find(Convert.FromHexString("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"));
        Assert.NotNull(secrets);
        Assert.Equal(48, secrets!.MasterSecret!.Length);
        Assert.DoesNotContain("0001020304", secrets.ToString());
    }

    [Fact]
    public void A_key_log_line_for_another_session_gives_no_keys_and_says_why()
    {
        var log = new KeyLog();
        log.AddText($"CLIENT_RANDOM {new string('a', 64)} {new string('b', 96)}\n", "other.keys");
        var keys = TlsSessionKeys.Create(0x0303, CipherSuites.Find(0xc02f), new byte[32], new byte[32], false, log);
        Assert.Equal(TlsDecryptionProblem.NoKeyLogEntry, keys.Problem);
        Assert.Null(keys.ClientHandshake);
        Assert.Equal("no key-log line for this client random", TlsDecryptionProblems.Describe(keys.Problem));
    }

    [Fact]
    public void A_missing_key_log_file_is_a_problem_not_an_exception()
    {
        var log = KeyLog.Load("/nonexistent/keys.log");
        Assert.Contains("cannot read the key log file", Assert.Single(log.Problems).Reason);
    }
}

/// <summary>Builds TLS 1.2 AES-CBC-HMAC-SHA1 records with .NET's Aes and HMAC, the way a TLS stack sends them.</summary>
internal static class CbcRecordBuilder
{
    public static byte[] Build(byte[] content, byte[] key, byte[] macKey, byte[] iv, ulong sequence, bool encryptThenMac)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        byte[] Header(int length)
        {
            var h = new byte[13];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(h, sequence);
            h[8] = 23; h[9] = 3; h[10] = 3;
            h[11] = (byte)(length >> 8); h[12] = (byte)length;
            return h;
        }
        if (encryptThenMac)
        {
            var padded = Pad(content);
            var cipher = aes.EncryptCbc(padded, iv, PaddingMode.None);
            byte[] ivAndCipher = [.. iv, .. cipher];
            byte[] macInput = [.. Header(ivAndCipher.Length), .. ivAndCipher];
            var mac = HMACSHA1.HashData(macKey, macInput);
            return [.. ivAndCipher, .. mac];
        }
        byte[] macThenInput = [.. Header(content.Length), .. content];
        var macThen = HMACSHA1.HashData(macKey, macThenInput);
        var body = Pad([.. content, .. macThen]);
        return [.. iv, .. aes.EncryptCbc(body, iv, PaddingMode.None)];
    }

    private static byte[] Pad(byte[] data)
    {
        int pad = 15 - data.Length % 16;
        return [.. data, .. Enumerable.Repeat((byte)pad, pad + 1)];
    }
}
