using Sniffer.Files.Compression;

namespace Sniffer.Files;

/// <summary>
/// Sequential input for the capture readers: counts the bytes consumed (the offsets errors report) and
/// owns the one reusable block buffer. It only ever reads forward, so standard input and pipes work.
/// The buffer grows on demand, never past <see cref="MaxBlockLength"/> plus a small header slack.
/// When the stream is a decoder (a compressed capture) and its compressed bytes turn out broken, the
/// bytes decoded before the fault are still delivered, then the input ends and
/// <see cref="DecompressionError"/> says why; the readers report it in place of "truncated".
/// </summary>
internal sealed class CaptureInput : IDisposable
{
    /// <summary>The largest block or record a reader accepts; a length above it is refused before any allocation.</summary>
    public const int MaxBlockLength = 128 * 1024 * 1024;

    private const int InitialCapacity = 64 * 1024;
    private const int SkipChunk = InitialCapacity;

    /// <summary>
    /// Bytes taken from the stream per read: a block header and its body are served from here (two small reads per
    /// frame cost two calls through the stream's layers; one large read per this many bytes costs one).
    /// </summary>
    private const int AheadCapacity = 128 * 1024;

    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private byte[] _buffer = new byte[InitialCapacity];
    private readonly byte[] _ahead = new byte[AheadCapacity];
    private int _aheadStart, _aheadEnd;

    public CaptureInput(Stream stream, bool ownsStream)
    {
        _stream = stream;
        _ownsStream = ownsStream;
    }

    /// <summary>Bytes consumed from the start of the input.</summary>
    public long Offset { get; private set; }

    /// <summary>Set when the compressed stream under the input broke; the input then reads as ended.</summary>
    public CompressedDataException? DecompressionError { get; private set; }

    /// <summary>Puts bytes already taken from the stream (the magic number) at the start of the buffer, as if read here.</summary>
    public void Preload(ReadOnlySpan<byte> bytes)
    {
        EnsureCapacity(bytes.Length);
        bytes.CopyTo(_buffer);
        Offset += bytes.Length;
    }

    /// <summary>
    /// <paramref name="reason"/>, or — when the input ended because its compressed stream broke — what broke,
    /// where in the compressed file, and how much capture data had been decoded by then.
    /// </summary>
    public string Explain(string reason) => DecompressionError is { } e
        ? CaptureFileReasons.Decompression(e.Message, e.CompressedOffset, Offset)
        : reason;

    /// <summary>The block buffer. Its identity changes when it grows; never hold it across a <see cref="Fill"/>.</summary>
    public byte[] Buffer => _buffer;

    /// <summary>
    /// Reads up to <paramref name="count"/> bytes into the buffer at <paramref name="position"/>, keeping the
    /// bytes before <paramref name="position"/>. Returns how many arrived: fewer only at the end of the input.
    /// </summary>
    public int Fill(int position, int count)
    {
        // Grow with the bytes that actually arrive, not with the length a block claims: a header claiming
        // 100 MB in a 1 KB file costs nothing but the 1 KB.
        int total = 0;
        while (total < count)
        {
            int step = Math.Min(count - total, Math.Max(InitialCapacity, _buffer.Length - position - total));
            EnsureCapacity(position + total + step);
            int read = ReadAtLeast(_buffer.AsSpan(position + total, step));
            total += read;
            if (read < step)
                break;
        }
        Offset += total;
        return total;
    }

    /// <summary>
    /// Consumes <paramref name="count"/> bytes without keeping them (they pass through the start of the
    /// buffer, whose earlier contents are lost). Returns how many were consumed: fewer only at the end.
    /// </summary>
    public long Skip(long count)
    {
        long skipped = 0;
        while (skipped < count)
        {
            int chunk = (int)Math.Min(SkipChunk, count - skipped);
            int read = ReadAtLeast(_buffer.AsSpan(0, chunk));
            skipped += read;
            Offset += read;
            if (read < chunk)
                break;
        }
        return skipped;
    }

    /// <summary>Fills <paramref name="target"/> unless the input ends (or its compressed stream breaks) first.</summary>
    private int ReadAtLeast(Span<byte> target)
    {
        int total = 0;
        while (total < target.Length)
        {
            if (_aheadStart < _aheadEnd)
            {
                int take = Math.Min(_aheadEnd - _aheadStart, target.Length - total);
                _ahead.AsSpan(_aheadStart, take).CopyTo(target[total..]);
                _aheadStart += take;
                total += take;
                continue;
            }
            if (DecompressionError is not null)
                break;
            // What is left is read straight into the target when it is at least a read-ahead's worth, else through it.
            bool direct = target.Length - total >= AheadCapacity;
            int read;
            try
            {
                read = direct ? _stream.Read(target[total..]) : _stream.Read(_ahead);
            }
            catch (CompressedDataException e)
            {
                DecompressionError = e;
                break;
            }
            if (read == 0)
                break;
            if (direct)
                total += read;
            else
                (_aheadStart, _aheadEnd) = (0, read);
        }
        return total;
    }

    private void EnsureCapacity(int needed)
    {
        if (needed <= _buffer.Length)
            return;
        int grown = (int)Math.Min((long)_buffer.Length * 2, MaxBlockLength + 64L);
        var larger = new byte[Math.Max(needed, grown)];
        _buffer.AsSpan().CopyTo(larger);
        _buffer = larger;
    }

    public void Dispose()
    {
        if (_ownsStream)
            _stream.Dispose();
    }
}
