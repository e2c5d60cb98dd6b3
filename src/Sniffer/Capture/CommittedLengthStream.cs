namespace Sniffer.Capture;

/// <summary>
/// A write-only pass-through over a file that remembers how many bytes were written by calls that succeeded.
/// <see cref="Files.PcapngWriter"/> hands over only whole blocks per call, so after a failed write (disk full)
/// <see cref="TryRollBack"/> cuts away whatever part of a block reached the disk, and the file ends on a block
/// boundary: every reader takes it without a warning.
/// </summary>
public sealed class CommittedLengthStream(FileStream file) : Stream
{
    /// <summary>Bytes written by completed writes: the end of the last whole block.</summary>
    public long CommittedLength { get; private set; }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => CommittedLength;

    public override long Position
    {
        get => CommittedLength;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        file.Write(buffer);
        CommittedLength += buffer.Length;
    }

    public override void Flush() => file.Flush();

    /// <summary>Truncates the file to <see cref="CommittedLength"/>; false (with the reason) when even that fails.</summary>
    public bool TryRollBack(out string? failure)
    {
        try
        {
            file.SetLength(CommittedLength);
            failure = null;
            return true;
        }
        catch (IOException e)
        {
            failure = e.Message;
            return false;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            file.Dispose();
        base.Dispose(disposing);
    }
}
