using System.IO.Compression;
using Sniffer.Dissectors.Filter.Types;
using Sniffer.Dissectors.Model;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Filter;

/// <summary>
/// A filter on a field Sniffer declares reads tshark's type and value names from a small list (the full list's lines
/// about the declared names only), so it does not decompress and index the whole list at start. That small list must be
/// exactly those lines: checked here against the full list and the catalog; after a field is declared or the full list
/// regenerated, `SNIFFER_WRITE_NAMES=1 dotnet test --filter DeclaredNamesListTests` writes it again.
/// </summary>
public sealed class DeclaredNamesListTests
{
    private static string ListPath => Path.Combine(Corpus.RepoRoot, "src", "Dissectors", "Filter", "Names", "tshark-names-declared.txt.gz");

    [Fact]
    public void The_declared_names_list_is_the_full_lists_lines_about_the_catalogs_names()
    {
        var names = FieldCatalog.Shared.All.Select(f => f.Abbrev).ToHashSet(StringComparer.Ordinal);
        var expected = TsharkNames.SubsetFor(names);
        if (Environment.GetEnvironmentVariable("SNIFFER_WRITE_NAMES") == "1")
        {
            using var file = File.Create(ListPath);
            using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
            gzip.Write(expected);
        }
        using var stored = new GZipStream(File.OpenRead(ListPath), CompressionMode.Decompress);
        using var text = new MemoryStream();
        stored.CopyTo(text);
        Assert.True(expected.AsSpan().SequenceEqual(text.ToArray()),
            $"{ListPath} is not the full list's lines about the declared names: run SNIFFER_WRITE_NAMES=1 dotnet test --filter DeclaredNamesListTests");
    }

    [Fact]
    public void Every_declared_name_has_the_same_type_and_value_names_in_both_lists()
    {
        foreach (var field in FieldCatalog.Shared.All)
        {
            string name = field.Abbrev;
            bool inFull = TsharkNames.Shared.TryGetType(name, out var fullType);
            bool inDeclared = TsharkNames.Declared.TryGetType(name, out var declaredType);
            Assert.True(inFull == inDeclared && fullType == declaredType, name);
            var full = TsharkNames.Shared.StringsOf(name);
            var declared = TsharkNames.Declared.StringsOf(name);
            Assert.True(full?.Kind == declared?.Kind, name);
            Assert.True(TsharkNames.Shared.QuotedStringsOf(name)?.Kind == TsharkNames.Declared.QuotedStringsOf(name)?.Kind, name);
            bool quotedFull = TsharkNames.Shared.TryGetQuotedType(name, out var quotedFullType);
            bool quotedDeclared = TsharkNames.Declared.TryGetQuotedType(name, out var quotedDeclaredType);
            Assert.True(quotedFull == quotedDeclared && quotedFullType == quotedDeclaredType, name);
        }
    }
}
