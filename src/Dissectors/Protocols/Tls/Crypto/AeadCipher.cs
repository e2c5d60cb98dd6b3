using System.Security.Cryptography;

namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// One keyed AEAD primitive from .NET (AES-GCM, AES-CCM or ChaCha20-Poly1305) behind a single
/// <see cref="TryOpen"/> that reports a bad tag as false instead of an exception.
/// </summary>
internal sealed class AeadCipher : IDisposable
{
    private readonly AesGcm? _gcm;
    private readonly AesCcm? _ccm;
    private readonly ChaCha20Poly1305? _chaCha;

    public AeadCipher(TlsBulkCipher cipher, ReadOnlySpan<byte> key, int tagLength)
    {
        TagLength = tagLength;
        switch (cipher)
        {
            case TlsBulkCipher.ChaCha20Poly1305:
                _chaCha = new ChaCha20Poly1305(key);
                break;
            case TlsBulkCipher.Aes128Gcm or TlsBulkCipher.Aes256Gcm:
                _gcm = new AesGcm(key, tagLength);
                break;
            default:
                _ccm = new AesCcm(key);
                break;
        }
    }

    public int TagLength { get; }

    /// <summary>
    /// Decrypts and authenticates; false when the tag does not match, in which case .NET has already wiped
    /// <paramref name="plaintext"/>. <paramref name="plaintext"/> must be as long as <paramref name="ciphertext"/>.
    /// </summary>
    public bool TryOpen(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> tag,
        Span<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        try
        {
            if (_gcm is not null)
                _gcm.Decrypt(nonce, ciphertext, tag, plaintext, associatedData);
            else if (_chaCha is not null)
                _chaCha.Decrypt(nonce, ciphertext, tag, plaintext, associatedData);
            else
                _ccm!.Decrypt(nonce, ciphertext, tag, plaintext, associatedData);
            return true;
        }
        catch (AuthenticationTagMismatchException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        _gcm?.Dispose();
        _ccm?.Dispose();
        _chaCha?.Dispose();
    }
}
