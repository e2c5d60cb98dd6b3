using System.Buffers.Binary;

namespace Sniffer.Tests.NetworkProtocols;

/// <summary>Writes frames as a classic pcap file (Ethernet, microsecond time stamps, one second apart) for tshark to read.</summary>
internal static class PcapFile
{
    public static void Write(string path, IReadOnlyList<byte[]> frames, long firstSecond = 1_700_000_000)
    {
        using var stream = File.Create(path);
        Span<byte> header = stackalloc byte[24];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0xa1b2c3d4);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], 2);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], 4);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], 262144);
        BinaryPrimitives.WriteUInt32LittleEndian(header[20..], 1);
        stream.Write(header);
        Span<byte> record = stackalloc byte[16];
        for (int i = 0; i < frames.Count; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(record, (uint)(firstSecond + i));
            BinaryPrimitives.WriteUInt32LittleEndian(record[4..], (uint)(i * 1000 % 1_000_000));
            BinaryPrimitives.WriteUInt32LittleEndian(record[8..], (uint)frames[i].Length);
            BinaryPrimitives.WriteUInt32LittleEndian(record[12..], (uint)frames[i].Length);
            stream.Write(record);
            stream.Write(frames[i]);
        }
    }
}
