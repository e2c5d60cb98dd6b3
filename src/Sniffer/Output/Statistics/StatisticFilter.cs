using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Output.Statistics;

/// <summary>
/// The display filter a statistic takes as its own argument (-z conv,ip,FILTER, -z io,stat,1,FILTER): which frames it
/// counts, and the text it prints on its Filter line. Frames it does not select are not counted; the fields it reads
/// are kept in every tree.
/// </summary>
public sealed class StatisticFilter(string text, IFrameFilter filter)
{
    public string Text { get; } = text;

    public IReadOnlyCollection<FieldDef> ReferencedFields => filter.ReferencedFields;

    public bool Matches(FieldTree tree) => filter.Matches(tree);
}
