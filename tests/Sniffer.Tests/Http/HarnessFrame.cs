using Sniffer.Dissectors.Model;

namespace Sniffer.Tests.Http;

/// <summary>One frame the harness played: its packet (tree and columns) and the PDUs it completed.</summary>
public sealed class HarnessFrame(long number, PacketContext packet)
{
    public long Number { get; } = number;
    public PacketContext Packet { get; } = packet;
    public List<HarnessPdu> Pdus { get; } = new();
    public bool Incomplete { get; set; }
    public int NotMineBytes { get; set; }
    public string Info => Packet.Columns.Info.ToString();
    public string Protocol => Packet.Columns.Protocol;

    /// <summary>The values of a field in this frame, formatted as tshark's -T fields prints them.</summary>
    public List<string> Values(FieldDef field)
    {
        var tree = Packet.Tree;
        var values = new List<string>();
        for (int i = 0; i < tree.Count; i++)
            if (ReferenceEquals(tree[i].Field, field))
                values.Add(Sniffer.Output.FieldValueFormatter.ToText(tree, tree[i]));
        return values;
    }

    public string? Value(FieldDef field) => Values(field) is [var first, ..] ? first : null;

    public bool Has(FieldDef field) => Packet.Tree.Contains(field);

    /// <summary>The display text of every node of <paramref name="field"/> (the tree line).</summary>
    public List<string> Texts(FieldDef field)
    {
        var tree = Packet.Tree;
        var texts = new List<string>();
        for (int i = 0; i < tree.Count; i++)
            if (ReferenceEquals(tree[i].Field, field) && (tree[i].Flags & NodeFlags.HasText) != 0)
                texts.Add(System.Text.Encoding.UTF8.GetString(tree.TextBytes(tree[i])));
        return texts;
    }
}
