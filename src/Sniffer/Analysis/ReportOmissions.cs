namespace Sniffer.Analysis;

/// <summary>What a report left out to stay within its <see cref="AnalysisLimits"/>, counted.</summary>
public sealed record ReportOmissions
{
    public long Connections { get; init; }
    public long ConnectionFrames { get; init; }
    public long ConnectionBytes { get; init; }
    public long Transactions { get; init; }
    public long Arrows { get; init; }
    public long Exposures { get; init; }

    public bool Any => Connections + Transactions + Arrows + Exposures > 0;
}
