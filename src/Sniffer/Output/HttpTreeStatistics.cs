using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;
using Sniffer.Output.Statistics;

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

    private readonly FieldDef? _method;
    private readonly FieldDef? _code;
    private readonly FieldDef? _request;
    private readonly FieldDef? _response;
    private readonly string _title;

    private readonly StatsTreeNode _total;
    private readonly StatsTreeNode _requests;
    private readonly StatsTreeNode _responses;
    private readonly StatsTreeNode _other;
    /// <summary>Times of the first and last HTTP message: Wireshark's rate divides by the time between them.</summary>
    private long _first = -1, _last;

    public HttpTreeStatistics(TextWriter? output = null) : this(output, "http", "HTTP")
    {
    }

    /// <summary>
    /// The same tree over another HTTP-style protocol's fields (<paramref name="abbrev"/>.request.method,
    /// .response.code…), its name in the titles: Sniffer's <c>-z htcpcp,tree</c>, which tshark has not.
    /// </summary>
    private HttpTreeStatistics(TextWriter? output, string abbrev, string name)
    {
        _output = output;
        _title = name + "/Packet Counter";
        _method = FieldCatalog.Shared.Find(abbrev + ".request.method");
        _code = FieldCatalog.Shared.Find(abbrev + ".response.code");
        _request = FieldCatalog.Shared.Find(abbrev + ".request");
        _response = FieldCatalog.Shared.Find(abbrev + ".response");
        _total = new StatsTreeNode($"Total {name} Packets");
        // Created in Wireshark's order; equal counts are listed newest first, as its stats_tree sorts them.
        _requests = _total.Child($"{name} Request Packets");
        _responses = _total.Child($"{name} Response Packets");
        foreach (var cls in new[] { "1xx: Informational", "2xx: Success", "3xx: Redirection", "4xx: Client Error", "5xx: Server Error", ClassBroken })
            _responses.Child(cls);
        _other = _total.Child($"Other {name} Packets");
    }

    /// <summary><c>-z htcpcp,tree</c>: HTCPCP's requests by method and responses by status, shaped as http,tree.</summary>
    public static HttpTreeStatistics ForHtcpcp(TextWriter? output) => new(output, "htcpcp", "HTCPCP");

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
    internal static string MethodName(string method) => method.StartsWith("M-", StringComparison.Ordinal) ? method[2..] : method;

    public void Write(TextWriter output) => StatsTreeNode.Write(output, _title, [_total], _first, _last);
}
