using Sniffer.Dissectors.Filter;
using Sniffer.Dissectors.Model;

namespace Sniffer.Output.Statistics;

/// <summary>
/// What every -z statistic shares from the command line: where it prints, how it writes times (-t) and names (-N),
/// and how it compiles the display filter it may take as an argument.
/// </summary>
public sealed record StatisticContext(TextWriter Output)
{
    public TimeReference Time { get; init; } = TimeReference.Relative;

    public NameResolver Names { get; init; } = NameResolver.None;


    /// <summary>
    /// The fields some display filter of the run names (-Y and every statistic's own): tshark builds only those into its
    /// tree, so its io,stat sees the values of those alone.
    /// </summary>
    public HashSet<FieldDef> PrimedFields { get; } = new();

    /// <summary>The lowest severity every -z expert table counts: one for the whole run, as tap-expert.c has it.</summary>
    public ExpertSeverity ExpertLowest { get; set; } = ExpertSeverity.Comment;

    /// <summary>The exit code of a refused statistic: 1, or 10 for io,stat's field errors (tap-iostat.c exits with 10).</summary>
    public int ErrorExitCode { get; set; } = 1;

    /// <summary>
    /// Compiles a statistic's filter argument with the display-filter engine and notes the fields it names as
    /// <see cref="PrimedFields"/>; null with tshark's words (\"Filter \"…\" is invalid - …\") when it is refused.
    /// </summary>
    public (StatisticFilter? Filter, string? Error) Compile(string text)
    {
        var result = DisplayFilter.Compile(text, FieldCatalog.Shared);
        if (!result.Succeeded)
            return (null, $"Filter \"{text}\" is invalid - {result.Error.Message}");
        PrimedFields.UnionWith(result.Filter.ReferencedFields);
        return (new StatisticFilter(text, result.Filter), null);
    }
}
