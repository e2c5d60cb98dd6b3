using System.Security.Cryptography;
using Sniffer.Dissectors.Protocols.Tls.Crypto;

namespace Sniffer.Tests.Tls;

/// <summary>The TLS 1.3 key schedule and record layer against RFC 8448 §3 (Simple 1-RTT Handshake).</summary>
public class Rfc8448Tests
{
    private static readonly CipherSuite Suite = GetSuite();

    private static CipherSuite GetSuite()
    {
        Assert.True(CipherSuites.TryGet(Rfc8448.CipherSuite, out var suite));
        return suite;
    }

    public static TheoryData<string, byte[], byte[], byte[]> TrafficSecrets => new()
    {
        { "server handshake", Rfc8448.ServerHandshakeTrafficSecret, Rfc8448.ServerHandshakeKey, Rfc8448.ServerHandshakeIv },
        { "client handshake", Rfc8448.ClientHandshakeTrafficSecret, Rfc8448.ClientHandshakeKey, Rfc8448.ClientHandshakeIv },
        { "server application", Rfc8448.ServerApplicationTrafficSecret, Rfc8448.ServerApplicationKey, Rfc8448.ServerApplicationIv },
        { "client application", Rfc8448.ClientApplicationTrafficSecret, Rfc8448.ClientApplicationKey, Rfc8448.ClientApplicationIv },
    };

    [Theory]
    [MemberData(nameof(TrafficSecrets))]
    public void Traffic_key_and_iv_derived_from_each_secret_match_the_trace(string which, byte[] secret, byte[] key, byte[] iv)
    {
        byte[] derivedKey = new byte[16], derivedIv = new byte[12];

        Tls13KeySchedule.DeriveTrafficKeys(Suite, secret, derivedKey, derivedIv);

        Assert.True(key.AsSpan().SequenceEqual(derivedKey), which + " key");
        Assert.True(iv.AsSpan().SequenceEqual(derivedIv), which + " iv");
    }

    [Fact]
    public void Expand_label_with_a_context_reproduces_the_derived_secret_for_the_handshake()
    {
        byte[] derived = new byte[32];

        Tls13KeySchedule.ExpandLabel(HashAlgorithmName.SHA256, Rfc8448.EarlySecret, "derived", Rfc8448.EmptyHash, derived);

        Assert.Equal(Rfc8448.DerivedForHandshake, derived);
    }

    [Fact]
    public void Expand_label_without_a_context_reproduces_the_server_finished_key()
    {
        byte[] finishedKey = new byte[32];

        Tls13KeySchedule.ExpandLabel(HashAlgorithmName.SHA256, Rfc8448.ServerHandshakeTrafficSecret, "finished", [], finishedKey);

        Assert.Equal(Rfc8448.ServerFinishedKey, finishedKey);
    }

    private static TlsSessionKeys SessionKeys()
    {
        var status = TlsSessionKeys.TryCreate(TlsVersions.Tls13, Rfc8448.CipherSuite, Rfc8448.ClientRandom, [],
            KeyLog.Parse(Rfc8448.KeyLogText), out var keys);
        Assert.Equal(TlsSessionKeysStatus.Ok, status);
        return keys!;
    }

    private static (TlsDecryptStatus Status, TlsDecryptedRecord Record, byte[] Plaintext) Decrypt(TlsRecordDecryptor decryptor, byte[] record)
    {
        byte[] buffer = new byte[TlsRecordDecryptor.MaxFragmentLength];
        var status = decryptor.Decrypt(record, buffer, out var decrypted);
        return (status, decrypted, buffer[..decrypted.Length]);
    }

    [Fact]
    public void The_server_handshake_record_decrypts_to_encrypted_extensions_certificate_certificate_verify_and_finished()
    {
        using var keys = SessionKeys();

        var (status, record, plaintext) = Decrypt(keys.ServerHandshake!, Rfc8448.ServerHandshakeRecord);

        Assert.Equal(TlsDecryptStatus.Ok, status);
        Assert.Equal(TestRecord.Handshake, record.ContentType);
        Assert.Equal(0ul, record.SequenceNumber);
        Assert.Equal(657, record.Length);
        Assert.Equal([.. Rfc8448.EncryptedExtensions, .. Rfc8448.Certificate, .. Rfc8448.CertificateVerify, .. Rfc8448.ServerFinished], plaintext);
    }

    [Fact]
    public void The_client_finished_record_decrypts_with_the_client_handshake_keys()
    {
        using var keys = SessionKeys();

        var (status, record, plaintext) = Decrypt(keys.ClientHandshake!, Rfc8448.ClientFinishedRecord);

        Assert.Equal(TlsDecryptStatus.Ok, status);
        Assert.Equal(TestRecord.Handshake, record.ContentType);
        Assert.Equal(Rfc8448.ClientFinished, plaintext);
    }

