using Sniffer.Dissectors.Taps;

namespace Sniffer.Analysis;

/// <summary>Everything <c>sniffer analyze</c> was asked to do, validated, independent of the command line.</summary>
public sealed record AnalyzeSettings
{
    public required string File { get; init; }
    public string? KeyLogFile { get; init; }
    /// <summary>Preferences as tshark's -o NAME:VALUE (the key log taken out into <see cref="KeyLogFile"/>).</summary>
    public IReadOnlyList<string> Preferences { get; init; } = [];
    public IReadOnlyList<string> DecodeAs { get; init; } = [];
    public IReadOnlyList<string> DisabledProtocols { get; init; } = [];
    /// <summary>The compiled -Y filter: only the frames it selects count in the report.</summary>
    public IFrameFilter? DisplayFilter { get; init; }
    public string? DisplayFilterText { get; init; }
    public ReportFormat Format { get; init; } = ReportFormat.Text;
    /// <summary>Where the report goes (-o FILE); null for standard output.</summary>
    public string? OutputFile { get; init; }
    public bool ShowSecrets { get; init; }
    /// <summary>Colour the text report (only ever set when it goes to a terminal).</summary>
    public bool Colour { get; init; }
    public AnalysisLimits Limits { get; init; } = new();
}
