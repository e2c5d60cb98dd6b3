using System.Text;

namespace Sniffer.Files;

/// <summary>pcapng string options: UTF-8, not NUL-terminated (trailing NULs some writers add are dropped).</summary>
internal static class PcapngText
{
    public static string Decode(ReadOnlySpan<byte> value)
    {
        int end = value.Length;
        while (end > 0 && value[end - 1] == 0)
            end--;
        return Encoding.UTF8.GetString(value[..end]);
    }

    /// <summary>Joins a repeated option (several opt_comment) with a newline, as they would be shown.</summary>
    public static string Append(string? existing, ReadOnlySpan<byte> value) =>
        existing is null ? Decode(value) : existing + "\n" + Decode(value);
}
