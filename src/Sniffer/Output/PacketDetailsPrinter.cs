using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.TextLines;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Output;

/// <summary>
/// tshark's packet details (<c>-V</c>, or <c>-O proto,…</c> to expand only those protocols): each item's line, four
/// spaces deeper per level, generated items in brackets, hidden items left out, expert items as
/// "[Expert Info (Severity/Group): message]" with their three lines under them; a blank line after each frame.
/// With <c>-P</c> the summary line comes first, with <c>-x</c> the hex dump after.
/// </summary>
public sealed class PacketDetailsPrinter : IDetachableTap
{
    private const int IndentWidth = 4;
    private readonly TreeShape _shape = new();
    private readonly Utf8Text _text = new(64 * 1024);
    private readonly Utf8Label _label = new();
    /// <summary>A label or a few lines made by the StringBuilder writers, before they join <see cref="_text"/>.</summary>
    private readonly StringBuilder _line = new(1024);
    private readonly HashSet<string>? _expand;
    private readonly SummaryPrinter? _summary;
    private readonly HexDumpPrinter? _hex;
    private readonly TextWriter? _output;
    private readonly Coloring.ColoringRules? _ruleLines;
    private Coloring.ColorRule? _frameRule;
    private ExpertWords?[] _experts = new ExpertWords?[64];

    /// <param name="expandOnly">-O: the protocols whose details are shown (others show their top line only); null for -V.</param>
    /// <param name="summary">-P: print the summary line before the details.</param>
    /// <param name="hexDump">-x: print the hex dump after the details.</param>
    /// <param name="output">Where <see cref="OnFrame"/> writes.</param>
    /// <param name="coloring">Colours for the summary line (-P on a terminal), as tshark --color gives them.</param>
    /// <param name="ruleLines">--color: the frame shows the colouring rule that selects it, as tshark's frame tree does then.</param>
    public PacketDetailsPrinter(IReadOnlyCollection<string>? expandOnly = null, bool summary = false, bool hexDump = false, TextWriter? output = null,
        Coloring.LineColoring? coloring = null, Coloring.ColoringRules? ruleLines = null)
    {
        // Colouring rules are filters: they read hidden items (the HTTP rule's tcp.port), so the tree must keep them.
        _showsOnlyShownItems = coloring is null && ruleLines is null;
        _output = output;
        _ruleLines = ruleLines;
        _expand = expandOnly is null ? null : new HashSet<string>(expandOnly, StringComparer.Ordinal);
        _summary = summary ? new SummaryPrinter(null, coloring: coloring) : null;
        _hex = hexDump ? new HexDumpPrinter() : null;
        _dataDumpId = hexDump ? -1 : CommonFields.DataProtocol.Id;
    }

    /// <summary>The whole tree with its display text, and the columns when the summary line comes too.</summary>
    public TapNeeds Needs => TapNeeds.DisplayText | TapNeeds.AllFields | (_showsOnlyShownItems ? TapNeeds.ShownItemsOnly : TapNeeds.None)
        | (_summary is null ? TapNeeds.None : TapNeeds.Columns);

    private readonly bool _showsOnlyShownItems;

    public IReadOnlyCollection<FieldDef> Fields => [];

    /// <summary>It reads only the tree (and, with -x, the frame's bytes through it); the -P summary line reads the columns.</summary>
    public bool Detachable => _summary is null;

    public void OnFrame(PacketContext packet) => Write(packet, _output ?? throw new InvalidOperationException("no output"));

    public void OnEnd(CaptureModel model)
    {
        if (_output is not null)
            _summary?.Finish(_output);
    }

