using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Golden;

/// <summary>
/// The Native AOT build (linux-x64, published once per run by scripts/test.sh, named by SNIFFER_BINARY) prints exactly
/// what the in-process JIT path prints on the corpus and the sample captures — summary lines and -T fields, with the
/// key log beside each capture — and, on the corpus, exactly tshark's shipped output. A trimming or AOT difference
/// (a field the trimmer removed, reflection that found nothing) shows up here as a first differing line.
/// </summary>
public class AotGoldenTests
{
    public const string NotBuilt = "the Native AOT binary is published by scripts/test.sh (SNIFFER_BINARY names it); a plain dotnet test has none";

    public static IEnumerable<object[]> Captures() =>
        ExpectedOutputGoldenTests.ExpectedNames().Select(n => (string)n[0])
            .Select(n => Corpus.SharedCaptures().Single(f => Path.GetFileNameWithoutExtension(f) == n))
            .Concat(Corpus.SampleCaptureFiles())
            .Select(f => new object[] { Path.GetRelativePath(Corpus.RepoRoot, f) });

    private static string[] KeyLogArguments(string capture) => Corpus.KeyLogFor(capture) is { } keys ? ["--keylog", keys] : [];

    [AotTheory]
    [MemberData(nameof(Captures))]
    public void The_AOT_binary_prints_the_summary_lines_and_fields_the_JIT_path_prints(string relativePath)
    {
        string capture = Path.GetFullPath(Path.Combine(Corpus.RepoRoot, relativePath));
        string? keys = Corpus.KeyLogFor(capture);

        var aotSummary = ExternalTools.Run(SnifferProcess.NativeBinary!, ["read", "-r", capture, .. KeyLogArguments(capture)]);
        var (code, jitSummary) = SnifferRunner.Read(capture, [], keyLog: keys);
        Assert.Equal(code, aotSummary.ExitCode);
        GoldenComparison.AssertSameLines(GoldenComparison.Lines(jitSummary), GoldenComparison.Lines(aotSummary.StdOut), capture, "AOT summary");

        string[] fields = ProtocolGoldenTests.ApplicationFields;
        var aotFields = ExternalTools.Run(SnifferProcess.NativeBinary!,
            ["read", "-r", capture, "-T", "fields", "-E", "header=y", .. KeyLogArguments(capture), .. fields.SelectMany(f => new[] { "-e", f })]);
        var (fieldsCode, jitFields) = SnifferRunner.Read(capture, fields, keyLog: keys);
        Assert.Equal(fieldsCode, aotFields.ExitCode);
        GoldenComparison.AssertSameFields(jitFields, aotFields.StdOut, capture);

        string name = Path.GetFileNameWithoutExtension(capture);
        string expected = Path.Combine(Corpus.SharedCorpus, "expected", name + ".summary.txt");
        if (relativePath.StartsWith("..", StringComparison.Ordinal) && File.Exists(expected))
            GoldenComparison.AssertSameLines(GoldenComparison.Lines(File.ReadAllText(expected)), GoldenComparison.Lines(aotSummary.StdOut), capture, "AOT summary against tshark");
    }
}

/// <summary>A theory that runs the Native AOT binary; skipped with the reason when the test run has none.</summary>
public sealed class AotTheoryAttribute : TheoryAttribute
{
    public AotTheoryAttribute()
    {
        if (SnifferProcess.NativeBinary is null)
            Skip = AotGoldenTests.NotBuilt;
    }
}
