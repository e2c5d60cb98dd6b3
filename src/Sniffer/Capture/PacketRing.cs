using System.Buffers.Binary;

namespace Sniffer.Capture;

/// <summary>
/// A bounded single-producer, single-consumer queue of packets in one preallocated byte array: the
/// pooled buffer between a capture thread (which only copies each packet in) and the writer thread
/// (which hands it to the sinks straight from the array, with no further copy).
/// <para>
/// Records are <see cref="HeaderSize"/> bytes of header (record length, captured length, original length,
/// time stamp) and the packet bytes, padded to 8. A record never wraps: when it does not fit before the
/// end, the producer marks the rest of the array as skipped and writes at the start. A packet that does
/// not fit at all is refused, and the producer counts it as dropped.
/// </para>
/// <para>
/// The producer publishes with a release write of <c>_written</c> after the record is complete; the consumer
/// frees space with a release write of <c>_read</c> after the sinks are done with the record.
/// </para>
/// </summary>
public sealed class PacketRing
{
    public const int HeaderSize = 24;
    private const int Alignment = 8;
    private const int SkipToStart = -1;

    private static class At
    {
        public const int RecordLength = 0, CapturedLength = 4, OriginalLength = 8, Timestamp = 16;
    }

    private readonly byte[] _buffer;
    private long _written;   // total bytes the producer has published (only grows)
    private long _read;      // total bytes the consumer has released (only grows)

    public PacketRing(int capacityBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacityBytes, HeaderSize * 2);
        _buffer = new byte[capacityBytes / Alignment * Alignment];
    }

    public int Capacity => _buffer.Length;

    /// <summary>True when the consumer has taken everything published.</summary>
    public bool IsEmpty => Volatile.Read(ref _read) == Volatile.Read(ref _written);

    /// <summary>Producer side: copies one packet in; false (nothing written) when there is no room.</summary>
    public bool TryWrite(long timestampNs, int originalLength, ReadOnlySpan<byte> data)
    {
        int recordLength = Align(HeaderSize + data.Length);
        long written = _written;
        long free = _buffer.Length - (written - Volatile.Read(ref _read));
        int position = (int)(written % _buffer.Length);
        int tail = _buffer.Length - position;
        int needed = recordLength <= tail ? recordLength : tail + recordLength;
        if (needed > free)
            return false;
        if (recordLength > tail)
        {
            if (tail >= sizeof(int))
                BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(position), SkipToStart);
            written += tail;
            position = 0;
        }
        var record = _buffer.AsSpan(position, recordLength);
        BinaryPrimitives.WriteInt32LittleEndian(record[At.RecordLength..], recordLength);
        BinaryPrimitives.WriteInt32LittleEndian(record[At.CapturedLength..], data.Length);
        BinaryPrimitives.WriteInt32LittleEndian(record[At.OriginalLength..], originalLength);
        BinaryPrimitives.WriteInt64LittleEndian(record[At.Timestamp..], timestampNs);
        data.CopyTo(record[HeaderSize..]);
        Volatile.Write(ref _written, written + recordLength);
        return true;
    }

    /// <summary>
    /// Consumer side: the oldest packet not yet released, without removing it. Its data is a slice of the
    /// ring, valid until <see cref="Release"/>.
    /// </summary>
    public bool TryPeek(out long timestampNs, out int originalLength, out ReadOnlyMemory<byte> data)
    {
        long read = _read;
        long written = Volatile.Read(ref _written);
        while (read < written)
        {
            int position = (int)(read % _buffer.Length);
            int tail = _buffer.Length - position;
            if (tail < HeaderSize || BinaryPrimitives.ReadInt32LittleEndian(_buffer.AsSpan(position)) == SkipToStart)
            {
                read += tail;
                Volatile.Write(ref _read, read);
                continue;
            }
            var header = _buffer.AsSpan(position, HeaderSize);
            int captured = BinaryPrimitives.ReadInt32LittleEndian(header[At.CapturedLength..]);
            originalLength = BinaryPrimitives.ReadInt32LittleEndian(header[At.OriginalLength..]);
            timestampNs = BinaryPrimitives.ReadInt64LittleEndian(header[At.Timestamp..]);
            data = new ReadOnlyMemory<byte>(_buffer, position + HeaderSize, captured);
            return true;
        }
        timestampNs = 0;
        originalLength = 0;
        data = default;
        return false;
    }

    /// <summary>Consumer side: frees the packet <see cref="TryPeek"/> returned.</summary>
    public void Release()
    {
        long read = _read;
        int position = (int)(read % _buffer.Length);
        int recordLength = BinaryPrimitives.ReadInt32LittleEndian(_buffer.AsSpan(position + At.RecordLength));
        Volatile.Write(ref _read, read + recordLength);
    }

    private static int Align(int length) => (length + Alignment - 1) & ~(Alignment - 1);
}
