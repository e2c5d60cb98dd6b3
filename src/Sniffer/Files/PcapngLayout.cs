namespace Sniffer.Files;

/// <summary>
/// Byte offsets of pcapng block fields, counted from the start of the block (so the 8-byte
/// type + total length header is included), and the option codes each block understands.
/// </summary>
internal static class PcapngLayout
{
    public const int BlockHeader = 8;           // block type + block total length
    public const int BlockTrailer = 4;          // block total length, repeated
    public const int MinimumBlock = BlockHeader + BlockTrailer;
    public const int TotalLengthAt = 4;
    public const uint ByteOrderMagic = 0x1A2B3C4D;
    public const uint ByteOrderMagicSwapped = 0x4D3C2B1A;
    public const int OptionHeader = 4;           // option code + option length

    /// <summary>Options any block may carry.</summary>
    public static class Option
    {
        public const ushort EndOfOptions = 0;
        public const ushort Comment = 1;
        public const ushort CustomString = 2988, CustomBinary = 2989, CustomStringNoCopy = 19372, CustomBinaryNoCopy = 19373;
    }

    public static class SectionHeader
    {
        public const int ByteOrderMagic = 8, MajorVersion = 12, MinorVersion = 14, SectionLength = 16, Options = 24;
        public const int MinimumLength = Options + BlockTrailer;
        public const ushort SupportedMajorVersion = 1;
        public const ushort WrittenMinorVersion = 0;
        public const ushort Hardware = 2, OperatingSystem = 3, Application = 4;
    }

    public static class InterfaceDescription
    {
        public const int LinkType = 8, Reserved = 10, SnapLength = 12, Options = 16;
        public const int MinimumLength = Options + BlockTrailer;
        public const ushort Name = 2, Description = 3, Speed = 8, TimestampResolution = 9, TimeZone = 10,
            Filter = 11, OperatingSystem = 12, FcsLength = 13, TimestampOffset = 14, Hardware = 15, TxSpeed = 16, RxSpeed = 17;

        /// <summary>First byte of an if_filter value: the rest is a libpcap filter string.</summary>
        public const byte FilterIsLibpcapString = 0;

        /// <summary>if_tsresol's high bit: the low 7 bits are a power of 2, not of 10.</summary>
        public const byte ResolutionIsPowerOfTwo = 0x80;
        public const byte DefaultResolution = 6;
    }

    public static class EnhancedPacket
    {
        public const int InterfaceId = 8, TimestampHigh = 12, CapturedLength = 20, OriginalLength = 24, Data = 28;
        public const int MinimumLength = Data + BlockTrailer;
        public const ushort Flags = 2, Hash = 3, DropCount = 4, PacketId = 5, Queue = 6, Verdict = 7;
    }

    /// <summary>The obsolete Packet Block (type 2): a 16-bit interface id and a drop count.</summary>
    public static class ObsoletePacket
    {
        public const int InterfaceId = 8, DropsCount = 10, TimestampHigh = 12, CapturedLength = 20, OriginalLength = 24, Data = 28;
        public const int MinimumLength = Data + BlockTrailer;
    }

    public static class SimplePacket
    {
        public const int OriginalLength = 8, Data = 12;
        public const int MinimumLength = Data + BlockTrailer;
    }

    public static class NameResolution
    {
        public const int Records = 8;
        public const int MinimumLength = Records + BlockTrailer;
        public const int RecordHeader = 4;       // record type + record value length
        public const ushort EndOfRecords = 0, Ipv4 = 1, Ipv6 = 2, Eui48 = 3, Eui64 = 4;
    }

    public static class InterfaceStatistics
    {
        public const int InterfaceId = 8, TimestampHigh = 12, Options = 20;
        public const int MinimumLength = Options + BlockTrailer;
        public const ushort StartTime = 2, EndTime = 3, Received = 4, DroppedByInterface = 5,
            AcceptedByFilter = 6, DroppedByOs = 7, DeliveredToUser = 8;
    }

    public static class DecryptionSecrets
    {
        public const int SecretsType = 8, SecretsLength = 12, Data = 16;
        public const int MinimumLength = Data + BlockTrailer;
    }

    /// <summary>Rounds a length up to the 32-bit boundary every pcapng field and option ends on.</summary>
    public static int Padded(int length) => (length + 3) & ~3;

    public static string NameOf(uint blockType) => (PcapngBlockType)blockType switch
    {
        PcapngBlockType.SectionHeader => "Section Header Block",
        PcapngBlockType.InterfaceDescription => "Interface Description Block",
        PcapngBlockType.ObsoletePacket => "Packet Block",
        PcapngBlockType.SimplePacket => "Simple Packet Block",
        PcapngBlockType.NameResolution => "Name Resolution Block",
        PcapngBlockType.InterfaceStatistics => "Interface Statistics Block",
        PcapngBlockType.EnhancedPacket => "Enhanced Packet Block",
        PcapngBlockType.DecryptionSecrets => "Decryption Secrets Block",
        PcapngBlockType.Custom or PcapngBlockType.CustomDoNotCopy => "Custom Block",
        _ => $"block of type 0x{blockType:X8}",
    };

    public static int MinimumLengthOf(uint blockType) => (PcapngBlockType)blockType switch
    {
        PcapngBlockType.SectionHeader => SectionHeader.MinimumLength,
        PcapngBlockType.InterfaceDescription => InterfaceDescription.MinimumLength,
        PcapngBlockType.ObsoletePacket => ObsoletePacket.MinimumLength,
        PcapngBlockType.SimplePacket => SimplePacket.MinimumLength,
        PcapngBlockType.NameResolution => NameResolution.MinimumLength,
        PcapngBlockType.InterfaceStatistics => InterfaceStatistics.MinimumLength,
        PcapngBlockType.EnhancedPacket => EnhancedPacket.MinimumLength,
        PcapngBlockType.DecryptionSecrets => DecryptionSecrets.MinimumLength,
        _ => MinimumBlock,
    };
}
