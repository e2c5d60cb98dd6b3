using System.Buffers.Binary;

namespace Sniffer.Capture;

/// <summary>
/// A write-only pass-through over a capture file that knows where its last whole pcapng block ends.
/// <see cref="Files.PcapngWriter"/> hands over only whole blocks per call, so each successful write ends on a
/// block boundary. When a write fails part-way (disk full), <see cref="TryRollBack"/> looks at how much of the
/// failed write reached the file, keeps the whole blocks among it and cuts the rest: the file ends on a block
/// boundary, keeps every block that fitted, and every reader takes it without a warning.
/// </summary>
public sealed class CommittedLengthStream(FileStream file, bool bigEndian) : Stream
{
    private const int TotalLengthAt = 4;
    private const int MinimumBlock = 12;

    private byte[] _failedWrite = [];

    /// <summary>The end of the last whole block known to be in the file.</summary>
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
        try
        {
            file.Write(buffer);
        }
        catch (IOException)
        {
            _failedWrite = buffer.ToArray();   // kept to find the whole blocks that did reach the file
            throw;
        }
        CommittedLength += buffer.Length;
    }

    public override void Flush() => file.Flush();

    /// <summary>
    /// After a failed write: truncates the file to the end of the last whole block that reached it. False (with
    /// the reason) when even that fails.
    /// </summary>
    public bool TryRollBack(out string? failure)
    {
        try
        {
            long reached = Math.Max(0, file.Length - CommittedLength);
            long keep = WholeBlocksWithin(_failedWrite, reached);
            file.SetLength(CommittedLength + keep);
            CommittedLength += keep;
            _failedWrite = [];
            failure = null;
            return true;
        }
        catch (IOException e)
        {
            failure = e.Message;
            return false;
        }
    }

    /// <summary>The length of the whole blocks at the start of <paramref name="blocks"/> that end within <paramref name="reached"/> bytes.</summary>
    private long WholeBlocksWithin(ReadOnlySpan<byte> blocks, long reached)
    {
        long kept = 0;
        while (kept + MinimumBlock <= blocks.Length)
        {
            var lengthField = blocks.Slice((int)kept + TotalLengthAt, sizeof(uint));
            uint length = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(lengthField) : BinaryPrimitives.ReadUInt32LittleEndian(lengthField);
            if (length < MinimumBlock || length % 4 != 0 || kept + length > reached)
                break;
            kept += length;
        }
        return kept;
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
