using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Output.Statistics;

/// <summary>
/// tshark's <c>-z http_req,tree</c> ("HTTP/Requests", http_req_stats_tree_packet): every request counted under its
/// Host header and, below it, its request URI, in the stats_tree layout of <see cref="StatsTreeNode"/>.
/// </summary>
public sealed class HttpRequestStatistics(TextWriter output) : ITap
{
    private readonly StatsTreeNode _requests = new("HTTP Requests by HTTP Host");
    private long _first = -1, _last;

    public TapNeeds Needs => TapNeeds.EveryFrame;
    public IReadOnlyCollection<FieldDef> Fields => HttpMessageScan.Fields;

    public void OnFrame(PacketContext packet)
    {
        long time = packet.RelativeTime;
        HttpMessageScan.ForEach(packet.Tree, m =>
        {
            if (_first < 0)
                _first = time;
            _last = time;
            if (m.Method is null)
                return;
            _requests.Count(time);
            if (m.Host is null)
                return;
            var host = _requests.Child(m.Host);
            host.Count(time);
            if (m.Uri is not null)
                host.Child(m.Uri).Count(time);
        });
    }

    public void OnEnd(CaptureModel model) => StatsTreeNode.Write(output, "HTTP/Requests", [_requests], _first, _last);
}
