using System.Buffers.Binary;
using Sniffer.Dissectors.Model;

namespace Sniffer.Capture;

/// <summary>
/// Writes a pcap file as dumpcap -P does: the 24-byte header (magic a1b2c3d4 in the host's little-endian order,
/// version 2.4, the snapshot length and link type), then a 16-byte record header and the bytes of each packet, time
/// stamps in microseconds. Records gather in a buffer and reach the stream only whole, on <see cref="Flush"/> or when
/// the buffer is full, so a killed capture leaves a file that reads up to its last record.
/// </summary>
public sealed class PcapRecordWriter
{
    public const int FileHeaderLength = 24;
    public const int RecordHeaderLength = 16;
    private const uint Magic = 0xA1B2C3D4;
    private const ushort MajorVersion = 2;
    private const ushort MinorVersion = 4;
    private const int WriteThreshold = 256 * 1024;

    private readonly Stream _output;
    private byte[] _buffer = new byte[WriteThreshold + 64 * 1024];
    private int _used;

    public PcapRecordWriter(Stream output, LinkType linkType, int snapLength)
    {
        _output = output;
        var header = Reserve(FileHeaderLength);
        BinaryPrimitives.WriteUInt32LittleEndian(header, Magic);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], MajorVersion);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], MinorVersion);
        header[8..16].Clear();                                               // thiszone, sigfigs
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], (uint)snapLength);
        BinaryPrimitives.WriteUInt32LittleEndian(header[20..], (uint)linkType);
    }

    public void WritePacket(long timestampNs, ReadOnlySpan<byte> data, int originalLength)
    {
        var record = Reserve(RecordHeaderLength + data.Length);
        long seconds = timestampNs / 1_000_000_000;
        BinaryPrimitives.WriteUInt32LittleEndian(record, (uint)seconds);
        BinaryPrimitives.WriteUInt32LittleEndian(record[4..], (uint)(timestampNs % 1_000_000_000 / 1000));
        BinaryPrimitives.WriteUInt32LittleEndian(record[8..], (uint)data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(record[12..], (uint)Math.Max(originalLength, data.Length));
        data.CopyTo(record[RecordHeaderLength..]);
        if (_used >= WriteThreshold)
            Flush();
    }

    public void Flush()
    {
        if (_used == 0)
            return;
        int length = _used;
        _used = 0;                       // a failed write drops the records (the stream knows what reached the file)
        _output.Write(_buffer, 0, length);
        _output.Flush();
    }

    private Span<byte> Reserve(int length)
    {
        if (_used + length > _buffer.Length)
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _used + length));
        var span = _buffer.AsSpan(_used, length);
        _used += length;
        return span;
    }
}
