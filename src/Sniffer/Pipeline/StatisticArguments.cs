using Sniffer.Dissectors.Taps;
using Sniffer.Output;
using Sniffer.Output.Statistics;

namespace Sniffer.Pipeline;

/// <summary>
/// tshark's <c>-z</c> arguments: each names a statistic and, after a comma, its own arguments (a display filter that
/// chooses the frames it counts, an interval, a stream). An argument Sniffer does not have is refused with the list of
/// those it has; a bad argument of a known statistic in tshark's words where tshark has them.
/// </summary>
public static class StatisticArguments
{
    /// <summary>The statistics -z knows, for the error message.</summary>
    public const string Known =
        "conv,eth|ip|ipv6|tcp|udp, endpoints,eth|ip|ipv6|tcp|udp, expert[,error|warn|note|chat|comment], io,stat,INTERVAL[,COLUMN…], io,phs, http,tree, http,stat[,FILTER], http_req,tree, http_seq,tree, http_srv,tree, htcpcp,tree, credentials, http,connections, follow,tcp,ascii|hex|raw|yaml,STREAM|ADDR:PORT,ADDR:PORT";

    /// <summary>The tap for one -z argument, or null with the reason.</summary>
    public static ITap? Create(string argument, StatisticContext context, out string? error)
    {
        error = null;
        if (TryLayer(argument, "conv,", out var kind, out string? filterText))
            return WithFilter(filterText, context, f => new ConversationStatistics(context, kind, f), "Couldn't register conversations tap: {0}", out error);
        if (TryLayer(argument, "endpoints,", out kind, out filterText))
            return WithFilter(filterText, context, f => new EndpointStatistics(context, kind, f), "Couldn't register endpoint tap: {0}", out error);
        if (argument.StartsWith("io,stat,", StringComparison.Ordinal) || argument == "io,stat")
            return argument == "io,stat"
                ? Refuse("invalid \"-z io,stat,<interval>[,<filter>][,<filter>]...\" argument", out error)
                : IoStatistics.TryCreate(argument, context, out error);
        if (argument == "http,stat" || argument.StartsWith("http,stat,", StringComparison.Ordinal))
            return WithFilter(argument.Length > 10 ? argument[10..] : null, context, f => new HttpStatStatistics(context.Output, f),
                "Couldn't register http,stat tap: {0}", out error);
        if (ExpertStatistics.TryParse(argument, out var lowest, out filterText))
            return WithFilter(filterText, context, f => new ExpertStatistics(context, lowest, f), "Expert tap error ({0})!", out error);
        ITap? tap = argument switch
        {
            "http,tree" => new HttpTreeStatistics(context.Output),
            "http_req,tree" => new HttpRequestStatistics(context.Output),
            "http_seq,tree" => new HttpSequenceStatistics(context.Output),
            "htcpcp,tree" => HttpTreeStatistics.ForHtcpcp(context.Output),
            "credentials" => new CredentialsStatistics(context.Output),
            "http_srv,tree" => new HttpServerStatistics(context.Output),
            "io,phs" => new ProtocolHierarchyStatistics(context.Output),
            "http,connections" => new HttpConnectionsReport(context.Output),
            _ => FollowRequest.TryParse(argument, out var stream, out var mode, out var endpoints, out error)
                ? new FollowTcpPrinter(stream, mode, context.Output) { Endpoints = endpoints }
                : null,
        };
        if (tap is null && error is null)
            error = $"Invalid -z argument \"{argument}\"; the statistics Sniffer has: {Known}";
        return tap;
    }

    private static ITap? Refuse(string message, out string? error)
    {
        error = message;
        return null;
    }

    /// <summary>"conv,ip", "conv,ip,FILTER": the layer and the filter text (null without one).</summary>
    private static bool TryLayer(string argument, string prefix, out ConversationKind kind, out string? filter)
    {
        kind = default;
        filter = null;
        if (!argument.StartsWith(prefix, StringComparison.Ordinal))
            return false;
        string rest = argument[prefix.Length..];
        int comma = rest.IndexOf(',');
        string layer = comma < 0 ? rest : rest[..comma];
        if (comma >= 0)
            filter = rest[(comma + 1)..];
        switch (layer)
        {
            case "eth": kind = ConversationKind.Ethernet; return true;
            case "ip": kind = ConversationKind.Ipv4; return true;
            case "ipv6": kind = ConversationKind.Ipv6; return true;
            case "tcp": kind = ConversationKind.Tcp; return true;
            case "udp": kind = ConversationKind.Udp; return true;
            default: return false;
        }
    }

    /// <summary>
    /// Makes the tap with its compiled filter (none for an absent or empty one); null with the reason, in the statistic's
    /// own words (<paramref name="refusal"/>, "{0}" standing for tshark's "Filter … is invalid" text), when it is refused.
    /// </summary>
    private static ITap? WithFilter(string? text, StatisticContext context, Func<StatisticFilter?, ITap> make,
        [System.Diagnostics.CodeAnalysis.StringSyntax(System.Diagnostics.CodeAnalysis.StringSyntaxAttribute.CompositeFormat)] string refusal,
        out string? error)
    {
        error = null;
        if (string.IsNullOrEmpty(text))
            return make(null);
        var (filter, refused) = context.Compile(text);
        if (filter is null)
        {
            error = string.Format(System.Globalization.CultureInfo.InvariantCulture, refusal, refused);
            return null;
        }
        return make(filter);
    }
}
