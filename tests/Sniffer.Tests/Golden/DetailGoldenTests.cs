using System.Text.Json;
using Sniffer.Output;
using Sniffer.Pipeline;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Golden;

/// <summary>
/// Issue 15: packet details (-V) and the machine formats (-T json, ek, pdml, psml) identical to tshark 4.0's on every
/// frame of every capture, decrypted with the key log beside it. One tshark run per capture and format (cached).
/// Absolute times print in the local zone; tshark inherits the test process's zone, and the cache keys on it.
/// </summary>
public class DetailGoldenTests
{
    [TsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SampleCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Packet_details_match_tshark_on_sample_captures(string relativePath) => AssertDetails(relativePath);

    [CorpusTsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SharedCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Packet_details_match_tshark_on_the_shared_corpus(string relativePath) => AssertDetails(relativePath);

    [TsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SampleCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Json_matches_tshark_on_sample_captures(string relativePath) => AssertJson(relativePath);

    [CorpusTsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SharedCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Json_matches_tshark_on_the_shared_corpus(string relativePath) => AssertJson(relativePath);

    [TsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SampleCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Ek_matches_tshark_on_sample_captures(string relativePath) => AssertEk(relativePath);

    [CorpusTsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SharedCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Ek_matches_tshark_on_the_shared_corpus(string relativePath) => AssertEk(relativePath);

    [TsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SampleCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Pdml_and_psml_match_tshark_on_sample_captures(string relativePath) => AssertXml(relativePath);

    [CorpusTsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SharedCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Pdml_and_psml_match_tshark_on_the_shared_corpus(string relativePath) => AssertXml(relativePath);

    /// <summary>
    /// What tshark is told beside the capture: its key log, and for the HTCPCP captures HTCPCP off (tshark has none)
    /// and its http_tcp heuristic off too: that heuristic claims the lab pot's "BREW /pot-1 HTTP/1.1" (no blank line
    /// follows) and holds its bytes and the reply's waiting for headers that never end, so tshark shows no data for
    /// them; Sniffer's HTTP does not hold bytes that are not an HTTP message, and shows them as data, as tshark
    /// does once that heuristic is off.
    /// </summary>
    internal static string[] TsharkArgs(string file)
    {
        var args = new List<string> { "-n", "-r", file };
        args.AddRange(FoundationGoldenTests.TsharkKeyLog(file));
        if (Path.GetFileName(file).StartsWith("htcpcp", StringComparison.Ordinal))
            args.AddRange(["--disable-heuristic", "http_tcp"]);
        return [.. args];
    }

    internal static ReadSettings Settings(string file) => new()
    {
        File = file,
        KeyLogFile = Corpus.KeyLogFor(file),
        DisabledProtocols = FoundationGoldenTests.TsharkHasNo,
    };

    private static void AssertDetails(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        var expected = ExternalTools.Tshark([.. TsharkArgs(file), "-V"]);
        Assert.Equal(0, expected.ExitCode);
        var (code, actual) = SnifferRunner.Run(Settings(file) with { Details = true });
        Assert.Equal(0, code);
        GoldenComparison.AssertSameLines(GoldenComparison.Lines(expected.StdOut), GoldenComparison.Lines(actual), file, "-V");
    }

    private static void AssertJson(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        var expected = ExternalTools.Tshark([.. TsharkArgs(file), "-T", "json"]);
        Assert.Equal(0, expected.ExitCode);
        var (code, actual) = SnifferRunner.Run(Settings(file) with { Output = PacketOutput.Machine, Machine = MachineFormat.Json });
        Assert.Equal(0, code);
        GoldenComparison.AssertSameLines(GoldenComparison.Lines(expected.StdOut), GoldenComparison.Lines(actual), file, "-T json");
        // And it is JSON: an array with one object per frame, each with _index, _type, _score and _source.layers.
        using var document = JsonDocument.Parse(actual);
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        foreach (var packet in document.RootElement.EnumerateArray())
            Assert.Equal(JsonValueKind.Object, packet.GetProperty("_source").GetProperty("layers").ValueKind);
    }

    private static void AssertEk(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        var expected = ExternalTools.Tshark([.. TsharkArgs(file), "-T", "ek"]);
        Assert.Equal(0, expected.ExitCode);
        var (code, actual) = SnifferRunner.Run(Settings(file) with { Output = PacketOutput.Machine, Machine = MachineFormat.Ek });
        Assert.Equal(0, code);
        GoldenComparison.AssertSameLines(GoldenComparison.Lines(expected.StdOut), GoldenComparison.Lines(actual), file, "-T ek");
        AssertBulkFormat(actual);
    }

    /// <summary>Elasticsearch's bulk format: an index action line, then the packet's document, one JSON object per line.</summary>
    internal static void AssertBulkFormat(string ek)
    {
        var lines = ek.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length % 2 == 0, "index and document lines come in pairs");
        for (int i = 0; i < lines.Length; i += 2)
        {
            using var action = JsonDocument.Parse(lines[i]);
            Assert.StartsWith("packets-", action.RootElement.GetProperty("index").GetProperty("_index").GetString());
            using var doc = JsonDocument.Parse(lines[i + 1]);
            Assert.True(doc.RootElement.TryGetProperty("timestamp", out _));
            Assert.Equal(JsonValueKind.Object, doc.RootElement.GetProperty("layers").ValueKind);
        }
    }

    private static void AssertXml(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        foreach (var (format, name) in new[] { (MachineFormat.Pdml, "pdml"), (MachineFormat.Psml, "psml") })
        {
            var expected = ExternalTools.Tshark([.. TsharkArgs(file), "-T", name]);
            Assert.Equal(0, expected.ExitCode);
            var (code, actual) = SnifferRunner.Run(Settings(file) with { Output = PacketOutput.Machine, Machine = format });
            Assert.Equal(0, code);
            GoldenComparison.AssertSameLines(WithoutCreator(expected.StdOut), WithoutCreator(actual), file, "-T " + name);
            // The document parses as XML.
            System.Xml.Linq.XDocument.Parse(actual);
        }
    }

    /// <summary>
    /// The preamble names the program, its version and the time of the run, and PDML's comment says where tshark's
    /// stylesheet is installed: those lines are left out of the comparison (their shape is checked elsewhere).
    /// </summary>
    internal static string[] WithoutCreator(string text) => GoldenComparison.Lines(text)
        .Where(l => !l.StartsWith("<pdml ", StringComparison.Ordinal) && !l.StartsWith("<psml ", StringComparison.Ordinal)
            && !l.StartsWith("<!-- You can find pdml2html.xsl", StringComparison.Ordinal))
        .ToArray();
}
