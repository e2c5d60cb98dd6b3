using System.Buffers.Binary;

namespace Sniffer.Dissectors.Transport;

public enum TcpHeaderStatus : byte
{
    Ok,
    ShorterThanMinimum,
    DataOffsetBelowFive,
    OptionsPastEnd,
}

/// <summary>TCP flag bits in the 12-bit flags field (RFC 9293 §3.1, RFC 3168, RFC 3540's AE/NS bit).</summary>
public static class TcpFlagBits
{
    public const int Fin = 0x001, Syn = 0x002, Rst = 0x004, Psh = 0x008, Ack = 0x010, Urg = 0x020, Ece = 0x040, Cwr = 0x080, Ae = 0x100;
}

/// <summary>A checked view over a TCP header (RFC 9293 §3.1). Once <see cref="TryRead"/> succeeds, no accessor can fail.</summary>
public readonly ref struct TcpHeaderView
{
    private static class At
    {
        public const int SrcPort = 0, DstPort = 2, Seq = 4, Ack = 8, OffsetAndFlags = 12, Window = 14, Checksum = 16, Urgent = 18, MinHeader = 20;
    }

    private readonly ReadOnlySpan<byte> _b;

    private TcpHeaderView(ReadOnlySpan<byte> b) => _b = b;

    public const int MinHeaderLength = At.MinHeader;

    public static TcpHeaderStatus TryRead(ReadOnlySpan<byte> b, out TcpHeaderView view)
    {
        view = default;
        if (b.Length < At.MinHeader)
            return TcpHeaderStatus.ShorterThanMinimum;
        int headerLength = (b[At.OffsetAndFlags] >> 4) * 4;
        if (headerLength < At.MinHeader)
            return TcpHeaderStatus.DataOffsetBelowFive;
        if (headerLength > b.Length)
            return TcpHeaderStatus.OptionsPastEnd;
        view = new TcpHeaderView(b);
        return TcpHeaderStatus.Ok;
    }

    /// <summary>The header length field of bytes that did not pass <see cref="TryRead"/> (needs at least 13 bytes).</summary>
    public static int PeekHeaderLength(ReadOnlySpan<byte> b) => b.Length > At.OffsetAndFlags ? (b[At.OffsetAndFlags] >> 4) * 4 : 0;

    public ushort SourcePort => BinaryPrimitives.ReadUInt16BigEndian(_b[At.SrcPort..]);
    public ushort DestinationPort => BinaryPrimitives.ReadUInt16BigEndian(_b[At.DstPort..]);
    public uint Sequence => BinaryPrimitives.ReadUInt32BigEndian(_b[At.Seq..]);
    public uint Acknowledgment => BinaryPrimitives.ReadUInt32BigEndian(_b[At.Ack..]);
    public int HeaderLength => (_b[At.OffsetAndFlags] >> 4) * 4;
    public int Flags => BinaryPrimitives.ReadUInt16BigEndian(_b[At.OffsetAndFlags..]) & 0x0FFF;
    public ushort Window => BinaryPrimitives.ReadUInt16BigEndian(_b[At.Window..]);
    public ushort Checksum => BinaryPrimitives.ReadUInt16BigEndian(_b[At.Checksum..]);
    public ushort UrgentPointer => BinaryPrimitives.ReadUInt16BigEndian(_b[At.Urgent..]);
    public ReadOnlySpan<byte> Options => _b[At.MinHeader..HeaderLength];
    public bool Has(int flag) => (Flags & flag) != 0;
}
