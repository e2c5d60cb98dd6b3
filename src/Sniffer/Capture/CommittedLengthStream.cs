using System.Buffers.Binary;

namespace Sniffer.Capture;

/// <summary>
/// A write-only pass-through over a capture file (or standard output) that knows where its last whole pcapng block
/// ends and how many packets of each interface the file holds. <see cref="Files.PcapngWriter"/> hands over only whole
/// blocks per call, so each successful write ends on a block boundary. When a write fails part-way (disk full),
/// <see cref="TryRollBack"/> looks at how much of the failed write reached the file, keeps the whole blocks among it
/// and cuts the rest: the file ends on a block boundary, keeps every block that fitted, and every reader takes it
/// without a warning. A pipe cannot be cut back; there the packets of a failed write are simply not counted.
/// </summary>
public sealed class CommittedLengthStream(Stream file, bool bigEndian, CaptureFileFormat format = CaptureFileFormat.Pcapng) : Stream
{
    private const int TypeAt = 0;
    private const int TotalLengthAt = 4;
    private const int InterfaceIdAt = 8;
    private const int MinimumBlock = 12;
    private const uint EnhancedPacketBlock = 6;

    private const int PcapIncludedLengthAt = 8;

    private byte[] _failedWrite = [];
    private ulong[] _packetsPerInterface = new ulong[4];

    /// <summary>The end of the last whole block known to be in the file.</summary>
    public long CommittedLength { get; private set; }

    /// <summary>Enhanced Packet Blocks of <paramref name="interfaceId"/> known to be whole in the file.</summary>
    public ulong CommittedPackets(int interfaceId) =>
        (uint)interfaceId < (uint)_packetsPerInterface.Length ? _packetsPerInterface[interfaceId] : 0;

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
        CountPackets(buffer);
    }

    public override void Flush() => file.Flush();

    /// <summary>
    /// After a failed write: truncates the file to the end of the last whole block that reached it. False (with
    /// the reason) when even that fails. Standard output (a pipe) is left as it is.
    /// </summary>
    public bool TryRollBack(out string? failure)
    {
        failure = null;
        if (file is not FileStream { CanSeek: true } seekable)
        {
            _failedWrite = [];
            return true;
        }
        try
        {
            long reached = Math.Max(0, seekable.Length - CommittedLength);
            long keep = WholeBlocksWithin(_failedWrite, reached);
            seekable.SetLength(CommittedLength + keep);
            CommittedLength += keep;
            CountPackets(_failedWrite.AsSpan(0, (int)keep));
            _failedWrite = [];
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
        if (format == CaptureFileFormat.Pcap)
            return WholeRecordsWithin(blocks, reached);
        long kept = 0;
        while (kept + MinimumBlock <= blocks.Length)
        {
            uint length = ReadUInt32(blocks.Slice((int)kept + TotalLengthAt));
            if (length < MinimumBlock || length % 4 != 0 || kept + length > reached)
                break;
            kept += length;
        }
        return kept;
    }

    /// <summary>pcap: the file header (when this write starts the file) and whole records within <paramref name="reached"/>.</summary>
    private long WholeRecordsWithin(ReadOnlySpan<byte> records, long reached)
    {
        long kept = CommittedLength == 0 ? PcapRecordWriter.FileHeaderLength : 0;
        if (kept > reached || kept > records.Length)
            return 0;
        while (kept + PcapRecordWriter.RecordHeaderLength <= records.Length)
        {
            long length = PcapRecordWriter.RecordHeaderLength + (long)BinaryPrimitives.ReadUInt32LittleEndian(records[((int)kept + PcapIncludedLengthAt)..]);
            if (kept + length > reached || kept + length > records.Length)
                break;
            kept += length;
        }
        return kept;
    }

    /// <summary>Counts the packets among whole blocks (pcapng: Enhanced Packet Blocks per interface; pcap: records, all of interface 0).</summary>
    private void CountPackets(ReadOnlySpan<byte> blocks)
    {
        if (format == CaptureFileFormat.Pcap)
        {
            CountRecords(blocks);
            return;
        }
        int at = 0;
        while (at + MinimumBlock <= blocks.Length)
        {
            uint type = ReadUInt32(blocks[(at + TypeAt)..]);
            uint length = ReadUInt32(blocks[(at + TotalLengthAt)..]);
            if (length < MinimumBlock || length > blocks.Length - at)
                break;
            if (type == EnhancedPacketBlock && length >= MinimumBlock + 4)
            {
                uint id = ReadUInt32(blocks[(at + InterfaceIdAt)..]);
                if (id < 1 << 16)
                {
                    if (id >= _packetsPerInterface.Length)
                        Array.Resize(ref _packetsPerInterface, (int)Math.Max(id + 1, _packetsPerInterface.Length * 2));
                    _packetsPerInterface[id]++;
                }
            }
            at += (int)length;
        }
    }

    private bool _pcapHeaderSeen;

    private void CountRecords(ReadOnlySpan<byte> records)
    {
        int at = 0;
        if (!_pcapHeaderSeen)
        {
            if (records.Length < PcapRecordWriter.FileHeaderLength)
                return;
            at = PcapRecordWriter.FileHeaderLength;
            _pcapHeaderSeen = true;
        }
        while (at + PcapRecordWriter.RecordHeaderLength <= records.Length)
        {
            long length = PcapRecordWriter.RecordHeaderLength + (long)BinaryPrimitives.ReadUInt32LittleEndian(records[(at + PcapIncludedLengthAt)..]);
            if (length > records.Length - at)
                break;
            _packetsPerInterface[0]++;
            at += (int)length;
        }
    }

    private uint ReadUInt32(ReadOnlySpan<byte> at) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(at) : BinaryPrimitives.ReadUInt32LittleEndian(at);

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
