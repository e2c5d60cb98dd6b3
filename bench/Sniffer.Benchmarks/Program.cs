using System.Diagnostics;
using BenchmarkDotNet.Running;
using Sniffer.Benchmarks;

// `stages FILE` times each stage of `read -T fields` once (reader, dissection, output) to show where time goes;
// `make-https OUT.pcapng OUT.keys SIZE_MB` writes the decryption benchmark's capture; anything else runs the BenchmarkDotNet micro-benchmarks (set SNIFFER_BENCH_FILE to a capture).
if (args.Length == 2 && args[0] == "stages")
{
    foreach (var (name, action) in Stages.All(args[1]).Concat(Stages.All(args[1])))
    {
        var watch = Stopwatch.StartNew();
        long frames = action();
        watch.Stop();
        Console.WriteLine($"{name,-28} {watch.Elapsed.TotalSeconds,8:F3} s  {frames / watch.Elapsed.TotalSeconds,12:F0} frames/s");
    }
    return 0;
}
if (args.Length == 4 && args[0] == "make-https")
{
    Console.WriteLine(HttpsCaptureGenerator.Write(args[1], args[2], double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture)));
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(Stages).Assembly).Run(args);
return 0;
