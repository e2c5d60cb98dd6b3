using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Tests.Model;

public class FieldTreeTests
{
    private static readonly FieldDef Port = new("test.port", "Port", FieldType.UInt16);
    private static readonly FieldDef Name = new("test.name", "Name", FieldType.String);

    [Fact]
    public void Values_read_back_after_the_arena_grows()
    {
        var tree = new FieldTree();
        int parent = tree.AddNode(-1, new ProtocolDef("test", "TEST", "Test Protocol"), 0, 0, 10);
        var longText = new string('x', 10_000);
        tree.Add(parent, Port, 0, 0, 2, 80);
        tree.AddString(parent, Name, 0, 2, 5, "hello");
        tree.AddString(parent, Name, 0, 2, 5, longText);

        Assert.Equal(4, tree.Count);
        Assert.Equal(80UL, tree[1].Number);
        Assert.Equal("hello", Encoding.UTF8.GetString(tree.ValueBytes(tree[2])));
        Assert.Equal(longText, Encoding.UTF8.GetString(tree.ValueBytes(tree[3])));
        Assert.Equal(parent, tree[1].Parent);
    }

    [Fact]
    public void Clear_forgets_every_node_and_source()
    {
        var tree = new FieldTree();
        tree.AddFrameSource(new byte[] { 1, 2, 3 });
        tree.Add(-1, Port, 0, 0, 2, 1);
        tree.Clear();
        Assert.Equal(0, tree.Count);
        Assert.Empty(tree.Sources);
        Assert.Equal(-1, tree.Find(Port));
    }

    [Fact]
    public void Field_abbreviations_with_spaces_are_refused_at_declaration()
    {
        Assert.Throws<ArgumentException>(() => new FieldDef("bad name", "Bad", FieldType.String));
    }
}

public class FieldTreeSelectionTests
{
    private static readonly ProtocolDef Proto = new("sel", "SEL", "Selection test");
    private static readonly FieldDef Flags = new("sel.flags", "Flags", FieldType.UInt16);
    private static readonly FieldDef Syn = new("sel.flags.syn", "Syn", FieldType.Boolean);
    private static readonly FieldDef Name = new("sel.name", "Name", FieldType.String);

    private static bool[] Wanting(params FieldDef[] fields)
    {
        var wanted = new bool[FieldDef.IdCount];
        foreach (var f in fields)
            wanted[f.Id] = true;
        return wanted;
    }

    [Fact]
    public void A_kept_field_under_a_skipped_one_hangs_from_the_nearest_kept_ancestor()
    {
        var tree = new FieldTree();
        tree.KeepOnly(Wanting(Syn));
        int proto = tree.AddNode(-1, Proto, 0, 0, 20);
        int flags = tree.Add(proto, Flags, 0, 12, 2, 0x002);
        int syn = tree.Add(flags, Syn, 0, 13, 1, 1);
        Assert.True(proto >= 0, "protocol items are always kept");
        Assert.True(flags < -1, "a skipped item is a stand-in");
        Assert.Equal(proto, FieldTree.Resolve(flags));
        Assert.Equal(2, tree.Count);
        Assert.Equal(proto, tree[syn].Parent);
    }

    [Fact]
    public void Stand_ins_nest_and_ignore_text_and_length()
    {
        var tree = new FieldTree();
        tree.KeepOnly(Wanting(Syn));
        int flags = tree.Add(-1, Flags, 0, 0, 2, 1);
        int inner = tree.Add(flags, Name, 0, 0, 2, 1);
        tree.SetText(inner, "never shown");
        tree.SetLength(inner, 7);
        int syn = tree.Add(inner, Syn, 0, 0, 1, 1);
        Assert.Equal(1, tree.Count);
        Assert.Equal(-1, tree[syn].Parent);
    }

    [Fact]
    public void Without_text_no_item_carries_text()
    {
        var tree = new FieldTree { BuildsText = false };
        int n = tree.Add(-1, Flags, 0, 0, 2, 1);
        tree.SetText(n, "Flags: 0x001");
        Assert.False((tree[n].Flags & NodeFlags.HasText) != 0);
    }

    [Fact]
    public void Bytes_in_place_read_from_their_source_without_a_copy()
    {
        var tree = new FieldTree();
        var frame = "GET / HTTP/1.1\r\n"u8.ToArray();
        tree.AddFrameSource(frame);
        int n = tree.AddBytesInPlace(-1, Name, 0, 4, 1);
        int reassembled = tree.AddDataSource("Reassembled", "abcdef"u8);
        int m = tree.AddBytesInPlace(-1, Name, reassembled, 2, 3);
        Assert.Equal("/"u8.ToArray(), tree.ValueBytes(tree[n]).ToArray());
        Assert.Equal("cde"u8.ToArray(), tree.ValueBytes(tree[m]).ToArray());
    }
}
