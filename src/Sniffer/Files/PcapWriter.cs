using System.Buffers.Binary;
using Sniffer.Dissectors.Model;
using Header = Sniffer.Files.PcapLayout.FileHeader;
using Record = Sniffer.Files.PcapLayout.RecordHeader;

namespace Sniffer.Files;

/// <summary>
/// Writes a classic libpcap file (little-endian, version 2.4): microsecond timestamps (tshark's "pcap") or
/// nanosecond ones ("nsecpcap"). One link type and snapshot length for the whole file, from its header;
/// records are gathered in a buffer and handed to the stream whole. Like Wireshark's writer, a time
/// finer than the file's resolution is cut (not rounded) and an original length below the captured
/// length is written as given.
/// </summary>
public sealed class PcapWriter : IDisposable
{
    private const int WriteThreshold = 256 * 1024;
    private const long NanosecondsPerSecond = 1_000_000_000;

    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private readonly bool _nanoseconds;
    private byte[] _buffer = new byte[WriteThreshold + 64 * 1024];
    private int _length;
    private bool _disposed;

    public PcapWriter(Stream output, LinkType link, int snapLength, bool nanoseconds, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _leaveOpen = leaveOpen;
        _nanoseconds = nanoseconds;
        Link = link;
        Span<byte> header = Reserve(Header.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[Header.Magic..], nanoseconds ? PcapLayout.NanosecondMagic : PcapLayout.MicrosecondMagic);
        BinaryPrimitives.WriteUInt16LittleEndian(header[Header.MajorVersion..], Header.SupportedMajorVersion);
        BinaryPrimitives.WriteUInt16LittleEndian(header[Header.MinorVersion..], 4);
        BinaryPrimitives.WriteUInt32LittleEndian(header[Header.ThisZone..], 0);
        BinaryPrimitives.WriteUInt32LittleEndian(header[Header.SigFigs..], 0);
        BinaryPrimitives.WriteUInt32LittleEndian(header[Header.SnapLength..], (uint)(snapLength == 0 ? 262144 : snapLength));
        BinaryPrimitives.WriteUInt32LittleEndian(header[Header.LinkType..], (ushort)link);
    }

    /// <summary>The one link type every record of this file has.</summary>
    public LinkType Link { get; }

    /// <summary>Writes one record. <paramref name="timestampNs"/> is nanoseconds since the epoch.</summary>
    public void WritePacket(long timestampNs, ReadOnlySpan<byte> data, int originalLength)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(data.Length, CaptureInput.MaxBlockLength);
        long seconds = Math.DivRem(timestampNs, NanosecondsPerSecond, out long fraction);
        if (fraction < 0)
        {
            seconds--;
            fraction += NanosecondsPerSecond;
        }
        Span<byte> record = Reserve(Record.Length + data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(record[Record.Seconds..], unchecked((uint)seconds));
        BinaryPrimitives.WriteUInt32LittleEndian(record[Record.Fraction..], (uint)(_nanoseconds ? fraction : fraction / 1000));
        BinaryPrimitives.WriteUInt32LittleEndian(record[Record.CapturedLength..], (uint)data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(record[Record.OriginalLength..], (uint)originalLength);
        data.CopyTo(record[Record.Length..]);
        if (_length >= WriteThreshold)
            WriteOut();
    }

    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        WriteOut();
        _output.Flush();
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        Flush();
        _disposed = true;
        if (!_leaveOpen)
            _output.Dispose();
    }

    private Span<byte> Reserve(int count)
    {
        if (_length + count > _buffer.Length)
        {
            WriteOut();
            if (count > _buffer.Length)
                _buffer = new byte[count];
        }
        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }

    private void WriteOut()
    {
        if (_length == 0)
            return;
        _output.Write(_buffer, 0, _length);
        _length = 0;
    }
}
