using Sniffer.Analysis;
using Sniffer.Output;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Analysis;

/// <summary>
/// Issue 10's answer keys: on every lab capture and the shared corpus, each connection (client, server, SYN / SYN-ACK /
/// ACK frames, first FIN and RST with their sides, frames and bytes each way, totals as -z conv,tcp), each HTTP
/// request/response pair and the persistence verdicts are those derived from tshark's own output of the same file.
/// </summary>
public class AnswerKeyTests
{
    public static IEnumerable<object[]> SampleCaptures() => Corpus.SampleCaptureFiles()
        .Where(f => f.EndsWith(".pcapng", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith("wifi", StringComparison.Ordinal))
        .Select(f => new object[] { Path.GetFileName(f) });

    public static IEnumerable<object[]> CorpusCaptures() => Corpus.SharedCaptures()
        .Select(f => new object[] { Path.GetRelativePath(Corpus.SharedCorpus, f) });

    [TsharkTheory]
    [MemberData(nameof(SampleCaptures))]
    public void Sample_capture_report_matches_tshark(string name) => AssertMatchesTshark(Path.Combine(Corpus.SampleCaptures, name));

    [CorpusTsharkTheory]
    [MemberData(nameof(CorpusCaptures))]
    public void Corpus_capture_report_matches_tshark(string relative) => AssertMatchesTshark(Path.Combine(Corpus.SharedCorpus, relative));

    internal static (LabReport Report, TsharkAnswerKey Key) AssertMatchesTshark(string file)
    {
        string? keys = Corpus.KeyLogFor(file);
        var key = TsharkAnswerKey.For(file, keys);
        var report = AnalysisRunner.Analyze(file, keys);

        Assert.Equal(key.Connections.Keys, report.Connections.Select(c => c.Stream));
        foreach (var c in report.Connections)
        {
            var k = key.Connections[c.Stream];
            string where = $"{Path.GetFileName(file)} tcp.stream {c.Stream}";
            Assert.True(k.Client == c.Client, $"{where}: client {c.Client}, tshark's SYN sender {k.Client}");
            Assert.True(k.Server == c.Server, $"{where}: server {c.Server}, tshark {k.Server}");
            Assert.True(k.Syn == c.SynFrame, $"{where}: SYN {c.SynFrame}, tshark {k.Syn}");
            Assert.True(k.SynAck == c.SynAckFrame, $"{where}: SYN-ACK {c.SynAckFrame}, tshark {k.SynAck}");
            Assert.True(k.Ack == c.AckFrame, $"{where}: ACK {c.AckFrame}, tshark {k.Ack}");
            Assert.True(k.FirstFin == c.FirstFin?.Frame, $"{where}: first FIN {c.FirstFin?.Frame}, tshark {k.FirstFin}");
            if (k.FirstFinByClient is { } byClient)
                Assert.Equal(byClient ? ConnectionSide.Client : ConnectionSide.Server, c.FirstFin!.Side);
            Assert.True(k.Rst == c.Rst?.Frame, $"{where}: RST {c.Rst?.Frame}, tshark {k.Rst}");
            Assert.True(k.FramesClientToServer == c.FramesClientToServer && k.BytesClientToServer == c.BytesClientToServer
                && k.FramesServerToClient == c.FramesServerToClient && k.BytesServerToClient == c.BytesServerToClient,
                $"{where}: {c.FramesClientToServer}/{c.BytesClientToServer} → {c.FramesServerToClient}/{c.BytesServerToClient} ←, tshark " +
                $"{k.FramesClientToServer}/{k.BytesClientToServer} → {k.FramesServerToClient}/{k.BytesServerToClient} ←");
            Assert.Equal(k.ReusesPorts, c.ReusesPorts);
            Assert.Equal(c.Filter, $"tcp.stream == {c.Stream}");
        }

        // -z conv,tcp names the same pairs of endpoints with the same totals (a pair whose ports were reused has a row per connection).
        static string Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? $"{a} {b}" : $"{b} {a}";
        var fromTshark = key.Conversations.Select(r => $"{Pair(r.A, r.B)} {r.Frames} {r.Bytes}").Order(StringComparer.Ordinal);
        var fromReport = report.Connections.Select(c =>
            $"{Pair($"{c.ClientAddress}:{c.ClientPort}", $"{c.ServerAddress}:{c.ServerPort}")} {c.Frames} {Sniffer.Output.Statistics.StatisticText.Size(c.Bytes)}").Order(StringComparer.Ordinal);
        Assert.Equal(fromTshark, fromReport);

        // HTTP: every request tshark saw, and every pair as http.request_in states it.
        // tshark has no HTCPCP dissector: on the pot's port (5030) its HTTP heuristics name some lab requests (a
        // PROPFIND) HTTP, where Sniffer's HTCPCP dissector takes the whole connection; those frames are left to the
        // HTCPCP checks.
        var potFrames = key.Connections.Values.Where(c => c.Server.EndsWith(":5030", StringComparison.Ordinal))
            .SelectMany(c => c.Packets).Select(p => p.Frame).ToHashSet();
        var http = report.Transactions.Where(t => t.Protocol == "HTTP").ToList();
        Assert.Equal(key.HttpRequests.Where(f => !potFrames.Contains(f)).Order(), http.Where(t => t.RequestFrame is not null).Select(t => t.RequestFrame!.Value).Order());
        var pairs = http.Where(t => t.ResponseFrame is not null).Select(t => (t.RequestFrame, t.ResponseFrame!.Value)).Order().ToList();
        Assert.Equal(key.HttpPairs.Where(p => !potFrames.Contains(p.Response)).Order().ToList(), pairs);
        foreach (var t in http.Where(t => t.RequestFrame is not null))
        {
            var p = key.Packets.Single(p => p.Frame == t.RequestFrame);
            Assert.Contains(t.Method, p["http.request.method"]);
            Assert.Contains(t.Uri, p["http.request.uri"]);
        }
        foreach (var t in http.Where(t => t.ResponseFrame is not null))
            Assert.Contains(t.Status!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), key.Packets.Single(p => p.Frame == t.ResponseFrame)["http.response.code"]);

        // Persistence, from tshark's facts: two answered exchanges on a connection, or one with no FIN, is persistent;
        // otherwise whichever side sent the first FIN closed it.
        foreach (var c in report.Connections.Where(c => c.Protocol.StartsWith("HTTP", StringComparison.Ordinal) && c.Persistence is not null))
        {
            var k = key.Connections[c.Stream];
            // Every response counts, paired or not: a server that sends two responses on one connection kept it open.
            int answered = key.HttpPairs.Count(p => k.Packets.Any(x => x.Frame == p.Response));
            string expected = answered >= 2 || (answered == 1 && k.FirstFin is null && k.Rst is null) ? "persistent"
                : answered == 0 ? "no response"
                : (k.FirstFin is { } fin && (k.Rst is not { } rst || fin <= rst) ? k.FirstFinByClient!.Value : k.RstByClient!.Value) ? "closed by the client"
                : "closed by the server after the response";
            Assert.True(expected == c.Persistence!.Verdict, $"{Path.GetFileName(file)} tcp.stream {c.Stream}: {c.Persistence.Verdict}, from tshark's facts {expected}");
        }

        // Flow graph: the handshake frames, each message and each FIN/RST is an arrow, in frame order.
        foreach (var c in report.Connections)
        {
            var frames = report.Flow.Where(a => a.Stream == c.Stream).Select(a => a.Frame).ToHashSet();
            foreach (var f in new[] { c.SynFrame, c.SynAckFrame, c.AckFrame, c.FirstFin?.Frame, c.Rst?.Frame })
                if (f is { } frame)
                    Assert.Contains(frame, frames);
        }
        foreach (var t in report.Transactions)
        {
            if (t.RequestFrame is { } rq) Assert.Contains(report.Flow, a => a.Frame == rq && a.Kind == FlowArrowKind.Request);
            if (t.ResponseFrame is { } rs) Assert.Contains(report.Flow, a => a.Frame == rs && a.Kind == FlowArrowKind.Response);
        }
        Assert.Equal(report.Flow.OrderBy(a => a.Frame).Select(a => a.Frame), report.Flow.Select(a => a.Frame));
        return (report, key);
    }
}
