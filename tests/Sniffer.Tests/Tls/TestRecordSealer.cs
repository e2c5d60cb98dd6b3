using System.Buffers.Binary;
using System.Security.Cryptography;
using Sniffer.Dissectors.Protocols.Tls.Crypto;

namespace Sniffer.Tests.Tls;

/// <summary>
/// The encrypting side of TLS record protection, written in the tests from .NET primitives and the RFCs, so the
/// decryptors are checked against an independent construction rather than against themselves.
/// </summary>
internal static class TestRecordSealer
{
    public const ushort LegacyRecordVersion = 0x0303;

    /// <summary>RFC 8446 §5.2: AEAD over content ‖ type ‖ zeros, nonce = iv XOR seq, AAD = the record header.</summary>
    public static byte[] SealTls13(CipherSuite suite, ReadOnlySpan<byte> key, ReadOnlySpan<byte> iv, ulong sequence,
        byte contentType, ReadOnlySpan<byte> content, int zeroPadding = 0)
    {
        byte[] inner = new byte[content.Length + 1 + zeroPadding];
        content.CopyTo(inner);
        inner[content.Length] = contentType;
        byte[] record = new byte[5 + inner.Length + suite.TagLength];
        record[0] = TestRecord.ApplicationData;
        BinaryPrimitives.WriteUInt16BigEndian(record.AsSpan(1), LegacyRecordVersion);
        BinaryPrimitives.WriteUInt16BigEndian(record.AsSpan(3), (ushort)(record.Length - 5));
        Span<byte> nonce = stackalloc byte[12];
        XorNonce(iv, sequence, nonce);
        Seal(suite, key, nonce, inner, record.AsSpan(5, inner.Length), record.AsSpan(5 + inner.Length), record.AsSpan(0, 5));
        return record;
    }

    /// <summary>RFC 5288 / 6655 / 7905: TLS 1.2 AEAD with AAD = seq ‖ type ‖ version ‖ length.</summary>
    public static byte[] SealTls12Aead(CipherSuite suite, ReadOnlySpan<byte> key, ReadOnlySpan<byte> fixedIv, ulong sequence,
        byte contentType, ReadOnlySpan<byte> content, ulong explicitNonce = 0x0102030405060708)
    {
        int explicitLength = suite.RecordIvLength;
        byte[] record = new byte[5 + explicitLength + content.Length + suite.TagLength];
        Header(record, contentType, LegacyRecordVersion);
        Span<byte> nonce = stackalloc byte[12];
        if (explicitLength == 0)
            XorNonce(fixedIv, sequence, nonce);
        else
        {
            BinaryPrimitives.WriteUInt64BigEndian(record.AsSpan(5), explicitNonce);
            fixedIv.CopyTo(nonce);
            record.AsSpan(5, explicitLength).CopyTo(nonce[4..]);
        }
        Span<byte> aad = stackalloc byte[13];
        BinaryPrimitives.WriteUInt64BigEndian(aad, sequence);
        aad[8] = contentType;
        BinaryPrimitives.WriteUInt16BigEndian(aad[9..], LegacyRecordVersion);
        BinaryPrimitives.WriteUInt16BigEndian(aad[11..], (ushort)content.Length);
        Seal(suite, key, nonce, content, record.AsSpan(5 + explicitLength, content.Length), record.AsSpan(5 + explicitLength + content.Length), aad);
        return record;
    }