    public void Write(PacketContext packet, TextWriter output)
    {
        _summary?.Write(packet, output);
        var tree = packet.Tree;
        _frameRule = _ruleLines?.Match(tree);
        // Straight into the output's buffer when it takes UTF-8 (one copy of the text less), else through our own.
        var direct = output as Pipeline.Utf8Writer;
        var text = direct?.BeginFrame() ?? _text;
        if (direct is null)
            text.Clear();
        int frameStart = text.Length;
        if (_frameRule is not null || !TryWriteInOrder(text, tree))
        {
            text.Length = frameStart;
            _shape.Build(tree, withoutHidden: true);
            for (int top = _shape.FirstTop; top >= 0; top = _shape.NextSibling(top))
            {
                ref readonly var node = ref tree[top];
                bool expand = _expand is null || _expand.Contains(node.Field.Abbrev);
                WriteItem(text, tree, top, 0, expand);
            }
        }
        text.Append((byte)'\n');
        if (direct is not null)
            direct.EndFrame();
        else
            text.WriteTo(output);
        if (_hex is not null)
            _hex.Write(packet, output);
    }

    // The open ancestors of the node TryWriteInOrder is at, outermost first; per node, whether it is left out.
    private int[] _ancestors = new int[64];
    private bool[] _leftOut = new bool[64];

    /// <summary>
    /// The tree's items in one pass over its nodes, for a tree whose shown nodes were added parent before children and
    /// each child while its parent was the latest open shown item (most frames): each node's depth is where its parent
    /// stands among the open ancestors, and the order is the one <see cref="TreeShape"/>'s walk gives. Hidden nodes and
    /// what is under them are left out, and what is under a protocol -O does not expand. False, having written part, at
    /// the first shown node whose parent is not an open ancestor (the caller starts again with the shape).
    /// </summary>
    private bool TryWriteInOrder(Utf8Text text, FieldTree tree)
    {
        var nodes = tree.Nodes;
        if (_ancestors.Length < nodes.Length)
        {
            _ancestors = new int[Math.Max(nodes.Length, _ancestors.Length * 2)];
            _leftOut = new bool[_ancestors.Length];
        }
        var ancestors = _ancestors;
        var leftOut = _leftOut;
        int depth = 0;
        for (int i = 0; i < nodes.Length; i++)
        {
            ref readonly var node = ref nodes[i];
            int parent = node.Parent;
            if ((node.Flags & NodeFlags.Hidden) != 0 || ((uint)parent < (uint)i && leftOut[parent]))
            {
                leftOut[i] = true;
                continue;
            }
            while (depth > 0 && ancestors[depth - 1] != parent)
                depth--;
            if (depth == 0 && parent != -1)
                return false;
            ancestors[depth] = i;
            if (!TryRepeatLine(text, tree, node, depth) && !TryWriteTextLine(text, tree, node, depth))
                WriteLines(text, tree, node, depth);
            // -O: a protocol it does not name shows its top line only.
            leftOut[i] = depth == 0 && _expand is not null && (node.Flags & NodeFlags.Expert) == 0 && !_expand.Contains(node.Field.Abbrev);
            depth++;
        }
        return true;
    }

    private void WriteItem(Utf8Text text, FieldTree tree, int index, int depth, bool expand)
    {
        ref readonly var node = ref tree[index];
        if ((node.Flags & NodeFlags.Expert) != 0)
        {
            WriteExpert(text, tree, index, depth);
            return;
        }
        if (!TryRepeatLine(text, tree, node, depth) && !TryWriteTextLine(text, tree, node, depth))
            WriteLine(text, tree, node, depth);
        if (!expand)
            return;
        for (int child = _shape.FirstChild(index); child >= 0; child = _shape.NextSibling(child))
            WriteItem(text, tree, child, depth + 1, expand: true);
        if (_frameRule is { } rule && depth == 0 && node.FieldId == Dissectors.Frames.FrameFields.Protocol.Id)
        {
            // packet-frame.c's frame.coloring_rule.name and .string, last in the frame's tree.
            _line.Clear();
            _line.Append(' ', IndentWidth).Append("[Coloring Rule Name: ").Append(rule.Name).Append("]\n");
            _line.Append(' ', IndentWidth).Append("[Coloring Rule String: ").Append(rule.FilterText).Append("]\n");
            text.Append(_line);
        }
    }

    /// <summary>An item's own lines, without its children: an expert's four, or the label (and a data item's dump).</summary>
    private void WriteLines(Utf8Text text, FieldTree tree, in FieldNode node, int depth)
    {
        if ((node.Flags & NodeFlags.Expert) != 0)
        {
            var expert = (ExpertDef)node.Field;
            if (!TryWriteExpertLines(text, tree, node, expert, depth * IndentWidth))
                WriteExpertLines(text, tree, node, expert, depth * IndentWidth);
            return;
        }
        WriteLine(text, tree, node, depth);
    }

