using System.Text;
using Sniffer.Output;

namespace Sniffer.Pipeline;

/// <summary>
/// A buffered UTF-8 text writer over a stream that also takes text already encoded (<see cref="WriteUtf8"/>), so the
/// printers that build UTF-8 themselves (-V, -T json) hand their bytes straight to the output: one buffer, one write per
/// 64 KiB, characters and bytes kept in the order they were written. Encodes as StreamWriter with UTF8Encoding(false) does.
/// A printer may also write a frame's text straight into the buffer (<see cref="BeginFrame"/>, <see cref="EndFrame"/>):
/// the buffer grows to hold a frame whole, so a frame's text is never written out in part.
/// </summary>
public sealed class Utf8Writer : TextWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly Stream _stream;
    private readonly Encoder _encoder = Utf8.GetEncoder();
    private readonly Utf8Text _text;
    private readonly int _bufferSize;

    public Utf8Writer(Stream stream, int bufferSize = 1 << 16)
    {
        _stream = stream;
        _bufferSize = Math.Max(bufferSize, 64);
        _text = new Utf8Text(_bufferSize);
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
            if (_bufferSize - _text.Length < 8)
                FlushBuffer();
            var room = _text.Reserve(_bufferSize - _text.Length)[..(_bufferSize - _text.Length)];
            _encoder.Convert(chars, room, flush: false, out int used, out int written, out _);
            _text.Advance(written);
            chars = chars[used..];
        }
    }

    /// <summary>Text already encoded as UTF-8.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > _bufferSize - _text.Length)
        {
            FlushBuffer();
            if (utf8.Length >= _bufferSize)
            {
                _stream.Write(utf8);
                return;
            }
        }
        _text.Append(utf8);
    }

    /// <summary>
    /// The buffer, for a frame's text written into it directly (after what was written before); <see cref="EndFrame"/>
    /// when the frame is whole. Nothing else may be written in between.
    /// </summary>
    public Utf8Text BeginFrame() => _text;

    /// <summary>The frame written since <see cref="BeginFrame"/> is whole: the buffer goes out when it holds 48 KiB or more.</summary>
    public void EndFrame()
    {
        if (_text.Length >= _bufferSize - _bufferSize / 4)
            FlushBuffer();
    }

    public override void Flush()
    {
        // A high surrogate still waiting for its pair is written as U+FFFD, as StreamWriter.Flush does.
        if (_bufferSize - _text.Length < 8)
            FlushBuffer();
        _encoder.Convert(ReadOnlySpan<char>.Empty, _text.Reserve(8), flush: true, out _, out int written, out _);
        _text.Advance(written);
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
        if (_text.Length == 0)
            return;
        _stream.Write(_text.Written);
        _text.Clear();
    }
}
