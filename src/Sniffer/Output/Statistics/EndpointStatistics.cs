using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Output.Statistics;

/// <summary>
/// tshark's <c>-z endpoints,eth|ip|ipv6|tcp|udp[,FILTER]</c> (ui/cli/tap-endpoints.c): one row per address (and port
/// for TCP and UDP) with the packets and bytes it sent and received, by total packets, most first, ties in the order
/// the endpoints were first seen (each frame's source before its destination).
/// </summary>
public sealed class EndpointStatistics : ITap
{
    private readonly StatisticContext _context;
    private readonly ConversationKind _kind;
    private readonly StatisticFilter? _filter;
    private readonly Dictionary<(NetAddress Address, ushort Port), Row> _index = new();
    private readonly List<Row> _rows = new();
    private readonly List<LayerHit> _hits = new(2);

    public EndpointStatistics(StatisticContext context, ConversationKind kind, StatisticFilter? filter = null)
    {
        _context = context;
        _kind = kind;
        _filter = filter;
        Fields = [.. LayerScan.FieldsFor(kind), .. filter?.ReferencedFields ?? []];
    }

    public TapNeeds Needs => TapNeeds.EveryFrame;
    public IReadOnlyCollection<FieldDef> Fields { get; }

    private sealed class Row(NetAddress address, ushort port)
    {
        public NetAddress Address { get; } = address;
        public ushort Port { get; } = port;
        public long TxFrames, TxBytes, RxFrames, RxBytes;
    }

    public void OnFrame(PacketContext packet)
    {
        if (_filter is not null && !_filter.Matches(packet.Tree))
            return;
        _hits.Clear();
        LayerScan.Collect(packet.Tree, _kind, _hits);
        long length = packet.Frame.OriginalLength;
        foreach (var hit in _hits)
        {
            var sender = RowOf(hit.Source, hit.SourcePort);
            sender.TxFrames++;
            sender.TxBytes += length;
            var receiver = RowOf(hit.Destination, hit.DestinationPort);
            receiver.RxFrames++;
            receiver.RxBytes += length;
        }
    }

    private Row RowOf(NetAddress address, ushort port)
    {
        if (!_index.TryGetValue((address, port), out var row))
        {
            row = new Row(address, port);
            _index[(address, port)] = row;
            _rows.Add(row);
        }
        return row;
    }

    public void OnEnd(CaptureModel model) => Write(_context.Output);

    public void Write(TextWriter output)
    {
        bool ports = _kind is ConversationKind.Tcp or ConversationKind.Udp;
        var names = _context.Names;
        var sb = new StringBuilder();
        sb.Append('=', 80).Append('\n');
        sb.Append(_kind switch
        {
            ConversationKind.Ethernet => "Ethernet",
            ConversationKind.Ipv4 => "IPv4",
            ConversationKind.Ipv6 => "IPv6",
            ConversationKind.Tcp => "TCP",
            _ => "UDP",
        }).Append(" Endpoints\n");
        sb.Append("Filter:").Append(_filter?.Text ?? "<No Filter>").Append('\n');
        sb.Append("                       |  ").Append(ports ? "Port  ||  " : "")
            .Append("Packets  | |  Bytes  | | Tx Packets | | Tx Bytes | | Rx Packets | | Rx Bytes |\n");
        foreach (var row in _rows.Select((r, i) => (r, i)).OrderByDescending(x => x.r.TxFrames + x.r.RxFrames).ThenBy(x => x.i).Select(x => x.r))
        {
            sb.Append(row.Address.ToString(names).PadRight(20)).Append("      ");
            if (ports)
            {
                string port = names.PortName(row.Port, udp: _kind == ConversationKind.Udp) ?? row.Port.ToString(StatisticText.Invariant);
                sb.Append(port.PadLeft(5)).Append("     ");
            }
            sb.Append(Number(row.TxFrames + row.RxFrames, 6)).Append("     ").Append(Number(row.TxBytes + row.RxBytes, 9))
                .Append("     ").Append(Number(row.TxFrames, 6)).Append("       ").Append(Number(row.TxBytes, 9))
                .Append("      ").Append(Number(row.RxFrames, 6)).Append("       ").Append(Number(row.RxBytes, 9)).Append("   \n");
        }
        sb.Append('=', 80).Append('\n');
        output.Write(sb.ToString());
    }

    private static string Number(long value, int width) => value.ToString(StatisticText.Invariant).PadLeft(width);
}
