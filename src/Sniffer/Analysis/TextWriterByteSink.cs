using System.Text;

namespace Sniffer.Analysis;

/// <summary>
/// A write-only stream that decodes the UTF-8 bytes written to it onto a <see cref="TextWriter"/> as they come (a
/// character split across two writes is completed by the next), so a report written with <see cref="System.Text.Json.Utf8JsonWriter"/>
/// reaches its output in pieces instead of being held whole, copied to an array and decoded to one string.
/// </summary>
internal sealed class TextWriterByteSink(TextWriter output) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private char[] _chars = new char[4096];

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        int needed = _decoder.GetCharCount(buffer, flush: false);
        if (needed > _chars.Length)
            _chars = new char[Math.Max(needed, _chars.Length * 2)];
        int n = _decoder.GetChars(buffer, _chars, flush: false);
        output.Write(_chars, 0, n);
    }

    public override void Flush() => output.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
