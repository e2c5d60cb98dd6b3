using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Output;

/// <summary>What an item of the <see cref="ExpandedTree"/> is: a node of the frame's tree, or a part of an expert item.</summary>
public enum ViewKind : byte
{
    Node,
    /// <summary>The "_ws.expert" item ("Expert Info (Chat/Sequence): …") that stands for an expert node.</summary>
    Expert,
    /// <summary>Under it: the expert's own field (tcp.connection.syn), with no value.</summary>
    ExpertField,
    /// <summary>Under it: _ws.expert.message (hidden).</summary>
    ExpertMessage,
    ExpertSeverity,
    ExpertGroup,
    /// <summary>The hidden "_ws.malformed" item expert.c adds beside an expert of the Malformed group.</summary>
    MalformedMark,
}

/// <summary>One item of the <see cref="ExpandedTree"/>: a node index and what it stands for.</summary>
public readonly record struct ViewItem(int Node, ViewKind Kind)
{
    public static readonly ViewItem Root = new(-1, ViewKind.Node);
}

/// <summary>
/// The frame's tree as Wireshark's machine outputs (JSON, EK, PDML) walk it: each expert node becomes the items expert.c
/// builds for it ("_ws.expert" with the expert's field, message, severity and group under it, and a hidden
/// "_ws.malformed" beside a Malformed one), and every item knows its key, value, position, length and label.
/// </summary>
public sealed class ExpandedTree
{
    private readonly TreeShape _shape = new();
    private FieldTree _tree = new();

    public FieldTree Tree => _tree;

    public void Build(FieldTree tree)
    {
        _tree = tree;
        _shape.Build(tree);
    }

    /// <summary>Appends the children of <paramref name="parent"/> (<see cref="ViewItem.Root"/> for the top level) to <paramref name="into"/>.</summary>
    public void Children(ViewItem parent, List<ViewItem> into)
    {
        switch (parent.Kind)
        {
            case ViewKind.Node:
                for (int c = parent.Node < 0 ? _shape.FirstTop : _shape.FirstChild(parent.Node); c >= 0; c = _shape.NextSibling(c))
                {
                    ref readonly var child = ref _tree[c];
                    if ((child.Flags & NodeFlags.Expert) != 0)
                    {
                        into.Add(new ViewItem(c, ViewKind.Expert));
                        if (((ExpertDef)child.Field).Group == ExpertGroup.Malformed)
                            into.Add(new ViewItem(c, ViewKind.MalformedMark));
                    }
                    else
                    {
                        into.Add(new ViewItem(c, ViewKind.Node));
                    }
                }
                break;
            case ViewKind.Expert:
                into.Add(new ViewItem(parent.Node, ViewKind.ExpertField));
                into.Add(new ViewItem(parent.Node, ViewKind.ExpertMessage));
                into.Add(new ViewItem(parent.Node, ViewKind.ExpertSeverity));
                into.Add(new ViewItem(parent.Node, ViewKind.ExpertGroup));
                // What a dissector hung under its expert item comes after expert.c's own lines.
                // The _ws.expert item a filter or -e made (ExpertInfoCompletion) is what the lines above show: not again.
                for (int c = _shape.FirstChild(parent.Node); c >= 0; c = _shape.NextSibling(c))
                {
                    if (ReferenceEquals(_tree[c].Field, ExpertInfoFields.Protocol))
                        continue;
                    into.Add(new ViewItem(c, (_tree[c].Flags & NodeFlags.Expert) != 0 ? ViewKind.Expert : ViewKind.Node));
                }
                break;
        }
    }

    public bool HasChildren(ViewItem item) => item.Kind switch
    {
        ViewKind.Node => item.Node < 0 ? _shape.FirstTop >= 0 : _shape.HasChildren(item.Node),
        ViewKind.Expert => true,
        _ => false,
    };

