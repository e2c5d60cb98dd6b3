using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Output;

/// <summary>
/// tshark's <c>-z http,tree</c> ("HTTP/Packet Counter"): HTTP messages counted by request method and by
/// response status class and code, printed in Wireshark's stats_tree layout (counts, rate per ms,
/// percent of the parent, burst rate over 100 ms windows). Reads only the field tree.
/// </summary>
public sealed class HttpTreeStatistics : ITap
{
    private readonly TextWriter? _output;

    public TapNeeds Needs => TapNeeds.EveryFrame;
    IReadOnlyCollection<FieldDef> ITap.Fields => Fields.ToArray();
    public void OnFrame(PacketContext packet) => Add(packet);
    public void OnEnd(CaptureModel model) => Write(_output ?? throw new InvalidOperationException("no output"));

    private const string ClassBroken = "???: broken";

    private readonly FieldDef? _method = FieldCatalog.Shared.Find("http.request.method");
    private readonly FieldDef? _code = FieldCatalog.Shared.Find("http.response.code");
    private readonly FieldDef? _request = FieldCatalog.Shared.Find("http.request");
    private readonly FieldDef? _response = FieldCatalog.Shared.Find("http.response");

    private readonly Node _total = new("Total HTTP Packets", null);
    private readonly Node _requests;
    private readonly Node _responses;
    private readonly Node _other;
    /// <summary>Times of the first and last HTTP message: Wireshark's rate divides by the time between them.</summary>
    private long _first = -1, _last;

    public HttpTreeStatistics(TextWriter? output = null)
    {
        _output = output;
        // Created in Wireshark's order; equal counts are listed newest first, as its stats_tree sorts them.
        _requests = _total.Child("HTTP Request Packets");
        _responses = _total.Child("HTTP Response Packets");
        foreach (var name in new[] { "1xx: Informational", "2xx: Success", "3xx: Redirection", "4xx: Client Error", "5xx: Server Error", ClassBroken })
            _responses.Child(name);
        _other = _total.Child("Other HTTP Packets");
    }

    /// <summary>The fields this statistic reads (so a restricted tree keeps them).</summary>
    public IEnumerable<FieldDef> Fields => new[] { _method, _code, _request, _response }.OfType<FieldDef>();

    public void Add(PacketContext packet)
    {
        long time = packet.RelativeTime;
        var tree = packet.Tree;
        string? code = null;
        for (int i = 0; i < tree.Count; i++)
        {
            ref readonly var node = ref tree[i];
            var field = node.Field;
            if (ReferenceEquals(field, _method))
            {
                Seen(time);
                _total.Count(time);
                _requests.Count(time);
                _requests.Child(MethodName(Text(tree, node))).Count(time);
            }
            else if (ReferenceEquals(field, _code))
            {
                code = node.Number.ToString(CultureInfo.InvariantCulture);
                ulong value = node.Number;
                Seen(time);
                _total.Count(time);
                _responses.Count(time);
                string cls = value switch
                {
                    >= 100 and < 200 => "1xx: Informational",
                    >= 200 and < 300 => "2xx: Success",
                    >= 300 and < 400 => "3xx: Redirection",
                    >= 400 and < 500 => "4xx: Client Error",
                    >= 500 and < 600 => "5xx: Server Error",
                    _ => ClassBroken,
                };
                var classNode = _responses.Child(cls);
                classNode.Count(time);
                // Wireshark names the code from its own table, not from the phrase the server sent.
                classNode.Child($"{code} {Dissectors.Protocols.Http.HttpStatusCodes.Describe((int)value)}").Count(time);
            }
        }
    }

    private void Seen(long time)
    {
        if (_first < 0)
            _first = time;
        _last = time;
    }

    private static string Text(FieldTree tree, in FieldNode node) => Encoding.UTF8.GetString(tree.ValueBytes(node));

    /// <summary>HTTP's tap reports an RFC 2774 mandatory method ("M-SEARCH", SSDP's) without its "M-" prefix.</summary>
    private static string MethodName(string method) => method.StartsWith("M-", StringComparison.Ordinal) ? method[2..] : method;

