namespace Sniffer.Tests.Infrastructure;

/// <summary>
/// Locates the repository, its sample captures and the shared third-party corpus (../shared/corpus
/// beside the clone). A user's clone has no ../shared; tests that need it skip and say so.
/// </summary>
public static class Corpus
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string SharedCorpus => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpus"));

    public static bool SharedAvailable => Directory.Exists(SharedCorpus);

    public static string SampleCaptures => Path.Combine(RepoRoot, "sample_captures");

    /// <summary>Wireshark's own test and wiki captures (../shared/corpus-wireshark), with tshark's outputs in expected/.</summary>
    public static string WiresharkCorpus => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpus-wireshark"));

    public static bool WiresharkCorpusAvailable => Directory.Exists(WiresharkCorpus);

    public const string WiresharkCorpusAbsentReason = "../shared/corpus-wireshark is absent (a user's clone has none); its tests run in CI";

    /// <summary>Every capture in corpus-wireshark (pcap, pcapng, cap, gzip-compressed too), not its expected/ or derived/ copies.</summary>
    public static IEnumerable<string> WiresharkCaptures() => !WiresharkCorpusAvailable
        ? []
        : Directory.EnumerateFiles(WiresharkCorpus, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}expected{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}derived{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => f.EndsWith(".pcap", StringComparison.Ordinal) || f.EndsWith(".pcapng", StringComparison.Ordinal)
                || f.EndsWith(".cap", StringComparison.Ordinal) || f.EndsWith(".gz", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public const string AbsentReason = "../shared/corpus is absent (a user's clone has none); corpus tests run in CI";

    /// <summary>Every capture file in the shared corpus, relative path first.</summary>
    public static IEnumerable<string> SharedCaptures() => !SharedAvailable
        ? []
        : Directory.EnumerateFiles(SharedCorpus, "*.pcap*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    /// <summary>Every capture in sample_captures (made by the tool itself).</summary>
    public static IEnumerable<string> SampleCaptureFiles() => !Directory.Exists(SampleCaptures)
        ? []
        : Directory.EnumerateFiles(SampleCaptures, "*.pcap*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    /// <summary>The key log that belongs to a capture: NAME.keys beside it (for x.pcapng.gz, x.pcapng.keys), if any.</summary>
    public static string? KeyLogFor(string capture)
    {
        string keys = Path.ChangeExtension(capture, ".keys");
        return File.Exists(keys) ? keys : null;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sniffer.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Sniffer.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that needs ../shared/corpus; skipped with the reason when it is absent.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (!Corpus.SharedAvailable)
            Skip = Corpus.AbsentReason;
    }
}

/// <summary>A theory over corpus files; skipped with the reason when ../shared/corpus is absent.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (!Corpus.SharedAvailable)
            Skip = Corpus.AbsentReason;
    }
}

/// <summary>A theory over corpus-wireshark captures that needs tshark; skipped with the reason when either is absent.</summary>
public sealed class WiresharkCorpusTheoryAttribute : TheoryAttribute
{
    public WiresharkCorpusTheoryAttribute()
    {
        if (!Corpus.WiresharkCorpusAvailable)
            Skip = Corpus.WiresharkCorpusAbsentReason;
        else if (!ExternalTools.HasTshark)
            Skip = ExternalTools.TsharkAbsentReason;
    }
}