    /// <summary>
    /// The line of a node whose field's last line was made from the same number (and the same own text, if it has one) at
    /// the same depth with the same flags, copied again (most lines of most frames: flag bits, named values, lengths, the
    /// same addresses and notes); false for any other node.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool TryRepeatLine(Utf8Text text, FieldTree tree, in FieldNode node, int depth)
    {
        var lastLines = _lastLines;
        uint id = (uint)node.FieldId;
        if (id >= (uint)lastLines.Length)
            return false;
        ref var last = ref lastLines[id];
        if (last.Kind != LineKind.FromNumber || last.Length == 0 || last.Number != node.Number || last.Depth != depth
            || last.Flags != node.Flags || (node.Flags & (NodeFlags.TextInSource | NodeFlags.ValueInSource | NodeFlags.Expert)) != 0
            || ((node.Flags & NodeFlags.HasText) != 0 && !SameText(last, tree, node)))
            return false;
        text.AppendPadded(last.Bytes!, last.Length);
        last.Hits++;
        return true;
    }

    /// <summary>Whether <paramref name="node"/>'s own text (it has one) is the one <paramref name="last"/>'s line was made with.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool SameText(in LastLine last, FieldTree tree, in FieldNode node)
        => last.Text is { } remembered && tree.TextBytes(node).SequenceEqual(remembered.AsSpan(0, last.TextLength));

    /// <summary>
    /// The line of a node whose label is its own text (a protocol's top line, a header line: Utf8Label's first kinds),
    /// written here without the label's general path; false, having written nothing, for any other node or a label that
    /// long (NodeLabel may cut or mark it).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool TryWriteTextLine(Utf8Text text, FieldTree tree, in FieldNode node, int depth)
    {
        var flags = node.Flags;
        if ((flags & (NodeFlags.HasText | NodeFlags.ValueText | NodeFlags.AppendedText | NodeFlags.Expert)) != NodeFlags.HasText
            || node.FieldId == _dataDumpId)
            return false;
        int start = text.Length;
        bool generated = (flags & NodeFlags.Generated) != 0;
        if ((flags & NodeFlags.TextInSource) != 0)
        {
            // A line of the data source, formatted where it goes.
            var line = tree.TextSourceLine(node);
            if (line.Length >= NodeLabel.MaxLabelBytes)
                return false;
            text.AppendSpaces(depth * IndentWidth);
            if (generated)
                text.Append((byte)'[');
            int written = DisplayText.FormatLineUtf8(line, text.Reserve(DisplayText.MaxFormattedLength(line.Length) + 2));
            if (written >= NodeLabel.MaxLabelBytes)
            {
                text.Length = start;
                return false;
            }
            text.Advance(written);
        }
        else
        {
            // A node's own text is valid UTF-8 by construction (FieldTree.TextBytes): copied as it is.
            var own = tree.TextBytes(node);
            if (own.Length >= NodeLabel.MaxLabelBytes)
                return false;
            text.AppendSpaces(depth * IndentWidth);
            if (generated)
                text.Append((byte)'[');
            text.Append(own);
        }
        if (generated)
            text.Append((byte)']');
        text.Append((byte)'\n');
        return true;
    }

