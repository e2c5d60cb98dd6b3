using System.Security.Cryptography;
using System.Text;
using Sniffer.Dissectors.Protocols.Tls.Crypto;

namespace Sniffer.Tests.Tls;

/// <summary>TLS 1.3 record handling beyond the RFC 8448 trace, against records sealed in the test.</summary>
public class Tls13RecordDecryptorTests
{
    private static CipherSuite Suite(ushort id)
    {
        Assert.True(CipherSuites.TryGet(id, out var suite));
        return suite;
    }

    private static (byte[] Key, byte[] Iv) TrafficKeys(CipherSuite suite, byte[] secret)
    {
        byte[] key = new byte[suite.KeyLength], iv = new byte[12];
        Tls13KeySchedule.DeriveTrafficKeys(suite, secret, key, iv);
        return (key, iv);
    }

    private static byte[] Secret(CipherSuite suite, byte fill) => Enumerable.Repeat(fill, suite.HashLength).ToArray();

    [Theory]
    [InlineData(0x1301)]
    [InlineData(0x1302)]
    [InlineData(0x1303)]
    [InlineData(0x1304)]
    [InlineData(0x1305)]
    public void Every_tls13_suite_decrypts_consecutive_records(ushort id)
    {
        var suite = Suite(id);
        Assert.True(suite.IsAvailable, $"{suite.Name} is not available on this machine");
        byte[] secret = Secret(suite, 0x42);
        var (key, iv) = TrafficKeys(suite, secret);
        using var decryptor = new Tls13RecordDecryptor(suite, secret);
        byte[] buffer = new byte[TlsRecordDecryptor.MaxFragmentLength];

        for (ulong sequence = 0; sequence < 3; sequence++)
        {
            byte[] content = Encoding.ASCII.GetBytes($"record {sequence}");
            var record = TestRecordSealer.SealTls13(suite, key, iv, sequence, TestRecord.ApplicationData, content);

            Assert.Equal(TlsDecryptStatus.Ok, decryptor.Decrypt(record, buffer, out var decrypted));
            Assert.Equal(content, buffer[..decrypted.Length]);
            Assert.Equal(sequence, decrypted.SequenceNumber);
        }
    }

    [Fact]
    public void Zero_padding_is_stripped_and_the_last_non_zero_byte_is_the_content_type()
    {
        var suite = Suite(0x1301);
        byte[] secret = Secret(suite, 1);
        var (key, iv) = TrafficKeys(suite, secret);
        using var decryptor = new Tls13RecordDecryptor(suite, secret);
        byte[] content = [0x14, 0x00, 0x00, 0x00];               // a handshake message whose body ends in zeros
        var record = TestRecordSealer.SealTls13(suite, key, iv, 0, TestRecord.Handshake, content, zeroPadding: 100);
        byte[] buffer = new byte[TlsRecordDecryptor.MaxFragmentLength];

        Assert.Equal(TlsDecryptStatus.Ok, decryptor.Decrypt(record, buffer, out var decrypted));
        Assert.Equal(TestRecord.Handshake, decrypted.ContentType);
        Assert.Equal(content, buffer[..decrypted.Length]);
    }

    [Fact]
    public void A_record_of_zeros_only_has_no_content_type_but_uses_up_its_sequence_number()
    {
        var suite = Suite(0x1301);
        byte[] secret = Secret(suite, 2);
        var (key, iv) = TrafficKeys(suite, secret);
        using var decryptor = new Tls13RecordDecryptor(suite, secret);
        // Content type 0 followed by padding: the inner plaintext is all zeros.
        var record = TestRecordSealer.SealTls13(suite, key, iv, 0, 0, [], zeroPadding: 10);
        byte[] buffer = new byte[TlsRecordDecryptor.MaxFragmentLength];

        Assert.Equal(TlsDecryptStatus.MissingInnerContentType, decryptor.Decrypt(record, buffer, out var decrypted));
        Assert.Equal(0, decrypted.Length);
        Assert.Equal(1ul, decryptor.SequenceNumber);
    }

    [Fact]
    public void After_a_key_update_records_decrypt_with_the_next_traffic_secret_from_sequence_zero()
    {
        var suite = Suite(0x1302);
        byte[] secret = Secret(suite, 3);
        // application_traffic_secret_1 = HKDF-Expand-Label(secret_0, "traffic upd", "", 48), with the HkdfLabel
        // written out by hand here: length 48, label "tls13 traffic upd" (17 bytes), empty context.
        byte[] info = [0x00, 0x30, 17, .. "tls13 traffic upd"u8, 0x00];
        byte[] nextSecret = new byte[48];
        HKDF.Expand(HashAlgorithmName.SHA384, secret, nextSecret, info);
        var (key0, iv0) = TrafficKeys(suite, secret);
        var (key1, iv1) = TrafficKeys(suite, nextSecret);
        using var decryptor = new Tls13RecordDecryptor(suite, secret);
        byte[] buffer = new byte[TlsRecordDecryptor.MaxFragmentLength];

        Assert.Equal(TlsDecryptStatus.Ok, decryptor.Decrypt(
            TestRecordSealer.SealTls13(suite, key0, iv0, 0, TestRecord.ApplicationData, "before"u8), buffer, out _));
        decryptor.ApplyKeyUpdate();
        var after = TestRecordSealer.SealTls13(suite, key1, iv1, 0, TestRecord.ApplicationData, "after"u8);

        Assert.Equal(TlsDecryptStatus.Ok, decryptor.Decrypt(after, buffer, out var decrypted));
        Assert.Equal("after"u8.ToArray(), buffer[..decrypted.Length]);
        Assert.Equal(1, decryptor.KeyUpdates);
    }

