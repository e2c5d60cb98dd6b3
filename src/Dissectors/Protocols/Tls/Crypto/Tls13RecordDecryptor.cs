using System.Security.Cryptography;

namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// TLS 1.3 records (RFC 8446 §5.2–5.4) protected with the key and IV of one traffic secret. The fragment is
/// AEAD(inner plaintext) ‖ tag; the nonce is the IV XOR the padded sequence number; the additional data is the
/// record header itself. The inner plaintext is content ‖ real content type ‖ zero padding: the padding is
/// stripped and the last non-zero byte gives the content type. <see cref="ApplyKeyUpdate"/> moves to the next
/// application traffic secret after a KeyUpdate message.
/// </summary>
public sealed class Tls13RecordDecryptor : TlsRecordDecryptor
{
    private readonly byte[] _trafficSecret;
    private readonly byte[] _iv = new byte[CipherSuite.AeadNonceLength];
    private AeadCipher _aead;

    internal Tls13RecordDecryptor(CipherSuite suite, ReadOnlySpan<byte> trafficSecret)
        : base(suite, TlsVersions.Tls13)
    {
        _trafficSecret = trafficSecret.ToArray();
        _aead = CreateCipher();
    }

    /// <summary>How many KeyUpdates have been applied (the N of application_traffic_secret_N).</summary>
    public int KeyUpdates { get; private set; }

    /// <summary>
    /// Derives the next traffic secret ("traffic upd"), re-keys, and restarts the sequence number at 0. Call it
    /// after decrypting a KeyUpdate message from this decryptor's side.
    /// </summary>
    public void ApplyKeyUpdate()
    {
        Span<byte> next = stackalloc byte[_trafficSecret.Length];
        Tls13KeySchedule.NextTrafficSecret(Suite.Hash, _trafficSecret, next);
        next.CopyTo(_trafficSecret);
        CryptographicOperations.ZeroMemory(next);
        _aead.Dispose();
        _aead = CreateCipher();
        SequenceNumber = 0;
        KeyUpdates++;
    }

    protected override TlsDecryptStatus DecryptFragment(ReadOnlySpan<byte> header, ReadOnlySpan<byte> fragment, Span<byte> plaintext,
        out byte contentType, out int length)
    {
        contentType = 0;
        length = 0;
        int tagLength = Suite.TagLength;
        if (fragment.Length < tagLength + 1)                    // the inner content type needs one byte
            return TlsDecryptStatus.RecordTooShort;
        int ciphertextLength = fragment.Length - tagLength;
        if (plaintext.Length < ciphertextLength)
            return TlsDecryptStatus.DestinationTooSmall;

        Span<byte> nonce = stackalloc byte[CipherSuite.AeadNonceLength];
        XorSequenceIntoIv(_iv, nonce);
        var inner = plaintext[..ciphertextLength];
        if (!_aead.TryOpen(nonce, fragment[..ciphertextLength], fragment[ciphertextLength..], inner, header))
            return TlsDecryptStatus.AuthenticationFailed;

        int typeAt = inner.LastIndexOfAnyExcept((byte)0);
        if (typeAt < 0)
        {
            CryptographicOperations.ZeroMemory(inner);
            return TlsDecryptStatus.MissingInnerContentType;
        }
        contentType = inner[typeAt];
        length = typeAt;
        return TlsDecryptStatus.Ok;
    }

    private AeadCipher CreateCipher()
    {
        Span<byte> key = stackalloc byte[Suite.KeyLength];
        Tls13KeySchedule.DeriveTrafficKeys(Suite, _trafficSecret, key, _iv);
        var cipher = new AeadCipher(Suite.Cipher, key, Suite.TagLength);
        CryptographicOperations.ZeroMemory(key);
        return cipher;
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing)
            return;
        _aead.Dispose();
        CryptographicOperations.ZeroMemory(_trafficSecret);
        CryptographicOperations.ZeroMemory(_iv);
    }
}
