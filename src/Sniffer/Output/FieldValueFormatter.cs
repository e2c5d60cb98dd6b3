using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Output;

/// <summary>
/// Writes a field's value the way tshark's <c>-T fields</c> does (FTREPR_DISPLAY): decimal or padded hex
/// integers by base, booleans as 1/0, addresses in their usual notation, bytes as plain hex, times with
/// nanoseconds, strings with \r, \n and \t escaped.
/// </summary>
public static class FieldValueFormatter
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static void Append(StringBuilder sb, FieldTree tree, in FieldNode node)
    {
        var field = node.Field;
        switch (field.Type)
        {
            case FieldType.None:
                // tshark prints "1" for an FT_NONE item, so -T fields shows that it is there.
                sb.Append('1');
                break;
            case FieldType.Protocol:
                // get_node_field_value: a protocol item with a representation (text set or appended) prints it; one
                // without prints its abbreviation; a protocol "in name only" holding bytes prints them.
                if (field is ProtocolDef { ValueIsBytes: true })
                    AppendHex(sb, SliceOfSource(tree, node));
                else if ((node.Flags & NodeFlags.HasText) != 0)
                    NodeLabel.Append(sb, tree, node);
                else
                    sb.Append(field.Abbrev);
                break;
            case FieldType.Boolean:
                sb.Append(node.Number != 0 ? '1' : '0');
                break;
            case FieldType.UInt8:
            case FieldType.UInt16:
            case FieldType.UInt24:
            case FieldType.UInt32:
            case FieldType.UInt48:
            case FieldType.UInt64:
                AppendUnsigned(sb, field, node.Number);
                break;
            case FieldType.Int8:
            case FieldType.Int16:
            case FieldType.Int24:
            case FieldType.Int32:
            case FieldType.Int64:
                sb.Append((long)node.Number);
                break;
            case FieldType.FrameNum:
                sb.Append(node.Number);
                break;
            case FieldType.Double:
            {
                Span<char> buf = stackalloc char[32];
                BitConverter.Int64BitsToDouble((long)node.Number).TryFormat(buf, out int n, "G", CultureInfo.InvariantCulture);
                sb.Append(buf[..n]);
            }
                break;
            case FieldType.Float:
                // tshark prints FT_FLOAT with "%.6g" (FLT_DIG significant digits).
                CFormat.AppendG(sb, (float)BitConverter.Int64BitsToDouble((long)node.Number), 6);
                break;
            case FieldType.RelativeTime:
                AppendRelativeTime(sb, (long)node.Number);
                break;
            case FieldType.AbsoluteTime:
                if ((long)node.Number == long.MinValue)
                    sb.Append("NULL"); // an NTP time stamp of zero (NtpFields.NullTime), as tshark prints it
                else
                    AppendAbsoluteTime(sb, (long)node.Number);
                break;
            case FieldType.Ipv4:
            {
                Span<char> buf = stackalloc char[16];
                sb.Append(buf[..AddressFormatter.FormatIpv4((uint)node.Number, buf)]);
                break;
            }
            case FieldType.Ipv6:
            {
                Span<char> buf = stackalloc char[48];
                sb.Append(buf[..AddressFormatter.FormatIpv6(tree.ValueBytes(node), buf)]);
                break;
            }
            case FieldType.Ether:
            {
                Span<char> buf = stackalloc char[24];
                sb.Append(buf[..AddressFormatter.FormatEther(tree.ValueBytes(node), buf)]);
                break;
            }
            case FieldType.Bytes:
                var bytes = tree.ValueBytes(node);
                if (bytes.IsEmpty)
                    sb.Append("<MISSING>"); // tshark's text for a byte field of length 0 (dns.opt.cookie.server)
                else
                    AppendHex(sb, bytes);
                break;
            case FieldType.String:
            case FieldType.StringZ:
                AppendEscaped(sb, tree.ValueBytes(node));
                break;
            case FieldType.Oid:
                ObjectIdentifiers.AppendDotted(sb, tree.ValueBytes(node));
                break;
        }
    }

    public static string ToText(FieldTree tree, in FieldNode node)
    {
        var sb = new StringBuilder();
        Append(sb, tree, node);
        return sb.ToString();
    }

    private static ReadOnlySpan<byte> SliceOfSource(FieldTree tree, in FieldNode node)
    {
        var bytes = tree.SourceBytes(node.Source);
        if ((uint)node.Offset > (uint)bytes.Length)
            return default;
        return bytes.Slice(node.Offset, Math.Min(node.Length, bytes.Length - node.Offset));
    }

    public static void AppendUnsigned(StringBuilder sb, FieldDef field, ulong value)
    {
        if (field.Display is FieldBase.Hex or FieldBase.HexDec)
        {
            string format = field.Type switch
            {
                FieldType.UInt8 => "x2",
                FieldType.UInt16 => "x4",
                FieldType.UInt24 => "x6",
                FieldType.UInt32 => "x8",
                _ => "x16",
            };
            Span<char> hex = stackalloc char[16];
            value.TryFormat(hex, out int written, format, CultureInfo.InvariantCulture);
            sb.Append("0x").Append(hex[..written]);
            return;
        }
        if (field.Display == FieldBase.Oct)
        {
            Span<char> octal = stackalloc char[24];
            int at = octal.Length;
            do
            {
                octal[--at] = (char)('0' + (int)(value & 7));
                value >>= 3;
            }
            while (value != 0);
            sb.Append('0').Append(octal[at..]);
            return;
        }
        sb.Append(value);
    }

    /// <summary>Seconds with nine decimals, as tshark prints FT_RELATIVE_TIME ("0.004711000", "-0.000001000").</summary>
    public static void AppendRelativeTime(StringBuilder sb, long nanoseconds)
    {
        if (nanoseconds < 0)
        {
            sb.Append('-');
            nanoseconds = -nanoseconds;
        }
        sb.Append(nanoseconds / 1_000_000_000);
        sb.Append('.');
        AppendDigits(sb, nanoseconds % 1_000_000_000, 9);
    }

    /// <summary>"Oct 10, 2018 19:25:44.286001000 UTC", tshark's FT_ABSOLUTE_TIME in UTC.</summary>
    public static void AppendAbsoluteTime(StringBuilder sb, long nanosecondsSinceEpoch)
    {
        long seconds = Math.DivRem(nanosecondsSinceEpoch, 1_000_000_000, out long ns);
        if (ns < 0)
        {
            ns += 1_000_000_000;
            seconds--;
        }
        var t = DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime;
        sb.Append(Months[t.Month - 1]).Append(' ');
        if (t.Day < 10)
            sb.Append(' ');
        sb.Append(t.Day).Append(", ").Append(t.Year).Append(' ');
        AppendDigits(sb, t.Hour, 2);
        sb.Append(':');
        AppendDigits(sb, t.Minute, 2);
        sb.Append(':');
        AppendDigits(sb, t.Second, 2);
        sb.Append('.');
        AppendDigits(sb, ns, 9);
        sb.Append(" UTC");
    }

    /// <summary>A non-negative number with leading zeros to <paramref name="width"/> digits.</summary>
    private static void AppendDigits(StringBuilder sb, long value, int width)
    {
        Span<char> digits = stackalloc char[20];
        int at = digits.Length;
        do
        {
            digits[--at] = (char)('0' + (int)(value % 10));
            value /= 10;
        }
        while (value != 0 || digits.Length - at < width);
        sb.Append(digits[at..]);
    }

    private static void AppendHex(StringBuilder sb, ReadOnlySpan<byte> bytes)
    {
        const string digits = "0123456789abcdef";
        foreach (byte b in bytes)
        {
            sb.Append(digits[b >> 4]);
            sb.Append(digits[b & 0xF]);
        }
    }

    /// <summary>UTF-8 text with CR, LF and TAB written as \r, \n and \t (tshark's -T fields escaping).</summary>
    public static void AppendEscaped(StringBuilder sb, ReadOnlySpan<byte> utf8)
    {
        Span<char> chars = utf8.Length <= 512 ? stackalloc char[utf8.Length] : new char[utf8.Length];
        int count = Encoding.UTF8.GetChars(utf8, chars);
        foreach (char c in chars[..count])
        {
            switch (c)
            {
                case '\r': sb.Append("\\r"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                default: sb.Append(c); break;
            }
        }
    }
}
