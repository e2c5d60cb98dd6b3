using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Analysis;

/// <summary>Reads a field's value from the tree as the report needs it: text (UTF-8, cut to a bound), a number, a byte span.</summary>
internal static class TreeValues
{
    /// <summary>Longest header value kept.</summary>
    public const int MaxText = 2048;

    public static string Text(FieldTree tree, in FieldNode node, int max = MaxText)
    {
        var bytes = tree.ValueBytes(node);
        if (bytes.Length > max)
            bytes = bytes[..max];
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>
    /// Payload bytes as lines of text when they are text (printable ASCII or UTF-8, tabs and line ends); false for binary
    /// data. Each line is cut to <paramref name="maxLine"/> characters.
    /// </summary>
    public static bool TryLines(ReadOnlySpan<byte> bytes, int maxLine, List<string> lines, int maxLines)
    {
        if (bytes.IsEmpty)
            return true;
        int printable = 0;
        foreach (byte b in bytes)
            if (b is (>= 0x20 and < 0x7f) or (byte)'\r' or (byte)'\n' or (byte)'\t' or >= 0x80)
                printable++;
        if (printable < bytes.Length)
            return false;
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        foreach (var raw in text.Split('\n'))
        {
            if (lines.Count >= maxLines)
                break;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
                continue;
            lines.Add(line.Length > maxLine ? line[..maxLine] + "…" : line);
        }
        return true;
    }
}
