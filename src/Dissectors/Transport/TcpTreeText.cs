using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Transport;

/// <summary>
/// TCP's display text (built only when the tree's text is wanted, -V): the protocol line's summary, the completeness,
/// Header Length and Flags items' texts and tcp.flags.str. What repeats is made once as UTF-8 and copied: the summary's
/// ports part for the last two port pairs, the other texts per value.
/// </summary>
internal sealed class TcpTreeText
{
    private static readonly string[] FlagNames = ["FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR", "AE"];
    private const string FlagLetters = "FSRPAUECNRRR";
    private const char FlagUnset = '\u00B7';

    /// <summary>", Src Port: 80, Dst Port: 52314, Seq: 1, Ack: 1, Len: 0" after the protocol's name (tcp_summary_in_tree).</summary>
    // Hot per frame: its locals (a text buffer) are not zeroed on every call; every stackalloc here is written before it is read.
    [System.Runtime.CompilerServices.SkipLocalsInit]
    public void AppendSummary(FieldTree tree, int node, ushort src, ushort dst, uint seq, bool hasAck, uint ack, int length)
    {
        // Straight as UTF-8 (ASCII): the ports' part as made for the last two port pairs (both directions), then the numbers.
        Span<byte> text = stackalloc byte[96];
        int n = PortsSummary(src, dst, text);
        ", Seq: "u8.CopyTo(text[n..]);
        n += 7;
        System.Buffers.Text.Utf8Formatter.TryFormat(seq, text[n..], out int w);
        n += w;
        if (hasAck)
        {
            ", Ack: "u8.CopyTo(text[n..]);
            n += 7;
            System.Buffers.Text.Utf8Formatter.TryFormat(ack, text[n..], out w);
            n += w;
        }
        ", Len: "u8.CopyTo(text[n..]);
        n += 7;
        System.Buffers.Text.Utf8Formatter.TryFormat(length, text[n..], out w);
        n += w;
        tree.AppendTextUtf8(node, text[..n]);
    }

    // ", Src Port: 80, Dst Port: 52314" for the last two port pairs summarised (AppendSummary), by pair.
    private const int PortsSummaryRoom = 40;
    private readonly byte[] _portsSummaries = new byte[2 * PortsSummaryRoom];
    private readonly int[] _portsSummaryLengths = new int[2];
    private readonly uint[] _portsSummaryKeys = new uint[2];
    private int _nextPortsSummary;

    private int PortsSummary(ushort src, ushort dst, Span<byte> text)
    {
        uint key = (uint)src << 16 | dst;
        for (int i = 0; i < 2; i++)
        {
            if (_portsSummaryLengths[i] > 0 && _portsSummaryKeys[i] == key)
            {
                _portsSummaries.AsSpan(i * PortsSummaryRoom, _portsSummaryLengths[i]).CopyTo(text);
                return _portsSummaryLengths[i];
            }
        }
        ", Src Port: "u8.CopyTo(text);
        int n = 12;
        System.Buffers.Text.Utf8Formatter.TryFormat(src, text[n..], out int w);
        n += w;
        ", Dst Port: "u8.CopyTo(text[n..]);
        n += 12;
        System.Buffers.Text.Utf8Formatter.TryFormat(dst, text[n..], out w);
        n += w;
        int slot = _nextPortsSummary;
        _nextPortsSummary ^= 1;
        text[..n].CopyTo(_portsSummaries.AsSpan(slot * PortsSummaryRoom));
        _portsSummaryKeys[slot] = key;
        _portsSummaryLengths[slot] = n;
        return n;
    }

    private static string CompletenessName(int value) => value switch
        {
            1 => "Incomplete, SYN_SENT",
            3 => "Incomplete, CLIENT_ESTABLISHED",
            7 => "Incomplete, ESTABLISHED",
            15 => "Incomplete, DATA",
            31 or 47 or 63 => "Complete, WITH_DATA",
            23 or 39 or 55 => "Complete, NO_DATA",
            _ => "Incomplete",
        };

    /// <summary>Per completeness value (six bits): its text, made once as UTF-8; a value two threads make at once is made twice, the same.</summary>
    private static readonly byte[]?[] CompletenessTexts = new byte[]?[64];

    /// <summary>Per data-offset byte: the Header Length item's text, made once as UTF-8.</summary>
    private static readonly byte[]?[] HeaderLengthTexts = new byte[]?[256];

    /// <summary>"1010 .... = Header Length: 40 bytes (10)", a bit-range item over the data offset (made once per byte value).</summary>
    public static void SetHeaderLengthText(FieldTree tree, int node, byte raw, int headerLength)
    {
        if (headerLength == (raw >> 4) * 4)
        {
            tree.SetTextUtf8(node, HeaderLengthTexts[raw] ??= System.Text.Encoding.UTF8.GetBytes(HeaderLengthText(raw, headerLength)));
            return;
        }
        tree.SetText(node, HeaderLengthText(raw, headerLength));
    }

