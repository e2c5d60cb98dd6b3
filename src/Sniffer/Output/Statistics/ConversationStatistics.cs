using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Output.Statistics;

/// <summary>
/// tshark's <c>-z conv,eth|ip|ipv6|tcp|udp[,FILTER]</c> (ui/cli/tap-iousers.c over the conversation table): one row per
/// conversation — endpoint A is the source of its first frame, "&lt;-" the frames and bytes A received, "-&gt;" those it
/// sent — the rows by total frames, most first, ties in the order the conversations began; the start relative to the
/// first frame (or as -t asks) and the duration. TCP conversations are tcp.stream's; UDP's are address and port pairs.
/// </summary>
public sealed class ConversationStatistics : ITap
{
    private readonly StatisticContext _context;
    private readonly ConversationKind _kind;
    private readonly StatisticFilter? _filter;
    private readonly Dictionary<Key, int> _index = new();
    private readonly List<Row> _rows = new();
    private readonly List<LayerHit> _hits = new(2);

    public ConversationStatistics(StatisticContext context, ConversationKind kind, StatisticFilter? filter = null)
    {
        _context = context;
        _kind = kind;
        _filter = filter;
        Fields = [.. LayerScan.FieldsFor(kind), .. filter?.ReferencedFields ?? []];
    }

    public TapNeeds Needs => TapNeeds.EveryFrame;
    public IReadOnlyCollection<FieldDef> Fields { get; }

    private readonly record struct Key(NetAddress A, NetAddress B, ushort PortA, ushort PortB, long Stream);

    private sealed class Row(LayerHit first, long relative, long absolute)
    {
        public LayerHit First { get; } = first;
        public long FramesFromA, BytesFromA, FramesToA, BytesToA;
        public long Start = relative, Stop = relative, StartAbsolute = absolute;
    }

    public void OnFrame(PacketContext packet)
    {
        if (_filter is not null && !_filter.Matches(packet.Tree))
            return;
        _hits.Clear();
        LayerScan.Collect(packet.Tree, _kind, _hits);
        long length = packet.Frame.OriginalLength, relative = packet.RelativeTime, absolute = packet.Frame.Timestamp;
        foreach (var hit in _hits)
        {
            var key = KeyOf(hit);
            if (!_index.TryGetValue(key, out int at))
            {
                at = _rows.Count;
                _rows.Add(new Row(hit, relative, absolute));
                _index[key] = at;
            }
            var row = _rows[at];
            var first = row.First;
            if (hit.Source == first.Source && hit.Destination == first.Destination && hit.SourcePort == first.SourcePort && hit.DestinationPort == first.DestinationPort)
            {
                row.FramesFromA++;
                row.BytesFromA += length;
            }
            else
            {
                row.FramesToA++;
                row.BytesToA += length;
            }
            if (relative > row.Stop)
                row.Stop = relative;
            else if (relative < row.Start)
            {
                row.Start = relative;
                row.StartAbsolute = absolute;
            }
        }
    }

    /// <summary>Both directions of a conversation have one key (TCP's includes tcp.stream, as tshark keys it by conversation id).</summary>
    private Key KeyOf(LayerHit hit)
    {
        long stream = _kind == ConversationKind.Tcp ? hit.Stream : -1;
        bool forward = hit.Source.Bits < hit.Destination.Bits || hit.Source.Bits == hit.Destination.Bits && hit.SourcePort <= hit.DestinationPort;
        return forward
            ? new Key(hit.Source, hit.Destination, hit.SourcePort, hit.DestinationPort, stream)
            : new Key(hit.Destination, hit.Source, hit.DestinationPort, hit.SourcePort, stream);
    }

    public void OnEnd(CaptureModel model) => Write(_context.Output);

    public string Title => _kind switch
    {
        ConversationKind.Ethernet => "Ethernet",
        ConversationKind.Ipv4 => "IPv4",
        ConversationKind.Ipv6 => "IPv6",
        ConversationKind.Tcp => "TCP",
        _ => "UDP",
    };

