namespace Sniffer.Files;

/// <summary>
/// One option of a pcapng block as the file carried it: its code and value, with numeric values turned to
/// little-endian (a big-endian section's if_speed reads as any other), so copying an option into a file of
/// either byte order is a matter of <see cref="PcapngOptionByteOrder"/>. Wireshark keeps and rewrites a
/// block's options the same way, which is why a copy keeps what the capture recorded.
/// </summary>
public readonly record struct PcapngOption(ushort Code, ReadOnlyMemory<byte> Value)
{
    public static PcapngOption Text(ushort code, string text) => new(code, System.Text.Encoding.UTF8.GetBytes(text));
}
