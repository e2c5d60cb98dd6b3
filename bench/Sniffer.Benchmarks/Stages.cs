using BenchmarkDotNet.Attributes;
using Sniffer.Dissectors.Frames;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;
using Sniffer.Files;
using Sniffer.Output;

namespace Sniffer.Benchmarks;

/// <summary>The stages of `sniffer read -T fields`, each timed on its own.</summary>
[MemoryDiagnoser]
public class Stages
{
    private static readonly string[] DefaultFields = ["tcp.stream", "http.request.method", "http.request.uri", "http.response.code"];

    public static IEnumerable<(string Name, Func<long> Run)> All(string file) =>
    [
        ("read frames", () => ReadOnly(file)),
        ("read + dissect (fields)", () => Dissect(file, DefaultFields, output: false)),
        ("read + dissect + print", () => Dissect(file, DefaultFields, output: true)),
        ("read + dissect (full tree)", () => Dissect(file, null, output: false)),
        ("memory after dissect", () => MemoryAfter(file)),
    ];

    /// <summary>Dissects the file and reports the live heap and conversation count at the end (flat-memory checks).</summary>
    public static long MemoryAfter(string file)
    {
        using var reader = CaptureFileReader.Open(file);
        var dissector = new PacketDissector(DefaultDissectors.CreateRegistry()) { RetainConversations = false };
        dissector.KeepOnly(DefaultFields.Select(f => FieldCatalog.Shared.Find(f)).OfType<FieldDef>());
        dissector.InfoColumnEnabled = false;
        long n = 0;
        while (reader.TryReadNext(out var frame))
        {
            dissector.Dissect(frame);
            if (++n % 200_000 == 0)
                Console.WriteLine($"  after {n} frames: live heap {GC.GetTotalMemory(true) / 1048576.0:F1} MiB, {dissector.Conversations.LiveCount} conversations held");
        }
        return n;
    }

    public static long ReadOnly(string file)
    {
        using var reader = CaptureFileReader.Open(file);
        long n = 0;
        while (reader.TryReadNext(out _))
            n++;
        return n;
    }

    public static long Dissect(string file, string[]? fields, bool output)
    {
        using var reader = CaptureFileReader.Open(file);
        var dissector = new PacketDissector(DefaultDissectors.CreateRegistry());
        var defs = fields?.Select(f => FieldCatalog.Shared.Find(f)).OfType<FieldDef>().ToList();
        dissector.KeepOnly(defs);
        dissector.InfoColumnEnabled = fields is null;
        var printer = defs is null ? null : new FieldsPrinter(defs, new FieldsLayout(), FieldCatalog.Shared);
        long n = 0;
        while (reader.TryReadNext(out var frame))
        {
            var packet = dissector.Dissect(frame);
            if (output)
                printer?.Write(packet, TextWriter.Null);
            n++;
        }
        return n;
    }

    [Params("")]
    public string File { get; set; } = Environment.GetEnvironmentVariable("SNIFFER_BENCH_FILE") ?? "";

    [Benchmark]
    public long ReadFrames() => ReadOnly(File);

    [Benchmark]
    public long DissectForFields() => Dissect(File, DefaultFields, output: true);
}
