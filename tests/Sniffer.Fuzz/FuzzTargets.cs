using System.Diagnostics;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Dissectors.Registry;
using Sniffer.Dissectors.Taps;
using Sniffer.Files;
using Sniffer.Output;
using Sniffer.Output.Statistics;

namespace Sniffer.Fuzz;

/// <summary>
/// What the fuzzer feeds hostile bytes to: a capture read by every output a user has (summary, -T fields of every
/// field, -x, the whole tree with its text, follow, -z conv/http, the reports), a read → write → read round trip,
/// and key-log text. Each returns normally whatever the bytes; anything else is a finding.
/// </summary>
public sealed class FuzzTargets(FuzzStats stats, string findingsDirectory)
{
    private static readonly FieldDef[] AllFields = FieldCatalog.Shared.All.Where(f => f is not ProtocolDef).ToArray();

    /// <summary>Reads every value and every text of the whole tree, and checks no frame carries a dissector bug.</summary>
    private sealed class Inspector(FuzzTargets owner, string name, byte[] input) : ITap
    {
        private readonly System.Text.StringBuilder _scratch = new();
        public TapNeeds Needs => TapNeeds.AllFields | TapNeeds.DisplayText | TapNeeds.Columns | TapNeeds.StreamData | TapNeeds.EveryFrame;
        public IReadOnlyCollection<FieldDef> Fields => [];
        public void OnEnd(CaptureModel model) { }

        public void OnFrame(PacketContext packet)
        {
            var tree = packet.Tree;
            foreach (ref readonly var node in tree.Nodes)
            {
                _scratch.Clear();
                FieldValueFormatter.Append(_scratch, tree, node);
                if (ReferenceEquals(node.Field, Dissectors.Frames.FrameFields.DissectorBug))
                    owner.Bug(name, input, packet.Frame.Number, System.Text.Encoding.UTF8.GetString(tree.TextBytes(node)));
            }
            foreach (var e in packet.StreamEvents)
                _ = tree.SourceBytes(e.Source).Slice(e.Offset, e.Length);
        }
    }

    public void DissectCapture(string name, byte[] bytes, string? keyLog)
    {
        var keys = new KeyLog();
        if (keyLog is not null)
            keys.AddText(keyLog, "fuzz");
        var output = TextWriter.Null;
        ITap[] taps =
        [
            new SummaryPrinter(output),
            new FieldsPrinter(AllFields, new FieldsLayout(), FieldCatalog.Shared, output),
            new HexDumpPrinter(output),
            new Inspector(this, name, bytes),
            new ConversationStatistics(new StatisticContext(output), ConversationKind.Tcp),
            new ConversationStatistics(new StatisticContext(output), ConversationKind.Ethernet),
            new EndpointStatistics(new StatisticContext(output), ConversationKind.Udp),
            new HttpTreeStatistics(output),
            new FollowTcpPrinter(0, FollowMode.Hex, output),
            new HttpConnectionsReport(output),
            new TlsSessionsReport(output),
        ];
        var run = new DissectionRun(DefaultDissectors.CreateRegistry(keys), taps);
        using var reader = CaptureFileReader.Open(new MemoryStream(bytes, writable: false), name);
        var watch = new Stopwatch();
        long frames = 0;
        while (frames < 200_000 && reader.TryReadNext(out var frame))
        {
            frames++;
            watch.Restart();
            run.Process(frame);
            double ms = watch.Elapsed.TotalMilliseconds;
            // The first inputs pay for JIT compilation and table set-up; they say nothing about the input.
            if (ms > stats.WorstFrameMs && stats.Executions > 50)
            {
                stats.WorstFrameMs = ms;
                stats.WorstFrameInput = $"{name} frame {frame.Number}";
            }
        }
        run.Finish();
        stats.Frames += frames;
    }

    public void RoundTrip(string name, byte[] bytes)
    {
        var first = new List<(long Time, int Original, byte[] Data)>();
        var written = new MemoryStream();
        using (var reader = CaptureFileReader.Open(new MemoryStream(bytes, writable: false), name))
        using (var copier = new CaptureCopier(reader, written))
        {
            while (first.Count < 100_000 && reader.TryReadNext(out var frame))
            {
                first.Add((frame.Timestamp, frame.OriginalLength, frame.Data.ToArray()));
                copier.Write(frame);
            }
        }
        int i = 0;
        using var again = CaptureFileReader.Open(new MemoryStream(written.ToArray(), writable: false), name + " (written)");
        while (again.TryReadNext(out var frame))
        {
            if (i >= first.Count || !frame.Data.Span.SequenceEqual(first[i].Data) || frame.Timestamp != first[i].Time)
            {
                Mismatch(name, bytes, $"frame {i + 1} differs after write and read");
                return;
            }
            i++;
        }
        if (i != first.Count || again.Error is not null)
            Mismatch(name, bytes, $"{first.Count} frames written, {i} read back ({again.Error})");
    }

    /// <summary>
    /// A display filter from hostile text: compiling never throws (a refusal is an answer), and a compiled filter is
    /// evaluated on the frames of one capture without throwing.
    /// </summary>
    public void Filter(string text, byte[] capture)
    {
        var result = Dissectors.Filter.DisplayFilter.Compile(text, FieldCatalog.Shared);
        if (!result.Succeeded)
        {
            _ = result.Error.Lines("sniffer");
            return;
        }
        var filter = result.Filter;
        _ = filter.ToString();
        var run = new DissectionRun(DefaultDissectors.CreateRegistry(), [], filter);
        using var reader = CaptureFileReader.Open(new MemoryStream(capture, writable: false), "filter target");
        for (int frames = 0; frames < 2000 && reader.TryReadNext(out var frame); frames++)
            run.Process(frame);
        run.Finish();
    }

    public static void KeyLogText(byte[] bytes)
    {
        var log = new KeyLog();
        log.AddText(System.Text.Encoding.Latin1.GetString(bytes), "fuzz");
        _ = log.SessionCount;
    }

    private void Bug(string name, byte[] input, long frame, string text)
    {
        stats.DissectorBugFrames++;
        Save(name, input, "bug", $"frame {frame}: {text} (SNIFFER_THROW_DISSECTOR_BUGS=1 sniffer read -r FILE shows the stack)");
    }

    private void Mismatch(string name, byte[] bytes, string what)
    {
        stats.RoundTripMismatches++;
        Save(name, bytes, "roundtrip", what);
    }

    /// <summary>Keeps a finding's input as a reproducer (a capture file) with a line saying what happened.</summary>
    public void Save(string name, byte[] bytes, string kind, string what)
    {
        if (stats.Findings.Count < 100)
            stats.Findings.Add($"{kind}: {name}: {what}");
        try
        {
            Directory.CreateDirectory(findingsDirectory);
            string stem = Path.Combine(findingsDirectory, $"{kind}-{stats.Executions}");
            File.WriteAllBytes(stem + ".pcapng", bytes);
            File.WriteAllText(stem + ".txt", $"{name}\n{what}\n");
        }
        catch (IOException)
        {
        }
    }
}
