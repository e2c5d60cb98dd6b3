using Sniffer.Dissectors.Filter;
using Sniffer.Dissectors.Model;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Filter;

/// <summary>
/// Every filter of invalid-filters.txt (unknown names, syntax errors, bad literals of each type, type errors, bad
/// functions, ranges, regexes, macros…) is refused before any frame is read, exactly as tshark 4.0.17 refuses it:
/// the same message, the same echo of the filter with the same caret and underline, the same exit code.
/// </summary>
public sealed class InvalidDisplayFilterTests
{
    public static IEnumerable<object[]> Filters() => FilterHarness.InvalidFilters.Select(f => new object[] { f });

    [TsharkTheory]
    [MemberData(nameof(Filters))]
    public void Refused_with_tsharks_message_caret_and_exit_code(string filter) => AssertRefusedAsTshark(filter);

    /// <summary>Characters a text file of filters cannot hold.</summary>
    [TsharkTheory]
    [InlineData("tcp.port == 80\r")]
    [InlineData("http.host == \"caf\u00e9\" && \u00e9")]
    [InlineData("tcp.port == 80\u0001")]
    public void Refused_with_tsharks_message_for_unprintable_characters(string filter) => AssertRefusedAsTshark(filter);

    private static void AssertRefusedAsTshark(string filter)
    {
        var tshark = ExternalTools.Tshark(["-n", "-r", Path.Combine(Corpus.SampleCaptures, "tcp-echo.pcapng"), "-Y", filter, "-c", "1"]);
        var expected = tshark.StdErr.Split('\n')
            .Where(l => l.Length > 0 && !l.StartsWith("  Note:", StringComparison.Ordinal) && !l.StartsWith("        maybe", StringComparison.Ordinal))
            .ToList();
        Assert.NotEqual(0, tshark.ExitCode);

        var result = DisplayFilter.Compile(filter, FieldCatalog.Shared);
        Assert.False(result.Succeeded, $"Sniffer compiled {filter} (as {result.Filter})");
        Assert.Equal(tshark.ExitCode, result.Error.ExitCode);
        Assert.Equal(expected, result.Error.Lines("tshark"));
    }
}
