using System.Text;
using Sniffer.Dissectors.Filter;
using Sniffer.Dissectors.Model;
using Sniffer.Tests.Golden;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Filter;

/// <summary>
/// Issue 15's conformance suite: every filter of valid-filters.txt (every operator, type, function, slice, set,
/// layer, literal form and the lab filters) selects exactly the frames live tshark 4.0.17 selects, on every capture
/// of ../shared/corpus and sample_captures, read with the key log beside it. tshark has no HTCPCP: both tools read
/// the captures with HTCPCP off, and the filters naming htcpcp are checked against what Sniffer's own HTCPCP
/// dissection marks, combined with tshark's answers for the rest of the filter.
/// </summary>
public sealed class DisplayFilterConformanceTests
{
    private static bool NamesHtcpcp(string filter) => filter.Contains("htcpcp", StringComparison.Ordinal);

    [CorpusTsharkTheory]
    [MemberData(nameof(FilterHarness.SharedCaptures), MemberType = typeof(FilterHarness))]
    public void Valid_filters_select_the_frames_tshark_selects_on_the_shared_corpus(string relativePath) => AssertSameFrames(relativePath);

    [TsharkTheory]
    [MemberData(nameof(FilterHarness.SampleCaptures), MemberType = typeof(FilterHarness))]
    public void Valid_filters_select_the_frames_tshark_selects_on_sample_captures(string relativePath) => AssertSameFrames(relativePath);

    [Fact]
    public void The_suite_covers_at_least_200_valid_and_40_invalid_filters()
    {
        Assert.True(FilterHarness.ValidFilters.Count >= 200, $"{FilterHarness.ValidFilters.Count} valid filters");
        Assert.True(FilterHarness.InvalidFilters.Count >= 40, $"{FilterHarness.InvalidFilters.Count} invalid filters");
        foreach (var filter in FilterHarness.ValidFilters)
        {
            var result = DisplayFilter.Compile(filter, FieldCatalog.Shared);
            Assert.True(result.Succeeded, $"{filter}: {result.Error?.Message}");
        }
    }

