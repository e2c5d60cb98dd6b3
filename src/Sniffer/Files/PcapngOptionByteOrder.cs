using System.Buffers.Binary;
using Layout = Sniffer.Files.PcapngLayout;

namespace Sniffer.Files;

/// <summary>
/// Which option values are numbers whose bytes follow the section's byte order, per block type, and the
/// swap between big- and little-endian for them. Strings, addresses and hashes are bytes in a fixed
/// order and are never swapped. A numeric option of the wrong length is left as it is.
/// </summary>
internal static class PcapngOptionByteOrder
{
    /// <summary>Reverses, in place, the bytes of each number in an option value of a block of <paramref name="block"/> type.</summary>
    public static void Swap(PcapngBlockType block, ushort code, Span<byte> value)
    {
        if (code is Layout.Option.CustomString or Layout.Option.CustomBinary or Layout.Option.CustomStringNoCopy or Layout.Option.CustomBinaryNoCopy)
        {
            if (value.Length >= 4)
                Reverse(value[..4]);                      // the Private Enterprise Number
            return;
        }
        switch (block)
        {
            case PcapngBlockType.InterfaceDescription:
                switch (code)
                {
                    case Layout.InterfaceDescription.Speed or Layout.InterfaceDescription.TimestampOffset
                        or Layout.InterfaceDescription.TxSpeed or Layout.InterfaceDescription.RxSpeed when value.Length == 8:
                    case Layout.InterfaceDescription.TimeZone when value.Length == 4:
                        Reverse(value);
                        break;
                }
                break;
            case PcapngBlockType.EnhancedPacket or PcapngBlockType.ObsoletePacket:
                switch (code)
                {
                    case Layout.EnhancedPacket.Flags when value.Length == 4:
                    case Layout.EnhancedPacket.DropCount or Layout.EnhancedPacket.PacketId when value.Length == 8:
                    case Layout.EnhancedPacket.Queue when value.Length == 4:
                        Reverse(value);
                        break;
                }
                break;
            case PcapngBlockType.InterfaceStatistics:
                if (code is Layout.InterfaceStatistics.StartTime or Layout.InterfaceStatistics.EndTime && value.Length == 8)
                {
                    Reverse(value[..4]);                  // two 32-bit halves, high first
                    Reverse(value[4..]);
                }
                else if (code >= Layout.InterfaceStatistics.Received && code <= Layout.InterfaceStatistics.DeliveredToUser && value.Length == 8)
                    Reverse(value);
                break;
        }
    }

    private static void Reverse(Span<byte> value) => value.Reverse();

    /// <summary>A little-endian copy of an option value read from a section of the given byte order.</summary>
    public static byte[] ToLittleEndian(PcapngBlockType block, ushort code, ReadOnlySpan<byte> value, bool bigEndian)
    {
        byte[] copy = value.ToArray();
        if (bigEndian)
            Swap(block, code, copy);
        return copy;
    }

    /// <summary>Reads a little-endian 64-bit option value (if_tsoffset); 0 for any other length.</summary>
    public static long Int64(ReadOnlySpan<byte> littleEndian) =>
        littleEndian.Length == 8 ? BinaryPrimitives.ReadInt64LittleEndian(littleEndian) : 0;
}
