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
