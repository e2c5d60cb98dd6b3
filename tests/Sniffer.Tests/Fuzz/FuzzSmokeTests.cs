using System.Globalization;
using System.Text.RegularExpressions;
using Sniffer.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Sniffer.Tests.Fuzz;

/// <summary>
/// Issue 11: the fuzzing harness's bounded smoke run in CI — a fixed seed over the sample captures and the shared
/// corpora, about a minute of mutated captures through every output, the writers, display filters and key-log parsing: no crash, no
/// dissector-bug frame, no round-trip difference, no hang, managed memory under 1 GiB. The long run
/// is one command: dotnet run --project tests/Sniffer.Fuzz -c Release -- --seconds 1800.
/// The harness runs in its own process, as that command does: its memory bound measures the fuzzed code alone, not the
/// other tests running beside it in this process, and a hang ends that process (exit code 3), not the test run.
/// </summary>
public partial class FuzzSmokeTests(ITestOutputHelper log)
{
    [Fact]
    public void A_minute_of_mutated_captures_finds_nothing()
    {
        string[] folders = [Corpus.SampleCaptures, Corpus.SharedCorpus, Path.Combine(Corpus.SharedCorpus, "..", "corpus-wireshark")];
        Assert.NotEmpty(Sniffer.Fuzz.Seed.FromFolders(folders));
        string findings = Path.Combine(Path.GetTempPath(), $"sniffer-fuzz-{Guid.NewGuid():N}");
        var run = ExternalTools.Run("dotnet",
            ["exec", Path.Combine(AppContext.BaseDirectory, "Sniffer.Fuzz.dll"),
             "--seconds", "60", "--executions", "20000", "--seed", "1", "--out", findings, .. folders],
            timeoutSeconds: 300);
        log.WriteLine(run.StdOut);
        log.WriteLine(run.StdErr);
        string report = $"{run.StdOut}\n{run.StdErr}\nreproducers in {findings}";
        Assert.True(run.ExitCode == 0, $"sniffer-fuzz exited {run.ExitCode} (1: findings, 3: a hang)\n{report}");
        var stats = StatsLine().Match(run.StdOut);
        Assert.True(stats.Success, "no closing statistics line\n" + report);
        Assert.Equal("0", stats.Groups["crashes"].Value);
        Assert.Equal("0", stats.Groups["bugs"].Value);
        Assert.Equal("0", stats.Groups["mismatches"].Value);
        Assert.True(long.Parse(stats.Groups["executions"].Value, CultureInfo.InvariantCulture) > 1000, report);
        // A bound, not a timing: a stuck or quadratic frame takes far longer; a loaded 2-core machine can stall one for seconds.
        Assert.True(double.Parse(stats.Groups["worst"].Value, CultureInfo.InvariantCulture) < 10_000, report);
        Assert.True(double.Parse(stats.Groups["managed"].Value, CultureInfo.InvariantCulture) < 1024, report);
    }

    [GeneratedRegex(@"^executions (?<executions>\d+), frames \d+, crashes (?<crashes>\d+), dissector-bug frames (?<bugs>\d+), " +
        @"round-trip mismatches (?<mismatches>\d+), worst time per frame (?<worst>[0-9.]+) ms \(.*\), peak managed memory (?<managed>[0-9.]+) MiB$",
        RegexOptions.Multiline)]
    private static partial Regex StatsLine();
}
