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

    /// <summary>Compiles a statistic's filter argument; null with the reason when it is refused.</summary>
    public Func<string, (StatisticFilter? Filter, string? Error)> CompileFilter { get; init; } = NoFilterEngine;

    /// <summary>
    /// The fields some display filter of the run names (-Y and every statistic's own): tshark builds only those into its
    /// tree, so its io,stat sees the values of those alone.
    /// </summary>
    public HashSet<FieldDef> PrimedFields { get; } = new();

    /// <summary>Compiles a statistic's filter and notes the fields it names as <see cref="PrimedFields"/>.</summary>
    public (StatisticFilter? Filter, string? Error) Compile(string text)
    {
        var result = CompileFilter(text);
        if (result.Filter is { } filter)
            PrimedFields.UnionWith(filter.ReferencedFields);
        return result;
    }

    /// <summary>Used until the display-filter engine is part of the build: every filter argument is refused, saying why.</summary>
    public static (StatisticFilter?, string?) NoFilterEngine(string text) =>
        (null, $"display filters in statistics need the display-filter engine, which this build of Sniffer does not have yet (filter \"{text}\")");
}
