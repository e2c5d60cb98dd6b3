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

    public const string AbsentReason = "../shared/corpus is absent (a user's clone has none); corpus tests run in CI";

    /// <summary>Every capture file in the shared corpus, relative path first.</summary>
    public static IEnumerable<string> SharedCaptures() => !SharedAvailable
        ? []
        : Directory.EnumerateFiles(SharedCorpus, "*.pcap*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    /// <summary>Every capture in sample_captures (made by the tool itself).</summary>
    public static IEnumerable<string> SampleCaptureFiles() => !Directory.Exists(SampleCaptures)
        ? []
        : Directory.EnumerateFiles(SampleCaptures, "*.pcap*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    /// <summary>The key log that belongs to a capture: NAME.keys beside it, if any.</summary>
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
