using Sniffer.Dissectors.Frames;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Dissectors.Registry;
using Sniffer.Output;
using Sniffer.Tests.Filter;
using Sniffer.Tests.Golden;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Model;

/// <summary>
/// A run that asks for one field (-Y on it, -e it alone) builds a tree restricted to that field: dissectors skip the
/// items, and whole blocks of items (<see cref="FieldGroup"/>), nothing reads. Whatever is skipped, the field asked for
/// must come out on every frame exactly as in the full tree — same occurrences, same values. Checked for every field
/// the sample captures carry, each asked for alone.
/// </summary>
public sealed class FieldSelectionTests
{
    public static IEnumerable<object[]> SampleCaptures() => FoundationGoldenTests.SampleCaptures();

    public static IEnumerable<object[]> SharedCaptures() => FoundationGoldenTests.SharedCaptures();

    [Theory]
    [MemberData(nameof(SampleCaptures))]
    public void A_field_asked_for_alone_has_the_values_it_has_in_the_full_tree(string relativePath) => AssertSelectionKeepsValues(relativePath);

    [CorpusTheory]
    [MemberData(nameof(SharedCaptures))]
    public void A_field_asked_for_alone_has_its_full_tree_values_on_the_shared_corpus(string relativePath) => AssertSelectionKeepsValues(relativePath);

    public static IEnumerable<object[]> WiresharkCaptures() => WiresharkCorpusGoldenTests.Captures();

    [WiresharkCorpusTheory]
    [MemberData(nameof(WiresharkCaptures))]
    public void A_field_asked_for_alone_has_its_full_tree_values_on_wiresharks_captures(string relativePath)
        => AssertSelectionKeepsValues(Path.Combine(Corpus.WiresharkCorpus, relativePath));

    private static void AssertSelectionKeepsValues(string path)
    {
        string capture = Path.Combine(Corpus.RepoRoot, path);
        // The full tree: every field's values on every frame.
        var full = new List<Dictionary<FieldDef, string>>();
        Dissect(capture, null, tree => full.Add(Values(tree, null)));
        var seen = full.SelectMany(f => f.Keys).Where(f => f.Type != FieldType.Protocol && f != TextItem.Field).Distinct().ToList();

        var differences = new List<string>();
        foreach (var field in seen)
        {
            int frame = 0;
            Dissect(capture, field, tree =>
            {
                var values = Values(tree, field);
                full[frame].TryGetValue(field, out var expected);
                values.TryGetValue(field, out var actual);
                if (expected != actual && differences.Count < 20)
                    differences.Add($"{field.Abbrev} frame {frame + 1}: full tree [{expected}], alone [{actual}]");
                frame++;
            });
        }
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    /// <summary>Occurrences of each field (or of <paramref name="only"/>) as -T fields prints them, joined.</summary>
    private static Dictionary<FieldDef, string> Values(FieldTree tree, FieldDef? only)
    {
        var values = new Dictionary<FieldDef, string>();
        for (int i = 0; i < tree.Count; i++)
        {
            var field = tree[i].Field;
            // A second definition of a name counts as the name (the tree keeps both when the name is asked for).
            var name = field.SameNameAs ?? field;
            if (only is not null && name != only && field != only)
                continue;
            string text = FieldValueFormatter.ToText(tree, tree[i]);
            values[name] = values.TryGetValue(name, out var earlier) ? earlier + "," + text : text;
        }
        return values;
    }

    private static void Dissect(string capture, FieldDef? only, Action<FieldTree> onFrame)
    {
        var keys = new KeyLog();
        var dissector = new PacketDissector(DefaultDissectors.CreateRegistry(keys))
        {
            BuildsText = false,
            RetainConversations = false,
        };
        dissector.KeepOnly(only is null ? null : [only]);
        FilterHarness.ReadFrames(capture, keys, frame => onFrame(dissector.Dissect(frame).Tree));
    }
}
