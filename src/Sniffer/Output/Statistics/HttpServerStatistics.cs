using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Output.Statistics;

/// <summary>
/// tshark's <c>-z http_srv,tree</c> ("HTTP/Load Distribution", http_reqs_stats_tree_packet): requests counted by the
/// server's address (with the Host under it) and by Host (with the address under it), responses by the server's
/// address as OK (status 101–399) or KO, in the stats_tree layout of <see cref="StatsTreeNode"/>.
/// </summary>
public sealed class HttpServerStatistics : ITap
{
    private readonly TextWriter _output;
    private readonly StatsTreeNode _requests = new("HTTP Requests by Server");
    private readonly StatsTreeNode _byAddress;
    private readonly StatsTreeNode _byHost;
    private readonly StatsTreeNode _responses = new("HTTP Responses by Server Address");
    private long _first = -1, _last;

    public HttpServerStatistics(TextWriter output)
    {
        _output = output;
        _byAddress = _requests.Child("HTTP Requests by Server Address");
        _byHost = _requests.Child("HTTP Requests by HTTP Host");
    }

    public TapNeeds Needs => TapNeeds.EveryFrame;
    public IReadOnlyCollection<FieldDef> Fields => HttpMessageScan.Fields;

    public void OnFrame(PacketContext packet)
    {
        long time = packet.RelativeTime;
        string? source = null, destination = null;
        HttpMessageScan.ForEach(packet.Tree, m =>
        {
            if (_first < 0)
                _first = time;
            _last = time;
            if (m.Method is not null)
            {
                destination ??= Address(packet, source: false);
                _requests.Count(time);
                var address = _byAddress.Child(destination);
                _byAddress.Count(time);
                address.Count(time);
                _byHost.Count(time);
                if (m.Host is not null)
                {
                    var host = _byHost.Child(m.Host);
                    host.Count(time);
                    host.Child(destination).Count(time);
                    address.Child(m.Host).Count(time);
                }
            }
            else if (m.Code != 0)
            {
                source ??= Address(packet, source: true);
                _responses.Count(time);
                var address = _responses.Child(source);
                address.Count(time);
                address.Child(m.Code is > 100 and < 400 ? "OK" : "KO").Count(time);
            }
        });
    }

    /// <summary>The frame's network address as address_to_str writes it (no name resolution).</summary>
    private static string Address(PacketContext packet, bool source)
    {
        var bytes = source ? packet.NetworkSource : packet.NetworkDestination;
        Span<char> text = stackalloc char[64];
        int length = packet.NetworkKind switch
        {
            AddressKind.Ipv4 => AddressFormatter.FormatIpv4(bytes, text),
            AddressKind.Ipv6 => AddressFormatter.FormatIpv6(bytes, text),
            _ => 0,
        };
        return new string(text[..length]);
    }

    public void OnEnd(CaptureModel model) => StatsTreeNode.Write(_output, "HTTP/Load Distribution", [_requests, _responses], _first, _last);
}
