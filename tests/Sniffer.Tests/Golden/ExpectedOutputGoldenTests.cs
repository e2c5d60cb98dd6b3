using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Golden;

/// <summary>
/// The corpus ships tshark 4.0.17's own outputs (expected/NAME.summary.txt, .fields.tsv, .conv.txt), made with
/// the key log beside each capture. Sniffer, given the same key log, must print exactly the same: this covers
/// TLS 1.2 and 1.3 decryption, HTTP inside TLS, and the Decryption Secrets Block capture.
/// </summary>
public class ExpectedOutputGoldenTests
{
    public static IEnumerable<object[]> ExpectedNames() => !Corpus.SharedAvailable
        ? []
        : Directory.EnumerateFiles(Path.Combine(Corpus.SharedCorpus, "expected"), "*.summary.txt")
            .Select(f => Path.GetFileName(f)[..^".summary.txt".Length]).Order(StringComparer.Ordinal).Select(n => new object[] { n });

    private static (string Capture, string? Keys) Locate(string name)
    {
        var capture = Corpus.SharedCaptures().Single(f => Path.GetFileNameWithoutExtension(f) == name);
        return (capture, Corpus.KeyLogFor(capture));
    }

    [CorpusTheory]
    [MemberData(nameof(ExpectedNames))]
    public void Summary_lines_equal_the_shipped_tshark_output(string name)
    {
        var (capture, keys) = Locate(name);
        var (code, actual) = SnifferRunner.Read(capture, [], keyLog: keys);
        Assert.Equal(0, code);
        var expected = File.ReadAllText(Path.Combine(Corpus.SharedCorpus, "expected", name + ".summary.txt"));
        GoldenComparison.AssertSameLines(GoldenComparison.Lines(expected), GoldenComparison.Lines(actual), capture, "summary");
    }

    [CorpusTheory]
    [MemberData(nameof(ExpectedNames))]
    public void Fields_equal_the_shipped_tshark_output(string name)
    {
        var (capture, keys) = Locate(name);
        var expected = File.ReadAllText(Path.Combine(Corpus.SharedCorpus, "expected", name + ".fields.tsv"));
        var fields = GoldenComparison.Lines(expected)[0].Split('\t');
        var (code, actual) = SnifferRunner.Read(capture, fields, keyLog: keys);
        Assert.Equal(0, code);
        GoldenComparison.AssertSameFields(expected, actual, capture);
    }

    [CorpusTheory]
    [MemberData(nameof(ExpectedNames))]
    public void Conversation_table_equals_the_shipped_tshark_output(string name)
    {
        var (capture, keys) = Locate(name);
        var (code, actual) = SnifferRunner.Read(capture, [], keyLog: keys, statistics: ["conv,tcp"], quiet: true);
        Assert.Equal(0, code);
        var expected = File.ReadAllText(Path.Combine(Corpus.SharedCorpus, "expected", name + ".conv.txt"));
        GoldenComparison.AssertSameLines(GoldenComparison.Lines(expected), GoldenComparison.Lines(actual), capture, "-z conv,tcp");
    }

    [CorpusTsharkTheory]
    [MemberData(nameof(ExpectedNames))]
    public void Decrypted_application_fields_match_live_tshark(string name)
    {
        var (capture, keys) = Locate(name);
        var args = new List<string> { "-n", "-r", capture, "-T", "fields", "-E", "header=y" };
        if (keys is not null)
            args.AddRange(["-o", "tls.keylog_file:" + keys]);
        foreach (var f in ProtocolGoldenTests.ApplicationFields)
            args.AddRange(["-e", f]);
        var expected = ExternalTools.Tshark([.. args]);
        Assert.Equal(0, expected.ExitCode);
        var (code, actual) = SnifferRunner.Read(capture, ProtocolGoldenTests.ApplicationFields, keyLog: keys);
        Assert.Equal(0, code);
        GoldenComparison.AssertSameFields(expected.StdOut, actual, capture);
    }

    [CorpusTsharkTheory]
    [MemberData(nameof(ExpectedNames))]
    public void Hex_dumps_with_reassembled_and_decrypted_data_match_live_tshark(string name)
    {
        var (capture, keys) = Locate(name);
        var args = new List<string> { "-n", "-r", capture, "-x" };
        if (keys is not null)
            args.AddRange(["-o", "tls.keylog_file:" + keys]);
        var expected = ExternalTools.Tshark([.. args]);
        var settings = new Sniffer.Pipeline.ReadSettings { File = capture, KeyLogFile = keys, HexDump = true };
        var output = new StringWriter();
        Assert.Equal(0, Sniffer.Pipeline.ReadPipeline.Run(settings, output));
        GoldenComparison.AssertSameLines(GoldenComparison.Lines(expected.StdOut), GoldenComparison.Lines(output.ToString()), capture, "-x");
    }
}
