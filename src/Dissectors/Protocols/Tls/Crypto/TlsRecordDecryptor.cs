using System.Buffers.Binary;

namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// Decrypts the protected records of one direction of one TLS session, in order, counting sequence numbers.
/// Give it each record (the 5-byte header and the fragment) and a plaintext buffer of at least the fragment's
/// length, not overlapping the record — <see cref="MaxFragmentLength"/> bytes fit any record, so one buffer serves
/// a whole capture. It never throws on bad records and allocates nothing per record of its own (.NET's one-shot
/// AES-CBC allocates a small wrapper per call). Only a record that authenticates advances
/// <see cref="SequenceNumber"/>; a caller that knows a record was lost may set it. <see cref="ToString"/> never
/// prints key material.
/// </summary>
public abstract class TlsRecordDecryptor : IDisposable
{
    /// <summary>type(1) ‖ version(2) ‖ length(2) (RFC 5246 §6.2.1, RFC 8446 §5.1).</summary>
    public const int HeaderLength = 5;

    /// <summary>The most plaintext a record carries (2^14).</summary>
    public const int MaxPlaintextLength = 1 << 14;

    /// <summary>The longest protected fragment TLS allows (2^14 + 2048, RFC 5246 §6.2.3); also a large enough plaintext buffer.</summary>
    public const int MaxFragmentLength = MaxPlaintextLength + 2048;

    private static class At
    {
        public const int ContentType = 0, Version = 1, Length = 3;
    }

    protected TlsRecordDecryptor(CipherSuite suite, ushort version)
    {
        Suite = suite;
        Version = version;
    }

    public CipherSuite Suite { get; }

    /// <summary>The negotiated protocol version (for TLS 1.3, 0x0304, although record headers say 0x0303).</summary>
    public ushort Version { get; }

    /// <summary>The sequence number the next record is expected to have; starts at 0.</summary>
    public ulong SequenceNumber { get; set; }

    /// <summary>Decrypts a whole record: the 5-byte header followed by exactly the fragment its length field announces.</summary>
    public TlsDecryptStatus Decrypt(ReadOnlySpan<byte> record, Span<byte> plaintext, out TlsDecryptedRecord decrypted)
    {
        decrypted = default;
        if (record.Length < HeaderLength)
            return TlsDecryptStatus.RecordTooShort;
        if (BinaryPrimitives.ReadUInt16BigEndian(record[At.Length..]) != record.Length - HeaderLength)
            return TlsDecryptStatus.LengthMismatch;
        return DecryptChecked(record[..HeaderLength], record[HeaderLength..], plaintext, out decrypted);
    }

    /// <summary>Decrypts a fragment whose header fields the caller has already parsed.</summary>
    public TlsDecryptStatus Decrypt(byte contentType, ushort recordVersion, ReadOnlySpan<byte> fragment, Span<byte> plaintext,
        out TlsDecryptedRecord decrypted)
    {
        decrypted = default;
        if (fragment.Length > ushort.MaxValue)
            return TlsDecryptStatus.RecordOverflow;
        Span<byte> header = stackalloc byte[HeaderLength];
        header[At.ContentType] = contentType;
        BinaryPrimitives.WriteUInt16BigEndian(header[At.Version..], recordVersion);
        BinaryPrimitives.WriteUInt16BigEndian(header[At.Length..], (ushort)fragment.Length);
        return DecryptChecked(header, fragment, plaintext, out decrypted);
    }

    private TlsDecryptStatus DecryptChecked(ReadOnlySpan<byte> header, ReadOnlySpan<byte> fragment, Span<byte> plaintext,
        out TlsDecryptedRecord decrypted)
    {
        decrypted = default;
        if (fragment.Length > MaxFragmentLength)
            return TlsDecryptStatus.RecordOverflow;
        var status = DecryptFragment(header, fragment, plaintext, out byte contentType, out int length);
        if (status == TlsDecryptStatus.MissingInnerContentType)
            SequenceNumber++;                                   // it authenticated, so it used its number
        if (status != TlsDecryptStatus.Ok)
            return status;
        decrypted = new TlsDecryptedRecord(contentType, length, SequenceNumber);
        SequenceNumber++;
        return TlsDecryptStatus.Ok;
    }

    /// <summary>
    /// Decrypts <paramref name="fragment"/> into the start of <paramref name="plaintext"/>, authenticating it with
    /// <paramref name="header"/> and <see cref="SequenceNumber"/>. On failure the plaintext buffer holds nothing
    /// readable. The fragment is at most <see cref="MaxFragmentLength"/> bytes.
    /// </summary>
    protected abstract TlsDecryptStatus DecryptFragment(ReadOnlySpan<byte> header, ReadOnlySpan<byte> fragment, Span<byte> plaintext,
        out byte contentType, out int length);

    /// <summary>Writes the 8-byte big-endian sequence number, as AAD, MAC input and nonce use it.</summary>
    protected void WriteSequenceNumber(Span<byte> destination) => BinaryPrimitives.WriteUInt64BigEndian(destination, SequenceNumber);

    /// <summary>nonce = iv XOR (sequence number, left-padded to the IV's 12 bytes) (RFC 8446 §5.3, RFC 7905 §2).</summary>
    protected void XorSequenceIntoIv(ReadOnlySpan<byte> iv, Span<byte> nonce)
    {
        iv.CopyTo(nonce);
        Span<byte> sequence = stackalloc byte[sizeof(ulong)];
        WriteSequenceNumber(sequence);
        int offset = nonce.Length - sequence.Length;
        for (int i = 0; i < sequence.Length; i++)
            nonce[offset + i] ^= sequence[i];
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);

    public override string ToString() =>
        $"{TlsVersions.NameOf(Version) ?? $"0x{Version:x4}"} {Suite.Name} record decryptor, next sequence number {SequenceNumber}";
}
