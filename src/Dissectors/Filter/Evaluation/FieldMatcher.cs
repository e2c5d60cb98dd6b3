using Sniffer.Dissectors.Filter.Syntax;
using Sniffer.Dissectors.Filter.Types;
using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Filter.Evaluation;

/// <summary>
/// Finds a field's occurrences in a frame's tree (Wireshark's READ_TREE / CHECK_EXISTS), optionally only those in
/// some protocol layers ("ip.addr#2": the field as added by the second IP layer of the frame).
/// </summary>
internal sealed class FieldMatcher
{
    public FieldMatcher(FilterField field, IReadOnlyList<RangeNode>? layers)
    {
        Field = field;
        Definition = field.Definition;
        Layers = layers;
        _severalDefinitions = field.SeveralDefinitions;
    }

    // The name has a second definition (FieldDef.SameNameAs): a node of either answers it, as tshark walks the same-name chain.
    private readonly bool _severalDefinitions;

    private bool IsOfField(int fieldId, FieldDef def)
        => fieldId == def.Id || (_severalDefinitions && FieldDef.ById(fieldId).NameId == def.NameId);

    public FilterField Field { get; }
    /// <summary>Null when only tshark knows the name: it never occurs in a Sniffer tree.</summary>
    public FieldDef? Definition { get; }
    public IReadOnlyList<RangeNode>? Layers { get; }

    public bool Exists(FieldTree tree)
    {
        var def = Definition;
        if (def is null)
            return false;
        var nodes = tree.Nodes;
        if (Layers is null)
        {
            for (int i = 0; i < nodes.Length; i++)
                if (IsOfField(nodes[i].FieldId, def))
                    return true;
            return false;
        }
        int max = MaxLayer(tree);
        for (int i = 0; i < nodes.Length; i++)
            if (IsOfField(nodes[i].FieldId, def) && InLayers(LayerOf(tree, i), max))
                return true;
        return false;
    }

    /// <summary>Pushes the value of every occurrence, in tree order; false when there is none.</summary>
    public bool Load(EvalContext ctx)
    {
        var def = Definition;
        if (def is null)
            return false;
        var tree = ctx.Tree!;
        var nodes = tree.Nodes;
        int before = ctx.StackTop;
        int max = Layers is null ? 0 : MaxLayer(tree);
        for (int i = 0; i < nodes.Length; i++)
        {
            if (!IsOfField(nodes[i].FieldId, def))
                continue;
            if (Layers is not null && !InLayers(LayerOf(tree, i), max))
                continue;
            ctx.Push(ValueOf(tree, i, Field.Type));
        }
        return ctx.StackTop > before;
    }

    /// <summary>A node's value as the filter sees it.</summary>
    public static FValue ValueOf(FieldTree tree, int index, FtKind type)
    {
        ref readonly var node = ref tree[index];
        switch (FtInfo.Of(type).Storage)
        {
            case FtStorage.Signed32:
                return FValue.SignedValue(type, (int)(long)node.Number);
            case FtStorage.Signed64:
                return FValue.SignedValue(type, (long)node.Number);
            case FtStorage.Unsigned32:
            case FtStorage.Unsigned64:
            case FtStorage.Boolean:
                return FValue.Unsigned(type, node.Number);
            case FtStorage.Floating:
                return new FValue { Type = type, Bits = node.Number };
            case FtStorage.Time:
            {
                long ns = (long)node.Number;
                // An NTP time stamp of zero is marked so the outputs can print "NULL"; the value it holds is nstime 0.
                if (ns == Protocols.Ntp.NtpFields.NullTime)
                    ns = 0;
                return FValue.Time(type, ns / 1_000_000_000, (int)(ns % 1_000_000_000));
            }
            case FtStorage.Ipv4:
                return FValue.Ipv4((uint)node.Number, uint.MaxValue);
            case FtStorage.Ipv6:
            {
                var v = FValue.OfBytes(type, ByteStore.TreeValue, index, 0, node.ArenaLength);
                v.Aux = 128;
                return v;
            }
            case FtStorage.Protocol:
            {
                int sourceLength = node.Source < tree.Sources.Count ? tree.SourceBytes(node.Source).Length : 0;
                int start = Math.Clamp(node.Offset, 0, sourceLength);
                int length = Math.Clamp(node.Length, 0, sourceLength - start);
                var v = new FValue { Type = type, Store = ByteStore.TreeSource, Index = node.Source, Start = start, Length = length };
                v.FullLength = Math.Max(length, BufferEnd(tree, index, sourceLength) - start);
                return v;
            }
            case FtStorage.None:
                return new FValue { Type = type };
            default:
                return FValue.OfBytes(type, ByteStore.TreeValue, index, 0, node.ArenaLength);
        }
    }

