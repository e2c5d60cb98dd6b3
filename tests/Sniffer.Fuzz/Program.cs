using System.Globalization;
using Sniffer.Fuzz;

// sniffer-fuzz [--seconds N] [--seed S] [--executions N] [--out DIR] [CORPUS_DIR…]
// In-process mutation fuzzing of the capture readers and writers, every decoder and dissector, the reassembler,
// TLS with and without keys, and key-log parsing. Exit code 0 when nothing was found, 1 otherwise.
double seconds = 60;
int seed = 1;
long executions = long.MaxValue;
string output = "fuzz-findings";
var folders = new List<string>();
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--seconds" when i + 1 < args.Length && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out seconds) && seconds > 0:
            i++;
            break;
        case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out seed):
            i++;
            break;
        case "--executions" when i + 1 < args.Length && long.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out executions):
            i++;
            break;
        case "--out" when i + 1 < args.Length:
            output = args[++i];
            break;
        default:
            if (args[i].StartsWith('-'))
            {
                Console.Error.WriteLine($"sniffer-fuzz: unknown or invalid option '{args[i]}'; use --seconds N --seed S --executions N --out DIR [CORPUS_DIR…]");
                return 2;
            }
            folders.Add(args[i]);
            break;
    }
}
if (folders.Count == 0)
{
    string root = AppContext.BaseDirectory;
    while (!File.Exists(Path.Combine(root, "Sniffer.sln")) && Path.GetDirectoryName(root) is { } parent)
        root = parent;
    folders.AddRange([Path.Combine(root, "sample_captures"), Path.Combine(root, "..", "shared", "corpus"), Path.Combine(root, "..", "shared", "corpus-wireshark")]);
}
var seeds = Seed.FromFolders(folders);
var filters = FilterSeeds.Load();
Console.WriteLine($"sniffer-fuzz: {seeds.Count} seed captures, seed {seed}, {seconds:F0} s");
var engine = new FuzzEngine(seeds, seed, output, filters);
var stats = engine.Run(TimeSpan.FromSeconds(seconds), executions, Console.WriteLine);
Console.WriteLine(stats);
foreach (var finding in stats.Findings)
    Console.WriteLine("  " + finding);
Console.WriteLine($"peak working set {Environment.WorkingSet / (1024.0 * 1024):F1} MiB (current), {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):F1} MiB (peak)");
return stats.Clean ? 0 : 1;
