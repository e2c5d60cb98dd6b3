using Sniffer.Analysis;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Analysis;

/// <summary>
/// `analyze` runs its tap on a thread of its own (DetachedAnalysis): frames and ended connections handed over in order,
/// the ended connections' state released by the worker. The report must be the one the tap makes on the run's thread,
/// byte for byte in JSON, on every capture: sample captures, the shared corpus, Wireshark's captures (decryption
/// secrets inside the file among them), with a display filter, and with thousands of connections ending mid-run.
/// </summary>
public sealed class DetachedAnalysisTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sniffer-detached-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> Captures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Corpus.SampleCaptureFiles().Concat(Corpus.SharedCaptures()).Concat(Corpus.WiresharkCaptures()))
            data.Add(file);
        return data;
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void The_report_is_the_one_the_tap_makes_on_the_run_thread(string capture)
    {
        var settings = AnalysisRunner.Settings(capture, Corpus.KeyLogFor(capture));
        Assert.Equal(Json(settings, detached: false), Json(settings, detached: true));
    }

    [Fact]
    public void A_display_filter_selects_the_same_frames_for_both()
    {
        string capture = Path.Combine(Corpus.SampleCaptures, "http-login-cookies.pcapng");
        const string text = "tcp.port != 443 && !(tcp.flags.syn == 1)";
        Assert.Null(DisplayFilterSeam.Compile(text, out var filter));
        var settings = AnalysisRunner.Settings(capture, filter: filter, filterText: text);
        Assert.Equal(Json(settings, detached: false), Json(settings, detached: true));
    }

    [Fact]
    public void Thousands_of_connections_ending_mid_run_are_read_in_order()
    {
        // 3,000 connections: ended ones are handed over (and released by the worker) between frames of later ones,
        // across many batches; the limits keep a few so the report lists rows made from handed-over connections.
        string file = ManyConnectionsCapture.Write(Path.Combine(_dir, "many.pcap"), 3000, gapMicroseconds: 50);
        var limits = new AnalysisLimits { MaxConnections = 25, MaxTransactions = 40, MaxArrows = 60 };
        var settings = AnalysisRunner.Settings(file, limits: limits);
        string json = Json(settings, detached: true);
        Assert.Equal(Json(settings, detached: false), json);
        Assert.Contains("\"connections\": 2975", json);
    }

    [Fact]
    public void A_frame_too_big_to_hand_over_is_read_on_the_run_thread_in_its_turn()
    {
        // Every frame with more than the stream and flags over the limit: each waits for the worker, then is read in place.
        string capture = Path.Combine(Corpus.SampleCaptures, "http-login-cookies.pcapng");
        var settings = AnalysisRunner.Settings(capture);
        var tap = new AnalysisTap(new AnalysisOptions { FileName = Path.GetFileName(capture), Limits = settings.Limits });
        var registry = Sniffer.Pipeline.ReadPipeline.CreateRegistry(new Sniffer.Pipeline.ReadSettings { File = capture }, new Dissectors.Protocols.Tls.Crypto.KeyLog(), out _)!;
        using (var worker = new DetachedAnalysis(tap, maxCopiedBytes: 0))
        {
            var run = new Dissectors.Taps.DissectionRun(registry, [worker]);
            using var reader = Sniffer.Files.CaptureFileReader.Open(capture);
            while (reader.TryReadNext(out var frame))
                run.Process(frame);
            run.Finish();
        }
        string json = AnalysisRunner.Write(tap.Report!, ReportFormat.Json);
        Assert.Equal(Json(settings, detached: false), System.Text.RegularExpressions.Regex.Replace(json, "\"generated[^,]*,", ""));
    }

    private static string Json(AnalyzeSettings settings, bool detached)
    {
        var report = AnalyzePipeline.Analyze(settings, detached, out int code, out string? error);
        Assert.True(report is not null, $"analyze {settings.File}: exit {code}: {error}");
        string json = AnalysisRunner.Write(report!, ReportFormat.Json);
        // The report's generation time is the only field that may differ between two runs.
        return System.Text.RegularExpressions.Regex.Replace(json, "\"generated[^,]*,", "");
    }
}
