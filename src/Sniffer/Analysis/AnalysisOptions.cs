namespace Sniffer.Analysis;

/// <summary>What a report is about and how much it shows: the capture's name, the filter and key log used, secrets shown or masked, limits.</summary>
public sealed record AnalysisOptions
{
    /// <summary>The capture's file name as the report names it.</summary>
    public string FileName { get; init; } = "";
    public string? DisplayFilterText { get; init; }
    public string? KeyLogName { get; init; }
    /// <summary>--show-secrets: print credential-like values whole instead of their first and last character.</summary>
    public bool ShowSecrets { get; init; }
    public AnalysisLimits Limits { get; init; } = new();
}
