namespace Sniffer.Analysis;

/// <summary>
/// How much a report keeps on a large capture: the connections with the most bytes, a budget of transactions and of
/// flow-graph arrows; what is left out is counted (<see cref="ReportOmissions"/>). Memory stays bounded by these and by
/// the connections open at once.
/// </summary>
public sealed record AnalysisLimits
{
    public const int DefaultMaxConnections = 1000;
    public const int DefaultMaxTransactions = 5000;
    public const int DefaultMaxArrows = 5000;

    /// <summary>Connections listed: the ones with the most bytes (ties: the earlier tcp.stream).</summary>
    public int MaxConnections { get; init; } = DefaultMaxConnections;

    /// <summary>Requests and responses listed, across the listed connections, in the order the connections end.</summary>
    public int MaxTransactions { get; init; } = DefaultMaxTransactions;

    /// <summary>Arrows drawn in the flow graph (the earliest ones of the listed connections).</summary>
    public int MaxArrows { get; init; } = DefaultMaxArrows;

    /// <summary>Arrows remembered per connection while it is open.</summary>
    public int MaxArrowsPerConnection { get; init; } = 2000;

    /// <summary>Exposures listed; the rest are counted.</summary>
    public int MaxExposures { get; init; } = 1000;
}
