using System.Security.Cryptography;

namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>AES-GCM or ChaCha20-Poly1305 behind one call, both from System.Security.Cryptography.</summary>
internal sealed class AeadCipher : IDisposable
{
    private readonly AesGcm? _gcm;
    private readonly ChaCha20Poly1305? _chacha;

    public AeadCipher(BulkCipher cipher, byte[] key)
    {
        if (cipher == BulkCipher.ChaCha20Poly1305)
            _chacha = new ChaCha20Poly1305(key);
        else
            _gcm = new AesGcm(key, 16);
    }

    /// <summary>False when the tag does not verify (a wrong key or an altered record).</summary>
    public bool TryDecrypt(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> tag, Span<byte> plaintext, ReadOnlySpan<byte> aad)
    {
        try
        {
            if (_chacha is not null)
                _chacha.Decrypt(nonce, ciphertext, tag, plaintext, aad);
            else
                _gcm!.Decrypt(nonce, ciphertext, tag, plaintext, aad);
            return true;
        }
        catch (AuthenticationTagMismatchException)
        {
            plaintext.Clear(); // nothing unauthenticated is ever shown
            return false;
        }
    }

    public void Dispose()
    {
        _gcm?.Dispose();
        _chacha?.Dispose();
    }
}
