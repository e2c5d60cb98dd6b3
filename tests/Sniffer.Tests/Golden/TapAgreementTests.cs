using System.Globalization;
using System.Text.RegularExpressions;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Golden;

/// <summary>
/// Issue 8: every consumer is a tap on the one field tree and connection model, so facts two outputs both print agree
/// — and -z http,connections lists the exchanges tshark's own HTTP fields show, over plain TCP and over decrypted TLS.
/// </summary>
public partial class TapAgreementTests
{
    public static IEnumerable<object[]> AllCaptures() => FoundationGoldenTests.SampleCaptures().Concat(FoundationGoldenTests.SharedCaptures());

    [Theory]
    [MemberData(nameof(AllCaptures))]
    public void Fields_conversations_http_tree_and_http_connections_agree(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        string[] fields = ["frame.number", "tcp.stream", "http.request", "http.response", "htcpcp.request", "htcpcp.response", "http.notification"];
        var (code, output) = SnifferRunner.Read(file, fields, keyLog: Corpus.KeyLogFor(file),
            statistics: ["conv,tcp", "http,tree", "http,connections"]);
        Assert.Equal(0, code);
        var lines = output.Split('\n');

        // -T fields: one line per frame after the header, until the first statistic's rule.
        var rows = lines.Skip(1).TakeWhile(l => l.Length > 0 && !l.StartsWith('=')).Select(l => l.Split('\t')).ToList();
        var streams = rows.Where(r => r[1].Length > 0).Select(r => r[1]).ToHashSet();
        int Count(int column) => rows.Sum(r => r[column].Length == 0 ? 0 : r[column].Split(',').Length);
        // http,connections reports TCP connections: HTTP over UDP (SSDP) is in the fields and the tree, not in the report.
        var requestFrames = rows.Where(r => r[1].Length > 0 && (r[2].Length > 0 || r[4].Length > 0)).Select(r => r[0]).ToHashSet();
        var responseFrames = rows.Where(r => r[1].Length > 0 && (r[3].Length > 0 || r[5].Length > 0)).Select(r => r[0]).ToHashSet();

        // -z conv,tcp: one row per tcp.stream.
        int conversations = lines.Count(l => ConversationRow().IsMatch(l));
        Assert.Equal(streams.Count, conversations);

        // -z http,tree counts HTTP requests (notifications, SSDP's NOTIFY, among them) and responses as the fields do
        // (HTCPCP is not HTTP there).
        Assert.Equal(Count(2) + Count(6), TreeCount(lines, "HTTP Request Packets"));
        Assert.Equal(Count(3), TreeCount(lines, "HTTP Response Packets"));

        // -z http,connections lists each request and response on the frame the fields show it, in a stream that exists.
        var report = lines.SkipWhile(l => l != "HTTP Connections").ToList();
        var reportRequests = report.SelectMany(l => RequestFrame().Matches(l).Select(m => m.Groups[1].Value)).ToHashSet();
        var reportResponses = report.SelectMany(l => ResponseFrame().Matches(l).Select(m => m.Groups[1].Value)).ToHashSet();
        var reportStreams = report.Select(l => StreamLine().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.Subset(streams, reportStreams.ToHashSet());
        Assert.Equal(requestFrames.Order(), reportRequests.Order());
        Assert.Equal(responseFrames.Order(), reportResponses.Order());
    }

    [TsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SampleCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Http_connections_lists_the_exchanges_tshark_shows_on_sample_captures(string relativePath) => AssertExchangesMatchTshark(relativePath);

    [CorpusTsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SharedCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Http_connections_lists_the_exchanges_tshark_shows_on_the_shared_corpus(string relativePath) => AssertExchangesMatchTshark(relativePath);

    /// <summary>The independent oracle: tshark's http.request/response frames per tcp.stream (decrypted with the key log).</summary>
    private static void AssertExchangesMatchTshark(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        if (Path.GetFileName(file).StartsWith("htcpcp", StringComparison.Ordinal))
            return; // tshark has no HTCPCP: no oracle for its exchanges
        var tshark = ExternalTools.Tshark(["-n", "-r", file, "-T", "fields", "-e", "frame.number", "-e", "tcp.stream", "-e", "http.request.method",
            "-e", "http.request.uri", "-e", "http.response.code", .. FoundationGoldenTests.TsharkKeyLog(file)]);
        Assert.Equal(0, tshark.ExitCode);
        var expected = new List<string>();
        foreach (var line in tshark.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var c = line.Split('\t');
            if (c[1].Length == 0)
                continue; // HTTP over UDP (SSDP): the report lists TCP connections
            var methods = c[2].Split(',', StringSplitOptions.RemoveEmptyEntries);
            var uris = c[3].Split(',', StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < methods.Length; i++)
                expected.Add($"{c[1]} request {methods[i]} {(i < uris.Length ? uris[i] : "")} {c[0]}");
            foreach (var status in c[4].Split(',', StringSplitOptions.RemoveEmptyEntries))
                expected.Add($"{c[1]} response {status} {c[0]}");
        }

        var (code, output) = SnifferRunner.Read(file, [], keyLog: Corpus.KeyLogFor(file), statistics: ["http,connections"], quiet: true);
        Assert.Equal(0, code);
        var actual = new List<string>();
        string stream = "";
        foreach (var line in output.Split('\n'))
        {
            var s = StreamLine().Match(line);
            if (s.Success)
            {
                stream = s.Groups[1].Value;
                continue;
            }
            var exchange = ExchangeLine().Match(line);
            if (!exchange.Success)
                continue;
            if (exchange.Groups["method"].Value != "(no request)")
                actual.Add($"{stream} request {exchange.Groups["method"].Value} {exchange.Groups["uri"].Value} {exchange.Groups["rf"].Value}");
            if (exchange.Groups["code"].Success)
                actual.Add($"{stream} response {exchange.Groups["code"].Value} {exchange.Groups["sf"].Value}");
        }
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    private static long TreeCount(string[] lines, string label)
    {
        var line = lines.FirstOrDefault(l => l.TrimStart().StartsWith(label, StringComparison.Ordinal));
        if (line is null)
            return 0;
        var cells = line.Trim()[label.Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return long.Parse(cells[0], CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^\S+\s+<->\s+\S+\s+\d+ ")]
    private static partial Regex ConversationRow();

    [GeneratedRegex(@"^  \S.* \[frame (\d+)\](?: ->|$)")]
    private static partial Regex RequestFrame();

    [GeneratedRegex(@"-> .* \[frame (\d+)\]")]
    private static partial Regex ResponseFrame();

    [GeneratedRegex(@"^tcp\.stream (\d+): ")]
    private static partial Regex StreamLine();

    [GeneratedRegex(@"^  (?<method>\(no request\)|\S+) (?<uri>\S*) ?\S*(?: \[frame (?<rf>\d+)\])? -> (?:no response|(?<code>\d+) .*\[frame (?<sf>\d+)\])")]
    private static partial Regex ExchangeLine();
}
