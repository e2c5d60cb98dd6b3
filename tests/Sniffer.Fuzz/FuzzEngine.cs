using System.Diagnostics;

namespace Sniffer.Fuzz;

/// <summary>
/// The fuzzing loop: picks a seed, mutates it, runs the targets, and stops after a number of executions or seconds.
/// A watchdog reports an input that runs longer than <see cref="HangSeconds"/> as a hang.
/// </summary>
public sealed class FuzzEngine(IReadOnlyList<Seed> seeds, int seed, string findingsDirectory, IReadOnlyList<string>? filters = null)
{
    public const int HangSeconds = 30;

    public FuzzStats Stats { get; } = new();

    public FuzzStats Run(TimeSpan duration, long maxExecutions = long.MaxValue, Action<string>? progress = null)
    {
        if (seeds.Count == 0)
            throw new InvalidOperationException("no seed captures found");
        var mutator = new Mutator(seed);
        var pick = new Random(seed ^ 0x5EED);
        var targets = new FuzzTargets(Stats, findingsDirectory);
        var clock = Stopwatch.StartNew();
        var lastReport = clock.Elapsed;
        long started = 0;
        using var watchdog = new Timer(_ =>
        {
            long running = Interlocked.Read(ref started);
            if (running != 0 && Stopwatch.GetElapsedTime(running).TotalSeconds > HangSeconds)
            {
                Console.Error.WriteLine($"fuzz: an input ran more than {HangSeconds} s (a hang); its reproducer is being written");
                Environment.Exit(3);
            }
        }, null, 1000, 1000);

        while (clock.Elapsed < duration && Stats.Executions < maxExecutions)
        {
            var s = seeds[pick.Next(seeds.Count)];
            var input = pick.Next(10) == 0 ? s.Bytes : mutator.Mutate(s.Bytes, seeds);
            Stats.Executions++;
            string name = $"{s.Name}#{Stats.Executions}";
            Interlocked.Exchange(ref started, Stopwatch.GetTimestamp());
            try
            {
                switch (pick.Next(10))
                {
                    case < 6:
                        targets.DissectCapture(name, input, s.KeyLog);
                        break;
                    case < 8:
                        targets.RoundTrip(name, input);
                        break;
                    case 8 when filters is { Count: > 0 }:
                    {
                        string text = filters[pick.Next(filters.Count)];
                        var mutated = System.Text.Encoding.Latin1.GetString(mutator.Mutate(System.Text.Encoding.Latin1.GetBytes(text), seeds));
                        name = $"filter {mutated}";
                        input = System.Text.Encoding.Latin1.GetBytes(mutated);
                        targets.Filter(pick.Next(4) == 0 ? text : mutated, s.Bytes);
                        break;
                    }
                    default:
                        FuzzTargets.KeyLogText(s.KeyLog is { } k && pick.Next(2) == 0
                            ? mutator.Mutate(System.Text.Encoding.ASCII.GetBytes(k), seeds)
                            : input);
                        break;
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Stats.Crashes++;
                targets.Save(name, input, "crash", e.ToString());
            }
            finally
            {
                Interlocked.Exchange(ref started, 0);
            }
            long managed = Stats.Executions % 256 == 0 ? GC.GetTotalMemory(forceFullCollection: true) : 0;
            if (managed > Stats.PeakManagedBytes)
                Stats.PeakManagedBytes = managed;
            if (progress is not null && clock.Elapsed - lastReport > TimeSpan.FromSeconds(30))
            {
                lastReport = clock.Elapsed;
                progress($"{clock.Elapsed:hh\\:mm\\:ss} {Stats}");
            }
        }
        return Stats;
    }
}
