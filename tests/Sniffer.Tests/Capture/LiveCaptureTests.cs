using Sniffer.Lab;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Capture;

/// <summary>
/// <c>sniffer capture</c> run as a child process on lo while the lab peers talk, checked with tshark and capinfos:
/// every frame of the conversations, clean stops on SIGINT and SIGTERM, a readable file after SIGKILL, the -c/-a
/// limits, ring files, -w - into tshark, several interfaces, and the messages users meet.
/// </summary>
[Collection(LiveCaptureCollection.Name)]
public class LiveCaptureTests : IDisposable
{
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Exit = TimeSpan.FromSeconds(30);
    private const string Syn = "··········S·", SynAck = "·······A··S·", Ack = "·······A····", PshAck = "·······AP···", FinAck = "·······A···F";

    private readonly string _dir = Directory.CreateTempSubdirectory("sniffer-live-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name) => Path.Combine(_dir, name);

    /// <summary>Starts a capture and waits until it says "Capturing on", so traffic made after this returns is captured.</summary>
    private static BackgroundProcess StartCapture(params string[] arguments)
    {
        var capture = BackgroundProcess.Sniffer(["capture", .. arguments]);
        Assert.True(capture.WaitForStdErr("Capturing on", Startup), "the capture did not start: " + capture.StdErr);
        return capture;
    }

    private static int Ended(BackgroundProcess capture)
    {
        Assert.True(capture.WaitForExit(Exit, out int code), "the capture did not end: " + capture.StdErr);
        Assert.DoesNotContain("   at ", capture.StdErr);
        return code;
    }

    private static string[] TsharkFields(string path, params string[] fields)
    {
        var args = new List<string> { "-r", path, "-T", "fields" };
        foreach (string f in fields)
            args.AddRange(["-e", f]);
        var r = ExternalTools.Tshark([.. args]);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.StdErr);    // no warning: every block is whole
        return r.StdOut.Length == 0 ? [] : r.StdOut.TrimEnd('\n').Split('\n');
    }

