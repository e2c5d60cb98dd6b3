using Sniffer.Analysis;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;
using Sniffer.Files;
using Sniffer.Pipeline;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Analysis;

/// <summary>
/// Large captures: one pass whose memory follows the open connections (the tap lets each connection go when the run
/// does), top-N limits that keep the biggest connections and count the rest, port reuse as tshark flags it, and -Y
/// through the run's filter seam counting only the frames it selects.
/// </summary>
public class AnalysisLimitTests
{
    private static string Temp(string name) => Path.Combine(Directory.CreateTempSubdirectory("sniffer-analyze-").FullName, name);

    [Fact]
    public void Connections_are_let_go_as_they_end_so_open_ones_bound_the_memory()
    {
        string file = ManyConnectionsCapture.Write(Temp("many.pcap"), 3000, gapMicroseconds: 50);
        var options = new AnalysisOptions { Limits = new AnalysisLimits { MaxConnections = 25, MaxTransactions = 40, MaxArrows = 60 } };
        var tap = new AnalysisTap(options);
        var registry = ReadPipeline.CreateRegistry(new ReadSettings { File = file }, new Dissectors.Protocols.Tls.Crypto.KeyLog(), out _)!;
        var run = new DissectionRun(registry, [tap]);
        int most = 0;
        using (var reader = CaptureFileReader.Open(file))
            while (reader.TryReadNext(out var frame))
            {
                run.Process(frame);
                most = Math.Max(most, tap.OpenConnections);
            }
        run.Finish();
        // Closed connections linger in the conversation table (at most 256 of them) before they are let go.
        Assert.InRange(most, 1, Dissectors.Streams.TcpConversationTable.MaxLingering + 2);
        Assert.Equal(0, tap.OpenConnections);

        var report = tap.Report!;
        Assert.Equal(25, report.Connections.Count);
        Assert.Equal(3000 - 25, report.Omitted.Connections);
        Assert.Equal(3000L * ManyConnectionsCapture.FramesPerConnection, report.Connections.Sum(c => c.Frames) + report.Omitted.ConnectionFrames);
        Assert.Equal(25, report.Transactions.Count);
        Assert.Equal(3000 - 25, report.Omitted.Transactions);
        Assert.Equal(60, report.Flow.Count);
        Assert.Equal(3000L * ManyConnectionsCapture.ArrowsPerConnection - 60, report.Omitted.Arrows);
        Assert.Contains(TextReportWriter.HeaderLines(report), l => l.StartsWith("left out: 2975 smaller connections", StringComparison.Ordinal));
    }

    [Fact]
    public void The_connections_kept_are_those_with_the_most_bytes()
    {
        // http11-keepalive's one connection is far bigger than each of htcpcp-brew's; keep the top 3 of the pot's.
        var all = AnalysisRunner.Analyze(Path.Combine(Corpus.SampleCaptures, "htcpcp-brew.pcapng"));
        var top = AnalysisRunner.Analyze(Path.Combine(Corpus.SampleCaptures, "htcpcp-brew.pcapng"), limits: new AnalysisLimits { MaxConnections = 3 });
        var expected = all.Connections.OrderByDescending(c => c.Bytes).ThenBy(c => c.Stream).Take(3).Select(c => c.Stream).Order();
        Assert.Equal(expected, top.Connections.Select(c => c.Stream));
        Assert.Equal(all.Connections.Count - 3, top.Omitted.Connections);
        Assert.Equal(all.Transactions.Count - top.Transactions.Count, top.Omitted.Transactions);
    }

    [TsharkFact]
    public void Reused_ports_are_flagged_as_tshark_flags_them_and_named_on_the_earlier_connection()
    {
        string file = ManyConnectionsCapture.Write(Temp("reuse.pcap"), 6, portRange: 2);
        var (report, key) = AnswerKeyTests.AssertMatchesTshark(file);
        Assert.Contains(key.Connections.Values, c => c.ReusesPorts);
        foreach (var c in report.Connections)
        {
            var later = report.Connections.FirstOrDefault(l => l.Stream > c.Stream && l.Client == c.Client && l.Server == c.Server);
            Assert.Equal(later?.Stream, c.PortsReusedBy);
        }
        Assert.Equal(2, report.Talks.Single().ClientPorts.Count);
        Assert.Contains(report.Answers.Single(a => a.Key == "ports").Sentences, s => s.Contains("each from a new client port", StringComparison.Ordinal));
    }

    /// <summary>A filter as the run sees one: "tcp.stream == N".</summary>
    private sealed class StreamFilter(long stream) : IFrameFilter
    {
        public IReadOnlyCollection<FieldDef> ReferencedFields { get; } = [Dissectors.Transport.TcpFields.Stream];

        public bool Matches(FieldTree tree)
        {
            int node = tree.Find(Dissectors.Transport.TcpFields.Stream);
            return node >= 0 && (long)tree[node].Number == stream;
        }
    }

    [TsharkFact]
    public void A_display_filter_makes_only_its_frames_count()
    {
        string file = Path.Combine(Corpus.SampleCaptures, "htcpcp-web.pcapng");
        var report = AnalysisRunner.Analyze(file, filter: new StreamFilter(2), filterText: "tcp.stream == 2");
        var selected = ExternalTools.Tshark(["-n", "-r", file, "-Y", "tcp.stream == 2", "-T", "fields", "-e", "frame.number"]).StdOut
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToList();
        Assert.Equal(selected.Count, report.Capture.FramesCounted);
        Assert.Equal("tcp.stream == 2", report.Capture.DisplayFilter);
        var connection = Assert.Single(report.Connections);
        Assert.Equal(2, connection.Stream);
        Assert.Equal(selected.Count, connection.Frames);
        var transaction = Assert.Single(report.Transactions);
        Assert.Equal("BREW", transaction.Method);
        Assert.All(report.Flow, a => Assert.Contains(a.Frame, selected));
    }
}