    [Fact]
    public void Server_application_records_decrypt_in_sequence_ticket_data_then_close_notify()
    {
        using var keys = SessionKeys();
        var server = keys.Server!;

        var ticket = Decrypt(server, Rfc8448.NewSessionTicketRecord);
        var data = Decrypt(server, Rfc8448.ServerApplicationRecord);
        var alert = Decrypt(server, Rfc8448.ServerAlertRecord);

        Assert.Equal((TlsDecryptStatus.Ok, TestRecord.Handshake, 0ul), (ticket.Status, ticket.Record.ContentType, ticket.Record.SequenceNumber));
        Assert.Equal(Rfc8448.NewSessionTicket, ticket.Plaintext);
        Assert.Equal((TlsDecryptStatus.Ok, TestRecord.ApplicationData, 1ul), (data.Status, data.Record.ContentType, data.Record.SequenceNumber));
        Assert.Equal(Rfc8448.ApplicationPayload, data.Plaintext);
        Assert.Equal((TlsDecryptStatus.Ok, TestRecord.Alert, 2ul), (alert.Status, alert.Record.ContentType, alert.Record.SequenceNumber));
        Assert.Equal([1, 0], alert.Plaintext);                   // warning, close_notify
        Assert.Equal(3ul, server.SequenceNumber);
    }

    [Fact]
    public void Client_application_records_decrypt_in_sequence_data_then_close_notify()
    {
        using var keys = SessionKeys();

        var data = Decrypt(keys.Client!, Rfc8448.ClientApplicationRecord);
        var alert = Decrypt(keys.Client!, Rfc8448.ClientAlertRecord);

        Assert.Equal((TlsDecryptStatus.Ok, TestRecord.ApplicationData), (data.Status, data.Record.ContentType));
        Assert.Equal(Rfc8448.ApplicationPayload, data.Plaintext);
        Assert.Equal((TlsDecryptStatus.Ok, TestRecord.Alert), (alert.Status, alert.Record.ContentType));
        Assert.Equal([1, 0], alert.Plaintext);
    }

    [Fact]
    public void A_record_given_to_the_other_direction_fails_authentication()
    {
        using var keys = SessionKeys();

        Assert.Equal(TlsDecryptStatus.AuthenticationFailed, Decrypt(keys.Server!, Rfc8448.ClientApplicationRecord).Status);
        Assert.Equal(TlsDecryptStatus.AuthenticationFailed, Decrypt(keys.ClientHandshake!, Rfc8448.ServerHandshakeRecord).Status);
    }

    [Fact]
    public void A_skipped_record_leaves_the_sequence_number_behind_until_the_caller_sets_it()
    {
        using var keys = SessionKeys();
        var server = keys.Server!;

        var withoutTicket = Decrypt(server, Rfc8448.ServerApplicationRecord);
        server.SequenceNumber = 1;
        var afterSetting = Decrypt(server, Rfc8448.ServerApplicationRecord);

        Assert.Equal(TlsDecryptStatus.AuthenticationFailed, withoutTicket.Status);
        Assert.Equal(TlsDecryptStatus.Ok, afterSetting.Status);
        Assert.Equal(Rfc8448.ApplicationPayload, afterSetting.Plaintext);
    }

    [Fact]
    public void Flipping_any_single_bit_of_a_record_is_detected_and_leaves_no_plaintext_and_the_sequence_unchanged()
    {
        using var keys = SessionKeys();
        byte[] original = Rfc8448.ClientApplicationRecord;
        byte[] buffer = new byte[TlsRecordDecryptor.MaxFragmentLength];
        for (int bit = 0; bit < original.Length * 8; bit++)
        {
            byte[] tampered = (byte[])original.Clone();
            tampered[bit / 8] ^= (byte)(1 << (bit % 8));
            buffer.AsSpan().Fill(0xEE);

            var status = keys.Client!.Decrypt(tampered, buffer, out var decrypted);

            // Bits 24..39 are the header's length field: the record no longer matches its header. Everything else
            // (type and version are additional data) fails the tag.
            var expected = bit is >= 24 and < 40 ? TlsDecryptStatus.LengthMismatch : TlsDecryptStatus.AuthenticationFailed;
            Assert.Equal(expected, status);
            Assert.Equal(0, decrypted.Length);
            Assert.Equal(0ul, keys.Client.SequenceNumber);
            if (status == TlsDecryptStatus.AuthenticationFailed)
                Assert.True(buffer.AsSpan(0, original.Length - 5 - 16).IndexOfAnyExcept((byte)0) < 0, $"bit {bit}: plaintext left behind");
        }
        Assert.Equal(TlsDecryptStatus.Ok, Decrypt(keys.Client!, original).Status);
    }
}