    public void Write(TextWriter output)
    {
        bool ports = _kind is ConversationKind.Tcp or ConversationKind.Udp;
        string indent = ports ? new string(' ', 59) : new string(' ', 47);
        var time = _context.Time;
        var sb = new StringBuilder();
        sb.Append('=', 80).Append('\n');
        sb.Append(Title).Append(" Conversations\n");
        sb.Append("Filter:").Append(_filter?.Text ?? "<No Filter>").Append('\n');
        switch (time)
        {
            case TimeReference.Absolute or TimeReference.Utc:
                sb.Append(indent).Append("|       <-      | |       ->      | |     Total     | Absolute Time  |   Duration   |\n");
                sb.Append(indent).Append("| Frames  Size  | | Frames  Size  | | Frames  Size  |      Start     |              |\n");
                break;
            case TimeReference.AbsoluteWithDate or TimeReference.AbsoluteWithDayOfYear or TimeReference.UtcWithDate or TimeReference.UtcWithDayOfYear:
                sb.Append(indent).Append("|       <-      | |       ->      | |     Total     | Absolute Date  |   Duration   |\n");
                sb.Append(indent).Append("| Frames  Size  | | Frames  Size  | | Frames  Size  |     Start      |              |\n");
                break;
            case TimeReference.Epoch:
                sb.Append(indent).Append("|       <-      | |       ->      | |     Total     |       Relative       |   Duration   |\n");
                sb.Append(indent).Append("| Frames  Bytes | | Frames  Bytes | | Frames  Bytes |         Start        |              |\n");
                break;
            default:
                sb.Append(indent).Append("|       <-      | |       ->      | |     Total     |    Relative    |   Duration   |\n");
                sb.Append(indent).Append("| Frames  Bytes | | Frames  Bytes | | Frames  Bytes |      Start     |              |\n");
                break;
        }
        var names = _context.Names;
        // By total frames, most first; equal totals in the order the conversations began (tshark's stable selection).
        foreach (var row in _rows.Select((r, i) => (r, i)).OrderByDescending(x => x.r.FramesFromA + x.r.FramesToA).ThenBy(x => x.i).Select(x => x.r))
        {
            var first = row.First;
            string a = first.Source.ToString(names), b = first.Destination.ToString(names);
            if (ports)
            {
                a = a + ":" + Port(first.SourcePort, names);
                b = b + ":" + Port(first.DestinationPort, names);
                sb.Append(a.PadRight(26)).Append(" <-> ").Append(b.PadRight(26));
            }
            else
            {
                sb.Append(a.PadRight(20)).Append(" <-> ").Append(b.PadRight(20));
            }
            Count(sb, row.FramesToA, row.BytesToA);
            Count(sb, row.FramesFromA, row.BytesFromA);
            Count(sb, row.FramesToA + row.FramesFromA, row.BytesToA + row.BytesFromA);
            sb.Append("  ");
            sb.Append(time switch
            {
                TimeReference.Epoch => StatisticText.Fixed(StatisticText.Seconds(row.StartAbsolute), 20, 9),
                TimeReference.Absolute or TimeReference.Utc or TimeReference.AbsoluteWithDate or TimeReference.AbsoluteWithDayOfYear
                    or TimeReference.UtcWithDate or TimeReference.UtcWithDayOfYear => StatisticText.StartTime(row.StartAbsolute, time),
                _ => StatisticText.Fixed(StatisticText.Seconds(row.Start), 14, 9),
            });
            sb.Append("   ").Append(StatisticText.Fixed(StatisticText.Seconds(row.Stop) - StatisticText.Seconds(row.Start), 12, 4)).Append('\n');
        }
        sb.Append('=', 80).Append('\n');
        output.Write(sb.ToString());
    }

    private string Port(ushort port, NameResolver names) =>
        names.PortName(port, udp: _kind == ConversationKind.Udp) ?? port.ToString(StatisticText.Invariant);

    private static void Count(StringBuilder sb, long frames, long bytes)
    {
        sb.Append("  ").Append(frames.ToString(StatisticText.Invariant).PadLeft(6)).Append(' ');
        sb.Append(StatisticText.Size(bytes).PadRight(9));
    }
}
