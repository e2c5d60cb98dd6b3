using Sniffer.Fuzz;
using Sniffer.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Sniffer.Tests.Fuzz;

/// <summary>
/// Issue 11: the fuzzing harness's bounded smoke run in CI — a fixed seed over the sample captures and the shared
/// corpora, about a minute of mutated captures through every output, the writers, display filters and key-log parsing: no crash, no
/// dissector-bug frame, no round-trip difference, no frame slower than a second, managed memory under 1 GiB. The long run
/// is one command: dotnet run --project tests/Sniffer.Fuzz -c Release -- --seconds 1800.
/// </summary>
public class FuzzSmokeTests(ITestOutputHelper log)
{
    [Fact]
    public void A_minute_of_mutated_captures_finds_nothing()
    {
        var seeds = Seed.FromFolders([Corpus.SampleCaptures, Corpus.SharedCorpus, Path.Combine(Corpus.SharedCorpus, "..", "corpus-wireshark")]);
        Assert.NotEmpty(seeds);
        string findings = Path.Combine(Path.GetTempPath(), $"sniffer-fuzz-{Guid.NewGuid():N}");
        var stats = new FuzzEngine(seeds, seed: 1, findings, FilterSeeds.Load()).Run(TimeSpan.FromSeconds(60), maxExecutions: 20_000);
        log.WriteLine(stats.ToString());
        Assert.True(stats.Clean, stats + "\n" + string.Join("\n", stats.Findings.Take(10)) + $"\nreproducers in {findings}");
        Assert.True(stats.WorstFrameMs < 1000, stats.ToString());
        Assert.True(stats.PeakManagedBytes < 1L << 30, stats.ToString());
    }
}
