using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Golden;

/// <summary>
/// Issue 2's golden tests: for every capture in ../shared/corpus and sample_captures, `sniffer read -T fields`
/// prints exactly what tshark 4.0 prints for the link, network and transport fields.
/// </summary>
public class FoundationGoldenTests
{
    public static readonly string[] TransportFields =
    [
        "frame.number", "frame.time_relative", "frame.time_epoch", "frame.len", "frame.cap_len",
        "eth.src", "eth.dst", "ip.src", "ip.dst", "ip.len", "ip.id", "ip.ttl", "ip.proto", "ipv6.src", "ipv6.dst", "ipv6.plen",
        "tcp.srcport", "tcp.dstport", "tcp.port", "tcp.stream", "tcp.flags.syn", "tcp.flags.str", "tcp.seq", "tcp.ack", "tcp.len",
        "tcp.nxtseq", "tcp.hdr_len", "tcp.window_size_value", "tcp.window_size", "tcp.options.mss_val", "tcp.options.timestamp.tsval",
        "udp.port", "frame.interface_id", "tcp.payload", "tcp.option_kind", "tcp.options.wscale.shift", "tcp.window_size_scalefactor",
        "tcp.analysis", "tcp.analysis.flags", "tcp.analysis.acks_frame", "tcp.analysis.ack_rtt", "tcp.analysis.initial_rtt",
        "tcp.analysis.bytes_in_flight", "tcp.time_relative", "tcp.time_delta", "ip.dsfield", "ip.flags", "ip.checksum", "eth.padding",
        "tcp.completeness", "tcp.analysis.retransmission", "tcp.analysis.fast_retransmission", "tcp.analysis.spurious_retransmission",
        "tcp.analysis.out_of_order", "tcp.analysis.lost_segment", "tcp.analysis.ack_lost_segment", "tcp.analysis.duplicate_ack",
        "tcp.analysis.duplicate_ack_num", "tcp.analysis.duplicate_ack_frame", "tcp.analysis.window_update", "tcp.analysis.window_full",
        "tcp.analysis.zero_window", "tcp.analysis.zero_window_probe", "tcp.analysis.zero_window_probe_ack", "tcp.analysis.keep_alive",
        "tcp.analysis.keep_alive_ack", "tcp.analysis.reused_ports", "tcp.analysis.push_bytes_sent", "tcp.analysis.rto",
        "tcp.analysis.rto_frame",
    ];

    /// <summary>Protocols Sniffer has and tshark 4.0 does not: turned off when the two are compared.</summary>
    public static readonly string[] TsharkHasNo = ["htcpcp"];

    /// <summary>
    /// Captures whose application layer tshark 4.0 misreads with HTCPCP off: its HTTP heuristic takes the lab web app's
    /// "BREW coffee://… HTTP/1.1" (the line ends in HTTP/1.1) and, as BREW is no HTTP method, reads the request line as
    /// a header because its URI holds a colon, adding HTTP fields with no HTTP message. Application-layer comparisons
    /// with plain tshark leave them out; their HTCPCP is compared with tshark running Sniffer's exported Lua dissector
    /// (Lua.HtcpcpLuaTsharkTests), their transport layer still here.
    /// </summary>
    public static readonly string[] TsharkMisreadsWithoutHtcpcp = ["htcpcp-lab.pcapng"];

    /// <summary>tshark's option for the key log beside a capture (NAME.keys), if there is one; Sniffer gets the same file.</summary>
    public static string[] TsharkKeyLog(string capture) => Corpus.KeyLogFor(capture) is { } keys ? ["-o", "tls.keylog_file:" + keys] : [];

    public static IEnumerable<object[]> SharedCaptures() =>
        Corpus.SharedCaptures().Select(f => new object[] { Path.GetRelativePath(Corpus.RepoRoot, f) });

    /// <summary>The captures the tool itself made (sample_captures/).</summary>
    public static IEnumerable<object[]> SampleCaptures() =>
        Corpus.SampleCaptureFiles().Select(f => new object[] { Path.GetRelativePath(Corpus.RepoRoot, f) });

