using System.Diagnostics;
using System.Text;
using Sniffer.Dissectors.Filter;
using Sniffer.Dissectors.Model;

namespace Sniffer.Tests.Filter;

/// <summary>
/// Filters no one would type but anyone could: enormous nesting and chains compile (or are refused) without
/// exhausting the stack, and take time in proportion to their length. Bounds are far above what linear work needs.
/// </summary>
public sealed class HostileFilterTests
{
    private static readonly FieldTree Frame = TreeSnapshots.Frames[3];

    private static void CompilesAndRunsQuickly(string text, bool expectCompiled)
    {
        var watch = Stopwatch.StartNew();
        var result = DisplayFilter.Compile(text, FieldCatalog.Shared);
        Assert.Equal(expectCompiled, result.Succeeded);
        if (result.Succeeded)
        {
            result.Filter.Matches(Frame);
            Assert.NotEmpty(result.Filter.ToString());
        }
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{text.Length} characters took {watch.Elapsed}");
    }

    [Fact]
    public void A_hundred_thousand_nested_parentheses_restart_the_parse_as_tsharks_stack_does() =>
        CompilesAndRunsQuickly(new string('(', 100_000) + "tcp" + new string(')', 100_000), expectCompiled: false);

    [Fact]
    public void A_hundred_thousand_nots_keep_only_the_tail_that_fits_tsharks_stack() =>
        CompilesAndRunsQuickly(new string('!', 100_000) + "tcp", expectCompiled: true);

    [Fact]
    public void A_chain_of_a_hundred_thousand_ands_is_checked_and_tested_without_recursion() =>
        CompilesAndRunsQuickly(string.Join(" && ", Enumerable.Repeat("tcp.port != 1", 100_000)), expectCompiled: true);

    [Fact]
    public void A_chain_of_a_hundred_thousand_ors_is_checked_and_tested_without_recursion() =>
        CompilesAndRunsQuickly(string.Join(" or ", Enumerable.Repeat("tcp.port == 1", 100_000)), expectCompiled: true);

    [Fact]
    public void An_arithmetic_chain_longer_than_a_thousand_terms_is_refused_not_overflowed()
    {
        CompilesAndRunsQuickly("tcp.port == " + string.Join(" + ", Enumerable.Repeat("1", 500)), expectCompiled: true);
        CompilesAndRunsQuickly("tcp.port + " + string.Join(" + ", Enumerable.Repeat("1", 100_000)), expectCompiled: false);
        CompilesAndRunsQuickly("frame" + new StringBuilder().Insert(0, "[0:]", 100_000) + " == 00", expectCompiled: false);
    }

    [Fact]
    public void A_long_string_and_a_long_set_compile_quickly()
    {
        CompilesAndRunsQuickly("http.host == \"" + new string('a', 1_000_000) + "\"", expectCompiled: true);
        CompilesAndRunsQuickly("tcp.port in {" + string.Join(", ", Enumerable.Range(0, 65536)) + "}", expectCompiled: true);
    }
}
