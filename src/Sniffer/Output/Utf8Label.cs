using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Output;

/// <summary>
/// The common kinds of <see cref="NodeLabel"/> written straight into UTF-8: a dissector's own text, "Name: text", and the
/// "Name: value" labels of integers, booleans, IPv4 and Ethernet addresses and protocols, each field's "Name: " encoded
/// once. It writes exactly what NodeLabel writes or declines (false), leaving the caller to undo and ask NodeLabel: a label
/// that may need tshark's cut or mark, and the rarer types. A node's own text is valid UTF-8 (FieldTree.TextBytes) and is copied as it is.
/// </summary>
public sealed class Utf8Label
{
    private readonly Utf8AbsoluteTime _time = new();

    /// <summary>Per field, what its labels are made of, decided at its first label (<see cref="Decide"/>).</summary>
    private Plan[] _plans = new Plan[Math.Max(64, FieldDef.IdCount)];

    private struct Plan
    {
        public bool Decided;
        /// <summary>An integer or boolean whose label without text is made from the field and the number alone.</summary>
        public bool Remembered;
        /// <summary>An integer or boolean with a bit mask: its label starts with the bit picture.</summary>
        public bool BitPicture;
        public bool Signed;
        public FieldType Type;
        /// <summary>"Name: " in UTF-8 (<see cref="Utf8Text.Padded"/>) and its length.</summary>
        public byte[] Prefix;
        public int PrefixLength;
        /// <summary>The last label of a <see cref="Remembered"/> field (its bit fields, named values, booleans repeat a lot).</summary>
        public ulong LastNumber;
        public byte[]? Last;
        public int LastLength;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void Decide(int id)
    {
        if ((uint)id >= (uint)_plans.Length)
            Array.Resize(ref _plans, Math.Max(id + 1, _plans.Length * 2));
        var field = FieldDef.ById(id);
        var type = field.Type;
        bool integer = type.IsInteger() || type == FieldType.Boolean;
        var prefix = System.Text.Encoding.UTF8.GetBytes(field.Name + ": ");
        _plans[id] = new Plan
        {
            Decided = true,
            Remembered = integer && (field.Bitmask != 0 || field.ValueNames is not null || type == FieldType.Boolean),
            BitPicture = integer && field.Bitmask != 0,
            Signed = type is FieldType.Int8 or FieldType.Int16 or FieldType.Int24 or FieldType.Int32 or FieldType.Int64,
            Type = type,
            Prefix = Utf8Text.Padded(prefix),
            PrefixLength = prefix.Length,
        };
    }