    /// <summary>
    /// Every protocol and field Sniffer declares (HTCPCP's aside: tshark has none) is a filter both tshark and
    /// Sniffer accept, so a new declaration of a type the filter language does not know, or under a name tshark does
    /// not have, is caught here. Experts are compiled by Sniffer only: some are named after no tshark expert.
    /// </summary>
    [TsharkFact]
    public void Every_declared_name_is_a_filter_tshark_and_sniffer_accept()
    {
        foreach (var expert in FieldCatalog.Shared.All.OfType<ExpertDef>())
            Assert.True(DisplayFilter.Compile(expert.Abbrev, FieldCatalog.Shared).Succeeded, expert.Abbrev);
        // _ws.col.No. is a field for -e only: its trailing dot makes it no filter name, and tshark 4.0 refuses it as
        // Sniffer does ("." was unexpected in this context).
        var names = FieldCatalog.Shared.All.Where(f => f is not ExpertDef).Select(f => f.Abbrev)
            .Where(a => !NamesHtcpcp(a) && a != ColumnFields.Number.Abbrev)
            .Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var name in names)
        {
            var result = DisplayFilter.Compile(name, FieldCatalog.Shared);
            Assert.True(result.Succeeded, $"{name}: {result.Error?.Message}");
        }
        // The column fields (_ws.col, _ws.col.Info…) are fields for -e in tshark 4.0 and no filters there (4.2 made them
        // filters); issue 13 asks for them in filters too, so Sniffer compiles them (above) and tshark is not asked.
        names = names.Where(n => n != ColumnFields.Protocol.Abbrev && !n.StartsWith(ColumnFields.Prefix, StringComparison.Ordinal)).ToList();
        string list = Path.Combine(Path.GetTempPath(), "sniffer-declared-names.txt");
        File.WriteAllText(list, string.Join("\n", names) + "\n");
        var tshark = FilterHarness.TsharkFrames(Path.Combine(Corpus.SampleCaptures, "tcp-echo.pcapng"), list, names);
        var refused = names.Where(n => !tshark.TryGetValue(n, out var answer) || answer.StartsWith("ERROR", StringComparison.Ordinal)).ToList();
        Assert.True(refused.Count == 0, "tshark 4.0 has no filter named: " + string.Join(", ", refused));
    }

    private static void AssertSameFrames(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        var filters = FilterHarness.ValidFilters;
        var expected = FilterHarness.TsharkFrames(file, FilterHarness.ValidListFile, filters);
        var actual = FilterHarness.SnifferFrames(file, filters.Where(f => !NamesHtcpcp(f)).ToList(), FoundationGoldenTests.TsharkHasNo);
        foreach (var (filter, frames) in HtcpcpExpectations(file, expected))
        {
            expected[filter] = frames;
            actual[filter] = FilterHarness.SnifferFrames(file, [filter], [])[filter];
        }

        var report = new StringBuilder();
        int differences = 0;
        foreach (var filter in filters)
        {
            string want = expected.GetValueOrDefault(filter, "(no answer from tshark)");
            string got = actual.GetValueOrDefault(filter, "(not run)");
            if (want == got)
                continue;
            if (++differences <= 15)
                report.Append("\n  ").Append(filter).Append("\n    tshark:  ").Append(want).Append("\n    sniffer: ").Append(got);
        }
        Assert.True(differences == 0, $"{relativePath}: {differences} filter(s) select other frames than tshark 4.0:{report}");
    }

    /// <summary>
    /// What the filters naming htcpcp must select: the frames Sniffer's HTCPCP dissection marks (read straight from
    /// the trees, not through the filter engine), combined with tshark's frames for the plain parts of the filter.
    /// </summary>
    private static IEnumerable<(string Filter, string Frames)> HtcpcpExpectations(string file, IReadOnlyDictionary<string, string> tshark)
    {
        var all = new SortedSet<long>();
        var htcpcp = new SortedSet<long>();
        var requests = new SortedSet<long>();
        var brew = new SortedSet<long>();
        FilterHarness.Dissect(file, [], (number, tree) =>
        {
            all.Add(number);
            foreach (var node in tree.Nodes)
            {
                switch (node.Field.Abbrev)
                {
                    case "htcpcp":
                        htcpcp.Add(number);
                        break;
                    case "htcpcp.request":
                        requests.Add(number);
                        break;
                    case "htcpcp.request.method" when Encoding.UTF8.GetString(tree.ValueBytes(node)) == "BREW":
                        brew.Add(number);
                        break;
                }
            }
        });
        SortedSet<long> Tshark(string filter) => new(tshark[filter].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse));
        var expectations = new Dictionary<string, IEnumerable<long>>
        {
            ["htcpcp or (tcp.port == 5031)"] = htcpcp.Union(Tshark("tcp.port == 5031")),
            ["htcpcp"] = htcpcp,
            ["htcpcp and tcp.port == 5030"] = htcpcp.Intersect(Tshark("tcp.port == 5030")),
            ["!htcpcp"] = all.Except(htcpcp),
            ["htcpcp.request"] = requests,
            ["htcpcp.request.method == \"BREW\""] = brew,
        };
        foreach (var filter in FilterHarness.ValidFilters.Where(NamesHtcpcp))
        {
            Assert.True(expectations.TryGetValue(filter, out var frames), $"no HTCPCP expectation for {filter}");
            yield return (filter, FilterHarness.Format(frames));
        }
    }

    /// <summary>The batch runs one Listener per filter; on these filters it selects exactly what `tshark -Y` does.</summary>
    [TsharkFact]
    public void A_tshark_listener_selects_what_dash_Y_selects()
    {
        string[] filters =
        [
            "http", "tcp.port == 8080", "tcp.flags.syn == 1 && tcp.flags.ack == 0", "http.request.method == \"GET\"",
            "!(tcp.len > 0)", "tcp.payload[0:4] == \"HTTP\"", "frame.number in {1..3, 7}", "http.content_length > 100",
        ];
        string list = WriteList("listener-check", filters);
        foreach (var name in (string[])["http11-keepalive.pcapng", "http-login-cookies.pcapng"])
        {
            string file = Path.Combine(Corpus.SampleCaptures, name);
            var batch = FilterHarness.TsharkFrames(file, list, filters);
            foreach (var filter in filters)
            {
                var single = ExternalTools.Tshark(["-n", "-r", file, "-Y", filter, "-T", "fields", "-e", "frame.number"]);
                Assert.Equal(0, single.ExitCode);
                string frames = string.Join(" ", single.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries));
                Assert.True(frames == batch[filter], $"{name}: {filter}: -Y selects [{frames}], the listener [{batch[filter]}]");
            }
        }
    }

    /// <summary>Filters with display-filter macros: tshark's listeners do not expand them, so each is asked with -Y.</summary>
    [TsharkTheory]
    [InlineData("${private_ipv4:ip.src}")]
    [InlineData("${private_ethernet:eth.src}")]
    [InlineData("${private_ipv6:ipv6.src}")]
    [InlineData("${private_ipv4:ip.dst} and tcp.port == 8080")]
    public void Macros_expand_as_in_tshark(string filter)
    {
        foreach (var name in (string[])["veth-ethernet.pcapng", "http11-keepalive.pcapng"])
        {
            string file = Path.Combine(Corpus.SampleCaptures, name);
            var single = ExternalTools.Tshark(["-n", "-r", file, "-Y", filter, "-T", "fields", "-e", "frame.number"]);
            Assert.Equal(0, single.ExitCode);
            string expected = string.Join(" ", single.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            var actual = FilterHarness.SnifferFrames(file, [filter], FoundationGoldenTests.TsharkHasNo)[filter];
            Assert.Equal(expected, actual);
        }
    }

    /// <summary>A list file whose path and content stay the same from run to run, so tshark's answers stay cached.</summary>
    private static string WriteList(string name, IEnumerable<string> filters)
    {
        string dir = Path.Combine(Path.GetTempPath(), "sniffer-filter-lists");
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, name + ".txt");
        string content = string.Join("\n", filters) + "\n";
        if (!File.Exists(path) || File.ReadAllText(path) != content)
            File.WriteAllText(path, content);
        return path;
    }
}