    /// <summary>
    /// Where a protocol's buffer ends (what contains and matches search): the end of its data source, except that
    /// a protocol carried by IP ends where the IP packet ends (Wireshark trims the IP layer's buffer to its total
    /// length, so Ethernet padding is not searched).
    /// </summary>
    private static int BufferEnd(FieldTree tree, int index, int sourceLength)
    {
        ref readonly var node = ref tree[index];
        if (node.Source != 0)
            return sourceLength;
        var nodes = tree.Nodes;
        for (int i = index - 1; i >= 0; i--)
        {
            ref readonly var n = ref nodes[i];
            if (n.Source != 0 || n.Field.Type != FieldType.Protocol)
                continue;
            string abbrev = n.Field.Abbrev;
            if (abbrev is not ("ip" or "ipv6"))
                continue;
            int total = IpTotalLength(tree, i, abbrev == "ipv6");
            if (total > 0 && n.Offset + total <= sourceLength && n.Offset + total >= node.Offset)
                return n.Offset + total;
            return sourceLength;
        }
        return sourceLength;
    }

    private static int IpTotalLength(FieldTree tree, int ipNode, bool v6)
    {
        var nodes = tree.Nodes;
        string want = v6 ? "ipv6.plen" : "ip.len";
        for (int i = ipNode + 1; i < nodes.Length; i++)
        {
            ref readonly var n = ref nodes[i];
            if (n.Field.Type == FieldType.Protocol)
                break;
            if (n.Field.Abbrev == want)
                return v6 ? 40 + (int)n.Number : (int)n.Number;
        }
        return 0;
    }

    // ---- layers ----------------------------------------------------------------------------------

    /// <summary>
    /// Wireshark numbers a field by how many times its protocol's dissector had run in the frame when the field was
    /// added: the nearest protocol above the node that is a layer of its own (<see cref="ProtocolDef.IsLayer"/>), counted
    /// among that protocol's occurrences so far.
    /// </summary>
    private static int LayerOf(FieldTree tree, int index)
    {
        var nodes = tree.Nodes;
        int p = index;
        while (p >= 0 && nodes[p].Field is not ProtocolDef { IsLayer: true })
            p = nodes[p].Parent < p ? nodes[p].Parent : -1;
        if (p < 0)
            return 1;
        var protocol = nodes[p].Field;
        int layer = 0;
        for (int i = 0; i <= p; i++)
            if (ReferenceEquals(nodes[i].Field, protocol))
                layer++;
        return layer;
    }

    private int MaxLayer(FieldTree tree)
    {
        int max = 0;
        var nodes = tree.Nodes;
        for (int i = 0; i < nodes.Length; i++)
            if (IsOfField(nodes[i].FieldId, Definition!))
                max = Math.Max(max, LayerOf(tree, i));
        return max;
    }

    /// <summary>drange_contains_layer.</summary>
    private bool InLayers(int layer, int length)
    {
        var layers = Layers!;
        for (int i = 0; i < layers.Count; i++)
        {
            var r = layers[i];
            int lower = r.Start;
            if (lower < 0)
                lower += length + 1;
            int upper = r.End switch
            {
                RangeEnd.Length => lower + r.Length - 1,
                RangeEnd.Offset => r.EndOffset,
                _ => int.MaxValue,
            };
            if (layer >= lower && layer <= upper)
                return true;
        }
        return false;
    }
}