    /// <summary>Appends the label of <paramref name="node"/>, or returns false having appended something or nothing.</summary>
    public bool TryAppend(Utf8Text text, FieldTree tree, in FieldNode node)
    {
        var flags = node.Flags;
        if ((flags & NodeFlags.Expert) != 0)
            return false;
        int start = text.Length;
        bool hasText = (flags & NodeFlags.HasText) != 0;
        if (hasText && (flags & (NodeFlags.ValueText | NodeFlags.AppendedText)) == 0)
        {
            if ((flags & NodeFlags.TextInSource) != 0)
            {
                // A line of the data source, formatted here, where it goes (a line that long may make a label NodeLabel cuts).
                var line = tree.TextSourceLine(node);
                if (line.Length >= NodeLabel.MaxLabelBytes)
                    return false;
                int written = DisplayText.FormatLineUtf8(line, text.Reserve(DisplayText.MaxFormattedLength(line.Length)));
                if (written >= NodeLabel.MaxLabelBytes)
                    return false;
                text.Advance(written);
                return true;
            }
            // A node's own text is valid UTF-8 by construction (FieldTree.TextBytes): copied as it is.
            var own = tree.TextBytes(node);
            if (own.Length >= NodeLabel.MaxLabelBytes)
                return false;
            text.Append(own);
            return true;
        }

        int id = node.FieldId;
        if ((uint)id >= (uint)_plans.Length || !_plans[id].Decided)
            Decide(id);
        ref var plan = ref _plans[id];
        // A label made from the field and the number alone: the same number, the same bytes as last time.
        bool remembered = plan.Remembered && !hasText;
        if (remembered && plan.Last is not null && plan.LastNumber == node.Number)
        {
            text.AppendPadded(plan.Last, plan.LastLength);
            return true;
        }
        var field = node.Field;
        if (plan.BitPicture)
            AppendBitPicture(text, node);
        if ((flags & NodeFlags.ValueText) != 0)
        {
            if ((flags & NodeFlags.AppendedText) != 0)
                return false;
            text.AppendPadded(plan.Prefix, plan.PrefixLength);
            text.Append(tree.TextBytes(node));
            return text.Length - start < NodeLabel.MaxLabelBytes;
        }
        switch (plan.Type)
        {
            case FieldType.None:
            case FieldType.Protocol:
                text.AppendPadded(plan.Prefix, plan.PrefixLength - 2);
                break;
            case FieldType.Ipv4:
                text.AppendPadded(plan.Prefix, plan.PrefixLength);
                AppendIpv4(text, (uint)node.Number);
                break;
            case FieldType.Ether:
                text.AppendPadded(plan.Prefix, plan.PrefixLength);
                AppendHex(text, tree.ValueBytes(node), 8, (byte)':');
                break;
            case FieldType.String:
            case FieldType.StringZ:
            {
                // format_text of the value, as NodeLabel.AppendFormattedText; a value that long makes a label NodeLabel cuts.
                var value = tree.ValueBytes(node);
                if (value.Length >= NodeLabel.MaxLabelBytes)
                    return false;
                text.AppendPadded(plan.Prefix, plan.PrefixLength);
                text.Advance(DisplayText.FormatLineUtf8(value, text.Reserve(DisplayText.MaxFormattedLength(value.Length))));
                break;
            }
            case FieldType.Bytes:
            {
                // NodeLabel.AppendBytes (bytes_to_str): at most 36 bytes in hex, then "…".
                var value = tree.ValueBytes(node);
                text.AppendPadded(plan.Prefix, plan.PrefixLength);
                if (value.IsEmpty)
                {
                    text.Append("<MISSING>"u8);
                    break;
                }
                AppendHex(text, value, NodeLabel.MaxBytesShown, 0);
                if (value.Length > NodeLabel.MaxBytesShown)
                    text.Append("\u2026"u8);
                break;
            }
            case FieldType.AbsoluteTime:
                text.AppendPadded(plan.Prefix, plan.PrefixLength);
                _time.Append(text, (long)node.Number, local: field.Display != FieldBase.Utc);
                break;
            case FieldType.Boolean:
                text.AppendPadded(plan.Prefix, plan.PrefixLength);
                text.Append((field.Booleans ?? TrueFalse.Default).For(node.Number != 0));
                break;
            case FieldType.RelativeTime:
            {
                // FieldValueFormatter.AppendRelativeTime and " seconds": five or so per frame (frame and TCP times).
                long nanoseconds = (long)node.Number;
                if (nanoseconds == long.MinValue)
                    return false;
                text.AppendPadded(plan.Prefix, plan.PrefixLength);
                if (nanoseconds < 0)
                {
                    text.Append((byte)'-');
                    nanoseconds = -nanoseconds;
                }
                text.AppendDecimal(nanoseconds / 1_000_000_000);
                text.Append((byte)'.');
                text.AppendNanoseconds((uint)(nanoseconds % 1_000_000_000));
                text.Append(" seconds"u8);
                break;
            }
            case FieldType.UInt8:
            case FieldType.UInt16:
            case FieldType.UInt24:
            case FieldType.UInt32:
            case FieldType.UInt48:
            case FieldType.UInt64:
            case FieldType.FrameNum:
            case FieldType.Int8:
            case FieldType.Int16:
            case FieldType.Int24:
            case FieldType.Int32:
            case FieldType.Int64:
                text.AppendPadded(plan.Prefix, plan.PrefixLength);
                if (!TryAppendNumber(text, field, node.Number, plan.Signed))
                    return false;
                break;
            default:
                return false;
        }
        if (hasText && (flags & NodeFlags.AppendedText) != 0)
            text.Append(tree.TextBytes(node));
        // Shorter than ITEM_LABEL_LENGTH: neither cut nor marked, whatever the kind of label.
        int length = text.Length - start;
        if (length >= NodeLabel.MaxLabelBytes)
            return false;
        if (remembered)
        {
            if (plan.Last is null || plan.Last.Length < Utf8Text.PaddedLength(length))
                plan.Last = new byte[Math.Max(Utf8Text.PaddedLength(length), 32)];
            text.Written.Slice(start, length).CopyTo(plan.Last);
            plan.LastLength = length;
            plan.LastNumber = node.Number;
        }
        return true;
    }