    private static string HeaderLengthText(byte raw, int headerLength)
    {
        Span<char> text = stackalloc char[64];
        int n = BitPicture.Write(text, raw, 0xF0, 8);
        n += Write(text[n..], "Header Length: ");
        headerLength.TryFormat(text[n..], out int w, default, System.Globalization.CultureInfo.InvariantCulture);
        n += w;
        n += Write(text[n..], " bytes (");
        (headerLength >> 2).TryFormat(text[n..], out w, default, System.Globalization.CultureInfo.InvariantCulture);
        n += w;
        text[n++] = ')';
        return new string(text[..n]);
    }

    private static int Write(Span<char> destination, string s)
    {
        s.CopyTo(destination);
        return s.Length;
    }

    /// <summary>The completeness item's text, "Complete, WITH_DATA (31)" (made once per value).</summary>
    public static void SetCompletenessText(FieldTree tree, int node, int value)
    {
        if ((uint)value < (uint)CompletenessTexts.Length)
            tree.SetValueTextUtf8(node, CompletenessTexts[value] ??= System.Text.Encoding.UTF8.GetBytes($"{CompletenessName(value)} ({value})"));
        else
            tree.SetValueText(node, $"{CompletenessName(value)} ({value})");
    }

    /// <summary>tcp.flags.str ("·······AP···") under the Flags item.</summary>
    public static int AddFlagsString(FieldTree tree, int parent, int offset, int flags)
    {
        if ((uint)flags < (uint)FlagsTexts.Length)
            return tree.AddBytes(parent, TcpFields.FlagsStr, 0, offset, 2, TextsOf(flags).Letters, NodeFlags.Generated);
        Span<char> str = stackalloc char[12];
        for (int bit = 0; bit < 12; bit++)
            str[11 - bit] = (flags & (1 << bit)) != 0 ? FlagLetters[bit] : FlagUnset;
        return tree.AddString(parent, TcpFields.FlagsStr, 0, offset, 2, str, NodeFlags.Generated);
    }

    /// <summary>"Flags: 0x018 (PSH, ACK)", from the flags' texts made once (as UTF-8).</summary>
    public static void SetFlagsText(FieldTree tree, int node, int flags)
    {
        if ((uint)flags < (uint)FlagsTexts.Length)
        {
            var label = TextsOf(flags).Label;
            label.CopyTo(tree.ReserveText(label.Length));
            tree.CommitText(node, label.Length);
            return;
        }
        Span<char> text = stackalloc char[96];
        tree.SetText(node, text[..WriteFlagsLabel(flags, text)]);
    }

    private static int WriteFlagsLabel(int flags, Span<char> label)
    {
        int n = Write(label, "Flags: 0x");
        flags.TryFormat(label[n..], out int w, "x3", System.Globalization.CultureInfo.InvariantCulture);
        n += w;
        n += Write(label[n..], " (");
        n += WriteFlagNames(flags, label[n..]);
        label[n++] = ')';
        return n;
    }

    /// <summary>Per value of the 12 flag bits seen: the Flags item's text and tcp.flags.str ("·······AP···"), in UTF-8.</summary>
    private static readonly FlagsText?[] FlagsTexts = new FlagsText?[1 << 12];

    private static FlagsText TextsOf(int flags) => FlagsTexts[flags] ??= new FlagsText(flags);

    /// <summary>Made once per value; a value two threads make at once is made twice, the same.</summary>
    private sealed class FlagsText
    {
        public readonly byte[] Label;
        public readonly byte[] Letters;

        public FlagsText(int flags)
        {
            Span<char> label = stackalloc char[96];
            Span<char> letters = stackalloc char[12];
            for (int bit = 0; bit < 12; bit++)
                letters[11 - bit] = (flags & (1 << bit)) != 0 ? FlagLetters[bit] : FlagUnset;
            Label = System.Text.Encoding.UTF8.GetBytes(label[..WriteFlagsLabel(flags, label)].ToArray());
            Letters = System.Text.Encoding.UTF8.GetBytes(letters.ToArray());
        }
    }

    /// <summary>tcp_flags_to_str: "SYN, ACK", "Reserved" for the three reserved bits, "&lt;None&gt;" when none is set.</summary>
    public static int WriteFlagNames(int flags, Span<char> destination)
    {
        int n = 0;
        for (int bit = 0; bit < FlagNames.Length; bit++)
        {
            if ((flags & (1 << bit)) == 0)
                continue;
            if (n > 0)
                n += Write(destination[n..], ", ");
            n += Write(destination[n..], FlagNames[bit]);
        }
        if ((flags & 0xE00) != 0)
        {
            if (n > 0)
                n += Write(destination[n..], ", ");
            n += Write(destination[n..], "Reserved");
        }
        if (n == 0)
            n += Write(destination, "<None>");
        return n;
    }
}
