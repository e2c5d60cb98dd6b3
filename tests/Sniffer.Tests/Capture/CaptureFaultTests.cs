using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Sniffer.Lab;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Capture;

/// <summary>
/// Live captures on lo (or in network namespaces made here) meeting the faults of issue 11 and dumpcap's habits of
/// issue 13: an inherited ignored SIGINT, a pipe reader that exits, a ring directory removed, a duration past the
/// clock, an unwritable path, an interface that disappears, a capture through sudo, -y, -P, the terminal counter,
/// --keylog, and the SharpPcap backend. Every file a fault leaves is read by tshark without a warning.
/// </summary>
[Collection(LiveCaptureCollection.Name)]
public class CaptureFaultTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly string _dir = Directory.CreateTempSubdirectory("sniffer-faults-").FullName;

    public void Dispose()
    {
        if (Directory.Exists(_dir))
            Directory.Delete(_dir, recursive: true);
    }

    private string PathOf(string name) => Path.Combine(_dir, name);

    private static BackgroundProcess StartCapture(params string[] arguments)
    {
        var capture = BackgroundProcess.Sniffer(["capture", .. arguments]);
        Assert.True(capture.WaitForStdErr("Capturing on", Limit), "the capture did not start: " + capture.StdErr);
        return capture;
    }

    private static int Ended(BackgroundProcess capture)
    {
        Assert.True(capture.WaitForExit(Limit, out int code), "the capture did not end: " + capture.StdErr);
        Assert.DoesNotContain("   at ", capture.StdErr);
        Assert.DoesNotContain("Unhandled exception", capture.StdErr);
        return code;
    }

    /// <summary>tshark reads the file to its end without a warning; the frame count.</summary>
    private static int ReadCleanly(string path)
    {
        var r = ExternalTools.Tshark("-r", path, "-T", "fields", "-e", "frame.number");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.StdErr);
        return r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
    }

    private static long PacketsCaptured(string stderr)
    {
        var line = stderr.Replace('\r', '\n').Split('\n').Single(l => l.StartsWith("Packets captured: ", StringComparison.Ordinal));
        return long.Parse(line["Packets captured: ".Length..], CultureInfo.InvariantCulture);
    }

    private static string[] Errors(string stderr) =>
        stderr.Split('\n').Where(l => l.StartsWith("sniffer: ", StringComparison.Ordinal)).ToArray();

    [LiveCaptureFact]
    public async Task SIGINT_stops_a_capture_started_in_the_background_of_a_script_which_inherits_it_ignored()
    {
        await using var traffic = new LabTraffic();
        string path = PathOf("background.pcapng");
        // A non-interactive shell starts background jobs with SIGINT ignored; the capture must still stop on it.
        using var shell = BackgroundProcess.Start("bash", ["-c",
            $"{SnifferProcess.ShellCommand} capture -i lo -f '{traffic.Filter}' -w '{path}' & echo \"pid $!\" >&2; wait $!; echo \"exit $?\" >&2"]);
        Assert.True(shell.WaitForStdErr("Capturing on", Limit), shell.StdErr);
        int pid = int.Parse(shell.StdErr.Split('\n').First(l => l.StartsWith("pid ", StringComparison.Ordinal))[4..], CultureInfo.InvariantCulture);
        Assert.True(traffic.Browse(HttpLabScenario.Close));
        Thread.Sleep(300);
        Assert.Equal(0, ExternalTools.Run("kill", ["-INT", pid.ToString(CultureInfo.InvariantCulture)]).ExitCode);
        Assert.True(shell.WaitForExit(Limit, out _), "SIGINT did not stop the background capture: " + shell.StdErr);
        Assert.Contains("exit 0", shell.StdErr);
        Assert.True(ReadCleanly(path) >= 8);
        Assert.Contains("Packets captured: ", shell.StdErr);
    }

    [LiveCaptureFact]
    public async Task Writing_to_a_pipe_whose_reader_exits_stops_with_exit_code_1_and_a_message_as_dumpcap()
    {
        await using var traffic = new LabTraffic();
        using var shell = BackgroundProcess.Start("bash", ["-c",
            $"{SnifferProcess.ShellCommand} capture -i lo -f '{traffic.Filter}' -w - | head -c 100 >/dev/null; echo \"exit ${{PIPESTATUS[0]}}\" >&2"]);
        Assert.True(shell.WaitForStdErr("Capturing on", Limit), shell.StdErr);
        var (stop, done) = traffic.BrowseContinuously();
        bool exited = shell.WaitForExit(Limit, out _);
        await stop.CancelAsync();
        await done;
        Assert.True(exited, "the capture went on writing into a closed pipe: " + shell.StdErr);
        Assert.Contains("exit 1", shell.StdErr);
        var error = Assert.Single(Errors(shell.StdErr));
        Assert.StartsWith("sniffer: The file to which the capture was being saved (\"-\") could not be written: Broken pipe", error);
        Assert.DoesNotContain("   at ", shell.StdErr);
    }

    [TmpfsFact]
    public async Task On_a_full_disk_packets_captured_is_what_the_file_holds_and_the_rest_are_counted_as_dropped()
    {
        Assert.Equal(0, ExternalTools.Run("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", _dir]).ExitCode);
        try
        {
            await using var traffic = new LabTraffic();
            string path = PathOf("full.pcapng");
            using var capture = StartCapture("-i", "lo", "-f", traffic.Filter, "-w", path);
            var (stop, done) = traffic.BrowseContinuously();
            int code = Ended(capture);
            await stop.CancelAsync();
            await done;

            Assert.Equal(1, code);
            int inFile = ReadCleanly(path);
            Assert.True(inFile > 10);
            Assert.Equal(inFile, PacketsCaptured(capture.StdErr));
            var line = capture.StdErr.Split('\n').Single(l => l.StartsWith("Packets received/dropped", StringComparison.Ordinal));
            Assert.Matches($@"'Loopback: lo': {inFile}/\d+ \(pcap:\d+/dumpcap:\d+/flushed:\d+/ps_ifdrop:\d+\)", line);
        }
        finally
        {
            ExternalTools.Run("umount", [_dir]);
        }
    }

    [LiveCaptureFact]
    public async Task A_ring_whose_directory_is_removed_stops_with_a_clear_message_and_counts_what_it_lost()
    {
        await using var traffic = new LabTraffic();
        string ringDir = Directory.CreateDirectory(PathOf("ring")).FullName;
        using var capture = StartCapture("-i", "lo", "-f", traffic.Filter, "-b", "filesize:5", "-w", Path.Combine(ringDir, "r.pcapng"));
        var (stop, done) = traffic.BrowseContinuously();
        Thread.Sleep(800);
        Directory.Move(ringDir, ringDir + "-removed");       // gone at once for the capture (a recursive delete races with new ring files)
        int code = Ended(capture);
        await stop.CancelAsync();
        await done;

        Assert.Equal(1, code);
        var error = Assert.Single(Errors(capture.StdErr));
        Assert.Contains($"(\"{ringDir}/r_", error);
        Assert.Contains("could not be opened: ", error);
        var line = capture.StdErr.Split('\n').Single(l => l.StartsWith("Packets received/dropped", StringComparison.Ordinal));
        var counts = System.Text.RegularExpressions.Regex.Match(line, @": (\d+)/(\d+) \(");
        Assert.True(counts.Success, line);
        Assert.True(long.Parse(counts.Groups[1].Value, CultureInfo.InvariantCulture) > 0);
    }

    [LiveCaptureFact]
    public void A_duration_past_any_clock_neither_throws_nor_leaves_an_empty_file()
    {
        string path = PathOf("forever.pcapng");
        using var capture = StartCapture("-i", "lo", "-f", "tcp port 9", "-a", "duration:99999999999999999", "-w", path);
        Thread.Sleep(500);
        capture.Signal(BackgroundProcess.SigInt);
        Assert.Equal(0, Ended(capture));
        Assert.True(new FileInfo(path).Length > 0);
        Assert.Equal(0, ReadCleanly(path));
        Assert.Equal("sniffer: The specified packet count \"-3\" is a negative number (-c takes a whole number from 1).\n",
            SnifferProcess.Run("capture", "-i", "lo", "-c", "-3").StdErr);
    }

    [LiveCaptureFact]
    public void A_file_that_cannot_be_created_is_named_in_the_error_and_the_input_is_not_blamed()
    {
        var r = SnifferProcess.Run("capture", "-i", "lo", "-c", "1", "-w", "/nonexistent/x.pcapng");
        Assert.Equal(1, r.ExitCode);
        var error = Assert.Single(Errors(r.StdErr));
        Assert.Equal("sniffer: The file to which the capture would be saved (\"/nonexistent/x.pcapng\") could not be opened: Could not find a part of the path '/nonexistent/x.pcapng'.", error);
        Assert.DoesNotContain("INPUT", r.StdErr);
        Assert.DoesNotContain("read failed", r.StdErr);
    }

    [NetnsFact]
    public void An_interface_that_disappears_mid_capture_ends_it_with_a_message_and_a_readable_file()
    {
        int id = Environment.ProcessId % 100000;
        string ns = $"snf-d-{id}", peerNs = $"snf-e-{id}", link = $"snfd{id}", peerLink = $"snfe{id}";
        string path = PathOf("gone.pcapng");
        BackgroundProcess? capture = null;
        try
        {
            Assert.Equal(0, IsolatedNetwork.Ip("netns", "add", ns).ExitCode);
            Assert.Equal(0, IsolatedNetwork.Ip("netns", "add", peerNs).ExitCode);
            Assert.Equal(0, IsolatedNetwork.Ip("link", "add", link, "netns", ns, "type", "veth", "peer", "name", peerLink, "netns", peerNs).ExitCode);
            Assert.Equal(0, IsolatedNetwork.Ip("-n", ns, "addr", "add", "10.213.8.1/24", "dev", link).ExitCode);
            Assert.Equal(0, IsolatedNetwork.Ip("-n", peerNs, "addr", "add", "10.213.8.2/24", "dev", peerLink).ExitCode);
            Assert.Equal(0, IsolatedNetwork.Ip("-n", ns, "link", "set", link, "up").ExitCode);
            Assert.Equal(0, IsolatedNetwork.Ip("-n", peerNs, "link", "set", peerLink, "up").ExitCode);

            capture = BackgroundProcess.Start("ip", ["netns", "exec", ns, .. SnifferProcess.Words, "capture", "-i", link, "-w", path]);
            Assert.True(capture.WaitForStdErr("Capturing on", Limit), capture.StdErr);
            for (int i = 0; i < 5; i++)
                ExternalTools.Run("ip", ["netns", "exec", ns, "bash", "-c", "echo hello > /dev/udp/10.213.8.2/9"]);
            Thread.Sleep(300);
            Assert.Equal(0, IsolatedNetwork.Ip("-n", ns, "link", "del", link).ExitCode);
            int code = Ended(capture);

            Assert.Equal(1, code);
            var error = Assert.Single(Errors(capture.StdErr));
            Assert.StartsWith($"sniffer: Error while capturing packets on '{link}': ", error);
            Assert.Contains("Packets captured: ", capture.StdErr);
            ReadCleanly(path);
            Assert.Contains("Number of stat entries = 1", ExternalTools.Run("capinfos", [path]).StdOut);
        }
        finally
        {
            capture?.Dispose();
            IsolatedNetwork.Ip("netns", "del", ns);
            IsolatedNetwork.Ip("netns", "del", peerNs);
        }
    }

    [LiveCaptureFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Through_sudo_the_capture_opens_as_root_then_runs_and_writes_its_files_as_the_invoking_user()
    {
        const string Nobody = "65534";
        File.SetUnixFileMode(_dir, (UnixFileMode)0b111_111_111);       // the invoking user must be able to write here
        await using var traffic = new LabTraffic();
        string path = PathOf("mine.pcapng");
        using var capture = BackgroundProcess.Sniffer(new Dictionary<string, string> { ["SUDO_UID"] = Nobody, ["SUDO_GID"] = Nobody },
            "capture", "-i", "lo", "-f", traffic.Filter, "-w", path);
        Assert.True(capture.WaitForStdErr("Capturing on", Limit), capture.StdErr);
        string status = File.ReadAllText($"/proc/{capture.Pid}/status");
        Assert.Matches($@"\nUid:\t{Nobody}\t{Nobody}\t{Nobody}\t{Nobody}\n", status);
        Assert.Matches($@"\nGid:\t{Nobody}\t{Nobody}\t{Nobody}\t{Nobody}\n", status);
        Assert.True(traffic.Browse(HttpLabScenario.Close));
        Thread.Sleep(300);
        capture.Signal(BackgroundProcess.SigInt);
        Assert.Equal(0, Ended(capture));
        Assert.Equal(Nobody + ":" + Nobody + " 600", ExternalTools.Run("stat", ["-c", "%u:%g %a", path]).StdOut.Trim());
        Assert.True(ReadCleanly(path) >= 8);
    }

    [LiveCaptureFact]
    public async Task Dash_y_chooses_the_link_type_and_refuses_unknown_or_unsupported_ones_in_dumpcaps_words()
    {
        await using var traffic = new LabTraffic();
        string path = PathOf("sll2.pcapng");
        using var capture = StartCapture("-i", "any", "-y", "LINUX_SLL2", "-f", traffic.Filter, "-w", path);
        Assert.True(traffic.Browse(HttpLabScenario.Close));
        Thread.Sleep(300);
        capture.Signal(BackgroundProcess.SigInt);
        Assert.Equal(0, Ended(capture));
        Assert.Contains("Encapsulation = Linux cooked-mode capture v2 (210 - linux-sll2)", ExternalTools.Run("capinfos", [path]).StdOut);
        Assert.True(ReadCleanly(path) >= 8);

        var unknown = SnifferProcess.Run("capture", "-i", "lo", "-y", "FOO", "-c", "1", "-w", PathOf("never.pcapng"));
        Assert.Equal((1, "sniffer: The specified data link type \"FOO\" isn't valid\n"), (unknown.ExitCode, unknown.StdErr));
        var unsupported = SnifferProcess.Run("capture", "-i", "lo", "-y", "LINUX_SLL", "-c", "1", "-w", PathOf("never.pcapng"));
        Assert.Equal((1, "sniffer: Unable to set data link type on interface 'lo' (LINUX_SLL is not one of the DLTs supported by this device).\n"), (unsupported.ExitCode, unsupported.StdErr));
        Assert.False(File.Exists(PathOf("never.pcapng")));
    }

    [LiveCaptureFact]
    public async Task Dash_P_writes_pcap_as_dumpcap_does_and_dash_n_pcapng()
    {
        await using var traffic = new LabTraffic();
        foreach (var (option, type) in new[] { ("-P", "Wireshark/tcpdump/... - pcap"), ("-n", "Wireshark/... - pcapng") })
        {
            string path = PathOf("format" + option);
            using var capture = StartCapture("-i", "lo", "-f", traffic.Filter, option, "-c", "8", "-w", path);
            Assert.True(traffic.Browse(HttpLabScenario.Close));
            Assert.Equal(0, Ended(capture));
            Assert.Contains("File type:           " + type, ExternalTools.Run("capinfos", [path]).StdOut);
            Assert.Equal(8, ReadCleanly(path));
            Assert.Equal(8, PacketsCaptured(capture.StdErr));
        }
    }

    [LiveCaptureFact]
    public async Task On_a_terminal_the_capture_shows_dumpcaps_live_packet_counter()
    {
        await using var traffic = new LabTraffic();
        string path = PathOf("counted.pcapng");
        using var shell = BackgroundProcess.Start("script", ["-qefc",
            $"{SnifferProcess.ShellCommand} capture -i lo -f '{traffic.Filter}' -c 8 -w '{path}'", "/dev/null"]);
        Assert.True(shell.WaitForStdErr("", TimeSpan.FromSeconds(1)) || true);
        for (int i = 0; i < 100 && !shell.StdOutText.Contains("Capturing on", StringComparison.Ordinal); i++)
            Thread.Sleep(100);
        Assert.True(traffic.Browse(HttpLabScenario.Close));
        Assert.True(shell.WaitForExit(Limit, out int code), shell.StdOutText);
        Assert.Equal(0, code);
        Assert.Contains("\rPackets: 8 ", shell.StdOutText);
        Assert.Contains("Packets captured: 8", shell.StdOutText);

        // Not a terminal: no counter, as the rest of the capture tests show (their stderr is a pipe).
        var piped = SnifferProcess.Run("capture", "-i", "lo", "-f", "tcp port 9", "-a", "duration:1", "-w", PathOf("piped.pcapng"));
        Assert.DoesNotContain("Packets: ", piped.StdErr);
    }

    [LiveCaptureFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void With_keylog_the_live_output_decrypts_TLS_as_it_is_captured()
    {
        int port = FreePort();
        string keys = PathOf("live.keys");
        using var server = BackgroundProcess.Sniffer("lab", "serve", "http", "--tls", "--port", port.ToString(CultureInfo.InvariantCulture), "--keylog", keys, "--duration", "60");
        Assert.True(server.WaitForStdErr("listening on", Limit), server.StdErr);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keys));     // a key log is a secret: 0600
        using var capture = BackgroundProcess.Sniffer("capture", "-i", "lo", "-f", $"tcp port {port}", "--keylog", keys);
        Assert.True(capture.WaitForStdErr("Capturing on", Limit), capture.StdErr);
        var client = SnifferProcess.Run("lab", "client", "http", "--tls", "--port", port.ToString(CultureInfo.InvariantCulture), "--scenario", "close");
        Assert.Equal(0, client.ExitCode);
        Thread.Sleep(1000);
        capture.Signal(BackgroundProcess.SigInt);
        Assert.Equal(0, Ended(capture));
        string[] lines = capture.StdOutText.TrimEnd('\n').Split('\n');
        Assert.Contains(lines, l => l.Contains(" HTTP ", StringComparison.Ordinal) && l.Contains("GET /", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(" HTTP ", StringComparison.Ordinal) && l.Contains(" 200 OK", StringComparison.Ordinal));
    }

    [LiveCaptureFact]
    public async Task The_SharpPcap_backend_captures_the_same_conversations_into_the_same_pcapng()
    {
        await using var traffic = new LabTraffic();
        string path = PathOf("sharppcap.pcapng");
        using var capture = StartCapture("--backend", "sharppcap", "-i", "lo", "-f", traffic.Filter, "-w", path);
        Assert.True(traffic.Browse(HttpLabScenario.Close));
        Assert.True(traffic.Browse(HttpLabScenario.KeepAlive));
        Thread.Sleep(300);
        capture.Signal(BackgroundProcess.SigInt);
        Assert.Equal(0, Ended(capture));
        int frames = ReadCleanly(path);
        Assert.Equal(frames, PacketsCaptured(capture.StdErr));
        var flags = ExternalTools.Tshark("-r", path, "-T", "fields", "-e", "tcp.flags.str").StdOut.Split('\n');
        Assert.Equal(3, flags.Count(f => f == "··········S·"));
        var times = ExternalTools.Tshark("-r", path, "-T", "fields", "-e", "frame.time_epoch").StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(times, t => Assert.InRange(double.Parse(t, CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 120, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 5));
        Assert.Contains("Encapsulation = Ethernet (1 - ether)", ExternalTools.Run("capinfos", [path]).StdOut);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
