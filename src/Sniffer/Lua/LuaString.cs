using System.Globalization;
using System.Text;

namespace Sniffer.Lua;

/// <summary>
/// Lua 5.2 string literals for text that comes from C# declarations: every byte outside printable ASCII, and the
/// quote and backslash, is written as an escape, so no field name, message or description can end the string early
/// or inject code into the exported file.
/// </summary>
public static class LuaString
{
    public static string Quote(string text) => Quote(Encoding.UTF8.GetBytes(text));

    public static string Quote(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length + 2);
        sb.Append('"');
        foreach (byte b in bytes)
        {
            switch (b)
            {
                case (byte)'"':
                    sb.Append("\\\"");
                    break;
                case (byte)'\\':
                    sb.Append("\\\\");
                    break;
                case (byte)'\n':
                    sb.Append("\\n");
                    break;
                case (byte)'\r':
                    sb.Append("\\r");
                    break;
                case (byte)'\t':
                    sb.Append("\\t");
                    break;
                default:
                    // Three digits always: "\0651" would otherwise read as "\065" and "1" or as "\651".
                    if (b is < 0x20 or >= 0x7F)
                        sb.Append('\\').Append(b.ToString("D3", CultureInfo.InvariantCulture));
                    else
                        sb.Append((char)b);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>A Lua identifier for a field or expert of <paramref name="protocol"/>: "htcpcp.request.method" → "request_method".</summary>
    public static string KeyOf(string abbrev, string protocol)
    {
        string tail = abbrev.StartsWith(protocol + ".", StringComparison.Ordinal) ? abbrev[(protocol.Length + 1)..] : abbrev;
        var sb = new StringBuilder(tail.Length);
        foreach (char c in tail)
            sb.Append(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' ? char.ToLowerInvariant(c) : '_');
        if (sb.Length == 0 || char.IsAsciiDigit(sb[0]))
            sb.Insert(0, '_');
        return sb.ToString();
    }
}
