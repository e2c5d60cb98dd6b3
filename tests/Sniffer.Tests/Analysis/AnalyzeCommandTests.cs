using System.Text.Json;
using Sniffer.Lab;
using Sniffer.Tests.Capture;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Analysis;

/// <summary><c>sniffer analyze</c> and <c>capture --analyze</c> as a user runs them: formats, destinations, the -o preference/file split, exit codes.</summary>
public class AnalyzeCommandTests
{
    private static string Sample(string name) => Path.Combine(Corpus.SampleCaptures, name);
    private static string Temp(string name) => Path.Combine(Directory.CreateTempSubdirectory("sniffer-analyze-cli-").FullName, name);

    [Fact]
    public void Json_goes_to_the_file_named_by_o_and_the_key_log_comes_from_o_too()
    {
        string out1 = Temp("report.json");
        var r = SnifferProcess.Run("analyze", "-r", Sample("https.pcapng"), "-o", "tls.keylog_file:" + Sample("https.keys"), "-o", out1);
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Equal("", r.StdOut);
        using var json = JsonDocument.Parse(File.ReadAllText(out1));
        Assert.Equal("sniffer-analyze", json.RootElement.GetProperty("schema").GetString());
        Assert.True(json.RootElement.GetProperty("tls_sessions")[0].GetProperty("decrypted").GetBoolean());
        Assert.Equal("https.keys", json.RootElement.GetProperty("capture").GetProperty("key_log").GetString());
    }

