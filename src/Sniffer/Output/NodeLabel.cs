using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Output;

/// <summary>
/// The line a tree item shows in tshark's packet details (epan's proto_item_fill_label): a dissector's own text, or
/// "Name: value" made from the field's definition — the bit picture of a bit field, value strings, bases, units, the
/// words of a boolean — followed by any text the dissector appended. Generated items' brackets and expert lines are
/// the printers' business.
/// </summary>
public static class NodeLabel
{
    /// <summary>tshark's ITEM_LABEL_LENGTH: a label is cut to this many bytes, less one, and marked with "…".</summary>
    public const int MaxLabelBytes = 240;

    /// <summary>bytes_to_str's limit: a byte field shows at most this many bytes, then "…".</summary>
    public const int MaxBytesShown = 36;

    private const string HexDigits = "0123456789abcdef";
    private const string Ellipsis = "\u2026";

    /// <summary>How a label was made, which decides how tshark cuts one that is too long.</summary>
    private enum LabelKind
    {
        /// <summary>The dissector's own text (proto_tree_set_representation): " [truncated]" goes first.</summary>
        Text,
        /// <summary>label_fill: " [truncated]" goes after the name.</summary>
        Filled,
        /// <summary>snprintf into the label: silently cut.</summary>
        Printed,
    }

    /// <summary>Appends <paramref name="node"/>'s label (without the brackets of a generated item).</summary>
    public static void Append(StringBuilder sb, FieldTree tree, in FieldNode node)
    {
        int start = sb.Length;
        var flags = node.Flags;
        bool hasText = (flags & NodeFlags.HasText) != 0;
        if ((flags & NodeFlags.Expert) != 0)
        {
            AppendExpertMessage(sb, tree, node);
            return;
        }
        var kind = AppendBase(sb, tree, node, out int namePos);
        switch (kind)
        {
            case LabelKind.Text:
                MarkTruncated(sb, start, start);
                break;
            case LabelKind.Filled:
                MarkTruncated(sb, start, namePos);
                break;
            default:
                Cap(sb, start, MaxLabelBytes - 1);
                break;
        }
        if (hasText && (flags & NodeFlags.AppendedText) != 0)
        {
            // proto_item_append_text: what fits in the label's bytes, no mark.
            AppendUtf8(sb, tree.TextBytes(node));
            Cap(sb, start, MaxLabelBytes - 1);
        }
    }

    /// <summary>An expert item's message, as expert.c formats it into a label-sized buffer (at most 239 bytes).</summary>
    public static void AppendExpertMessage(StringBuilder sb, FieldTree tree, in FieldNode node)
    {
        int start = sb.Length;
        if ((node.Flags & NodeFlags.HasText) != 0)
            AppendUtf8(sb, tree.TextBytes(node));
        else
            sb.Append(((ExpertDef)node.Field).Message);
        Cap(sb, start, MaxLabelBytes - 1);
    }

    public static string ToText(FieldTree tree, in FieldNode node)
    {
        var sb = new StringBuilder();
        Append(sb, tree, node);
        return sb.ToString();
    }

    /// <summary>The label before any appended text; <paramref name="namePos"/> is where the field's name ends.</summary>
    private static LabelKind AppendBase(StringBuilder sb, FieldTree tree, in FieldNode node, out int namePos)
    {
        var flags = node.Flags;
        var field = node.Field;
        namePos = sb.Length;
        if ((flags & NodeFlags.HasText) != 0 && (flags & (NodeFlags.ValueText | NodeFlags.AppendedText)) == 0)
        {
            AppendUtf8(sb, tree.TextBytes(node));
            return LabelKind.Text;
        }
        if (field.Bitmask != 0 && (field.Type.IsInteger() || field.Type == FieldType.Boolean))
            AppendBitPicture(sb, tree, node);
        if ((flags & NodeFlags.ValueText) != 0)
        {
            // proto_tree_set_representation_value: a label too long is marked at its start.
            sb.Append(field.Name).Append(": ");
            AppendUtf8(sb, tree.TextBytes(node));
            return LabelKind.Text;
        }
        switch (field.Type)
        {
            case FieldType.None:
            case FieldType.Protocol:
                sb.Append(field.Name);
                return LabelKind.Printed;
            case FieldType.RelativeTime:
            case FieldType.Ipv4:
            case FieldType.Ipv6:
            case FieldType.Ether:
                sb.Append(field.Name).Append(": ");
                AppendValue(sb, tree, node);
                return LabelKind.Printed;
            default:
                sb.Append(field.Name);
                namePos = sb.Length;
                sb.Append(": ");
                AppendValue(sb, tree, node);
                return LabelKind.Filled;
        }
    }

