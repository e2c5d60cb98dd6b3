using System.Text;

namespace Sniffer.Tests.Files;

/// <summary>An option for <see cref="PcapngFixture"/>; numbers are laid out in the byte order of the block they go in.</summary>
internal sealed record PcapngTestOption(ushort Code, PcapngTestOption.ValueKind Kind, byte[] Bytes, ulong Number)
{
    public enum ValueKind { Bytes, UInt64, SplitTimestamp }

    public static PcapngTestOption Text(ushort code, string text) => new(code, ValueKind.Bytes, Encoding.UTF8.GetBytes(text), 0);

    public static PcapngTestOption Raw(ushort code, params byte[] bytes) => new(code, ValueKind.Bytes, bytes, 0);

    public static PcapngTestOption UInt64(ushort code, ulong value) => new(code, ValueKind.UInt64, [], value);

    public static PcapngTestOption Timestamp(ushort code, ulong value) => new(code, ValueKind.SplitTimestamp, [], value);

    public static PcapngTestOption Comment(string text) => Text(1, text);
}