    [Fact]
    public void The_format_follows_the_extension_or_format_and_text_on_a_pipe_has_no_colour()
    {
        string md = Temp("report.md");
        Assert.Equal(0, SnifferProcess.Run("analyze", "-r", Sample("http10-close.pcapng"), "-o", md).ExitCode);
        Assert.StartsWith("# Sniffer lab report: http10-close.pcapng", File.ReadAllText(md), StringComparison.Ordinal);
        var html = SnifferProcess.Run("analyze", "-r", Sample("http10-close.pcapng"), "--format", "html");
        Assert.StartsWith("<!DOCTYPE html>", html.StdOut, StringComparison.Ordinal);
        var text = SnifferProcess.Run("analyze", "-r", Sample("http10-close.pcapng"));
        Assert.StartsWith("Sniffer lab report: http10-close.pcapng\n", text.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', text.StdOut);
    }

    [Fact]
    public void Bad_options_and_missing_files_get_one_line_and_tsharks_exit_codes()
    {
        var format = SnifferProcess.Run("analyze", "-r", Sample("tcp-echo.pcapng"), "--format", "pdf");
        Assert.Equal(1, format.ExitCode);
        Assert.Contains("Invalid --format \"pdf\"", format.StdErr, StringComparison.Ordinal);
        var missing = SnifferProcess.Run("analyze", "-r", "/nonexistent/capture.pcapng");
        Assert.Equal(2, missing.ExitCode);
        Assert.Single(missing.StdErr.Trim().Split('\n'));
        Assert.StartsWith("sniffer: ", missing.StdErr, StringComparison.Ordinal);
        var preference = SnifferProcess.Run("analyze", "-r", Sample("tcp-echo.pcapng"), "-o", "nosuch.preference:1");
        Assert.Equal(1, preference.ExitCode);
        Assert.DoesNotContain("   at ", preference.StdErr, StringComparison.Ordinal);
        var twice = SnifferProcess.Run("analyze", "-r", Sample("tcp-echo.pcapng"), "-o", Temp("a.txt"), "-o", Temp("b.txt"));
        Assert.Equal(1, twice.ExitCode);
        var capture = SnifferProcess.Run("capture", "-i", "lo", "--analyze");
        Assert.Equal(1, capture.ExitCode);
        Assert.Contains("--analyze reports on the file just written", capture.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_cut_short_is_reported_up_to_the_cut_then_one_line_and_exit_2()
    {
        var bytes = File.ReadAllBytes(Sample("http11-keepalive.pcapng"));
        string cut = Temp("cut.pcapng");
        File.WriteAllBytes(cut, bytes[..(bytes.Length * 2 / 3)]);
        var r = SnifferProcess.Run("analyze", "-r", cut, "--format", "json");
        Assert.Equal(2, r.ExitCode);
        using var json = JsonDocument.Parse(r.StdOut);
        Assert.True(json.RootElement.GetProperty("capture").GetProperty("frames").GetInt64() > 0);
        Assert.Single(r.StdErr.Trim().Split('\n'));
    }

    [TsharkFact]
    public void Y_counts_only_the_frames_the_display_filter_selects_and_a_refused_filter_exits_as_tshark()
    {
        string file = Sample("htcpcp-web.pcapng");
        var r = SnifferProcess.Run("analyze", "-r", file, "-Y", "tcp.port == 5030 && htcpcp.request", "--format", "json");
        Assert.True(r.ExitCode == 0, r.StdErr);
        var frames = ExternalTools.Tshark(["-n", "-r", file, "-d", "tcp.port==5030,http", "-Y", "tcp.port == 5030 && tcp.len > 0 && tcp.srcport != 5030", "-T", "fields", "-e", "frame.number"]);
        using var json = JsonDocument.Parse(r.StdOut);
        var root = json.RootElement;
        Assert.Equal("tcp.port == 5030 && htcpcp.request", root.GetProperty("capture").GetProperty("display_filter").GetString());
        var requests = root.GetProperty("transactions").EnumerateArray().Select(t => t.GetProperty("request_frame").GetInt64()).ToList();
        Assert.Equal(7, requests.Count);
        Assert.All(requests, f => Assert.Contains(f.ToString(System.Globalization.CultureInfo.InvariantCulture), frames.StdOut.Split('\n')));
        Assert.Equal(7, root.GetProperty("capture").GetProperty("frames_counted").GetInt64());

        var refused = SnifferProcess.Run("analyze", "-r", file, "-Y", "tcp.port ==");
        var tshark = ExternalTools.Tshark(["-n", "-r", file, "-Y", "tcp.port =="]);
        Assert.Equal(tshark.ExitCode, refused.ExitCode);
        Assert.Equal("", refused.StdOut);
    }

    [LiveCaptureFact]
    public async Task Capture_with_analyze_reports_on_the_file_it_just_wrote()
    {
        await using var server = LabServers.Start(new LabServerSettings { Kind = LabServerKind.Echo, Port = 0 }, LabLog.None);
        int port = server.LocalEndPoint.Port;
        string path = Temp("live.pcapng");
        using var capture = BackgroundProcess.Sniffer(["capture", "-i", "lo", "-f", $"tcp port {port}", "-w", path, "--analyze"]);
        Assert.True(capture.WaitForStdErr("Capturing on", TimeSpan.FromSeconds(30)), capture.StdErr);
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
            Assert.True(await EchoLabClient.RunAsync("127.0.0.1", port, false, System.Security.Authentication.SslProtocols.None, 2, "pin is 4321", LabLog.None, timeout.Token));
        Thread.Sleep(300);
        capture.Signal(BackgroundProcess.SigTerm);
        Assert.True(capture.WaitForExit(TimeSpan.FromSeconds(60), out int code), capture.StdErr);
        Assert.Equal(0, code);
        string report = capture.StdOutText;
        Assert.StartsWith("Sniffer lab report: live.pcapng", report, StringComparison.Ordinal);
        var key = TsharkAnswerKey.For(path, null);
        var connection = key.Connections.Values.Single();
        Assert.Contains($"SYN in frame {connection.Syn}, SYN-ACK in frame {connection.SynAck}, ACK in frame {connection.Ack}", report, StringComparison.Ordinal);
        Assert.Contains("payload secret", report, StringComparison.Ordinal);
    }
}