    /// <summary>
    /// RFC 5246 §6.2.3.2 (MAC-then-encrypt) or RFC 7366 (encrypt-then-MAC) AES-CBC. <paramref name="iv"/> is written
    /// into the record when <paramref name="version"/> is TLS 1.1 or later, else used as the chained IV.
    /// <paramref name="paddingLength"/> is the value of the padding length byte (0–255); with
    /// <paramref name="corruptPadding"/> the first padding byte differs from the others (after the MAC is computed).
    /// </summary>
    public static byte[] SealTls12Cbc(CipherSuite suite, ushort version, ReadOnlySpan<byte> macKey, ReadOnlySpan<byte> key,
        ReadOnlySpan<byte> iv, ulong sequence, byte contentType, ReadOnlySpan<byte> content, bool encryptThenMac,
        int? paddingLength = null, bool corruptPadding = false)
    {
        int macLength = suite.MacLength;
        int unpadded = content.Length + (encryptThenMac ? 0 : macLength) + 1;
        int padding = paddingLength ?? (16 - unpadded % 16) % 16;
        byte[] clear = new byte[unpadded + padding];
        content.CopyTo(clear);
        if (!encryptThenMac)
            Mac(suite, macKey, sequence, contentType, version, content, clear.AsSpan(content.Length, macLength));
        clear.AsSpan(clear.Length - padding - 1).Fill((byte)padding);
        if (corruptPadding)
            clear[clear.Length - padding - 1] ^= 0x01;

        using var aes = Aes.Create();
        aes.Key = key.ToArray();
        byte[] ciphertext = aes.EncryptCbc(clear, iv[..16], PaddingMode.None);
        byte[] ivPart = version >= TlsVersions.Tls11 ? iv[..16].ToArray() : [];
        byte[] body = [.. ivPart, .. ciphertext];
        byte[] mac = [];
        if (encryptThenMac)
        {
            mac = new byte[macLength];
            Mac(suite, macKey, sequence, contentType, version, body, mac);
        }
        byte[] record = new byte[5 + body.Length + mac.Length];
        Header(record, contentType, version);
        body.CopyTo(record, 5);
        mac.CopyTo(record, 5 + body.Length);
        return record;
    }

    private static void Mac(CipherSuite suite, ReadOnlySpan<byte> macKey, ulong sequence, byte contentType, ushort version,
        ReadOnlySpan<byte> data, Span<byte> mac)
    {
        byte[] input = new byte[13 + data.Length];
        BinaryPrimitives.WriteUInt64BigEndian(input, sequence);
        input[8] = contentType;
        BinaryPrimitives.WriteUInt16BigEndian(input.AsSpan(9), version);
        BinaryPrimitives.WriteUInt16BigEndian(input.AsSpan(11), (ushort)data.Length);
        data.CopyTo(input.AsSpan(13));
        CryptographicOperations.HmacData(suite.MacHash, macKey, input, mac);
    }

    private static void Header(byte[] record, byte contentType, ushort version)
    {
        record[0] = contentType;
        BinaryPrimitives.WriteUInt16BigEndian(record.AsSpan(1), version);
        BinaryPrimitives.WriteUInt16BigEndian(record.AsSpan(3), (ushort)(record.Length - 5));
    }

    private static void XorNonce(ReadOnlySpan<byte> iv, ulong sequence, Span<byte> nonce)
    {
        iv.CopyTo(nonce);
        for (int i = 0; i < 8; i++)
            nonce[11 - i] ^= (byte)(sequence >> (8 * i));
    }

    private static void Seal(CipherSuite suite, ReadOnlySpan<byte> key, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> plaintext,
        Span<byte> ciphertext, Span<byte> tag, ReadOnlySpan<byte> aad)
    {
        switch (suite.Cipher)
        {
            case TlsBulkCipher.Aes128Gcm or TlsBulkCipher.Aes256Gcm:
                using (var gcm = new AesGcm(key, suite.TagLength))
                    gcm.Encrypt(nonce, plaintext, ciphertext, tag, aad);
                break;
            case TlsBulkCipher.ChaCha20Poly1305:
                using (var chaCha = new ChaCha20Poly1305(key))
                    chaCha.Encrypt(nonce, plaintext, ciphertext, tag, aad);
                break;
            default:
                using (var ccm = new AesCcm(key))
                    ccm.Encrypt(nonce, plaintext, ciphertext, tag, aad);
                break;
        }
    }
}