    /// <summary>The label line of an item that is not an expert, and the hex dump after uninterpreted data.</summary>
    private void WriteLine(Utf8Text text, FieldTree tree, in FieldNode node, int depth)
    {
        // A line made from the field, its number and its own text if any (no value in bytes) that is the same as the
        // field's last one (Time to Live: 64, a flag bit, Window: 65535): copied whole, indentation and brackets included.
        int id = node.FieldId;
        if ((uint)id >= (uint)_lastLines.Length)
            Array.Resize(ref _lastLines, Math.Max(id + 1, _lastLines.Length * 2));
        ref var last = ref _lastLines[id];
        if (last.Kind == LineKind.Undecided)
            last.Kind = KindOf(node.Field);
        // With a text of its own (an appended note, a value's text) the line is made from the number and that text.
        bool fromNumber = last.Kind == LineKind.FromNumber && (node.Flags & (NodeFlags.TextInSource | NodeFlags.ValueInSource)) == 0;
        if (fromNumber && last.Length > 0 && last.Number == node.Number && last.Depth == depth && last.Flags == node.Flags
            && ((node.Flags & NodeFlags.HasText) == 0 || SameText(last, tree, node)))
        {
            text.AppendPadded(last.Bytes!, last.Length);
            last.Hits++;
            return;
        }
        int start = text.Length;
        text.AppendSpaces(depth * IndentWidth);
        bool generated = node.IsGenerated;
        if (generated)
            text.Append((byte)'[');
        int label = text.Length;
        if (!_label.TryAppend(text, tree, node))
        {
            fromNumber = false;
            text.Length = label;
            _line.Clear();
            NodeLabel.Append(_line, tree, node);
            text.Append(_line);
        }
        if (generated)
            text.Append((byte)']');
        text.Append((byte)'\n');
        if (fromNumber)
            Remember(ref last, text.Written[start..], tree, node, depth);
        if (node.FieldId == _dataDumpId)
            AppendDataDump(text, tree, node);
    }

    /// <summary>The field whose lines a hex dump follows (uninterpreted data, without -x), or -1.</summary>
    private readonly int _dataDumpId;

    /// <summary>Per field, its last line, when its lines are made from the number (and a text of the node's own) alone.</summary>
    private LastLine[] _lastLines = new LastLine[Math.Max(64, FieldDef.IdCount)];

    private enum LineKind : byte
    {
        Undecided,
        /// <summary>The line of an item is the field's name and number, formatted, with the item's own text if it has one.</summary>
        FromNumber,
        /// <summary>The value is in bytes, or the field's lines change too often to be worth remembering.</summary>
        Other,
    }

    private struct LastLine
    {
        public LineKind Kind;
        public NodeFlags Flags;
        public int Depth;
        public ulong Number;
        public byte[]? Bytes;
        public int Length;
        /// <summary>The node's own text the line was made with (when it had one), and its length.</summary>
        public byte[]? Text;
        public int TextLength;
        public int Hits;
        public int Misses;
    }

    private static LineKind KindOf(FieldDef field)
    {
        if (field is ExpertDef || field.Id == CommonFields.DataProtocol.Id)
            return LineKind.Other;
        var type = field.Type;
        return type.IsInteger() || type is FieldType.Boolean or FieldType.Ipv4 or FieldType.FrameNum or FieldType.RelativeTime
            or FieldType.AbsoluteTime or FieldType.None or FieldType.Protocol
            ? LineKind.FromNumber
            : LineKind.Other;
    }

