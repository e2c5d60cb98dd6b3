using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Dissectors.Registry;
using Sniffer.Dissectors.Taps;
using Sniffer.Files;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Golden;

/// <summary>
/// Issue 8: a tree built for a few fields keeps its hierarchy. On every capture, each node of a partial tree hangs from
/// the same ancestor as in the whole tree — its parent there, or the nearest ancestor the selection kept (protocols are
/// always kept) — and carries the same values in the same order.
/// </summary>
public class PartialTreeTests
{
    private static readonly string[][] Selections =
    [
        ["tcp", "tcp.flags.syn", "http.host"],
        ["tcp.flags.syn", "tcp.analysis.ack_rtt", "http.request.method", "tls.handshake.type", "tls.handshake.extensions_server_name"],
        ["ip.src", "tcp.stream", "tcp.segment", "http.request.uri", "http.file_data", "x509sat.uTF8String", "data.data"],
    ];

    public static IEnumerable<object[]> Cases() =>
        from capture in TapAgreementTests.AllCaptures()
        from i in Enumerable.Range(0, Selections.Length)
        select new object[] { capture[0], i };

    private sealed class Snapshot(IReadOnlyCollection<FieldDef> fields, bool all) : ITap
    {
        public List<List<(string Field, string Value, string Parent)>> Frames { get; } = new();
        public TapNeeds Needs => all ? TapNeeds.AllFields : TapNeeds.None;
        public IReadOnlyCollection<FieldDef> Fields => fields;
        public HashSet<FieldDef>? Keep;

        public void OnFrame(PacketContext packet)
        {
            var tree = packet.Tree;
            var nodes = new List<(string, string, string)>();
            for (int i = 0; i < tree.Count; i++)
            {
                ref readonly var n = ref tree[i];
                if (Keep is not null && !Keep.Contains(n.Field) && n.Field.Type != FieldType.Protocol)
                    continue;
                // The nearest ancestor this selection keeps (itself or its parent when the snapshot is the partial tree).
                int p = n.Parent;
                while (p >= 0 && Keep is not null && !Keep.Contains(tree[p].Field) && tree[p].Field.Type != FieldType.Protocol)
                    p = tree[p].Parent;
                nodes.Add((n.Field.Abbrev, Output.FieldValueFormatter.ToText(tree, n), p < 0 ? "-" : tree[p].Field.Abbrev));
            }
            Frames.Add(nodes);
        }

        public void OnEnd(CaptureModel model) { }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_tree_built_for_a_few_fields_keeps_their_parents(string relativePath, int selection)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        var wanted = Selections[selection].Select(f => FieldCatalog.Shared.Find(f)!).ToHashSet();
        var whole = new Snapshot([], all: true) { Keep = wanted };
        var partial = new Snapshot(wanted, all: false);
        foreach (var tap in new[] { whole, partial })
        {
            var keys = new KeyLog();
            if (Corpus.KeyLogFor(file) is { } keyFile)
                keys.AddFile(keyFile);
            var run = new DissectionRun(DefaultDissectors.CreateRegistry(keys), [tap]);
            using var reader = CaptureFileReader.Open(file);
            while (reader.TryReadNext(out var frame))
                run.Process(frame);
            run.Finish();
        }
        Assert.Equal(whole.Frames.Count, partial.Frames.Count);
        for (int f = 0; f < whole.Frames.Count; f++)
            Assert.True(whole.Frames[f].SequenceEqual(partial.Frames[f]),
                $"{Path.GetFileName(file)} frame {f + 1}:\n whole:   {string.Join(" | ", whole.Frames[f])}\n partial: {string.Join(" | ", partial.Frames[f])}");
    }
}
