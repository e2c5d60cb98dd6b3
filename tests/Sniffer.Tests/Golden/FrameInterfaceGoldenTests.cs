using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Golden;

/// <summary>
/// frame.interface_id with its frame.interface_name (if_name, else if_description, else "unknown") and
/// frame.interface_description, and frame.comment, beside tshark on every sample, shared and Wireshark-corpus capture.
/// </summary>
public sealed class FrameInterfaceGoldenTests
{
    private static readonly string[] Fields = ["frame.interface_id", "frame.interface_name", "frame.interface_description", "frame.comment"];

    public static IEnumerable<object[]> Captures() =>
        FoundationGoldenTests.SampleCaptures().Concat(FoundationGoldenTests.SharedCaptures())
            .Concat(Corpus.WiresharkCaptures().Where(f => f.EndsWith(".pcapng", StringComparison.Ordinal))
                .Select(f => new object[] { Path.GetRelativePath(Corpus.RepoRoot, f) }));

    [TsharkTheory]
    [MemberData(nameof(Captures))]
    public void Interface_and_comment_fields_match_tshark(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        GoldenComparison.AssertFieldsMatchTshark(file, Fields);
    }
}
