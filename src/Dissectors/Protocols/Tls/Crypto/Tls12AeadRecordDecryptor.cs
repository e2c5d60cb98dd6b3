using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// TLS 1.2 AEAD records (RFC 5246 §6.2.3.3). AES-GCM and AES-CCM (RFC 5288, 6655): the fragment is
/// explicit_nonce(8) ‖ ciphertext ‖ tag and the nonce is the 4-byte salt from the key block ‖ explicit_nonce.
/// ChaCha20-Poly1305 (RFC 7905): the fragment is ciphertext ‖ tag and the nonce is the 12-byte IV XOR the
/// padded sequence number. The additional data is seq_num(8) ‖ type ‖ version ‖ plaintext length(2).
/// </summary>
public sealed class Tls12AeadRecordDecryptor : TlsRecordDecryptor
{
    private const int AdditionalDataLength = 13;

    private readonly AeadCipher _aead;
    private readonly byte[] _fixedIv;

    /// <summary>A decryptor from one side's write key and its <see cref="CipherSuite.FixedIvLength"/>-byte IV or salt.</summary>
    internal Tls12AeadRecordDecryptor(CipherSuite suite, ushort version, ReadOnlySpan<byte> writeKey, ReadOnlySpan<byte> fixedIv)
        : base(suite, version)
    {
        _aead = new AeadCipher(suite.Cipher, writeKey, suite.TagLength);
        _fixedIv = fixedIv.ToArray();
    }

    protected override TlsDecryptStatus DecryptFragment(ReadOnlySpan<byte> header, ReadOnlySpan<byte> fragment, Span<byte> plaintext,
        out byte contentType, out int length)
    {
        contentType = header[0];
        length = 0;
        int explicitNonceLength = Suite.RecordIvLength, tagLength = Suite.TagLength;
        if (fragment.Length < explicitNonceLength + tagLength)
            return TlsDecryptStatus.RecordTooShort;
        int ciphertextLength = fragment.Length - explicitNonceLength - tagLength;
        if (plaintext.Length < ciphertextLength)
            return TlsDecryptStatus.DestinationTooSmall;

        Span<byte> nonce = stackalloc byte[CipherSuite.AeadNonceLength];
        if (explicitNonceLength == 0)
            XorSequenceIntoIv(_fixedIv, nonce);
        else
        {
            _fixedIv.CopyTo(nonce);
            fragment[..explicitNonceLength].CopyTo(nonce[_fixedIv.Length..]);
        }

        Span<byte> additionalData = stackalloc byte[AdditionalDataLength];
        WriteSequenceNumber(additionalData);
        header[..3].CopyTo(additionalData[8..]);                                  // type ‖ version
        BinaryPrimitives.WriteUInt16BigEndian(additionalData[11..], (ushort)ciphertextLength);

        var ciphertext = fragment.Slice(explicitNonceLength, ciphertextLength);
        var tag = fragment[^tagLength..];
        if (!_aead.TryOpen(nonce, ciphertext, tag, plaintext[..ciphertextLength], additionalData))
            return TlsDecryptStatus.AuthenticationFailed;
        length = ciphertextLength;
        return TlsDecryptStatus.Ok;
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing)
            return;
        _aead.Dispose();
        CryptographicOperations.ZeroMemory(_fixedIv);
    }
}
