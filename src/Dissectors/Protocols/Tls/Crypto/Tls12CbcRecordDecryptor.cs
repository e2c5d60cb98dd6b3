using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// TLS 1.0–1.2 AES-CBC records with an HMAC (RFC 5246 §6.2.3.2). By default MAC-then-encrypt: the fragment is
/// IV ‖ CBC(content ‖ MAC ‖ padding), with the MAC over seq_num(8) ‖ type ‖ version ‖ length(2) ‖ content.
/// With encrypt_then_mac negotiated (RFC 7366) the fragment is IV ‖ CBC(content ‖ padding) ‖ MAC, with the MAC
/// over seq_num ‖ type ‖ version ‖ length of IV and ciphertext ‖ IV ‖ ciphertext, checked before decrypting.
/// TLS 1.0 records carry no IV: the first record uses the key block's IV and each later one the last ciphertext
/// block of the record before (RFC 2246 §6.2.3.2). Padding is p+1 bytes all equal to p. MACs are compared in
/// constant time. AES and HMAC are .NET's.
/// </summary>
public sealed class Tls12CbcRecordDecryptor : TlsRecordDecryptor
{
    private const int BlockLength = CipherSuite.AesBlockLength;
    private const int MacHeaderLength = 13;
    private const int MaxMacLength = 48;

    private readonly Aes _aes;
    private readonly IncrementalHash _hmac;
    private readonly byte[] _chainedIv;
    private readonly bool _recordCarriesIv;

    internal Tls12CbcRecordDecryptor(CipherSuite suite, ushort version, ReadOnlySpan<byte> macKey, ReadOnlySpan<byte> writeKey,
        ReadOnlySpan<byte> iv, bool encryptThenMac)
        : base(suite, version)
    {
        _aes = Aes.Create();
        byte[] key = writeKey.ToArray();
        _aes.Key = key;                                          // Aes keeps its own copy
        CryptographicOperations.ZeroMemory(key);
        _hmac = IncrementalHash.CreateHMAC(suite.MacHash, macKey);
        _chainedIv = iv[..BlockLength].ToArray();
        _recordCarriesIv = version >= TlsVersions.Tls11;
        EncryptThenMac = encryptThenMac;
    }

    /// <summary>Whether the session negotiated the encrypt_then_mac extension (RFC 7366).</summary>
    public bool EncryptThenMac { get; }

    protected override TlsDecryptStatus DecryptFragment(ReadOnlySpan<byte> header, ReadOnlySpan<byte> fragment, Span<byte> plaintext,
        out byte contentType, out int length)
    {
        contentType = header[0];
        length = 0;
        int ivLength = _recordCarriesIv ? BlockLength : 0;
        int macLength = Suite.MacLength;
        var status = EncryptThenMac
            ? OpenEncryptThenMac(header, fragment, plaintext, ivLength, macLength, out length, out int ciphertextLength)
            : OpenMacThenEncrypt(header, fragment, plaintext, ivLength, macLength, out length, out ciphertextLength);
        if (status != TlsDecryptStatus.Ok)
        {
            CryptographicOperations.ZeroMemory(plaintext[..Math.Min(plaintext.Length, ciphertextLength)]);
            length = 0;
            return status;
        }
        if (!_recordCarriesIv)                                   // TLS 1.0: the next record chains on from this one
            fragment.Slice(ivLength + ciphertextLength - BlockLength, BlockLength).CopyTo(_chainedIv);
        return TlsDecryptStatus.Ok;
    }

