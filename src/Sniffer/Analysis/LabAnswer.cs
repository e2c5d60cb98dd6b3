namespace Sniffer.Analysis;

/// <summary>One question of the lab sheet, answered for this capture in sentences, with its frames and display filters as evidence.</summary>
public sealed record LabAnswer
{
    /// <summary>A stable key for the question ("ports", "handshake", "count", "base-page", "version-persistence", "assets", "nesting", "connections", "post", "tls", "filters").</summary>
    public required string Key { get; init; }
    public required string Question { get; init; }
    public required IReadOnlyList<string> Sentences { get; init; }
    public IReadOnlyList<long> Frames { get; init; } = [];
    public IReadOnlyList<string> Filters { get; init; } = [];
}