    private static long CapinfosCount(string path)
    {
        var r = ExternalTools.Run("capinfos", ["-c", "-M", path]);
        Assert.Equal(0, r.ExitCode);
        var line = r.StdOut.Split('\n').First(l => l.StartsWith("Number of packets:", StringComparison.Ordinal));
        return long.Parse(line["Number of packets:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static long PacketsCapturedLine(string stderr)
    {
        var line = stderr.Split('\n').Single(l => l.StartsWith("Packets captured: ", StringComparison.Ordinal));
        return long.Parse(line["Packets captured: ".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    [LiveCaptureFact]
    public async Task A_capture_on_lo_with_a_port_filter_holds_every_frame_of_the_conversations()
    {
        await using var traffic = new LabTraffic();
        string path = File("conversation.pcapng");
        using var capture = StartCapture("-i", "lo", "-f", traffic.Filter, "-w", path);
        Assert.True(traffic.Browse(HttpLabScenario.Close));
        Assert.True(traffic.Browse(HttpLabScenario.KeepAlive));
        Thread.Sleep(300);
        capture.Signal(BackgroundProcess.SigInt);
        Assert.Equal(0, Ended(capture));

        string[] flags = TsharkFields(path, "tcp.flags.str");
        foreach (string expected in (string[])[Syn, SynAck, Ack, PshAck, FinAck])
            Assert.Contains(expected, flags);
        Assert.Equal(3, flags.Count(f => f == Syn));                    // two HTTP/1.0 connections and one keep-alive
        Assert.Equal(6, flags.Count(f => f.EndsWith('F')));            // each closed from both sides
        Assert.All(TsharkFields(path, "tcp.port"), ports => Assert.Contains(traffic.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), ports));
        Assert.Equal(flags.Length, CapinfosCount(path));
        Assert.Equal(flags.Length, PacketsCapturedLine(capture.StdErr));
        Assert.Contains($"Packets received/dropped on interface 'Loopback: lo': {flags.Length}/0 (pcap:0/dumpcap:0/flushed:0/ps_ifdrop:0) (100.0%)", capture.StdErr);
    }

    [LiveCaptureFact]
    public async Task SIGTERM_ends_the_capture_cleanly_with_a_statistics_block_per_interface()
    {
        await using var traffic = new LabTraffic();
        string path = File("sigterm.pcapng");
        using var capture = StartCapture("-i", "lo", "-f", traffic.Filter, "-w", path);
        Assert.True(traffic.Browse(HttpLabScenario.Chunked));
        Thread.Sleep(300);
        capture.Signal(BackgroundProcess.SigTerm);
        Assert.Equal(0, Ended(capture));

        int packets = TsharkFields(path, "frame.number").Length;
        Assert.True(packets >= 8);
        var isb = Assert.Single(PcapngBlockWalker.Blocks(path), b => b.Type == PcapngBlockWalker.InterfaceStatistics);
        var options = PcapngBlockWalker.Options(isb.Body, 12);
        Assert.Equal((ulong)packets, PcapngBlockWalker.Counter(options, 8));     // isb_usrdeliv
        Assert.True(PcapngBlockWalker.Time(options, 3) >= PcapngBlockWalker.Time(options, 2));
        Assert.Contains("Number of stat entries = 1", ExternalTools.Run("capinfos", [path]).StdOut);
    }

    [LiveCaptureFact]
    public async Task SIGKILL_mid_capture_leaves_a_file_tshark_reads_up_to_its_last_complete_block()
    {
        await using var traffic = new LabTraffic();
        string path = File("sigkill.pcapng");
        using var capture = StartCapture("-i", "lo", "-f", traffic.Filter, "-w", path);
        var (stop, done) = traffic.BrowseContinuously();
        Thread.Sleep(1500);
        capture.Signal(BackgroundProcess.SigKill);
        Assert.True(capture.WaitForExit(Exit, out _));
        await stop.CancelAsync();
        await done;

        // The writer hands the file whole blocks only, so a kill between two writes leaves whole blocks. Linux may
        // still cut one write() short when the kill lands inside it (it checks for a fatal signal between pages):
        // then the file ends with the head of one block, and tshark reads every whole block and calls the file cut
        // short, as it does for dumpcap's files.
        byte[] bytes = System.IO.File.ReadAllBytes(path);
        var (whole, packets) = WholeBlocks(bytes);
        Assert.True(packets > 10, $"only {packets} packets were flushed before the kill");
        if (whole < bytes.Length)
        {
            var torn = ExternalTools.Tshark("-r", path, "-T", "fields", "-e", "frame.number");
            Assert.Equal(2, torn.ExitCode);
            Assert.DoesNotContain('\n', torn.StdErr);
            Assert.StartsWith($"tshark: The file \"{path}\" appears to have been cut short in the middle of a packet", torn.StdErr);
            Assert.Equal(packets, torn.StdOut.TrimEnd('\n').Split('\n').Length);
            using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
                file.SetLength(whole);
        }
        Assert.Equal(packets, TsharkFields(path, "frame.number").Length);
        Assert.Equal(packets, CapinfosCount(path));
    }

    /// <summary>
    /// Walks a little-endian pcapng file block by block: where its last whole block ends and how many Enhanced
    /// Packet Blocks come before that. What follows must be the head of one block, shorter than that block says it is.
    /// </summary>
    private static (long End, int Packets) WholeBlocks(byte[] file)
    {
        long at = 0;
        int packets = 0;
        while (file.Length - at >= 8)
        {
            uint type = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan((int)at));
            uint length = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan((int)at + 4));
            Assert.True(length >= 12 && length % 4 == 0, $"block at {at} says it is {length} bytes long");
            if (file.Length - at < length)
                break;
            Assert.Equal(length, System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan((int)(at + length - 4))));
            if (type == 6)
                packets++;
            at += length;
        }
        return (at, packets);
    }

    [LiveCaptureTheory]
    [InlineData("-c", "7")]
    [InlineData("-a", "packets:7")]
    public async Task A_packet_limit_stops_the_capture_after_exactly_that_many(string option, string value)
    {
        await using var traffic = new LabTraffic();
        string path = File("limit.pcapng");
        using var capture = StartCapture("-i", "lo", "-f", traffic.Filter, option, value, "-w", path);
        traffic.Browse(HttpLabScenario.KeepAlive);
        Assert.Equal(0, Ended(capture));
        Assert.Equal(7, TsharkFields(path, "frame.number").Length);
        Assert.Contains("Packets captured: 7\n", capture.StdErr);
    }

    [LiveCaptureFact]
    public void A_duration_limit_stops_the_capture_by_itself()
    {
        string path = File("duration.pcapng");
        var started = DateTime.UtcNow;
        using var capture = StartCapture("-i", "lo", "-f", "tcp port 9", "-a", "duration:2", "-w", path);
        Assert.Equal(0, Ended(capture));
        Assert.InRange((DateTime.UtcNow - started).TotalSeconds, 2, 25);
        Assert.Empty(TsharkFields(path, "frame.number"));
        Assert.Contains("Packets captured: 0", capture.StdErr);
    }

    [LiveCaptureFact]
    public async Task A_file_size_limit_stops_the_capture_once_the_file_reaches_it()
    {
        await using var traffic = new LabTraffic();
        string path = File("filesize.pcapng");
        using var capture = StartCapture("-i", "lo", "-f", traffic.Filter, "-a", "filesize:20", "-w", path);
        var (stop, done) = traffic.BrowseContinuously();
        int code = Ended(capture);
        await stop.CancelAsync();
        await done;
        Assert.Equal(0, code);
        Assert.InRange(new FileInfo(path).Length, 20_000, 20_000 + 70_000);
        Assert.Equal(TsharkFields(path, "frame.number").Length, PacketsCapturedLine(capture.StdErr));
    }

    [LiveCaptureFact]
    public async Task A_ring_buffer_writes_files_named_as_dumpcaps_and_keeps_the_newest_ones()
    {
        await using var traffic = new LabTraffic();
        string path = File("ring.pcapng");
        using var capture = StartCapture("-i", "lo", "-f", traffic.Filter, "-b", "filesize:10,files:3", "-a", "packets:400", "-w", path);
        var (stop, done) = traffic.BrowseContinuously();
        int code = Ended(capture);
        await stop.CancelAsync();
        await done;
        Assert.Equal(0, code);
        string[] files = Directory.GetFiles(_dir, "ring_*.pcapng");
        Assert.Equal(3, files.Length);
        foreach (string f in files)
        {
            Assert.Matches(@"/ring_\d{5}_\d{14}\.pcapng$", f);
            Assert.NotEmpty(TsharkFields(f, "frame.number"));
        }
        Assert.DoesNotContain(files, f => f.Contains("ring_00001_", StringComparison.Ordinal));
    }

    [LiveCaptureFact]
    public async Task Dash_w_dash_writes_pcapng_to_standard_output_that_tshark_reads_from_a_pipe()
    {
        await using var traffic = new LabTraffic();
        using var pipeline = BackgroundProcess.Start("bash", ["-c",
            $"{SnifferProcess.ShellCommand} capture -i lo -f '{traffic.Filter}' -c 10 -w - | tshark -r - -T fields -e frame.number -e tcp.flags.str"]);
        Assert.True(pipeline.WaitForStdErr("Capturing on", Startup), pipeline.StdErr);
        traffic.Browse(HttpLabScenario.KeepAlive);
        Assert.True(pipeline.WaitForExit(Exit, out int code), pipeline.StdErr);
        Assert.Equal(0, code);
        string[] lines = pipeline.StdOutText.TrimEnd('\n').Split('\n');
        Assert.Equal(10, lines.Length);
        Assert.StartsWith("1\t" + Syn, lines[0]);
        Assert.DoesNotContain("File:", pipeline.StdErr);
        Assert.Contains("Packets captured: 10", pipeline.StdErr);
    }

    [LiveCaptureFact]
    public async Task Printing_live_shows_the_summary_lines_sniffer_read_shows_for_the_same_packets()
    {
        await using var traffic = new LabTraffic();
        string path = File("printed.pcapng");
        using var capture = StartCapture("-i", "lo", "-f", traffic.Filter, "-c", "12", "--print", "-w", path);
        traffic.Browse(HttpLabScenario.Chunked);
        Assert.Equal(0, Ended(capture));
        string[] lines = capture.StdOutText.TrimEnd('\n').Split('\n');
        Assert.Equal(12, lines.Length);
        Assert.Matches(@"^    1 0\.000000000    127\.0\.0\.1 → 127\.0\.0\.1    TCP 74 \d+ → \d+ \[SYN\]", lines[0]);
        Assert.Contains(lines, l => l.Contains(" HTTP ", StringComparison.Ordinal));
        var read = SnifferProcess.Run("read", "-r", path);
        Assert.Equal(read.StdOut.TrimEnd('\n').Split('\n'), lines);
    }

    [LiveCaptureFact]
    public async Task A_display_filter_on_live_output_prints_what_read_with_the_same_filter_prints()
    {
        await using var traffic = new LabTraffic();
        string path = File("filtered.pcapng");
        using var capture = StartCapture("-i", "lo", "-f", traffic.Filter, "-c", "20", "--print", "-Y", "http", "-w", path);
        traffic.Browse(HttpLabScenario.Chunked);
        traffic.Browse(HttpLabScenario.Chunked);
        Assert.Equal(0, Ended(capture));
        string[] lines = capture.StdOutText.TrimEnd('\n').Split('\n');
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Contains(" HTTP ", l));
        var read = SnifferProcess.Run("read", "-r", path, "-Y", "http");
        Assert.Equal(read.StdOut.TrimEnd('\n').Split('\n'), lines);
        var bad = SnifferProcess.Run("capture", "-i", "lo", "-Y", "tcp.prot == 1");
        Assert.Equal(2, bad.ExitCode);
        Assert.StartsWith("sniffer: ", bad.StdErr);
    }

    [LiveCaptureFact]
    public async Task Several_interfaces_go_into_one_file_with_an_interface_block_each()
    {
        await using var traffic = new LabTraffic();
        string path = File("two.pcapng");
        using var capture = StartCapture("-i", "lo", "-i", "any", "-f", traffic.Filter, "-w", path);
        traffic.Browse(HttpLabScenario.Chunked);
        Thread.Sleep(300);
        capture.Signal(BackgroundProcess.SigInt);
        Assert.Equal(0, Ended(capture));
        Assert.Contains("Capturing on 'Loopback: lo' and 'any'", capture.StdErr);
        var info = ExternalTools.Run("capinfos", [path]).StdOut;
        Assert.Contains("Number of interfaces in file: 2", info);
        Assert.Contains("Encapsulation = Ethernet (1 - ether)", info);
        Assert.Contains("Encapsulation = Linux cooked-mode capture v1 (25 - linux-sll)", info);
        string[] interfaces = TsharkFields(path, "frame.interface_id");
        Assert.Contains("0", interfaces);
        Assert.Contains("1", interfaces);
        Assert.Equal(2, PcapngBlockWalker.Blocks(path).Count(b => b.Type == PcapngBlockWalker.InterfaceStatistics));
    }

    [LiveCaptureFact]
    public async Task A_snapshot_length_cuts_packets_and_is_written_in_the_interface_block()
    {
        await using var traffic = new LabTraffic();
        string path = File("snaplen.pcapng");
        using var capture = StartCapture("-i", "lo", "-f", traffic.Filter, "-s", "96", "-p", "-B", "4", "-w", path);
        traffic.Browse(HttpLabScenario.KeepAlive);
        Thread.Sleep(300);
        capture.Signal(BackgroundProcess.SigInt);
        Assert.Equal(0, Ended(capture));
        string[] lengths = TsharkFields(path, "frame.cap_len", "frame.len");
        Assert.All(lengths, l => Assert.True(int.Parse(l.Split('\t')[0], System.Globalization.CultureInfo.InvariantCulture) <= 96));
        Assert.Contains(lengths, l => int.Parse(l.Split('\t')[1], System.Globalization.CultureInfo.InvariantCulture) > 96);
        Assert.Contains("Capture length = 96", ExternalTools.Run("capinfos", [path]).StdOut);
    }

    [LiveCaptureFact]
    public void A_bad_capture_filter_is_libpcaps_message_with_the_filter_echoed()
    {
        var r = SnifferProcess.Run("capture", "-i", "lo", "-f", "tcp port", "-w", File("never.pcapng"));
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("sniffer: Invalid capture filter \"tcp port\" for interface 'Loopback: lo'.", r.StdErr);
        Assert.Contains("syntax error", r.StdErr);
        Assert.DoesNotContain("   at ", r.StdErr);
        Assert.False(System.IO.File.Exists(File("never.pcapng")));
    }

    [LiveCaptureFact]
    public void An_unknown_interface_lists_the_valid_ones()
    {
        var r = SnifferProcess.Run("capture", "-i", "no-such-interface0", "-c", "1");
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("sniffer: There is no device named \"no-such-interface0\".", r.StdErr);
        Assert.Contains("\n1. ", r.StdErr);
        Assert.Contains(" lo (Loopback)", r.StdErr);
        Assert.DoesNotContain("   at ", r.StdErr);
    }

    [LiveCaptureFact]
    public void Without_the_capture_capability_the_message_says_how_to_grant_it()
    {
        var r = ExternalTools.Run("setpriv", ["--bounding-set", "-net_raw,-net_admin", "--inh-caps", "-net_raw,-net_admin",
            .. SnifferProcess.Words, "capture", "-i", "lo", "-c", "1", "-w", File("denied.pcapng")]);
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("sniffer: You do not have permission to capture on 'Loopback: lo'", r.StdErr);
        Assert.Contains("sudo setcap cap_net_raw,cap_net_admin=eip $(readlink -f $(which sniffer))", r.StdErr);
        Assert.DoesNotContain("   at ", r.StdErr);
    }

    [LiveCaptureFact]
    public void Without_libpcap_the_message_says_how_to_install_it()
    {
        using var capture = BackgroundProcess.Sniffer(new Dictionary<string, string> { ["SNIFFER_LIBPCAP"] = "/nonexistent/libpcap.so.0.8" },
            "capture", "-i", "lo", "-c", "1");
        Assert.True(capture.WaitForExit(Exit, out int code));
        Assert.Equal(1, code);
        Assert.Equal("sniffer: libpcap could not be loaded (tried /nonexistent/libpcap.so.0.8); install it with: apt-get install libpcap0.8\n", capture.StdErr);
    }

    [LiveCaptureFact]
    public void The_interface_list_is_dumpcaps_line_for_line()
    {
        var ours = SnifferProcess.Run("interfaces");
        var theirs = ExternalTools.Run("dumpcap", ["-D"]);
        Assert.Equal(0, ours.ExitCode);
        Assert.Equal(theirs.StdOut, ours.StdOut);
        Assert.Equal(ExternalTools.Run("dumpcap", ["-D", "-M"]).StdOut, SnifferProcess.Run("interfaces", "-M").StdOut);
        Assert.Equal(ExternalTools.Run("dumpcap", ["-L", "-i", "lo"]).StdOut, SnifferProcess.Run("interfaces", "-L", "-i", "lo").StdOut);
        Assert.Equal(ExternalTools.Run("dumpcap", ["-L", "-i", "any", "-M"]).StdOut, SnifferProcess.Run("interfaces", "-L", "-i", "any", "-M").StdOut);
    }
}