    public void Write(TextWriter output)
    {
        double durationMs = _first < 0 ? 0 : (_last - _first) / 1e6;
        var rows = new List<(int Depth, Node Node, long ParentCount)>();
        Collect(_total, 0, _total.Total, rows);
        int nameWidth = Math.Max("Topic / Item".Length, rows.Max(r => r.Depth + r.Node.Name.Length)) + 2;
        var sb = new StringBuilder();
        int lineWidth = nameWidth + 14 * 7 + 13;
        sb.Append('\n').Append('=', lineWidth).Append('\n');
        sb.Append("HTTP/Packet Counter:\n");
        sb.Append("Topic / Item".PadRight(nameWidth));
        foreach (var h in new[] { "Count", "Average", "Min Val", "Max Val", "Rate (ms)", "Percent", "Burst Rate" })
            sb.Append(h.PadRight(14));
        sb.Append("Burst Start".PadRight(13)).Append('\n');
        sb.Append('-', lineWidth).Append('\n');
        foreach (var (depth, node, parentCount) in rows)
        {
            sb.Append((new string(' ', depth) + node.Name).PadRight(nameWidth));
            sb.Append(node.Total.ToString(CultureInfo.InvariantCulture).PadRight(14));
            sb.Append(' ', 14 * 3);
            // With no time elapsed Wireshark leaves the rate blank, and the percent of a parent that counted nothing.
            string rate = durationMs > 0 ? (node.Total / durationMs).ToString("F4", CultureInfo.InvariantCulture) : "";
            sb.Append(rate.PadRight(14));
            string percent = depth == 0 ? "100%"
                : parentCount > 0 ? (node.Total * 100.0 / parentCount).ToString("F2", CultureInfo.InvariantCulture) + "%" : "";
            sb.Append(percent.PadRight(14));
            if (node.Total > 0)
            {
                sb.Append((node.BurstMax / 100.0).ToString("F4", CultureInfo.InvariantCulture).PadRight(14));
                sb.Append((node.BurstStart / 1e9).ToString("F3", CultureInfo.InvariantCulture).PadRight(13));
            }
            else
            {
                sb.Append("-".PadRight(14)).Append("-".PadRight(13));
            }
            sb.Append('\n');
        }
        sb.Append('\n').Append('-', lineWidth).Append('\n');
        output.Write(sb.ToString());
    }

    private static void Collect(Node node, int depth, long parentCount, List<(int, Node, long)> rows)
    {
        rows.Add((depth, node, parentCount));
        var children = node.Children.OrderByDescending(c => c.Total).ThenByDescending(c => c.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var child in children)
            Collect(child, depth + 1, node.Total, rows);
    }

    /// <summary>
    /// A stats_tree node. Bursts are counted as Wireshark does: 5 ms buckets, a 100 ms window, a first empty
    /// bucket at time 0, and the burst start is the start of the oldest bucket still in the window when the
    /// count reached its maximum.
    /// </summary>
    private sealed class Node(string name, Node? parent)
    {
        private const double BucketMs = 5, WindowBuckets = 100 / BucketMs;
        private readonly LinkedList<(double Bucket, long Start, long Count)> _buckets = new([(0, 0, 0)]);
        private long _inWindow;

        public string Name { get; } = name;
        public Node? Parent { get; } = parent;
        public List<Node> Children { get; } = new();
        public long Total { get; private set; }
        public long BurstMax { get; private set; }
        public long BurstStart { get; private set; }

        public Node Child(string name)
        {
            foreach (var c in Children)
                if (c.Name == name)
                    return c;
            var child = new Node(name, this);
            Children.Add(child);
            return child;
        }

        public void Count(long time)
        {
            Total++;
            double bucket = Math.Floor(time / 1e6 / BucketMs);
            var tail = _buckets.Last!;
            if (bucket > tail.Value.Bucket)
            {
                _buckets.AddLast((bucket, time, 1));
                while (bucket >= _buckets.First!.Value.Bucket + WindowBuckets)
                {
                    _inWindow -= _buckets.First.Value.Count;
                    _buckets.RemoveFirst();
                }
            }
            else
            {
                tail.Value = (tail.Value.Bucket, Math.Min(tail.Value.Start, time), tail.Value.Count + 1);
            }
            _inWindow++;
            if (_inWindow > BurstMax)
            {
                BurstMax = _inWindow;
                BurstStart = _buckets.First!.Value.Start;
            }
        }
    }
}
