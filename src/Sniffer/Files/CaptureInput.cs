namespace Sniffer.Files;

/// <summary>
/// Sequential input for the capture readers: counts the bytes consumed (the offsets errors report) and
/// owns the one reusable block buffer. It only ever reads forward, so standard input and pipes work.
/// The buffer grows on demand, never past <see cref="MaxBlockLength"/> plus a small header slack.
/// </summary>
internal sealed class CaptureInput : IDisposable
{
    /// <summary>The largest block or record a reader accepts; a length above it is refused before any allocation.</summary>
    public const int MaxBlockLength = 128 * 1024 * 1024;

    private const int InitialCapacity = 64 * 1024;
    private const int SkipChunk = InitialCapacity;

    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private byte[] _buffer = new byte[InitialCapacity];

    public CaptureInput(Stream stream, bool ownsStream)
    {
        _stream = stream;
        _ownsStream = ownsStream;
    }

    /// <summary>Bytes consumed from the start of the input.</summary>
    public long Offset { get; private set; }

    /// <summary>The block buffer. Its identity changes when it grows; never hold it across a <see cref="Fill"/>.</summary>
    public byte[] Buffer => _buffer;

    /// <summary>
    /// Reads up to <paramref name="count"/> bytes into the buffer at <paramref name="position"/>, keeping the
    /// bytes before <paramref name="position"/>. Returns how many arrived: fewer only at the end of the input.
    /// </summary>
    public int Fill(int position, int count)
    {
        EnsureCapacity(position + count);
        int read = _stream.ReadAtLeast(_buffer.AsSpan(position, count), count, throwOnEndOfStream: false);
        Offset += read;
        return read;
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
            int read = _stream.ReadAtLeast(_buffer.AsSpan(0, chunk), chunk, throwOnEndOfStream: false);
            skipped += read;
            Offset += read;
            if (read < chunk)
                break;
        }
        return skipped;
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
