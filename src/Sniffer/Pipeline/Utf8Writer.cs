using System.Text;

namespace Sniffer.Pipeline;

/// <summary>
/// A buffered UTF-8 text writer over a stream that also takes text already encoded (<see cref="WriteUtf8"/>), so the
/// printers that build UTF-8 themselves (-V, -T json) hand their bytes straight to the output: one buffer, one write per
/// 64 KiB, characters and bytes kept in the order they were written. Encodes as StreamWriter with UTF8Encoding(false) does.
/// </summary>
public sealed class Utf8Writer : TextWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly Stream _stream;
    private readonly Encoder _encoder = Utf8.GetEncoder();
    private readonly byte[] _buffer;
    private int _length;

    public Utf8Writer(Stream stream, int bufferSize = 1 << 16)
    {
        _stream = stream;
        _buffer = new byte[Math.Max(bufferSize, 64)];
        NewLine = "\n";
    }

    public override Encoding Encoding => Utf8;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> chars)
    {
        while (!chars.IsEmpty)
        {
            if (_buffer.Length - _length < 8)
                FlushBuffer();
            _encoder.Convert(chars, _buffer.AsSpan(_length), flush: false, out int used, out int written, out _);
            _length += written;
            chars = chars[used..];
        }
    }

    /// <summary>Text already encoded as UTF-8.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > _buffer.Length - _length)
        {
            FlushBuffer();
            if (utf8.Length >= _buffer.Length)
            {
                _stream.Write(utf8);
                return;
            }
        }
        utf8.CopyTo(_buffer.AsSpan(_length));
        _length += utf8.Length;
    }

    public override void Flush()
    {
        // A high surrogate still waiting for its pair is written as U+FFFD, as StreamWriter.Flush does.
        if (_buffer.Length - _length < 8)
            FlushBuffer();
        _encoder.Convert(ReadOnlySpan<char>.Empty, _buffer.AsSpan(_length), flush: true, out _, out int written, out _);
        _length += written;
        FlushBuffer();
        _stream.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
            _stream.Dispose();
        }
        base.Dispose(disposing);
    }

    private void FlushBuffer()
    {
        if (_length == 0)
            return;
        _stream.Write(_buffer, 0, _length);
        _length = 0;
    }
}
