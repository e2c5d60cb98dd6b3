using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Output;

/// <summary>
/// A field's value as Wireshark's fvalue_to_string_repr(FTREPR_DISPLAY) writes it, which -T json, -T ek and PDML's
/// "show" use: integers by base (hex at the type's width), booleans 1/0, times local with their zone, bytes
/// colon-separated, strings as they are. Fields with no value representation (labels, protocols) have none.
/// </summary>
public static class DisplayValue
{
    private const string HexDigits = "0123456789abcdef";

    /// <summary>Appends the value; false (nothing appended) when the field has no value representation.</summary>
    public static bool TryAppend(StringBuilder sb, FieldTree tree, in FieldNode node)
    {
        var field = node.Field;
        switch (field.Type)
        {
            case FieldType.None:
                return false;
            case FieldType.Protocol:
                if (field is ProtocolDef { ValueIsBytes: true })
                    return AppendColonBytes(sb, SourceSlice(tree, node));
                return false;
            case FieldType.Boolean:
                sb.Append(node.Number != 0 ? '1' : '0');
                return true;
            case FieldType.UInt8:
            case FieldType.UInt16:
            case FieldType.UInt24:
            case FieldType.UInt32:
                if (field.Display is FieldBase.Hex or FieldBase.HexDec)
                {
                    int digits = field.Type switch { FieldType.UInt8 => 2, FieldType.UInt16 => 4, FieldType.UInt24 => 6, _ => 8 };
                    sb.Append("0x");
                    for (int i = digits - 1; i >= 0; i--)
                        sb.Append(HexDigits[(int)((node.Number >> (i * 4)) & 0xF)]);
                }
                else
                {
                    sb.Append(CultureInfo.InvariantCulture, $"{(uint)node.Number}");
                }
                return true;
            case FieldType.UInt48 when field.Display is FieldBase.Hex or FieldBase.HexDec:
                // PDML's show of a 48-bit hex field is fvalue_to_string_repr's: sixteen digits, as a 64-bit one.
                sb.Append("0x");
                for (int i = 15; i >= 0; i--)
                    sb.Append(HexDigits[(int)((node.Number >> (i * 4)) & 0xF)]);
                return true;
            case FieldType.UInt48:
            case FieldType.UInt64:
            case FieldType.FrameNum:
                sb.Append(CultureInfo.InvariantCulture, $"{node.Number}");
                return true;
            case FieldType.Int8:
            case FieldType.Int16:
            case FieldType.Int24:
            case FieldType.Int32:
                sb.Append(CultureInfo.InvariantCulture, $"{(int)(long)node.Number}");
                return true;
            case FieldType.Int64:
                sb.Append(CultureInfo.InvariantCulture, $"{(long)node.Number}");
                return true;
            case FieldType.Double:
                CFormat.AppendG(sb, BitConverter.Int64BitsToDouble((long)node.Number), 15);
                return true;
            case FieldType.Float:
                CFormat.AppendG(sb, (float)BitConverter.Int64BitsToDouble((long)node.Number), 6);
                return true;
            case FieldType.Oid:
                ObjectIdentifiers.AppendDotted(sb, tree.ValueBytes(node));
                return true;
            case FieldType.AbsoluteTime:
                if ((long)node.Number == long.MinValue)
                    sb.Append("NULL"); // an NTP time stamp of zero (NtpFields.NullTime), as tshark shows it
                else
                    TimeText.AppendAbsolute(sb, (long)node.Number, local: true);
                return true;
            case FieldType.RelativeTime:
                FieldValueFormatter.AppendRelativeTime(sb, (long)node.Number);
                return true;
            case FieldType.Ipv4:
            {
                Span<char> buf = stackalloc char[16];
                sb.Append(buf[..AddressText.FormatIpv4((uint)node.Number, buf)]);
                return true;
            }
            case FieldType.Ipv6:
            {
                var bytes = tree.ValueBytes(node);
                if (bytes.Length != 16)
                    return false;
                Span<char> buf = stackalloc char[48];
                sb.Append(buf[..AddressText.FormatIpv6(bytes, buf)]);
                return true;
            }
            case FieldType.Ether:
            {
                var bytes = tree.ValueBytes(node);
                Span<char> buf = stackalloc char[24];
                sb.Append(buf[..AddressText.FormatEther(bytes[..Math.Min(bytes.Length, 8)], buf)]);
                return true;
            }
            case FieldType.Bytes:
                AppendColonBytes(sb, tree.ValueBytes(node));
                return true; // an empty byte string still has a value: "" (PDML show="", as tshark)
            case FieldType.String:
            case FieldType.StringZ:
                AppendString(sb, tree.ValueBytes(node));
                return true;
            default:
                return false;
        }
    }

    public static string? ToText(FieldTree tree, in FieldNode node)
    {
        var sb = new StringBuilder();
        return TryAppend(sb, tree, node) ? sb.ToString() : null;
    }

    /// <summary>The bytes a node covers in its data source (empty when they are not there).</summary>
    public static ReadOnlySpan<byte> SourceSlice(FieldTree tree, in FieldNode node)
    {
        if ((uint)node.Source >= (uint)tree.Sources.Count || node.Length <= 0)
            return default;
        var bytes = tree.SourceBytes(node.Source);
        if ((uint)node.Offset >= (uint)bytes.Length)
            return default;
        return bytes.Slice(node.Offset, Math.Min(node.Length, bytes.Length - node.Offset));
    }

    private static bool AppendColonBytes(StringBuilder sb, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
            return false;
        // "aa:bb:…" through a stack buffer, a few hundred bytes at a time.
        Span<char> chars = stackalloc char[768];
        int n = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (n > chars.Length - 3)
            {
                sb.Append(chars[..n]);
                n = 0;
            }
            if (i > 0)
                chars[n++] = ':';
            chars[n++] = HexDigits[bytes[i] >> 4];
            chars[n++] = HexDigits[bytes[i] & 0xF];
        }
        sb.Append(chars[..n]);
        return true;
    }

    /// <summary>ws_escape_null: the string as it is, a NUL written as \0.</summary>
    private static void AppendString(StringBuilder sb, ReadOnlySpan<byte> utf8)
    {
        char[]? rented = null;
        Span<char> chars = utf8.Length <= 256 ? stackalloc char[256] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(utf8.Length));
        ReadOnlySpan<char> text = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        while (true)
        {
            int nul = text.IndexOf('\0');
            if (nul < 0)
                break;
            sb.Append(text[..nul]).Append("\\0");
            text = text[(nul + 1)..];
        }
        sb.Append(text);
        if (rented is not null)
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
    }
}
