using Sniffer.Dissectors.Model;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Filter;

/// <summary>
/// Copies of the field trees of whole captures (the dissector reuses one tree per frame), so a property can test
/// many filters against every frame without dissecting again.
/// </summary>
internal static class TreeSnapshots
{
    private static readonly Lazy<IReadOnlyList<FieldTree>> Pool = new(LoadPool);

    /// <summary>Every frame of a few sample captures (HTTP, HTCPCP, TLS 1.3, real Ethernet) and of the shared corpus when present.</summary>
    public static IReadOnlyList<FieldTree> Frames => Pool.Value;

    private static IReadOnlyList<FieldTree> LoadPool()
    {
        var trees = new List<FieldTree>();
        foreach (var name in (string[])["http11-keepalive.pcapng", "http-login-cookies.pcapng", "htcpcp-brew.pcapng", "tls13-echo.pcapng", "veth-ethernet.pcapng"])
            trees.AddRange(Load(Path.Combine(Corpus.SampleCaptures, name), []));
        foreach (var file in Corpus.SharedCaptures().Take(3))
            trees.AddRange(Load(file, ["htcpcp"]));
        return trees;
    }

    public static List<FieldTree> Load(string capture, IReadOnlyList<string> disabled)
    {
        var trees = new List<FieldTree>();
        FilterHarness.Dissect(capture, disabled, (_, tree) => trees.Add(Copy(tree)));
        return trees;
    }

    /// <summary>A tree with the same data sources and nodes (same indexes, parents, flags and values).</summary>
    public static FieldTree Copy(FieldTree source)
    {
        var copy = new FieldTree();
        for (int s = 0; s < source.Sources.Count; s++)
        {
            if (s == 0)
                copy.AddFrameSource(source.SourceBytes(0).ToArray());
            else
                copy.AddDataSource(source.Sources[s].Name, source.SourceBytes(s));
        }
        for (int i = 0; i < source.Count; i++)
        {
            ref readonly var n = ref source[i];
            int index = n.Field.Type.StoresBytes()
                ? copy.AddBytes(n.Parent, n.Field, n.Source, n.Offset, n.Length, source.ValueBytes(n), n.Flags & ~NodeFlags.ValueInSource)
                : copy.Add(n.Parent, n.Field, n.Source, n.Offset, n.Length, n.Number, n.Flags);
            Assert.Equal(i, index);
        }
        return copy;
    }
}