    [Fact]
    public void A_record_too_short_to_hold_a_tag_and_a_content_type_is_reported_as_such()
    {
        var suite = Suite(0x1301);
        using var decryptor = new Tls13RecordDecryptor(suite, Secret(suite, 4));
        byte[] record = [TestRecord.ApplicationData, 0x03, 0x03, 0x00, 0x10, .. new byte[16]];

        Assert.Equal(TlsDecryptStatus.RecordTooShort, decryptor.Decrypt(record, new byte[64], out _));
        Assert.Equal(TlsDecryptStatus.RecordTooShort, decryptor.Decrypt([0x17, 0x03, 0x03], new byte[64], out _));
    }

    [Fact]
    public void A_header_length_that_disagrees_with_the_record_is_a_length_mismatch()
    {
        var suite = Suite(0x1301);
        using var decryptor = new Tls13RecordDecryptor(suite, Secret(suite, 5));
        byte[] record = [TestRecord.ApplicationData, 0x03, 0x03, 0x00, 0x20, .. new byte[17]];

        Assert.Equal(TlsDecryptStatus.LengthMismatch, decryptor.Decrypt(record, new byte[64], out _));
    }

    [Fact]
    public void A_fragment_longer_than_tls_allows_is_an_overflow()
    {
        var suite = Suite(0x1301);
        using var decryptor = new Tls13RecordDecryptor(suite, Secret(suite, 6));
        byte[] fragment = new byte[TlsRecordDecryptor.MaxFragmentLength + 1];

        Assert.Equal(TlsDecryptStatus.RecordOverflow,
            decryptor.Decrypt(TestRecord.ApplicationData, 0x0303, fragment, new byte[fragment.Length], out _));
    }

    [Fact]
    public void A_plaintext_buffer_smaller_than_the_ciphertext_is_refused()
    {
        var suite = Suite(0x1301);
        byte[] secret = Secret(suite, 7);
        var (key, iv) = TrafficKeys(suite, secret);
        using var decryptor = new Tls13RecordDecryptor(suite, secret);
        var record = TestRecordSealer.SealTls13(suite, key, iv, 0, TestRecord.ApplicationData, new byte[100]);

        Assert.Equal(TlsDecryptStatus.DestinationTooSmall, decryptor.Decrypt(record, new byte[50], out _));
        Assert.Equal(TlsDecryptStatus.Ok, decryptor.Decrypt(record, new byte[101], out _));
    }

    [Fact]
    public void Header_fields_given_separately_decrypt_like_the_whole_record()
    {
        var suite = Suite(0x1303);
        byte[] secret = Secret(suite, 8);
        var (key, iv) = TrafficKeys(suite, secret);
        using var decryptor = new Tls13RecordDecryptor(suite, secret);
        var record = TestRecordSealer.SealTls13(suite, key, iv, 0, TestRecord.ApplicationData, "split header"u8);
        byte[] buffer = new byte[TlsRecordDecryptor.MaxFragmentLength];

        Assert.Equal(TlsDecryptStatus.Ok, decryptor.Decrypt(record[0], 0x0303, record.AsSpan(5), buffer, out var decrypted));
        Assert.Equal("split header"u8.ToArray(), buffer[..decrypted.Length]);
    }

    [Fact]
    public void Decrypting_records_in_steady_state_allocates_nothing()
    {
        var suite = Suite(0x1301);
        byte[] secret = Secret(suite, 9);
        var (key, iv) = TrafficKeys(suite, secret);
        using var decryptor = new Tls13RecordDecryptor(suite, secret);
        // Warm-up runs past the tiered JIT's call-count threshold (30), so no promotion happens while measuring.
        const int warmUp = 60;
        var records = Enumerable.Range(0, 200)
            .Select(i => TestRecordSealer.SealTls13(suite, key, iv, (ulong)i, TestRecord.ApplicationData, new byte[1000]))
            .ToArray();
        byte[] buffer = new byte[TlsRecordDecryptor.MaxFragmentLength];
        for (int i = 0; i < warmUp; i++)
            Assert.Equal(TlsDecryptStatus.Ok, decryptor.Decrypt(records[i], buffer, out _));

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = warmUp; i < records.Length; i++)
            decryptor.Decrypt(records[i], buffer, out _);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(200ul, decryptor.SequenceNumber);
        Assert.Equal(0, allocated);
    }
}
