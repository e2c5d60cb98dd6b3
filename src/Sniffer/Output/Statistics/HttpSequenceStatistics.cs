using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Protocols.Ssdp;
using Sniffer.Dissectors.Taps;
using Sniffer.Dissectors.Transport;

namespace Sniffer.Output.Statistics;

/// <summary>
/// tshark's <c>-z http_seq,tree</c> ("HTTP/Request Sequences", http_seq_stats_tree_packet in packet-http.c): which page
/// led to which. A request with a Referer is ticked under its referer's node, a Location header (a redirect, or an SSDP
/// NOTIFY's) under the URI it was resolved against — the full URI of the conversation's previous request, as
/// packet-http.c keeps it — and every node from there up to the root is ticked once more. A URI first seen as a
/// request and later as a referer stays where it was first requested, so chains of pages nest.
/// </summary>
public sealed class HttpSequenceStatistics : ITap
{
    private const string RootName = "HTTP Request Sequences";

    private readonly StatsTreeNode _root = new(RootName);
    private readonly Dictionary<string, StatsTreeNode> _nodeOfUri = new(StringComparer.Ordinal);
    private readonly Dictionary<StatsTreeNode, string> _uriOfNode = new(ReferenceEqualityComparer.Instance);
    /// <summary>Each node's parent; the root's is null (stats_tree's own root).</summary>
    private readonly Dictionary<StatsTreeNode, StatsTreeNode?> _parentOfNode = new(ReferenceEqualityComparer.Instance);
    /// <summary>packet-http.c's conv_data->full_uri: the last request's full URI per TCP or UDP conversation.</summary>
    private readonly Dictionary<(bool Udp, ulong Stream), string> _lastFullUri = new();
    private readonly TextWriter _output;
    private long _first = -1, _last;

    public HttpSequenceStatistics(TextWriter output)
    {
        _output = output;
        _parentOfNode[_root] = null; // the root's parent is stats_tree's own root: ticking stops there
    }

    public TapNeeds Needs => TapNeeds.EveryFrame;

    public IReadOnlyCollection<FieldDef> Fields { get; } =
    [
        HttpFields.Protocol, SsdpFields.Protocol, HttpFields.RequestMethod, HttpFields.RequestUri, HttpFields.RequestFullUri,
        HttpFields.Referer, HttpFields.Location, TcpFields.Stream, UdpFields.Stream,
    ];

    private struct Message
    {
        public bool Open, Request, HasRequestUri;
        public string? FullUri, Referer, Location;
        public (bool, ulong)? Conversation;
    }

    public void OnFrame(PacketContext packet)
    {
        long time = packet.RelativeTime;
        var tree = packet.Tree;
        (bool, ulong)? conversation = null;
        var message = new Message();
        int firstHttpSource = -1, firstHttpOffset = 0;
        foreach (ref readonly var node in tree.Nodes)
        {
            var field = node.Field;
            if (ReferenceEquals(field, TcpFields.Stream) || ReferenceEquals(field, UdpFields.Stream))
            {
                if (!message.Open)
                    conversation = (ReferenceEquals(field, UdpFields.Stream), node.Number);
            }
            else if (ReferenceEquals(field, HttpFields.Protocol) || ReferenceEquals(field, SsdpFields.Protocol))
            {
                if (message.Open)
                    End(message, time);
                message = new Message { Open = true, Conversation = conversation };
                if (firstHttpSource < 0)
                    (firstHttpSource, firstHttpOffset) = (node.Source, node.Offset);
            }
            else if (!message.Open)
            {
                continue;
            }
            else if (ReferenceEquals(field, HttpFields.RequestMethod))
            {
                message.Request = true;
            }
            else if (ReferenceEquals(field, HttpFields.RequestUri))
            {
                message.HasRequestUri = true;
            }
            else if (ReferenceEquals(field, HttpFields.RequestFullUri))
            {
                message.FullUri = Text(tree, node);
            }
            else if (ReferenceEquals(field, HttpFields.Referer))
            {
                message.Referer = Text(tree, node); // the last Referer header wins, as stat_info's
            }
            else if (ReferenceEquals(field, HttpFields.Location))
            {
                message.Location = LocationAsTapped(tree, node, node.Source == firstHttpSource ? firstHttpOffset : 0);
            }
        }
        if (message.Open)
            End(message, time);
    }

