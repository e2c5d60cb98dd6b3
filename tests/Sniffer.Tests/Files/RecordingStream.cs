namespace Sniffer.Tests.Files;

/// <summary>A write-only stream that keeps every Write call as a separate chunk, to check what reaches the disk at each moment.</summary>
internal sealed class RecordingStream : Stream
{
    public List<byte[]> Writes { get; } = [];

    public int Flushes { get; private set; }

    public bool Disposed { get; private set; }

    public byte[] AllBytes() => [.. Writes.SelectMany(w => w)];

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
    public override void Write(ReadOnlySpan<byte> buffer) => Writes.Add(buffer.ToArray());
    public override void Flush() => Flushes++;
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}
