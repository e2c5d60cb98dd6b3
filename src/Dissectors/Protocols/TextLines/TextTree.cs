using System.Buffers;
using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.TextLines;

/// <summary>
/// Adds text-protocol values to a field tree without allocating: strings the way Wireshark stores ENC_ASCII
/// values, and tree lines the way format_text shows them ("Host: example.com\r\n").
/// </summary>
public static class TextTree
{
    private const int StackChars = 256;

    /// <summary>Adds a string field whose value is protocol text (bytes above 0x7F become U+FFFD, a NUL ends the value).</summary>
    public static int AddAsciiString(FieldTree tree, int parent, FieldDef field, int source, int offset, int length,
        ReadOnlySpan<byte> value, NodeFlags flags = NodeFlags.None)
    {
        if (!tree.Wants(field) || DisplayText.IsPlainAscii(value))
            return tree.AddBytes(parent, field, source, offset, length, value, flags); // (a skipped field: a stand-in, no scan)
        char[]? rented = null;
        Span<char> chars = value.Length <= StackChars
            ? stackalloc char[StackChars]
            : (rented = ArrayPool<char>.Shared.Rent(value.Length));
        int count = DisplayText.AsciiValue(value, chars);
        int node = tree.AddString(parent, field, source, offset, length, chars[..count], flags);
        if (rented is not null)
            ArrayPool<char>.Shared.Return(rented);
        return node;
    }

    /// <summary>
    /// Adds a string field whose value is protocol text lying in the node's data source at <paramref name="valueOffset"/>
    /// (a header value inside its line): plain ASCII is referred to where it lies, with no copy; other text is stored as
    /// <see cref="AddAsciiString"/> stores it. A field no output wants costs nothing.
    /// </summary>
    public static int AddAsciiValue(FieldTree tree, int parent, FieldDef field, int source, int offset, int length,
        int valueOffset, ReadOnlySpan<byte> value, NodeFlags flags = NodeFlags.None)
    {
        if (!tree.Wants(field) || DisplayText.IsPlainAscii(value))
            return tree.AddBytesInPlace(parent, field, source, offset, length, valueOffset, value.Length, flags);
        return AddAsciiString(tree, parent, field, source, offset, length, value, flags);
    }

    /// <summary><see cref="AddAsciiValue(FieldTree, int, FieldDef, int, int, int, int, ReadOnlySpan{byte}, NodeFlags)"/> for a node that covers exactly its value.</summary>
    public static int AddAsciiValue(FieldTree tree, int parent, FieldDef field, int source, int offset, ReadOnlySpan<byte> value,
        NodeFlags flags = NodeFlags.None)
        => AddAsciiValue(tree, parent, field, source, offset, value.Length, offset, value, flags);

    /// <summary>Sets a node's tree line to <paramref name="line"/> as format_text writes it.</summary>
    public static void SetFormattedText(FieldTree tree, int node, ReadOnlySpan<byte> line)
        => SetFormattedText(tree, node, default, line, default);

    /// <summary>Sets a node's tree line to prefix + formatted <paramref name="line"/> + suffix.</summary>
    public static void SetFormattedText(FieldTree tree, int node, ReadOnlySpan<char> prefix, ReadOnlySpan<byte> line, ReadOnlySpan<char> suffix)
    {
        if (node < 0 || !tree.BuildsText)
            return; // a skipped item or a run without display text: the text would not be kept
        // Written as UTF-8 straight into the tree: a body of text lines is most of what a text protocol's tree holds.
        var utf8 = System.Text.Encoding.UTF8;
        var bytes = tree.ReserveText(utf8.GetMaxByteCount(prefix.Length) + DisplayText.MaxFormattedLength(line.Length) + utf8.GetMaxByteCount(suffix.Length));
        int count = prefix.IsEmpty ? 0 : utf8.GetBytes(prefix, bytes);
        count += DisplayText.FormatLineUtf8(line, bytes[count..]);
        if (!suffix.IsEmpty)
            count += utf8.GetBytes(suffix, bytes[count..]);
        tree.CommitText(node, count);
    }

    /// <summary>
    /// Adds a string field whose value is <paramref name="line"/> as format_text writes it ("NT: upnp:rootdevice\\r\\n",
    /// escapes as text), with that as its tree line too: packet-http.c's http.unknown_header.
    /// </summary>
    public static int AddFormattedString(FieldTree tree, int parent, FieldDef field, int source, int offset, ReadOnlySpan<byte> line)
    {
        if (!tree.Wants(field))
            return tree.AddBytesInPlace(parent, field, source, offset, line.Length, offset, line.Length, NodeFlags.None);
        int needed = DisplayText.MaxFormattedLength(line.Length);
        char[]? rented = null;
        Span<char> chars = needed <= StackChars
            ? stackalloc char[StackChars]
            : (rented = ArrayPool<char>.Shared.Rent(needed));
        int count = DisplayText.FormatLine(line, chars);
        int node = tree.AddString(parent, field, source, offset, line.Length, chars[..count]);
        if (tree.BuildsText)
            tree.SetText(node, chars[..count]);
        if (rented is not null)
            ArrayPool<char>.Shared.Return(rented);
        return node;
    }

    /// <summary>Adds a text-only line ("\r\n", "GET / HTTP/1.1\r\n") and returns its node.</summary>
    public static int AddTextLine(FieldTree tree, int parent, int source, int offset, ReadOnlySpan<byte> line)
    {
        int node = tree.AddNode(parent, TextItem.Field, source, offset, line.Length);
        SetFormattedText(tree, node, line);
        return node;
    }

    /// <summary>Adds an expert item whose text is <paramref name="line"/> as format_text writes it (http.chat).</summary>
    public static int AddExpertWithLine(FieldTree tree, int parent, ExpertDef expert, int source, int offset, int length, ReadOnlySpan<byte> line)
    {
        int node = tree.AddExpert(parent, expert, source, offset, length);
        SetFormattedText(tree, node, line);
        return node;
    }

    /// <summary>Adds a text-only item with the given text.</summary>
    public static int AddLabel(FieldTree tree, int parent, int source, int offset, int length, ReadOnlySpan<char> text)
    {
        int node = tree.AddNode(parent, TextItem.Field, source, offset, length);
        tree.SetText(node, text);
        return node;
    }

    /// <summary>Sets the Info column to the formatted first line and a trailing space, as tshark's HTTP-like dissectors do.</summary>
    public static void SetInfoToFirstLine(InfoColumn info, ReadOnlySpan<byte> firstLine)
    {
        if (!info.Enabled)
            return;
        int needed = DisplayText.MaxFormattedLength(firstLine.Length) + 1;
        char[]? rented = null;
        Span<char> chars = needed <= StackChars
            ? stackalloc char[StackChars]
            : (rented = ArrayPool<char>.Shared.Rent(needed));
        int count = DisplayText.FormatLine(firstLine, chars);
        chars[count++] = ' ';
        info.Set(chars[..count]);
        if (rented is not null)
            ArrayPool<char>.Shared.Return(rented);
    }
}
