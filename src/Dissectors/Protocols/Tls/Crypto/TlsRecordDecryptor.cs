using System.Buffers.Binary;

namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// Decrypts the records of one direction with one set of keys, counting their sequence numbers. The
/// plaintext goes into a buffer the caller owns (at least as long as the fragment), so a steady stream of
/// records allocates nothing. The sequence number advances only when a record decrypts.
/// </summary>
public abstract class TlsRecordDecryptor : IDisposable
{
    protected const int TagLength = 16;

    public ulong Sequence { get; protected set; }

    /// <param name="contentType">The record header's type.</param>
    /// <param name="version">The record header's version.</param>
    /// <param name="fragment">The record's bytes after its 5-byte header.</param>
    /// <param name="innerType">The real content type (TLS 1.3 carries it inside; otherwise the header's).</param>
    public abstract TlsDecryptStatus Decrypt(byte contentType, ushort version, ReadOnlySpan<byte> fragment, Span<byte> plaintext,
        out int plaintextLength, out byte innerType);

    public abstract void Dispose();

    /// <summary>The 13-byte TLS 1.2 additional data: seq ‖ type ‖ version ‖ length.</summary>
    protected void WriteTls12AdditionalData(Span<byte> aad, byte contentType, ushort version, int length)
    {
        BinaryPrimitives.WriteUInt64BigEndian(aad, Sequence);
        aad[8] = contentType;
        BinaryPrimitives.WriteUInt16BigEndian(aad[9..], version);
        BinaryPrimitives.WriteUInt16BigEndian(aad[11..], (ushort)length);
    }

    /// <summary>nonce = iv XOR (sequence number, left-padded to the IV length) (RFC 7905, RFC 8446 §5.3).</summary>
    protected void WriteXorNonce(ReadOnlySpan<byte> iv, Span<byte> nonce)
    {
        iv.CopyTo(nonce);
        Span<byte> seq = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(seq, Sequence);
        for (int i = 0; i < 8; i++)
            nonce[nonce.Length - 8 + i] ^= seq[i];
    }
}
