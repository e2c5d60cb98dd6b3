namespace Sniffer.Files;

/// <summary>Offsets and magic numbers of the classic libpcap format.</summary>
internal static class PcapLayout
{
    public const uint MicrosecondMagic = 0xA1B2C3D4;
    public const uint NanosecondMagic = 0xA1B23C4D;

    public static class FileHeader
    {
        public const int Magic = 0, MajorVersion = 4, MinorVersion = 6, ThisZone = 8, SigFigs = 12, SnapLength = 16, LinkType = 20;
        public const int Length = 24;
        public const ushort SupportedMajorVersion = 2;

        /// <summary>The link type is the low 16 bits; above them sit the FCS length and its flag bit.</summary>
        public const uint LinkTypeMask = 0x0000FFFF;
    }

    public static class RecordHeader
    {
        public const int Seconds = 0, Fraction = 4, CapturedLength = 8, OriginalLength = 12;
        public const int Length = 16;
    }
}
