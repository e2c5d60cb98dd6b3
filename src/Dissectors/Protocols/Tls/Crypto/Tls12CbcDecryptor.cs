using System.Security.Cryptography;

namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// TLS 1.1/1.2 block-cipher records (RFC 5246 §6.2.3.2): explicit IV, AES-CBC, padding, then an HMAC over
/// seq ‖ type ‖ version ‖ length ‖ content — or, with encrypt_then_mac (RFC 7366), the HMAC over the IV and
/// ciphertext, checked before decrypting. MACs are compared in constant time.
/// </summary>
public sealed class Tls12CbcDecryptor : TlsRecordDecryptor
{
    private const int BlockSize = 16;
    private readonly Aes _aes;
    private readonly byte[] _macKey;
    private readonly MacAlgorithm _mac;
    private readonly int _macLength;
    private readonly bool _encryptThenMac;

    public Tls12CbcDecryptor(CipherSuite suite, byte[] key, byte[] macKey, bool encryptThenMac)
    {
        _aes = Aes.Create();
        _aes.Key = key;
        _macKey = macKey;
        _mac = suite.Mac;
        _macLength = suite.MacLength;
        _encryptThenMac = encryptThenMac;
    }

    public override TlsDecryptStatus Decrypt(byte contentType, ushort version, ReadOnlySpan<byte> fragment, Span<byte> plaintext,
        out int plaintextLength, out byte innerType)
    {
        innerType = contentType;
        plaintextLength = 0;
        Span<byte> header = stackalloc byte[13];
        Span<byte> mac = stackalloc byte[64];
        if (_encryptThenMac)
        {
            int encrypted = fragment.Length - _macLength;
            if (encrypted < 2 * BlockSize || encrypted % BlockSize != 0)
                return TlsDecryptStatus.RecordTooShort;
            WriteTls12AdditionalData(header, contentType, version, encrypted);
            int macLength = ComputeMac(header, fragment[..encrypted], mac);
            if (!CryptographicOperations.FixedTimeEquals(mac[..macLength], fragment[encrypted..]))
                return TlsDecryptStatus.AuthenticationFailed;
            var iv = fragment[..BlockSize];
            int cipherLength = encrypted - BlockSize;
            _aes.DecryptCbc(fragment.Slice(BlockSize, cipherLength), iv, plaintext[..cipherLength], PaddingMode.None);
            if (!TryStripPadding(plaintext[..cipherLength], out int content))
                return TlsDecryptStatus.BadPadding;
            plaintextLength = content;
            Sequence++;
            return TlsDecryptStatus.Ok;
        }

        if (fragment.Length < BlockSize + Math.Max(BlockSize, _macLength + 1) || fragment.Length % BlockSize != 0)
            return TlsDecryptStatus.RecordTooShort;
        int length = fragment.Length - BlockSize;
        _aes.DecryptCbc(fragment.Slice(BlockSize, length), fragment[..BlockSize], plaintext[..length], PaddingMode.None);
        if (!TryStripPadding(plaintext[..length], out int unpadded) || unpadded < _macLength)
            return TlsDecryptStatus.BadPadding;
        int contentLength = unpadded - _macLength;
        WriteTls12AdditionalData(header, contentType, version, contentLength);
        int computed = ComputeMac(header, plaintext[..contentLength], mac);
        if (!CryptographicOperations.FixedTimeEquals(mac[..computed], plaintext.Slice(contentLength, _macLength)))
        {
            plaintext[..length].Clear();
            return TlsDecryptStatus.AuthenticationFailed;
        }
        plaintextLength = contentLength;
        Sequence++;
        return TlsDecryptStatus.Ok;
    }

    /// <summary>Every padding byte holds the padding length (RFC 5246 §6.2.3.2).</summary>
    private static bool TryStripPadding(ReadOnlySpan<byte> block, out int contentLength)
    {
        contentLength = 0;
        if (block.IsEmpty)
            return false;
        int pad = block[^1];
        if (pad + 1 > block.Length)
            return false;
        for (int i = block.Length - 1 - pad; i < block.Length; i++)
            if (block[i] != pad)
                return false;
        contentLength = block.Length - pad - 1;
        return true;
    }

    private int ComputeMac(ReadOnlySpan<byte> header, ReadOnlySpan<byte> data, Span<byte> output)
    {
        var name = _mac switch
        {
            MacAlgorithm.Sha1 => HashAlgorithmName.SHA1,
            MacAlgorithm.Sha384 => HashAlgorithmName.SHA384,
            _ => HashAlgorithmName.SHA256,
        };
        using var hmac = IncrementalHash.CreateHMAC(name, _macKey);
        hmac.AppendData(header);
        hmac.AppendData(data);
        return hmac.GetHashAndReset(output);
    }

    public override void Dispose() => _aes.Dispose();
}