    /// <summary>The field the item shows.</summary>
    public FieldDef Field(ViewItem item) => item.Kind switch
    {
        ViewKind.Node => _tree[item.Node].Field,
        ViewKind.Expert => CommonFields.ExpertProtocol,
        ViewKind.ExpertField => _tree[item.Node].Field,
        ViewKind.ExpertMessage => CommonFields.ExpertMessageField,
        ViewKind.ExpertSeverity => CommonFields.ExpertSeverityField,
        ViewKind.ExpertGroup => CommonFields.ExpertGroupField,
        _ => CommonFields.Malformed,
    };

    public bool IsTextItem(ViewItem item) => item.Kind == ViewKind.Node && ReferenceEquals(_tree[item.Node].Field, TextItem.Field);

    public bool IsHidden(ViewItem item) => item.Kind switch
    {
        ViewKind.Node => _tree[item.Node].IsHidden,
        ViewKind.ExpertMessage or ViewKind.MalformedMark => true,
        _ => false,
    };

    /// <summary>The key JSON gives the item: the field's abbreviation, or a text item's label.</summary>
    public string Key(ViewItem item)
    {
        if (!IsTextItem(item))
            return Field(item).Abbrev;
        ref readonly var node = ref _tree[item.Node];
        if (!node.HasText || node.IsHidden)
            return "";
        // The item's label, as tshark keys a text item: a long one is marked " [truncated]" as on its -V line.
        var label = (_keyScratch ??= new StringBuilder(256)).Clear();
        AppendLabel(item, label);
        return label.ToString();
    }

    private StringBuilder? _keyScratch;

    /// <summary>Appends <see cref="Key"/> without making a string of it.</summary>
    public void AppendKey(ViewItem item, StringBuilder sb)
    {
        if (!IsTextItem(item))
        {
            sb.Append(Field(item).Abbrev);
            return;
        }
        ref readonly var node = ref _tree[item.Node];
        if (node.HasText && !node.IsHidden)
            AppendLabel(item, sb);
    }

    /// <summary>Appends the item's FTREPR_DISPLAY value; false when it has none.</summary>
    public bool TryAppendValue(ViewItem item, StringBuilder sb)
    {
        switch (item.Kind)
        {
            case ViewKind.Node:
                return DisplayValue.TryAppend(sb, _tree, _tree[item.Node]);
            case ViewKind.ExpertMessage:
                NodeLabel.AppendExpertMessage(sb, _tree, _tree[item.Node]);
                return true;
            case ViewKind.ExpertSeverity:
                sb.Append(ExpertText.SeverityValue(((ExpertDef)_tree[item.Node].Field).Severity));
                return true;
            case ViewKind.ExpertGroup:
                sb.Append(ExpertText.GroupValue(((ExpertDef)_tree[item.Node].Field).Group));
                return true;
            default:
                return false;
        }
    }

    /// <summary>The item's line, as -V and PDML's showname give it (without brackets).</summary>
    public void AppendLabel(ViewItem item, StringBuilder sb)
    {
        ref readonly var node = ref _tree[item.Node];
        switch (item.Kind)
        {
            case ViewKind.Node:
                NodeLabel.Append(sb, _tree, node);
                break;
            case ViewKind.Expert:
            {
                var expert = (ExpertDef)node.Field;
                int start = sb.Length;
                sb.Append("Expert Info (").Append(ExpertText.Severity(expert.Severity)).Append('/').Append(ExpertText.Group(expert.Group)).Append("): ");
                NodeLabel.AppendExpertMessage(sb, _tree, node);
                NodeLabel.MarkTruncated(sb, start, start);
                break;
            }
            case ViewKind.ExpertField:
                NodeLabel.AppendExpertMessage(sb, _tree, node);
                break;
            case ViewKind.ExpertMessage:
                sb.Append("Message: ");
                NodeLabel.AppendExpertMessage(sb, _tree, node);
                break;
            case ViewKind.ExpertSeverity:
                sb.Append("Severity level: ").Append(ExpertText.Severity(((ExpertDef)node.Field).Severity));
                break;
            case ViewKind.ExpertGroup:
                sb.Append("Group: ").Append(ExpertText.Group(((ExpertDef)node.Field).Group));
                break;
            default:
                sb.Append(CommonFields.Malformed.Name);
                break;
        }
    }

