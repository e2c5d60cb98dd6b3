using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Tests.Model;

/// <summary>
/// Text lines formatted when read (FieldTree.SetSourceLineText): every reader sees what formatting the line at once gave,
/// in the frame and in a reassembled copy, after the tree is handed to another (TakeFrom), and after text is set or
/// appended later; a line that is not the node's bytes is formatted at once.
/// </summary>
public class SourceLineTextTests
{
    private static readonly ProtocolDef Proto = new("linetest", "LINETEST", "Line test");

    private static string Text(FieldTree tree, int node) => Encoding.UTF8.GetString(tree.TextBytes(tree[node]));

    /// <summary>What the line's text was before deferral: formatted into the arena when added.</summary>
    private static string Eager(ReadOnlySpan<byte> line)
    {
        var tree = new FieldTree();
        tree.AddFrameSource(line.ToArray());
        int node = tree.AddNode(-1, TextItem.Field, 0, 0, line.Length);
        TextTree.SetFormattedText(tree, node, line);
        return Text(tree, node);
    }

    [Fact]
    public void A_line_of_the_frame_reads_as_format_text_shows_it()
    {
        // The third line: valid UTF-8 (é), then a byte that is not (0xE9 alone).
        byte[] frame = [.. "GET / HTTP/1.1\r\nHost: a\tb\x01\r\n"u8, 0xC3, 0xA9, (byte)'t', 0xE9, (byte)'\r', (byte)'\n'];
        var tree = new FieldTree();
        tree.AddFrameSource(frame);
        int top = tree.AddNode(-1, Proto, 0, 0, frame.Length);
        int first = TextTree.AddTextLine(tree, top, 0, 0, frame.AsSpan(0, 16));
        int second = TextTree.AddTextLine(tree, top, 0, 16, frame.AsSpan(16, 12));
        int third = TextTree.AddTextLine(tree, top, 0, 28, frame.AsSpan(28));

        Assert.True((tree[first].Flags & NodeFlags.TextInSource) != 0);
        Assert.Equal("GET / HTTP/1.1\\r\\n", Text(tree, first));
        Assert.Equal(Eager(frame.AsSpan(16, 12)), Text(tree, second));
        Assert.Equal(Eager(frame.AsSpan(28)), Text(tree, third));
        Assert.Equal("Host: a\\tb\\001\\r\\n", Text(tree, second));
        Assert.Equal("\u00e9t\ufffd\\r\\n", Text(tree, third));
    }

    [Fact]
    public void A_line_of_a_reassembled_copy_is_found_where_the_node_says()
    {
        byte[] pdu = "HTTP/1.1 200 OK\r\n\r\nbody line\n"u8.ToArray();
        var tree = new FieldTree();
        tree.AddFrameSource(new byte[60]);
        int source = tree.AddDataSource("Reassembled TCP", pdu);
        int top = tree.AddNode(-1, Proto, source, 0, pdu.Length);
        // The dissector's span is its own buffer, not the tree's copy: same bytes, same place.
        int line = TextTree.AddTextLine(tree, top, source, 19, pdu.AsSpan(19));
        Assert.True((tree[line].Flags & NodeFlags.TextInSource) != 0);

        var printer = new FieldTree();
        printer.TakeFrom(tree, new byte[60]);
        Assert.Equal("body line\\n", Text(printer, line));
        Assert.Equal("body line\n", Encoding.UTF8.GetString(printer.TextSourceLine(printer[line])));
    }

    [Fact]
    public void A_line_that_is_not_the_nodes_bytes_is_formatted_at_once()
    {
        byte[] frame = "first\r\nsecond\r\n"u8.ToArray();
        var tree = new FieldTree();
        tree.AddFrameSource(frame);
        // A dechunked or decoded body handed with an offset that does not hold it.
        int node = TextTree.AddTextLine(tree, -1, 0, 0, "other\r\n"u8);
        Assert.Equal(0, (int)(tree[node].Flags & NodeFlags.TextInSource));
        Assert.Equal("other\\r\\n", Text(tree, node));
        // Past the end of its source.
        int past = TextTree.AddTextLine(tree, -1, 0, 10, "second\r\n"u8);
        Assert.Equal(0, (int)(tree[past].Flags & NodeFlags.TextInSource));
        Assert.Equal("second\\r\\n", Text(tree, past));
    }

    [Fact]
    public void Text_set_or_appended_later_replaces_or_follows_the_line()
    {
        byte[] frame = "alpha\r\nbeta\r\ngamma\r\n"u8.ToArray();
        var tree = new FieldTree();
        tree.AddFrameSource(frame);
        int set = TextTree.AddTextLine(tree, -1, 0, 0, frame.AsSpan(0, 7));
        int appended = TextTree.AddTextLine(tree, -1, 0, 7, frame.AsSpan(7, 6));
        int interpolated = TextTree.AddTextLine(tree, -1, 0, 13, frame.AsSpan(13, 7));
        tree.SetText(set, "replaced");
        tree.AppendText(appended, " [more]");
        tree.AppendText(interpolated, $" ({interpolated + 40} bytes)");

        Assert.Equal("replaced", Text(tree, set));
        Assert.Equal(0, (int)(tree[set].Flags & NodeFlags.TextInSource));
        Assert.Equal("beta\\r\\n [more]", Text(tree, appended));
        Assert.Equal(0, (int)(tree[appended].Flags & NodeFlags.TextInSource));
        Assert.Equal("gamma\\r\\n (42 bytes)", Text(tree, interpolated));
    }

    [Fact]
    public void No_text_is_kept_when_the_tree_builds_none()
    {
        byte[] frame = "line\n"u8.ToArray();
        var tree = new FieldTree { BuildsText = false };
        tree.AddFrameSource(frame);
        int node = TextTree.AddTextLine(tree, -1, 0, 0, frame);
        Assert.Equal(0, (int)(tree[node].Flags & (NodeFlags.HasText | NodeFlags.TextInSource)));
    }
}
