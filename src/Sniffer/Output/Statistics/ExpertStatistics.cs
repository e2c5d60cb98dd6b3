using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Output.Statistics;

/// <summary>
/// tshark's <c>-z expert[,error|warn|note|chat|comment][,FILTER]</c> (ui/cli/tap-expert.c): the frames' expert items
/// counted by severity (errors first, down to the level asked for), each kept once per group, protocol and message in
/// the order first seen, with how often it occurred. The protocol is the one that raised the item (the protocol being
/// dissected when a frame was found malformed).
/// </summary>
public sealed class ExpertStatistics : ITap
{
    private readonly StatisticContext _context;
    private readonly StatisticFilter? _filter;
    private readonly List<Entry>[] _bySeverity = [new(), new(), new(), new(), new()];
    private readonly Dictionary<(ExpertGroup, string, string), Entry> _index = new();
    private readonly StringBuilder _summary = new(128);

    /// <summary>
    /// An expert table; <paramref name="lowest"/>, when given, becomes the run's lowest level for every expert table, as
    /// tap-expert.c keeps one lowest_report_level for all of them (the last level given wins; "-z expert" gives none).
    /// </summary>
    public ExpertStatistics(StatisticContext context, ExpertSeverity? lowest, StatisticFilter? filter = null)
    {
        _context = context;
        if (lowest is { } level)
            context.ExpertLowest = level;
        _filter = filter;
        Fields = [.. FieldCatalog.Shared.All.OfType<ExpertDef>(), .. filter?.ReferencedFields ?? []];
    }

    /// <summary>An item's message is its display text, which dissectors write only when text is asked for.</summary>
    public TapNeeds Needs => TapNeeds.EveryFrame | TapNeeds.DisplayText;
    public IReadOnlyCollection<FieldDef> Fields { get; }

    private sealed class Entry(ExpertGroup group, string protocol, string summary)
    {
        public ExpertGroup Group { get; } = group;
        public string Protocol { get; } = protocol;
        public string Summary { get; } = summary;
        public long Frequency;
    }

    /// <summary>"expert", "expert,warn", "expert,note,tcp", "expert,tcp": the lowest severity and the filter text.</summary>
    public static bool TryParse(string argument, out ExpertSeverity? lowest, out string? filter)
    {
        lowest = null;
        filter = null;
        if (!argument.StartsWith("expert", StringComparison.Ordinal))
            return false;
        string rest = argument[6..];
        foreach (var (word, severity) in new[] { (",error", ExpertSeverity.Error), (",warn", ExpertSeverity.Warning),
                     (",note", ExpertSeverity.Note), (",chat", ExpertSeverity.Chat), (",comment", ExpertSeverity.Comment) })
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                lowest = severity;
                rest = rest[word.Length..];
                break;
            }
        }
        if (rest.Length == 0)
            return true;
        if (rest[0] != ',')
            return false;
        filter = rest[1..];
        return true;
    }

    public void OnFrame(PacketContext packet)
    {
        var tree = packet.Tree;
        if (_filter is not null && !_filter.Matches(tree))
            return;
        var nodes = tree.Nodes;
        for (int i = 0; i < nodes.Length; i++)
        {
            ref readonly var node = ref nodes[i];
            if ((node.Flags & NodeFlags.Expert) == 0 || node.Field is not ExpertDef expert || expert.Severity < _context.ExpertLowest)
                continue;
            _summary.Clear();
            if ((node.Flags & NodeFlags.HasText) != 0)
                FieldValueFormatter.AppendEscaped(_summary, tree.TextBytes(node));
            else
                _summary.Append(expert.Message);
            if (InErrorPacket(tree, i))
                continue;
            string protocol = ProtocolOf(tree, i);
            string summary = _summary.ToString();
            var key = (expert.Group, protocol, summary);
            if (!_index.TryGetValue(key, out var entry))
            {
                entry = new Entry(expert.Group, protocol, summary);
                _index[key] = entry;
                _bySeverity[(int)expert.Severity].Add(entry);
            }
            entry.Frequency++;
        }
    }

    /// <summary>
    /// Whether the item belongs to a packet quoted in an ICMP error (its protocol hangs under another item): tshark
    /// queues no tap for those (in_error_pkt), so -z expert does not count them though _ws.expert shows them.
    /// </summary>
    private static bool InErrorPacket(FieldTree tree, int index)
    {
        var nodes = tree.Nodes;
        for (int p = nodes[index].Parent; p >= 0; p = nodes[p].Parent)
        {
            // A protocol "in name only" (each TCP option) is a part of its parent's header, not a quoted packet.
            if (nodes[p].Field is ProtocolDef { NestedHeader: false, ValueIsBytes: false } && nodes[p].Parent >= 0)
                return true;
        }
        return false;
    }

    /// <summary>
    /// The protocol that raised the item, by the name Wireshark registers it under: its nearest protocol above it, or,
    /// for the malformed-packet item and a report a dissector hangs at the top of the tree (ARP's duplicate address), the
    /// last protocol dissected before it.
    /// </summary>
    private static string ProtocolOf(FieldTree tree, int index)
    {
        var nodes = tree.Nodes;
        int top = index;
        for (int p = nodes[index].Parent; p >= 0; p = nodes[p].Parent)
        {
            top = p;
            if (nodes[p].Field is ProtocolDef { ValueIsBytes: false } protocol && !ReferenceEquals(protocol, CommonFields.Malformed))
                return protocol.RegisteredName;
        }
        for (int q = top - 1; q >= 0; q--)
        {
            // The last protocol dissected: a top-level one, or a header nested in one (an IPv6 extension header).
            if ((nodes[q].Parent == -1 || nodes[q].Field is ProtocolDef { NestedHeader: true }) && nodes[q].Field is ProtocolDef before
                && !ReferenceEquals(before, CommonFields.Malformed))
                return before.RegisteredName;
        }
        return nodes[top].Field is ProtocolDef own ? own.RegisteredName : "";
    }

    public void OnEnd(CaptureModel model) => Write(_context.Output);

    public void Write(TextWriter output)
    {
        var sb = new StringBuilder();
        Section(sb, ExpertSeverity.Error, "Errors");
        Section(sb, ExpertSeverity.Warning, "Warns");
        Section(sb, ExpertSeverity.Note, "Notes");
        Section(sb, ExpertSeverity.Chat, "Chats");
        Section(sb, ExpertSeverity.Comment, "Comments");
        output.Write(sb.ToString());
    }

    private void Section(StringBuilder sb, ExpertSeverity severity, string label)
    {
        var entries = _bySeverity[(int)severity];
        if (entries.Count == 0)
            return;
        long total = entries.Sum(e => e.Frequency);
        sb.Append('\n').Append(label).Append(" (").Append(total.ToString(CultureInfo.InvariantCulture)).Append(")\n");
        sb.Append("=============\n");
        sb.Append("   Frequency      Group           Protocol  Summary\n");
        foreach (var e in entries)
        {
            sb.Append(e.Frequency.ToString(CultureInfo.InvariantCulture).PadLeft(12)).Append(' ')
                .Append(ExpertInfoFields.GroupName(e.Group).PadLeft(10)).Append(' ')
                .Append(e.Protocol.PadLeft(18)).Append("  ").Append(e.Summary).Append('\n');
        }
    }
}
