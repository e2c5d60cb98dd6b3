namespace Sniffer.Files.Compression;

/// <summary>
/// Wraps a library decoder (ZstdSharp's, K4os' LZ4, .NET's GZipStream) so that whatever it throws about
/// broken compressed data — premature end, bad checksum, corrupt block — becomes one
/// <see cref="CompressedDataException"/> naming the format and the compressed offset reached.
/// </summary>
internal sealed class CheckedDecoderStream : Stream
{
    private readonly Stream _decoder;
    private readonly CompressionFormat _format;
    private readonly CountingReadStream _counter;

    private CheckedDecoderStream(Stream decoder, CompressionFormat format, CountingReadStream counter)
    {
        _decoder = decoder;
        _format = format;
        _counter = counter;
    }

    /// <summary>Builds <paramref name="makeDecoder"/> over a byte counter on <paramref name="compressed"/>.</summary>
    public static Stream Create(Stream compressed, CompressionFormat format, Func<Stream, Stream> makeDecoder)
    {
        var counter = new CountingReadStream(compressed);
        return new CheckedDecoderStream(makeDecoder(counter), format, counter);
    }

    public override int Read(Span<byte> buffer)
    {
        try
        {
            return _decoder.Read(buffer);
        }
        catch (CompressedDataException)
        {
            throw;
        }
        catch (EndOfStreamException)
        {
            throw new CompressedDataException(_format, "is cut short (the stream ends inside a frame)", _counter.BytesRead);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or ArgumentException
            or IndexOutOfRangeException or NotSupportedException or ZstdSharp.ZstdException)
        {
            throw new CompressedDataException(_format, $"is corrupt ({e.Message.TrimEnd('.')})", _counter.BytesRead);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _decoder.Dispose();
            _counter.Dispose();
        }
        base.Dispose(disposing);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
