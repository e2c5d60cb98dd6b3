namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// TLS 1.2 AEAD records: AES-GCM (RFC 5288: 4-byte implicit salt ‖ 8-byte explicit nonce carried in the record)
/// and ChaCha20-Poly1305 (RFC 7905: 12-byte IV XOR sequence number), tag last.
/// </summary>
public sealed class Tls12AeadDecryptor : TlsRecordDecryptor
{
    private const int ExplicitNonceLength = 8;
    private readonly AeadCipher _cipher;
    private readonly byte[] _fixedIv;
    private readonly bool _explicitNonce;

    public Tls12AeadDecryptor(CipherSuite suite, byte[] key, byte[] fixedIv)
    {
        _cipher = new AeadCipher(suite.Cipher, key);
        _fixedIv = fixedIv;
        _explicitNonce = suite.Cipher != BulkCipher.ChaCha20Poly1305;
    }

    public override TlsDecryptStatus Decrypt(byte contentType, ushort version, ReadOnlySpan<byte> fragment, Span<byte> plaintext,
        out int plaintextLength, out byte innerType)
    {
        innerType = contentType;
        plaintextLength = 0;
        int overhead = (_explicitNonce ? ExplicitNonceLength : 0) + TagLength;
        if (fragment.Length < overhead)
            return TlsDecryptStatus.RecordTooShort;
        Span<byte> nonce = stackalloc byte[12];
        ReadOnlySpan<byte> body;
        if (_explicitNonce)
        {
            _fixedIv.CopyTo(nonce);
            fragment[..ExplicitNonceLength].CopyTo(nonce[4..]);
            body = fragment[ExplicitNonceLength..];
        }
        else
        {
            WriteXorNonce(_fixedIv, nonce);
            body = fragment;
        }
        int length = body.Length - TagLength;
        Span<byte> aad = stackalloc byte[13];
        WriteTls12AdditionalData(aad, contentType, version, length);
        if (!_cipher.TryDecrypt(nonce, body[..length], body[length..], plaintext[..length], aad))
            return TlsDecryptStatus.AuthenticationFailed;
        plaintextLength = length;
        Sequence++;
        return TlsDecryptStatus.Ok;
    }

    public override void Dispose() => _cipher.Dispose();
}
