using Sniffer.Capture;
using Sniffer.Dissectors.Model;
using Sniffer.Files;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Capture;

/// <summary>The file sink alone, fed made-up packets: what its blocks say, ring files, limits and write errors.</summary>
public class PcapngCaptureSinkTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sniffer-sink-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly PcapngWriterOptions Header = new() { Hardware = "test CPU", OperatingSystem = "Linux 6.1.0-test", Application = "Sniffer tests" };

    private static CaptureStart Start(params string[] names)
    {
        var interfaces = new CaptureInterfaceInfo[names.Length];
        for (int i = 0; i < names.Length; i++)
            interfaces[i] = new CaptureInterfaceInfo(i, names[i], names[i] == "lo" ? "Loopback" : null, LinkType.Ethernet, 262144, "tcp port 8080");
        return new CaptureStart(interfaces, 1_700_000_000_000_000_000);
    }

    /// <summary>A minimal Ethernet/IPv4/TCP SYN from 127.0.0.1:40000 to 127.0.0.1:8080 (tshark -x of a real one, checksums zeroed).</summary>
    private static readonly byte[] Syn = Hex.Parse(
        "000000000000 000000000000 0800" +
        "4500 0028 0001 0000 4006 0000 7f000001 7f000001" +
        "9c40 1f90 00000001 00000000 5002 ffff 0000 0000");

    private static CapturedPacket Packet(long number, int interfaceId = 0, int length = 0) =>
        new(number, interfaceId, 1_700_000_000_000_000_000 + number * 1_000_000, length == 0 ? Syn.Length : length,
            length == 0 ? Syn : new byte[length]);

    private static CaptureSummary Summary(ulong captured, int interfaces = 1)
    {
        var stats = new InterfaceCaptureStatistics[interfaces];
        for (int i = 0; i < interfaces; i++)
            stats[i] = new InterfaceCaptureStatistics(i, "lo", captured, 1, 0, 0, 2, captured + 1, 1_700_000_000_000_000_000, 1_700_000_001_000_000_000);
        return new CaptureSummary(CaptureStopReason.Requested, captured, stats, CaptureError.None);
    }

    [TsharkFact]
    public void The_file_has_the_interface_options_every_packet_and_statistics_and_tshark_reads_it_without_a_warning()
    {
        string path = Path.Combine(_dir, "one.pcapng");
        Assert.True(PcapngCaptureSink.TryCreate(new PcapngSinkSettings { Path = path, Header = Header }, out var sink, out _));
        sink!.Begin(Start("lo", "eth0"));
        for (int i = 1; i <= 5; i++)
            Assert.Equal(SinkVerdict.Continue, sink.Accept(Packet(i, interfaceId: i % 2)));
        sink.End(Summary(5, interfaces: 2));

        var read = ExternalTools.Tshark("-r", path, "-T", "fields", "-e", "frame.interface_name", "-e", "tcp.flags.str");
        Assert.Equal(0, read.ExitCode);
        Assert.Equal("", read.StdErr);
        Assert.Equal(5, read.StdOut.TrimEnd('\n').Split('\n').Length);
        Assert.Contains("eth0\t", read.StdOut);

        var info = ExternalTools.Run("capinfos", [path]);
        Assert.Contains("Number of packets:   5", info.StdOut);
        Assert.Contains("Capture application: Sniffer tests", info.StdOut);
        Assert.Contains("Number of interfaces in file: 2", info.StdOut);
        Assert.Contains("Description = Loopback", info.StdOut);
        Assert.Contains("Capture length = 262144", info.StdOut);
        Assert.Contains("Time precision = nanoseconds (9)", info.StdOut);
        Assert.Contains("Operating system = Linux 6.1.0-test", info.StdOut);
        Assert.Contains("Filter string = tcp port 8080", info.StdOut);
        Assert.Contains("Number of stat entries = 1", info.StdOut);
    }

    [Fact]
    public void The_statistics_blocks_carry_the_counters_and_the_start_and_end_times()
    {
        string path = Path.Combine(_dir, "stats.pcapng");
        Assert.True(PcapngCaptureSink.TryCreate(new PcapngSinkSettings { Path = path, Header = Header }, out var sink, out _));
        sink!.Begin(Start("lo"));
        sink.Accept(Packet(1));
        sink.End(Summary(1));

        var isb = Assert.Single(PcapngBlockWalker.Blocks(path), b => b.Type == PcapngBlockWalker.InterfaceStatistics);
        var options = PcapngBlockWalker.Options(isb.Body, fixedLength: 12);   // interface id, time stamp
        Assert.Equal(2UL, PcapngBlockWalker.Counter(options, 4));            // isb_ifrecv: ps_recv
        Assert.Equal(2UL, PcapngBlockWalker.Counter(options, 5));            // isb_ifdrop: ps_ifdrop
        Assert.Equal(1UL, PcapngBlockWalker.Counter(options, 7));            // isb_osdrop: ps_drop
        Assert.Equal(1UL, PcapngBlockWalker.Counter(options, 8));            // isb_usrdeliv
        Assert.Equal(1_700_000_000_000_000_000, PcapngBlockWalker.Time(options, 2));
        Assert.Equal(1_700_000_001_000_000_000, PcapngBlockWalker.Time(options, 3));
    }

    [Fact]
    public void A_ring_switches_files_by_size_names_them_as_dumpcap_and_keeps_only_the_newest()
    {
        string path = Path.Combine(_dir, "ring.pcapng");
        var settings = new PcapngSinkSettings { Path = path, Header = Header, RingFileKilobytes = 2, RingFileCount = 2 };
        Assert.True(PcapngCaptureSink.TryCreate(settings, out var sink, out _));
        sink!.Begin(Start("lo"));
        for (int i = 1; i <= 40; i++)
            Assert.Equal(SinkVerdict.Continue, sink.Accept(Packet(i, length: 400)));
        sink.End(Summary(40));

        Assert.True(sink.FilesWritten.Count >= 4);
        foreach (string f in sink.FilesWritten)
            Assert.Matches(@"ring_\d{5}_\d{14}\.pcapng$", f);
        string[] left = Directory.GetFiles(_dir, "ring_*.pcapng");
        Assert.Equal(2, left.Length);
        Assert.Equal(sink.FilesWritten.Skip(sink.FilesWritten.Count - 2).Order(), left.Order());
    }

    [Fact]
    public void The_file_size_limit_stops_the_capture_after_the_packet_that_reaches_it()
    {
        string path = Path.Combine(_dir, "limit.pcapng");
        Assert.True(PcapngCaptureSink.TryCreate(new PcapngSinkSettings { Path = path, Header = Header, StopAfterKilobytes = 2 }, out var sink, out _));
        sink!.Begin(Start("lo"));
        int accepted = 0;
        SinkVerdict verdict;
        do
        {
            verdict = sink.Accept(Packet(++accepted, length: 500));
        }
        while (verdict == SinkVerdict.Continue && accepted < 100);
        Assert.Equal(SinkVerdict.StopCapture, verdict);
        sink.End(Summary((ulong)accepted));
        Assert.InRange(new FileInfo(path).Length, 2000, 2000 + 600 + 200);
    }

    [Fact]
    public void A_write_that_fails_gives_one_error_naming_the_file_and_the_reason()
    {
        // /dev/full accepts the open and fails every write with ENOSPC, as a full disk does.
        var settings = new PcapngSinkSettings { Path = "/dev/full", Header = Header };
        Assert.True(PcapngCaptureSink.TryCreate(settings, out var sink, out _));
        sink!.Begin(Start("lo"));
        var verdict = sink.Accept(Packet(1));
        Assert.Equal(SinkVerdict.Failed, verdict);
        Assert.Equal(CaptureErrorKind.WriteFailed, sink.Failure!.Kind);
        Assert.Contains("\"/dev/full\"", sink.Failure.Message);
        Assert.Contains("space", sink.Failure.Message);
        Assert.Equal(SinkVerdict.Failed, sink.Tick(0));
        sink.End(Summary(1));
    }

    [Fact]
    public void A_file_that_cannot_be_created_is_refused_before_capturing()
    {
        var settings = new PcapngSinkSettings { Path = "/nonexistent/dir/cap.pcapng", Header = Header };
        Assert.False(PcapngCaptureSink.TryCreate(settings, out _, out var error));
        Assert.Equal(CaptureErrorKind.OutputOpenFailed, error.Kind);
        Assert.StartsWith("The file to which the capture would be saved (\"/nonexistent/dir/cap.pcapng\") could not be opened", error.Message);
    }

    [Fact]
    public void The_live_printer_dissects_each_packet_into_tsharks_summary_line()
    {
        var output = new StringWriter { NewLine = "\n" };
        var printer = new LiveSummarySink(output);
        printer.Begin(Start("lo"));
        printer.Accept(Packet(1));
        printer.End(Summary(1));
        var line = output.ToString().TrimEnd('\n');
        Assert.StartsWith("    1 0.000000000", line);
        Assert.Contains(" TCP 54 ", line);
        Assert.Contains("[SYN]", line);
    }

    [Fact]
    public void A_captured_packet_becomes_a_frame_with_nanosecond_precision()
    {
        var frame = Packet(7).ToFrame(LinkType.Ethernet);
        Assert.Equal(7, frame.Number);
        Assert.Equal(9, frame.TimePrecisionDigits);
        Assert.Equal(LinkType.Ethernet, frame.Link);
        Assert.Equal(Syn.Length, frame.Data.Length);
        Assert.False(frame.CutBySnaplen);
    }
}
