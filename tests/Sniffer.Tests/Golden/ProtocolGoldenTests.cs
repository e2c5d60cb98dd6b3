using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Golden;

/// <summary>
/// Issues 3 and 4: summary lines, TCP/HTTP/TLS fields and -z http,tree identical to tshark 4.0's on every
/// capture, read without a key log (what an eavesdropper sees).
/// </summary>
public class ProtocolGoldenTests
{
    public static readonly string[] ApplicationFields =
    [
        "frame.number", "tcp.stream", "tcp.len", "tcp.seq", "tcp.ack", "tcp.analysis.retransmission", "tcp.analysis.lost_segment",
        "tcp.analysis.duplicate_ack", "tcp.segment", "tcp.reassembled.length",
        "http.request", "http.response", "http.request.method", "http.request.uri", "http.request.version", "http.request.full_uri",
        "http.response.code", "http.response.phrase", "http.response.version", "http.host", "http.user_agent", "http.content_type",
        "http.content_length", "http.content_length_header", "http.transfer_encoding", "http.connection", "http.server",
        "http.request_in", "http.time", "http.response_for.uri", "http.prev_request_in", "http.request_number", "http.response_number",
        "http.file_data", "http.chunk_size",
        "tls.record.content_type", "tls.record.version", "tls.record.length", "tls.handshake.type", "tls.handshake.version",
        "tls.handshake.ciphersuite", "tls.handshake.extensions_server_name", "tls.handshake.extensions_alpn_str",
        "tls.handshake.extensions.supported_version", "tls.handshake.random", "tls.handshake.session_id", "tls.alert_message.level",
        "tls.alert_message.desc", "tls.app_data", "tls.handshake.certificate", "tls.record.opaque_type",
        "x509sat.uTF8String", "x509sat.printableString", "x509sat.CountryName", "x509sat.IA5String",
    ];

    [CorpusTsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SharedCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Summary_lines_match_tshark_on_the_shared_corpus(string relativePath) => AssertSummaryMatches(relativePath);

    [TsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SampleCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Summary_lines_match_tshark_on_sample_captures(string relativePath) => AssertSummaryMatches(relativePath);

    [CorpusTsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SharedCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Application_fields_match_tshark_on_the_shared_corpus(string relativePath) => AssertFieldsMatch(relativePath);

    [TsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SampleCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Application_fields_match_tshark_on_sample_captures(string relativePath) => AssertFieldsMatch(relativePath);

    [CorpusTsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SharedCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Http_tree_statistics_match_tshark_on_the_shared_corpus(string relativePath) => AssertHttpTreeMatches(relativePath);

    [TsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SampleCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Http_tree_statistics_match_tshark_on_sample_captures(string relativePath) => AssertHttpTreeMatches(relativePath);

    private static bool SkippedForHtcpcp(string file) => FoundationGoldenTests.TsharkMisreadsWithoutHtcpcp.Contains(Path.GetFileName(file));

    private static void AssertSummaryMatches(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        if (SkippedForHtcpcp(file))
            return;
        var expected = ExternalTools.Tshark(["-n", "-r", file, .. FoundationGoldenTests.TsharkKeyLog(file)]);
        var (code, actual) = SnifferRunner.Read(file, [], keyLog: Corpus.KeyLogFor(file), disabled: FoundationGoldenTests.TsharkHasNo);
        Assert.Equal(0, code);
        GoldenComparison.AssertSameLines(GoldenComparison.Lines(expected.StdOut), GoldenComparison.Lines(actual), file, "summary");
    }

    private static void AssertFieldsMatch(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        if (SkippedForHtcpcp(file))
            return;
        var args = new List<string> { "-n", "-r", file, "-T", "fields", "-E", "header=y" };
        args.AddRange(FoundationGoldenTests.TsharkKeyLog(file));
        foreach (var f in ApplicationFields)
            args.AddRange(["-e", f]);
        var expected = ExternalTools.Tshark([.. args]);
        Assert.Equal(0, expected.ExitCode);
        var (code, actual) = SnifferRunner.Read(file, ApplicationFields, keyLog: Corpus.KeyLogFor(file), disabled: FoundationGoldenTests.TsharkHasNo);
        Assert.Equal(0, code);
        GoldenComparison.AssertSameFields(expected.StdOut, actual, file);
    }

    private static void AssertHttpTreeMatches(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        // tshark has no HTCPCP: its HTTP heuristic takes the lab pot's "BREW … HTTP/1.1" (no blank line), waits for
        // headers that never end, and its tap still counts "Other HTTP Packets". Sniffer dissects those as HTCPCP;
        // with HTCPCP off it does not reproduce that tap artefact, so this one comparison leaves HTCPCP captures out.
        if (Path.GetFileName(file).StartsWith("htcpcp", StringComparison.Ordinal))
            return;
        var expected = ExternalTools.Tshark(["-n", "-r", file, "-q", "-z", "http,tree", .. FoundationGoldenTests.TsharkKeyLog(file)]);
        var (code, actual) = SnifferRunner.Read(file, [], keyLog: Corpus.KeyLogFor(file), statistics: ["http,tree"], quiet: true, disabled: FoundationGoldenTests.TsharkHasNo);
        Assert.Equal(0, code);
        GoldenComparison.AssertSameLines(GoldenComparison.Lines(expected.StdOut), GoldenComparison.Lines(actual), file, "-z http,tree");
    }
}