    /// <summary>Where the item starts in its data source (0 for the items expert.c makes, which have no bytes).</summary>
    public int Start(ViewItem item) => item.Kind == ViewKind.Node ? _tree[item.Node].Offset : 0;

    public int Length(ViewItem item) => item.Kind == ViewKind.Node ? _tree[item.Node].Length : 0;

    /// <summary>The item's data source, or -1 for items with no bytes.</summary>
    public int Source(ViewItem item) => item.Kind == ViewKind.Node ? _tree[item.Node].Source : -1;

    public ref readonly FieldNode Node(ViewItem item) => ref _tree[item.Node];

    /// <summary>The bytes the item covers.</summary>
    public ReadOnlySpan<byte> Bytes(ViewItem item) => item.Kind == ViewKind.Node ? DisplayValue.SourceSlice(_tree, _tree[item.Node]) : default;

    /// <summary>Wireshark's ftenum number of the item's type (the last element of a -x "_raw" array).</summary>
    public int TypeNumber(ViewItem item)
    {
        var field = Field(item);
        if (field is ProtocolDef { ValueIsBytes: true })
            return 30;
        return field.Type switch
        {
            FieldType.None => 0,
            FieldType.Protocol => 1,
            FieldType.Boolean => 2,
            FieldType.UInt8 => 4,
            FieldType.UInt16 => 5,
            FieldType.UInt24 => 6,
            FieldType.UInt32 => 7,
            FieldType.UInt48 => 9,
            FieldType.UInt64 => 11,
            FieldType.Int8 => 12,
            FieldType.Int16 => 13,
            FieldType.Int24 => 14,
            FieldType.Int32 => 15,
            FieldType.Int64 => 19,
            FieldType.Float => 22,
            FieldType.Double => 23,
            FieldType.AbsoluteTime => 24,
            FieldType.RelativeTime => 25,
            FieldType.String => 26,
            FieldType.StringZ => 27,
            FieldType.Ether => 29,
            FieldType.Bytes => 30,
            FieldType.Ipv4 => 32,
            FieldType.Ipv6 => 33,
            FieldType.FrameNum => 35,
            FieldType.Oid => 37,
            _ => 0,
        };
    }

    /// <summary>
    /// The hex a "_raw" array (and PDML's value) shows: for a bit field its value shifted back under the mask in upper-case
    /// hex ("%X"); otherwise the bytes it covers.
    /// </summary>
    /// <summary>False for items Wireshark adds with no data source (expert items, tcp.completeness): no raw value.</summary>
    public bool HasSource(ViewItem item) => item.Kind == ViewKind.Node && (_tree[item.Node].Flags & NodeFlags.NoSource) == 0;

    public void AppendRawHex(ViewItem item, StringBuilder sb)
    {
        var field = Field(item);
        if (item.Kind == ViewKind.Node && field.Bitmask != 0 && (field.Type.IsInteger() || field.Type == FieldType.Boolean))
        {
            sb.Append(_tree[item.Node].Number.ToString("X", System.Globalization.CultureInfo.InvariantCulture));
            return;
        }
        AppendBytesHex(item, sb);
    }

    /// <summary>
    /// The bytes an item covers, in hex; print.c's "field length invalid!" when the item runs past the end of its data
    /// source (a too-long IP fragment listed in the reassembled datagram).
    /// </summary>
    public void AppendBytesHex(ViewItem item, StringBuilder sb)
    {
        if (item.Kind == ViewKind.Node && _tree[item.Node] is var node && (node.Flags & NodeFlags.NoSource) == 0
            && node.Source < _tree.Sources.Count && (long)node.Offset + node.Length > _tree.SourceBytes(node.Source).Length)
        {
            sb.Append("field length invalid!");
            return;
        }
        AppendHex(sb, Bytes(item));
    }

    public static void AppendHex(StringBuilder sb, ReadOnlySpan<byte> bytes)
    {
        const string digits = "0123456789abcdef";
        foreach (byte b in bytes)
            sb.Append(digits[b >> 4]).Append(digits[b & 0xF]);
    }
}
