using System.Buffers.Binary;

namespace Sniffer.Files;

/// <summary>Reads integers in the byte order of the current section (pcapng) or file (pcap).</summary>
internal readonly struct EndianReader(bool bigEndian)
{
    public bool BigEndian { get; } = bigEndian;

    public ushort UInt16(ReadOnlySpan<byte> bytes, int at) => BigEndian
        ? BinaryPrimitives.ReadUInt16BigEndian(bytes[at..])
        : BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..]);

    public uint UInt32(ReadOnlySpan<byte> bytes, int at) => BigEndian
        ? BinaryPrimitives.ReadUInt32BigEndian(bytes[at..])
        : BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]);

    public ulong UInt64(ReadOnlySpan<byte> bytes, int at) => BigEndian
        ? BinaryPrimitives.ReadUInt64BigEndian(bytes[at..])
        : BinaryPrimitives.ReadUInt64LittleEndian(bytes[at..]);

    /// <summary>A pcapng timestamp: the high 32 bits first, then the low 32 bits, each in section order.</summary>
    public ulong SplitTimestamp(ReadOnlySpan<byte> bytes, int at) =>
        ((ulong)UInt32(bytes, at) << 32) | UInt32(bytes, at + 4);
}