    /// <summary>One HTTP message as the http tap hands it to the statistic, after its headers.</summary>
    private void End(Message message, long time)
    {
        if (_first < 0)
            _first = time;
        _last = time;
        string? lastFullUri = message.Conversation is { } c ? _lastFullUri.GetValueOrDefault(c) : null;
        // HDR_LOCATION: only once the conversation has seen a request line; resolved against the previous request's URI.
        if (message.Location is { } target && lastFullUri is { } baseUri
            && ResolveLocation(baseUri, target) is { } absolute)
        {
            var referer = TickReferer(baseUri, time);
            TickRequest(absolute, referer, time);
            TickAncestors(referer, time);
        }
        if (message.Request && message.Referer is { } refererUri && message.FullUri is { } fullUri)
        {
            var referer = TickReferer(refererUri, time);
            TickRequest(fullUri, referer, time);
            TickAncestors(referer, time);
        }
        if (message.FullUri is { } full && message.Conversation is { } conversation)
            _lastFullUri[conversation] = full;
    }

    private StatsTreeNode TickReferer(string uri, long time)
    {
        if (!_nodeOfUri.TryGetValue(uri, out var node))
        {
            node = _root.Child(uri);
            _nodeOfUri[uri] = node;
            _uriOfNode[node] = uri;
            _parentOfNode[node] = _root;
        }
        node.Count(time);
        return node;
    }

    private void TickRequest(string uri, StatsTreeNode referer, long time)
    {
        var node = referer.Child(uri);
        node.Count(time);
        if (!_uriOfNode.TryGetValue(node, out var known))
        {
            _nodeOfUri[uri] = node;
            _uriOfNode[node] = uri;
            _parentOfNode[node] = referer;
        }
        else
        {
            _nodeOfUri[known] = node;
        }
    }

    private void TickAncestors(StatsTreeNode from, long time)
    {
        for (var node = from; node is not null && _parentOfNode.TryGetValue(node, out var parent); node = parent)
            node.Count(time);
    }

    /// <summary>
    /// determine_http_location_target: a Location resolved against the request's absolute URI with packet-http.c's
    /// shortcuts (empty, protocol-relative, absolute, query-only, absolute-path and relative forms), null when it fails.
    /// </summary>
    internal static string? ResolveLocation(string baseUrl, string location)
    {
        int schemeMark = baseUrl.IndexOf("://", StringComparison.Ordinal);
        if (schemeMark < 0)
            return null;
        if (location.Length == 0)
            return baseUrl;
        if (location.StartsWith("//", StringComparison.Ordinal))
            return Scheme(baseUrl) is { } scheme ? scheme + ":" + location : null;
        if (location.Contains("://", StringComparison.Ordinal))
            return location;
        int fragment = baseUrl.IndexOf('#');
        string noFragment = fragment < 0 ? baseUrl : baseUrl[..fragment];
        int query = noFragment.IndexOf('?');
        string noQuery = query < 0 ? noFragment : noFragment[..query];
        if (location.StartsWith('?'))
            return noQuery + location;
        int afterScheme = noQuery.IndexOf("://", StringComparison.Ordinal) + 3;
        if (location.StartsWith('/'))
        {
            if (afterScheme >= noQuery.Length)
                return null;
            int netlocEnd = noQuery.IndexOf('/', afterScheme);
            return netlocEnd < 0 ? null : noQuery[..netlocEnd] + location;
        }
        int endOfPath = noQuery.LastIndexOf('/');
        return endOfPath >= afterScheme ? noQuery[..endOfPath] + "/" + location : noQuery + "/" + location;
    }

    /// <summary>g_uri_parse_scheme: a letter, then letters, digits, '+', '-' or '.', up to a ':'.</summary>
    private static string? Scheme(string uri)
    {
        int colon = uri.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(uri[0]))
            return null;
        for (int i = 1; i < colon; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(uri[i]) || uri[i] is '+' or '-' or '.'))
                return null;
        }
        return uri[..colon];
    }

    /// <summary>
    /// The Location value as packet-http.c hands it to the tap: wmem_strndup(value, value_offset), so a value longer than
    /// its own offset in the data HTTP was given (the segment's payload, or the reassembled message) is cut to that many
    /// bytes. The offset is counted from the frame's first HTTP message in the same data source, the header line being
    /// taken to end in CRLF.
    /// </summary>
    private static string LocationAsTapped(FieldTree tree, in FieldNode node, int tvbStart)
    {
        var value = tree.ValueBytes(node);
        int valueOffset = node.Offset - tvbStart + node.Length - 2 - value.Length;
        if (valueOffset >= 0 && value.Length > valueOffset)
            value = value[..valueOffset];
        return Encoding.UTF8.GetString(value);
    }

    private static string Text(FieldTree tree, in FieldNode node) => Encoding.UTF8.GetString(tree.ValueBytes(node));

    public void OnEnd(CaptureModel model) => StatsTreeNode.Write(_output, "HTTP/Request Sequences", [_root], _first, _last);
}