    [CorpusTsharkTheory]
    [MemberData(nameof(SharedCaptures))]
    public void Transport_fields_match_tshark_on_the_shared_corpus(string relativePath) => AssertTransportFieldsMatch(relativePath);

    [TsharkTheory]
    [MemberData(nameof(SampleCaptures))]
    public void Transport_fields_match_tshark_on_sample_captures(string relativePath) => AssertTransportFieldsMatch(relativePath);

    private static void AssertTransportFieldsMatch(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        var args = new List<string> { "-n", "-r", file, "-T", "fields", "-E", "header=y" };
        args.AddRange(TsharkKeyLog(file));
        foreach (var f in TransportFields)
            args.AddRange(["-e", f]);
        var expected = ExternalTools.Tshark([.. args]);
        Assert.Equal(0, expected.ExitCode);
        var (code, actual) = SnifferRunner.Read(file, TransportFields, keyLog: Corpus.KeyLogFor(file), disabled: TsharkHasNo);
        Assert.Equal(0, code);
        GoldenComparison.AssertSameFields(expected.StdOut, actual, file);
    }

    [CorpusTsharkTheory]
    [MemberData(nameof(SharedCaptures))]
    public void Tcp_conversation_table_matches_tshark_on_the_shared_corpus(string relativePath) => AssertConversationTableMatches(relativePath);

    [TsharkTheory]
    [MemberData(nameof(SampleCaptures))]
    public void Tcp_conversation_table_matches_tshark_on_sample_captures(string relativePath) => AssertConversationTableMatches(relativePath);

    private static void AssertConversationTableMatches(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        var expected = ExternalTools.Tshark(["-n", "-r", file, "-q", "-z", "conv,tcp", .. FoundationGoldenTests.TsharkKeyLog(file)]);
        var (code, actual) = SnifferRunner.Read(file, [], keyLog: Corpus.KeyLogFor(file), statistics: ["conv,tcp"], quiet: true, disabled: TsharkHasNo);
        Assert.Equal(0, code);
        GoldenComparison.AssertSameLines(GoldenComparison.Lines(expected.StdOut), GoldenComparison.Lines(actual), file, "-z conv,tcp");
    }

    [CorpusTsharkTheory]
    [MemberData(nameof(SharedCaptures))]
    public void Follow_tcp_matches_tshark_on_the_shared_corpus(string relativePath) => AssertFollowMatches(relativePath);

    [TsharkTheory]
    [MemberData(nameof(SampleCaptures))]
    public void Follow_tcp_matches_tshark_on_sample_captures(string relativePath) => AssertFollowMatches(relativePath);

    private static void AssertFollowMatches(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        foreach (var mode in new[] { "ascii", "hex", "raw" })
        {
            for (int stream = 0; stream < 3; stream++)
            {
                string z = $"follow,tcp,{mode},{stream}";
                var expected = ExternalTools.Tshark(["-n", "-r", file, "-q", "-z", z, .. TsharkKeyLog(file)]);
                var (code, actual) = SnifferRunner.Read(file, [], keyLog: Corpus.KeyLogFor(file), statistics: [z], quiet: true, disabled: TsharkHasNo);
                Assert.Equal(0, code);
                GoldenComparison.AssertSameLines(GoldenComparison.Lines(expected.StdOut), GoldenComparison.Lines(actual), file, "-z " + z);
            }
        }
    }

    [CorpusTsharkFact]
    public void The_shipped_expected_outputs_are_what_this_tshark_prints()
    {
        // Guards the oracle itself: if Debian's tshark changes behaviour, the corpus expectations say so first.
        string file = Path.Combine(Corpus.SharedCorpus, "local", "tcpdump_http10.pcap");
        var live = ExternalTools.Tshark("-n", "-r", file);
        var shipped = File.ReadAllText(Path.Combine(Corpus.SharedCorpus, "expected", "tcpdump_http10.summary.txt"));
        Assert.Equal(GoldenComparison.Lines(shipped), GoldenComparison.Lines(live.StdOut));
    }
}
