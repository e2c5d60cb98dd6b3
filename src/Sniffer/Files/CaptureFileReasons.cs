namespace Sniffer.Files;

/// <summary>
/// Every reason a capture file stops being readable, worded in one place. Each names the offset of the
/// block or record at fault as "at 0x…" (upper-case hex), so one line tells the user where to look.
/// </summary>
internal static class CaptureFileReasons
{
    public static string At(long offset) => $"at 0x{offset:X}";

    public static string Empty() => "not a capture file: it is empty";

    public static string TooShortForMagic(int length) => $"not a capture file: only {length} bytes, too short for a magic number";

    public static string UnknownMagic(uint magicAsWritten) => $"not a capture file: unknown magic 0x{magicAsWritten:X8}";

    public static string Decompression(string problem, long compressedOffset, long decodedBytes) =>
        $"{problem} {At(compressedOffset)} of the compressed file, after {decodedBytes} bytes of capture data";

    public static string CannotOpen(string message) => $"cannot open: {message}";

    public static string Truncated(string what, long offset, long needs, long left) =>
        $"truncated {what} {At(offset)}: needs {needs} bytes, {left} left";

    public static string TruncatedAtLeast(string what, long offset, long needs, long left) =>
        $"truncated {what} {At(offset)}: needs at least {needs} bytes, {left} left";

    public static string BadBlockLength(uint length, long offset) => $"bad block total length {length} {At(offset)}";

    public static string UnalignedBlockLength(uint length, long offset) =>
        $"bad block total length {length} {At(offset)}: not a multiple of 4";

    public static string BlockLengthAboveCap(uint length, long offset) =>
        $"bad block total length {length} {At(offset)}: above the {CaptureInput.MaxBlockLength}-byte cap";

    public static string BlockLengthBelowMinimum(uint length, string block, int minimum, long offset) =>
        $"bad block total length {length} {At(offset)}: the minimum for {Article(block)} {block} is {minimum}";

    public static string TrailerMismatch(string block, long offset, uint leading, uint trailing) =>
        $"{block} {At(offset)}: trailing length {trailing} does not match leading length {leading}";

    private static string Article(string noun) => "AEIOU".Contains(noun[0]) ? "an" : "a";

    public static string BadByteOrderMagic(uint magic, long offset) =>
        $"bad byte-order magic 0x{magic:X8} in Section Header Block {At(offset)}";

    public static string UnsupportedPcapngVersion(ushort major, ushort minor, long offset) =>
        $"unsupported pcapng version {major}.{minor} {At(offset)}";

    public static string InterfaceNotDescribed(long interfaceId, long offset) => $"interface {interfaceId} not described {At(offset)}";

    public static string CapturedLengthPastBlock(string block, long offset, uint captured, int room) =>
        $"{block} {At(offset)}: captured length {captured} exceeds the {room} data bytes the block holds";

    public static string OriginalLengthTooLarge(string block, long offset, uint original) =>
        $"{block} {At(offset)}: original length {original} is larger than any packet can be";

    public static string OptionPastEnd(string block, long offset, ushort code, int length) =>
        $"{block} {At(offset)}: option {code} of length {length} runs past the end of the block";

    public static string FieldPastEnd(string block, long offset, string field, uint length, int room) =>
        $"{block} {At(offset)}: {field} of {length} bytes exceeds the {room} bytes the block holds";

    public static string AddressRecordTooShort(long offset, ushort recordType, int length, int addressLength) =>
        $"Name Resolution Block {At(offset)}: record of type {recordType} has {length} bytes, fewer than its {addressLength}-byte address";

    public static string UnsupportedResolution(byte resolution, long offset) =>
        $"Interface Description Block {At(offset)}: if_tsresol 0x{resolution:X2} is finer than 64-bit timestamps can count";

    public static string TimestampOutOfRange(string block, long offset) =>
        $"{block} {At(offset)}: timestamp does not fit in nanoseconds since 1970 as a 64-bit count";

    public static string UnsupportedPcapVersion(ushort major, ushort minor) =>
        $"unsupported pcap version {major}.{minor} {At(PcapLayout.FileHeader.MajorVersion)}";

    public static string RecordLengthAboveCap(uint length, long offset) =>
        $"bad captured length {length} in pcap record {At(offset)}: above the {CaptureInput.MaxBlockLength}-byte cap";
}