    /// <summary>NodeLabel.AppendNumber for the bases written here (not OUI or octal).</summary>
    private static bool TryAppendNumber(Utf8Text text, FieldDef field, ulong value, bool signed)
    {
        if (field.ValueNames is { } names)
        {
            text.Append(names.TryGetValue(value, out var name) ? name : "Unknown");
            if (field.Display == FieldBase.None)
                return true;
            text.Append(" ("u8);
            if (!TryAppendBase(text, field, value, signed, field.Display is FieldBase.Hex or FieldBase.HexDec ? FieldBase.Hex : FieldBase.Dec))
                return false;
            text.Append((byte)')');
            return true;
        }
        if (!TryAppendBase(text, field, value, signed, field.Display))
            return false;
        if (field.Unit is { } unit)
            text.Append(unit.For(value));
        return true;
    }

    private static bool TryAppendBase(Utf8Text text, FieldDef field, ulong value, bool signed, FieldBase display)
    {
        switch (display)
        {
            case FieldBase.Oui:
            case FieldBase.Oct:
                return false;
            case FieldBase.Hex:
                text.AppendHex(value, NodeLabel.HexDigitsOf(field));
                return true;
            case FieldBase.DecHex:
                AppendDecimal(text, value, signed);
                text.Append(" ("u8);
                text.AppendHex(value, NodeLabel.HexDigitsOf(field));
                text.Append((byte)')');
                return true;
            case FieldBase.HexDec:
                text.AppendHex(value, NodeLabel.HexDigitsOf(field));
                text.Append(" ("u8);
                AppendDecimal(text, value, signed);
                text.Append((byte)')');
                return true;
            default:
                AppendDecimal(text, value, signed);
                return true;
        }
    }

    private static void AppendDecimal(Utf8Text text, ulong value, bool signed)
    {
        if (signed)
            text.AppendDecimal((long)value);
        else
            text.AppendDecimal(value);
    }

    /// <summary>AddressText.FormatIpv4 as ASCII bytes: four decimal octets.</summary>
    private static void AppendIpv4(Utf8Text text, uint address)
    {
        var destination = text.Reserve(15);
        int n = 0;
        for (int shift = 24; shift >= 0; shift -= 8)
        {
            uint octet = (address >> shift) & 0xFF;
            if (octet >= 100)
            {
                destination[n++] = (byte)('0' + octet / 100);
                octet %= 100;
                destination[n++] = (byte)('0' + octet / 10);
            }
            else if (octet >= 10)
            {
                destination[n++] = (byte)('0' + octet / 10);
            }
            destination[n++] = (byte)('0' + octet % 10);
            if (shift > 0)
                destination[n++] = (byte)'.';
        }
        text.Advance(n);
    }

    /// <summary>Lower-case hex of at most <paramref name="maxBytes"/> bytes, with <paramref name="separator"/> between them unless 0.</summary>
    private static void AppendHex(Utf8Text text, ReadOnlySpan<byte> bytes, int maxBytes, byte separator)
    {
        bytes = bytes[..Math.Min(bytes.Length, maxBytes)];
        var destination = text.Reserve(bytes.Length * 3);
        ReadOnlySpan<byte> digits = "0123456789abcdef"u8;
        int n = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (separator != 0 && i > 0)
                destination[n++] = separator;
            byte value = bytes[i];
            destination[n] = digits[value >> 4];
            destination[n + 1] = digits[value & 0xF];
            n += 2;
        }
        text.Advance(n);
    }

    /// <summary>NodeLabel's bit picture ("0100 .... = ", BitPicture.Write) written as ASCII bytes.</summary>
    private static void AppendBitPicture(Utf8Text text, in FieldNode node)
    {
        var field = node.Field;
        ulong mask = field.Bitmask;
        int width = NodeLabel.BitPictureWidth(field);
        ulong value = node.Number << System.Numerics.BitOperations.TrailingZeroCount(mask);
        text.Advance(BitPicture.Write(text.Reserve(BitPicture.Length(width)), value, mask, width));
    }
}
