using System.Security.Cryptography;

namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// TLS 1.3 records (RFC 8446 §5.2–5.3): key and IV from a traffic secret, nonce = IV XOR sequence number,
/// the 5-byte record header as additional data, and the real content type after the content (zero padding
/// stripped). <see cref="UpdateKeys"/> follows a KeyUpdate ("traffic upd").
/// </summary>
public sealed class Tls13Decryptor : TlsRecordDecryptor
{
    private readonly CipherSuite _suite;
    private byte[] _secret;
    private AeadCipher _cipher;
    private byte[] _iv;

    public Tls13Decryptor(CipherSuite suite, byte[] trafficSecret)
    {
        _suite = suite;
        _secret = trafficSecret;
        (_cipher, _iv) = KeysFrom(trafficSecret);
    }

    /// <summary>The traffic key and IV of a secret (exposed for tests against RFC 8448).</summary>
    public static (byte[] Key, byte[] Iv) DeriveKeyAndIv(CipherSuite suite, ReadOnlySpan<byte> secret) =>
        (TlsKeyDerivation.HkdfExpandLabel(suite.PrfHash, secret, "key", [], suite.KeyLength),
         TlsKeyDerivation.HkdfExpandLabel(suite.PrfHash, secret, "iv", [], 12));

    private (AeadCipher, byte[]) KeysFrom(ReadOnlySpan<byte> secret)
    {
        var (key, iv) = DeriveKeyAndIv(_suite, secret);
        return (new AeadCipher(_suite.Cipher, key), iv);
    }

    /// <summary>application_traffic_secret_N+1 = HKDF-Expand-Label(secret_N, "traffic upd", "", Hash.length); sequence restarts.</summary>
    public void UpdateKeys()
    {
        _secret = TlsKeyDerivation.HkdfExpandLabel(_suite.PrfHash, _secret, "traffic upd", [], TlsKeyDerivation.HashLength(_suite.PrfHash));
        _cipher.Dispose();
        (_cipher, _iv) = KeysFrom(_secret);
        Sequence = 0;
    }

    public override TlsDecryptStatus Decrypt(byte contentType, ushort version, ReadOnlySpan<byte> fragment, Span<byte> plaintext,
        out int plaintextLength, out byte innerType)
    {
        innerType = contentType;
        plaintextLength = 0;
        if (fragment.Length < TagLength + 1)
            return TlsDecryptStatus.RecordTooShort;
        Span<byte> nonce = stackalloc byte[12];
        WriteXorNonce(_iv, nonce);
        Span<byte> aad = [contentType, (byte)(version >> 8), (byte)version, (byte)(fragment.Length >> 8), (byte)fragment.Length];
        int length = fragment.Length - TagLength;
        if (!_cipher.TryDecrypt(nonce, fragment[..length], fragment[length..], plaintext[..length], aad))
            return TlsDecryptStatus.AuthenticationFailed;
        Sequence++;
        int end = plaintext[..length].LastIndexOfAnyExcept((byte)0);
        if (end < 0)
            return TlsDecryptStatus.BadPadding; // all padding: no content type (RFC 8446 §5.4)
        innerType = plaintext[end];
        plaintextLength = end;
        return TlsDecryptStatus.Ok;
    }

    public override void Dispose() => _cipher.Dispose();
}
