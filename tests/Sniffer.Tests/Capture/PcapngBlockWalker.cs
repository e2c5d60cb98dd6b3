using System.Buffers.Binary;

namespace Sniffer.Tests.Capture;

/// <summary>
/// Walks the blocks of a little-endian pcapng file as bytes (type, body) and reads the options of one — enough to
/// check what the readers do not expose, such as the counters of Interface Statistics Blocks.
/// </summary>
public static class PcapngBlockWalker
{
    public const uint InterfaceStatistics = 5;

    public static List<(uint Type, byte[] Body)> Blocks(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var blocks = new List<(uint, byte[])>();
        int at = 0;
        while (at + 12 <= bytes.Length)
        {
            uint type = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at));
            int length = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 4));
            if (length < 12 || at + length > bytes.Length)
                break;
            blocks.Add((type, bytes.AsSpan(at + 8, length - 12).ToArray()));
            at += length;
        }
        return blocks;
    }

    /// <summary>The options after <paramref name="fixedLength"/> bytes of a block body, by code (the last of each code).</summary>
    public static Dictionary<ushort, byte[]> Options(byte[] body, int fixedLength)
    {
        var options = new Dictionary<ushort, byte[]>();
        int at = fixedLength;
        while (at + 4 <= body.Length)
        {
            ushort code = BinaryPrimitives.ReadUInt16LittleEndian(body.AsSpan(at));
            ushort length = BinaryPrimitives.ReadUInt16LittleEndian(body.AsSpan(at + 2));
            if (code == 0)
                break;
            options[code] = body.AsSpan(at + 4, length).ToArray();
            at += 4 + ((length + 3) & ~3);
        }
        return options;
    }

    /// <summary>An ISB counter (isb_ifrecv 4, isb_ifdrop 5, isb_osdrop 7, isb_usrdeliv 8).</summary>
    public static ulong Counter(Dictionary<ushort, byte[]> options, ushort code) => BinaryPrimitives.ReadUInt64LittleEndian(options[code]);

    /// <summary>An ISB time (isb_starttime 2, isb_endtime 3) in nanoseconds: high 32 bits, then low.</summary>
    public static long Time(Dictionary<ushort, byte[]> options, ushort code) =>
        (long)(((ulong)BinaryPrimitives.ReadUInt32LittleEndian(options[code]) << 32) | BinaryPrimitives.ReadUInt32LittleEndian(options[code].AsSpan(4)));
}