    /// <summary>The value part of "Name: value", as the tree shows it.</summary>
    public static void AppendValue(StringBuilder sb, FieldTree tree, in FieldNode node)
    {
        var field = node.Field;
        switch (field.Type)
        {
            case FieldType.Boolean:
                sb.Append((field.Booleans ?? TrueFalse.Default).For(node.Number != 0));
                break;
            case FieldType.UInt8:
            case FieldType.UInt16:
            case FieldType.UInt24:
            case FieldType.UInt32:
            case FieldType.UInt48:
            case FieldType.UInt64:
            case FieldType.FrameNum:
                AppendNumber(sb, field, node.Number, signed: false);
                break;
            case FieldType.Int8:
            case FieldType.Int16:
            case FieldType.Int24:
            case FieldType.Int32:
            case FieldType.Int64:
                AppendNumber(sb, field, node.Number, signed: true);
                break;
            case FieldType.Float:
            case FieldType.Double:
            {
                // fill_display_label_float: "%.*g" with FLT_DIG or DBL_DIG digits, "%f" for BASE_DEC.
                double d = BitConverter.Int64BitsToDouble((long)node.Number);
                if (field.Display == FieldBase.Dec)
                    sb.Append(d.ToString("F6", CultureInfo.InvariantCulture));
                else
                    CFormat.AppendG(sb, field.Type == FieldType.Float ? (float)d : d, field.Type == FieldType.Float ? 6 : 15);
                if (field.Unit is { } u)
                    sb.Append(u.Plural);
                break;
            }
            case FieldType.RelativeTime:
                FieldValueFormatter.AppendRelativeTime(sb, (long)node.Number);
                sb.Append(" seconds");
                break;
            case FieldType.AbsoluteTime:
                TimeText.AppendAbsolute(sb, (long)node.Number, local: field.Display != FieldBase.Utc);
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
                var bytes = tree.ValueBytes(node);
                if (bytes.Length == 16)
                    sb.Append(buf[..AddressFormatter.FormatIpv6(bytes, buf)]);
                break;
            }
            case FieldType.Ether:
            {
                Span<char> buf = stackalloc char[24];
                var bytes = tree.ValueBytes(node);
                sb.Append(buf[..AddressFormatter.FormatEther(bytes[..Math.Min(bytes.Length, 8)], buf)]);
                break;
            }
            case FieldType.Bytes:
                AppendBytes(sb, tree.ValueBytes(node));
                break;
            case FieldType.String:
            case FieldType.StringZ:
                AppendFormattedText(sb, tree.ValueBytes(node));
                break;
            case FieldType.Oid:
            {
                // "1.2.840.113549.1.1.11 (sha256WithRSAEncryption)": the dotted form, then the name when one is known.
                var bytes = tree.ValueBytes(node);
                int dotted = sb.Length;
                ObjectIdentifiers.AppendDotted(sb, bytes);
                if (ObjectIdentifiers.NameOf(sb.ToString(dotted, sb.Length - dotted)) is { } name)
                    sb.Append(" (").Append(name).Append(')');
                break;
            }
        }
    }

    /// <summary>An integer as the tree shows it: by base, named by a value string, with a unit.</summary>
    public static void AppendNumber(StringBuilder sb, FieldDef field, ulong value, bool signed)
    {
        if (field.ValueNames is { } names)
        {
            sb.Append(names.TryGetValue(value, out var name) ? name : "Unknown");
            if (field.Display == FieldBase.None)
                return; // BASE_NONE: the name alone
            sb.Append(" (");
            AppendBase(sb, field, value, signed, field.Display is FieldBase.Hex or FieldBase.HexDec ? FieldBase.Hex : FieldBase.Dec);
            sb.Append(')');
            return;
        }
        AppendBase(sb, field, value, signed, field.Display);
        if (field.Unit is { } unit)
            sb.Append(unit.For(value));
    }

    private static void AppendBase(StringBuilder sb, FieldDef field, ulong value, bool signed, FieldBase display)
    {
        switch (display)
        {
            case FieldBase.Oui:
            {
                // "00:00:0c (Cisco Systems, Inc)", in a 32-byte buffer as proto.c formats it.
                int start = sb.Length;
                sb.Append(HexDigits[(int)(value >> 20) & 0xF]).Append(HexDigits[(int)(value >> 16) & 0xF]).Append(':')
                    .Append(HexDigits[(int)(value >> 12) & 0xF]).Append(HexDigits[(int)(value >> 8) & 0xF]).Append(':')
                    .Append(HexDigits[(int)(value >> 4) & 0xF]).Append(HexDigits[(int)value & 0xF]);
                if (Sniffer.Dissectors.Link.OuiNames.TryGet((uint)value, out var vendor))
                {
                    sb.Append(" (").Append(vendor).Append(')');
                    Cap(sb, start, 31);
                }
                break;
            }
            case FieldBase.Hex:
                AppendHexNumber(sb, field, value);
                break;
            case FieldBase.DecHex:
                AppendDecimal(sb, value, signed);
                sb.Append(" (");
                AppendHexNumber(sb, field, value);
                sb.Append(')');
                break;
            case FieldBase.HexDec:
                AppendHexNumber(sb, field, value);
                sb.Append(" (");
                AppendDecimal(sb, value, signed);
                sb.Append(')');
                break;
            case FieldBase.Oct:
                sb.Append('0').Append(Convert.ToString((long)value, 8));
                break;
            default:
                AppendDecimal(sb, value, signed);
                break;
        }
    }

    private static void AppendDecimal(StringBuilder sb, ulong value, bool signed)
    {
        if (signed)
            sb.Append(CultureInfo.InvariantCulture, $"{(long)value}");
        else
            sb.Append(CultureInfo.InvariantCulture, $"{value}");
    }

    private static void AppendHexNumber(StringBuilder sb, FieldDef field, ulong value)
    {
        int digits = HexDigitsOf(field);
        sb.Append("0x");
        for (int i = digits - 1; i >= 0; i--)
            sb.Append(HexDigits[(int)((value >> (i * 4)) & 0xF)]);
    }

    /// <summary>hfinfo_hex_digits: the bits of a bit field's mask (shifted down), else of its type, four to a digit.</summary>
    public static int HexDigitsOf(FieldDef field)
    {
        int bits;
        if (field.Bitmask != 0)
        {
            ulong shifted = field.Bitmask >> System.Numerics.BitOperations.TrailingZeroCount(field.Bitmask);
            bits = 64 - System.Numerics.BitOperations.LeadingZeroCount(shifted);
        }
        else
        {
            bits = TypeBits(field.Type);
        }
        return Math.Max(1, (bits + 3) / 4);
    }

    private static int TypeBits(FieldType type) => type switch
    {
        FieldType.UInt8 or FieldType.Int8 => 8,
        FieldType.UInt16 or FieldType.Int16 => 16,
        FieldType.UInt24 or FieldType.Int24 => 24,
        FieldType.UInt32 or FieldType.Int32 or FieldType.FrameNum => 32,
        FieldType.UInt48 => 48,
        _ => 64,
    };

    /// <summary>
    /// "0100 .... = ": the field's bits in its container, others as dots (decode_bitfield_value), drawn, as Wireshark
    /// does, from the value shifted back under the mask.
    /// </summary>
    private static void AppendBitPicture(StringBuilder sb, FieldTree tree, in FieldNode node)
    {
        Span<char> picture = stackalloc char[BitPicture.Length(64)];
        sb.Append(picture[..WriteBitPicture(picture, node)]);
    }

    /// <summary>Writes the bit picture of a bit field's node into <paramref name="picture"/> (BitPicture.Length(64) long).</summary>
    public static int WriteBitPicture(Span<char> picture, in FieldNode node)
    {
        var field = node.Field;
        ulong mask = field.Bitmask;
        ulong value = node.Number << System.Numerics.BitOperations.TrailingZeroCount(mask);
        return BitPicture.Write(picture, value, mask, BitPictureWidth(field));
    }

    /// <summary>The bits of the container a bit field's picture shows.</summary>
    public static int BitPictureWidth(FieldDef field)
    {
        int width = field.BitWidth;
        if (width == 0)
            width = field.Type == FieldType.Boolean ? ContainerBits(field.Bitmask) : TypeBits(field.Type);
        return width;
    }

    private static int ContainerBits(ulong mask)
    {
        int top = 64 - System.Numerics.BitOperations.LeadingZeroCount(mask);
        return top <= 8 ? 8 : top <= 16 ? 16 : top <= 24 ? 24 : top <= 32 ? 32 : 64;
    }

    /// <summary>bytes_to_str: lower-case hex with no separator, at most 36 bytes then "…".</summary>
    public static void AppendBytes(StringBuilder sb, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            sb.Append("<MISSING>");
            return;
        }
        int shown = Math.Min(bytes.Length, MaxBytesShown);
        foreach (byte b in bytes[..shown])
            sb.Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
        if (shown < bytes.Length)
            sb.Append(Ellipsis);
    }

    /// <summary>format_text: UTF-8 kept, C escapes for control characters.</summary>
    public static void AppendFormattedText(StringBuilder sb, ReadOnlySpan<byte> utf8)
    {
        Span<char> chars = utf8.Length <= 128 ? stackalloc char[DisplayText.MaxFormattedLength(utf8.Length)]
            : new char[DisplayText.MaxFormattedLength(utf8.Length)];
        sb.Append(chars[..DisplayText.FormatLine(utf8, chars)]);
    }

    private static void AppendUtf8(StringBuilder sb, ReadOnlySpan<byte> utf8)
    {
        Span<char> chars = utf8.Length <= 256 ? stackalloc char[utf8.Length] : new char[utf8.Length];
        sb.Append(chars[..Encoding.UTF8.GetChars(utf8, chars)]);
    }

    /// <summary>"%.15g", as Wireshark writes a double.</summary>
    public static string FormatDouble(double value)
    {
        var sb = new StringBuilder();
        CFormat.AppendG(sb, value, 15);
        return sb.ToString();
    }

    /// <summary>
    /// label_mark_truncated: a label of ITEM_LABEL_LENGTH bytes or more gets " [truncated]" at <paramref name="markAt"/> (the
    /// start, or after the name), then loses the character in which byte 238 falls and everything after it.
    /// </summary>
    public static void MarkTruncated(StringBuilder sb, int start, int markAt)
    {
        // A character is at most three UTF-8 bytes (a surrogate pair four for two), so a short label needs no count.
        if ((sb.Length - start) * 3 < MaxLabelBytes || Utf8Length(sb, start) < MaxLabelBytes)
            return;
        sb.Insert(markAt, " [truncated]");
        CutBefore(sb, start, MaxLabelBytes - 2);
    }

    /// <summary>Keeps at most <paramref name="maxBytes"/> bytes of the label (whole characters).</summary>
    private static void Cap(StringBuilder sb, int start, int maxBytes)
    {
        if (sb.Length - start <= maxBytes / 3)
            return;
        CutBefore(sb, start, maxBytes);
    }

    /// <summary>Cuts the label at the start of the character that holds byte <paramref name="byteIndex"/>.</summary>
    private static void CutBefore(StringBuilder sb, int start, int byteIndex)
    {
        int bytes = 0;
        int position = 0;
        foreach (var chunk in sb.GetChunks())
        {
            var span = chunk.Span;
            int from = Math.Max(0, start - position);
            for (int i = from; i < span.Length; i++)
            {
                int size = CharBytes(span[i]);
                if (bytes + size > byteIndex)
                {
                    sb.Length = position + i;
                    return;
                }
                bytes += size;
            }
            position += span.Length;
        }
    }

    private static int Utf8Length(StringBuilder sb, int start)
    {
        int bytes = 0;
        int position = 0;
        foreach (var chunk in sb.GetChunks())
        {
            var span = chunk.Span;
            if (position + span.Length > start)
            {
                foreach (char c in span[Math.Max(0, start - position)..])
                    bytes += CharBytes(c);
            }
            position += span.Length;
        }
        return bytes;
    }

    private static int CharBytes(char c) => c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsHighSurrogate(c) ? 4 : char.IsLowSurrogate(c) ? 0 : 3;
}