    private TlsDecryptStatus OpenMacThenEncrypt(ReadOnlySpan<byte> header, ReadOnlySpan<byte> fragment, Span<byte> plaintext,
        int ivLength, int macLength, out int length, out int ciphertextLength)
    {
        length = 0;
        ciphertextLength = 0;
        int minimumCiphertext = (macLength + 1 + BlockLength - 1) / BlockLength * BlockLength;   // MAC + 1 padding byte, whole blocks
        if (fragment.Length < ivLength + minimumCiphertext)
            return TlsDecryptStatus.RecordTooShort;
        var ciphertext = fragment[ivLength..];
        if (ciphertext.Length % BlockLength != 0)
            return TlsDecryptStatus.NotBlockAligned;
        if (plaintext.Length < ciphertext.Length)
            return TlsDecryptStatus.DestinationTooSmall;
        ciphertextLength = ciphertext.Length;

        var decrypted = plaintext[..ciphertext.Length];
        _aes.DecryptCbc(ciphertext, _recordCarriesIv ? fragment[..ivLength] : _chainedIv, decrypted, PaddingMode.None);
        if (!TryRemovePadding(decrypted, macLength, out int contentAndMac))
            return TlsDecryptStatus.BadPadding;
        int contentLength = contentAndMac - macLength;

        Span<byte> expected = stackalloc byte[MaxMacLength];
        ComputeMac(header, (ushort)contentLength, decrypted[..contentLength], expected[..macLength]);
        if (!CryptographicOperations.FixedTimeEquals(expected[..macLength], decrypted.Slice(contentLength, macLength)))
            return TlsDecryptStatus.AuthenticationFailed;
        length = contentLength;
        return TlsDecryptStatus.Ok;
    }

    private TlsDecryptStatus OpenEncryptThenMac(ReadOnlySpan<byte> header, ReadOnlySpan<byte> fragment, Span<byte> plaintext,
        int ivLength, int macLength, out int length, out int ciphertextLength)
    {
        length = 0;
        ciphertextLength = 0;
        if (fragment.Length < ivLength + BlockLength + macLength)
            return TlsDecryptStatus.RecordTooShort;
        var protectedPart = fragment[..^macLength];                // IV ‖ ciphertext
        var ciphertext = protectedPart[ivLength..];
        if (ciphertext.Length % BlockLength != 0)
            return TlsDecryptStatus.NotBlockAligned;

        Span<byte> expected = stackalloc byte[MaxMacLength];
        ComputeMac(header, (ushort)protectedPart.Length, protectedPart, expected[..macLength]);
        if (!CryptographicOperations.FixedTimeEquals(expected[..macLength], fragment[^macLength..]))
            return TlsDecryptStatus.AuthenticationFailed;
        if (plaintext.Length < ciphertext.Length)
            return TlsDecryptStatus.DestinationTooSmall;
        ciphertextLength = ciphertext.Length;

        var decrypted = plaintext[..ciphertext.Length];
        _aes.DecryptCbc(ciphertext, _recordCarriesIv ? fragment[..ivLength] : _chainedIv, decrypted, PaddingMode.None);
        if (!TryRemovePadding(decrypted, 0, out length))
            return TlsDecryptStatus.BadPadding;
        return TlsDecryptStatus.Ok;
    }

    /// <summary>
    /// Checks the TLS padding at the end of <paramref name="decrypted"/> (p+1 bytes, each p) and returns the
    /// length before it; room for <paramref name="macLength"/> bytes must remain. Every padding byte is examined.
    /// </summary>
    private static bool TryRemovePadding(ReadOnlySpan<byte> decrypted, int macLength, out int unpaddedLength)
    {
        int padding = decrypted[^1];
        unpaddedLength = decrypted.Length - padding - 1;
        if (unpaddedLength < macLength)
            return false;
        int difference = 0;
        foreach (byte b in decrypted[unpaddedLength..])
            difference |= b ^ padding;
        return difference == 0;
    }

    /// <summary>HMAC(mac_key, seq_num ‖ type ‖ version ‖ length ‖ data).</summary>
    private void ComputeMac(ReadOnlySpan<byte> header, ushort length, ReadOnlySpan<byte> data, Span<byte> mac)
    {
        Span<byte> macHeader = stackalloc byte[MacHeaderLength];
        WriteSequenceNumber(macHeader);
        header[..3].CopyTo(macHeader[8..]);                       // type ‖ version
        BinaryPrimitives.WriteUInt16BigEndian(macHeader[11..], length);
        _hmac.AppendData(macHeader);
        _hmac.AppendData(data);
        _hmac.GetHashAndReset(mac);
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing)
            return;
        _aes.Dispose();
        _hmac.Dispose();
        CryptographicOperations.ZeroMemory(_chainedIv);
    }
}
