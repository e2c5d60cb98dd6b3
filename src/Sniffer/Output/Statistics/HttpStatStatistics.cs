using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Output.Statistics;

/// <summary>
/// tshark's <c>-z http,stat[,FILTER]</c> (ui/cli/tap-httpstat.c): responses counted by status code, a code outside
/// packet-http.c's table under its class's "Others" row (none below 100 or from 600), and requests by method. tshark
/// prints both GHashTables as they lie in memory, so the rows come in GLib's bucket order: the status table keyed by
/// the code (g_direct_hash) with every known code inserted in the table's order, the methods keyed by their text
/// (g_str_hash) inserted as first seen; <see cref="GLibHashTable{TKey}"/> reproduces that order.
/// </summary>
public sealed class HttpStatStatistics : ITap
{
    private readonly TextWriter _output;
    private readonly StatisticFilter? _filter;
    private readonly Dictionary<int, long> _responses = new();
    private readonly Dictionary<string, long> _requests = new(StringComparer.Ordinal);
    private readonly GLibHashTable<string> _methodOrder = new(GLibHashTable<string>.StringHash, StringComparer.Ordinal);

    public HttpStatStatistics(TextWriter output, StatisticFilter? filter)
    {
        _output = output;
        _filter = filter;
        Fields = [.. HttpMessageScan.Fields, .. filter?.ReferencedFields ?? []];
    }

    public TapNeeds Needs => TapNeeds.EveryFrame;
    public IReadOnlyCollection<FieldDef> Fields { get; }

    public void OnFrame(PacketContext packet)
    {
        if (_filter is not null && !_filter.Matches(packet.Tree))
            return;
        HttpMessageScan.ForEach(packet.Tree, Count);
    }

    private void Count(HttpMessageScan.Message message)
    {
        if (message.Code != 0)
        {
            int key = message.Code;
            if (!HttpStatusCodes.IsKnown(key))
            {
                if (key is < 100 or >= 600)
                    return;
                key = key / 100 * 100 + 99; // the class's "Others" row
            }
            _responses[key] = _responses.GetValueOrDefault(key) + 1;
        }
        else if (message.Method is { } line)
        {
            string method = HttpTreeStatistics.MethodName(line);
            if (_requests.TryGetValue(method, out long n))
            {
                _requests[method] = n + 1;
                return;
            }
            _requests[method] = 1;
            _methodOrder.Add(method);
        }
    }

    public void OnEnd(CaptureModel model)
    {
        var culture = CultureInfo.InvariantCulture;
        const string rule = "===================================================================\n";
        var sb = new StringBuilder("\n").Append(rule);
        sb.Append(_filter is null ? "HTTP Statistics\n" : $"HTTP Statistics with filter {_filter.Text}\n");
        sb.Append("* HTTP Response Status Codes                Packets\n");
        foreach (int code in StatusOrder)
        {
            if (_responses.TryGetValue(code, out long n))
                sb.Append(culture, $"  {code,3} {HttpStatusCodes.Describe(code),-35} {n,9}\n");
        }
        sb.Append("* HTTP Request Methods                      Packets\n");
        foreach (string method in _methodOrder.InForeachOrder())
            sb.Append(culture, $"  {method,-39} {_requests[method],9} \n");
        sb.Append(rule);
        _output.Write(sb.ToString());
    }

    /// <summary>The status codes in the order tshark's table of them walks: the same for every run.</summary>
    private static readonly int[] StatusOrder = BuildStatusOrder();

    private static int[] BuildStatusOrder()
    {
        var table = new GLibHashTable<int>(code => (uint)code, EqualityComparer<int>.Default);
        foreach (var (code, _) in HttpStatusCodes.Table)
            table.Add(code);
        return [.. table.InForeachOrder()];
    }
}