    private static void Remember(ref LastLine last, ReadOnlySpan<byte> line, FieldTree tree, in FieldNode node, int depth)
    {
        // A field whose lines keep changing (sequence numbers, checksums) stops being remembered: copying them costs more.
        if (++last.Misses > 1024 && last.Hits < last.Misses)
        {
            last.Kind = LineKind.Other;
            last.Bytes = null;
            last.Length = 0;
            return;
        }
        if (last.Bytes is null || last.Bytes.Length < line.Length)
            last.Bytes = new byte[Math.Max(64, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)line.Length))];
        line.CopyTo(last.Bytes);
        last.Length = line.Length;
        if ((node.Flags & NodeFlags.HasText) != 0)
        {
            var own = tree.TextBytes(node);
            if (last.Text is null || last.Text.Length < own.Length)
                last.Text = new byte[Math.Max(32, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)own.Length))];
            own.CopyTo(last.Text);
            last.TextLength = own.Length;
        }
        last.Number = node.Number;
        last.Flags = node.Flags;
        last.Depth = depth;
    }

    /// <summary>Uninterpreted data is followed by its hex dump when no -x dump of the whole frame follows (print.c).</summary>
    private void AppendDataDump(Utf8Text text, FieldTree tree, in FieldNode node)
    {
        if ((uint)node.Source >= (uint)tree.Sources.Count || node.Length <= 0)
            return;
        var bytes = tree.SourceBytes(node.Source);
        if ((uint)node.Offset > (uint)bytes.Length)
            return;
        _line.Clear();
        _line.Append('\n');
        HexDumpPrinter.AppendDump(_line, bytes.Slice(node.Offset, Math.Min(node.Length, bytes.Length - node.Offset)));
        text.Append(_line);
    }

    private void WriteExpert(Utf8Text text, FieldTree tree, int index, int depth)
    {
        ref readonly var node = ref tree[index];
        var expert = (ExpertDef)node.Field;
        int indent = depth * IndentWidth;
        if (!TryWriteExpertLines(text, tree, node, expert, indent))
            WriteExpertLines(text, tree, node, expert, indent);
        for (int child = _shape.FirstChild(index); child >= 0; child = _shape.NextSibling(child))
            WriteItem(text, tree, child, depth + 1, expand: true);
    }

    /// <summary>
    /// The expert lines straight in UTF-8, each expert's fixed words encoded once: when the message is valid UTF-8 and the
    /// first line is short enough that tshark neither marks nor cuts it (else false, having written nothing).
    /// </summary>
    private bool TryWriteExpertLines(Utf8Text text, FieldTree tree, in FieldNode node, ExpertDef expert, int indent)
    {
        if ((uint)expert.Id >= (uint)_experts.Length)
            Array.Resize(ref _experts, Math.Max(expert.Id + 1, _experts.Length * 2));
        var words = _experts[expert.Id] ??= new ExpertWords(expert);
        var message = (node.Flags & NodeFlags.HasText) != 0 ? tree.TextBytes(node) : words.Message;
        if (words.Header.Length + message.Length >= NodeLabel.MaxLabelBytes || !System.Text.Unicode.Utf8.IsValid(message))
            return false;
        text.AppendSpaces(indent);
        text.Append(words.Header);
        text.Append(message);
        text.Append("]\n"u8);
        text.AppendSpaces(indent + IndentWidth);
        text.Append((byte)'[');
        text.Append(message);
        text.Append("]\n"u8);
        text.AppendSpaces(indent + IndentWidth);
        text.Append(words.SeverityLine);
        text.AppendSpaces(indent + IndentWidth);
        text.Append(words.GroupLine);
        return true;
    }

    /// <summary>An expert's words as <see cref="WriteExpertLines"/> writes them, in UTF-8.</summary>
    private sealed class ExpertWords(ExpertDef expert)
    {
        public readonly byte[] Header = Encoding.UTF8.GetBytes(
            "[Expert Info (" + ExpertText.Severity(expert.Severity) + "/" + ExpertText.Group(expert.Group) + "): ");
        public readonly byte[] Message = Encoding.UTF8.GetBytes(expert.Message);
        public readonly byte[] SeverityLine = Encoding.UTF8.GetBytes("[Severity level: " + ExpertText.Severity(expert.Severity) + "]\n");
        public readonly byte[] GroupLine = Encoding.UTF8.GetBytes("[Group: " + ExpertText.Group(expert.Group) + "]\n");
    }

    private void WriteExpertLines(Utf8Text text, FieldTree tree, in FieldNode node, ExpertDef expert, int indent)
    {
        var sb = _line;
        sb.Clear();
        sb.Append(' ', indent).Append('[');
        int header = sb.Length;
        sb.Append("Expert Info (").Append(ExpertText.Severity(expert.Severity)).Append('/').Append(ExpertText.Group(expert.Group)).Append("): ");
        NodeLabel.AppendExpertMessage(sb, tree, node);
        NodeLabel.MarkTruncated(sb, header, header);
        sb.Append("]\n");
        sb.Append(' ', indent + IndentWidth).Append('[');
        NodeLabel.AppendExpertMessage(sb, tree, node);
        sb.Append("]\n");
        sb.Append(' ', indent + IndentWidth).Append("[Severity level: ").Append(ExpertText.Severity(expert.Severity)).Append("]\n");
        sb.Append(' ', indent + IndentWidth).Append("[Group: ").Append(ExpertText.Group(expert.Group)).Append("]\n");
        text.Append(sb);
    }
}
