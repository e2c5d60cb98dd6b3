namespace Sniffer.Analysis;

/// <summary>
/// Everything <c>sniffer analyze</c> learnt from one capture, in the order the report prints it: endpoints and roles,
/// the map, connections, transactions (nested and grouped), TLS sessions, exposures, lab answers and the flow graph.
/// The text, Markdown, JSON and HTML writers all print this one object.
/// </summary>
public sealed record LabReport
{
    /// <summary>The JSON shape's version (docs/analyze-report.schema.json); raised when a field changes meaning or goes away.</summary>
    public const int SchemaVersion = 1;

    public required ReportCapture Capture { get; init; }
    public required AnalysisLimits Limits { get; init; }
    public required ReportOmissions Omitted { get; init; }
    public required IReadOnlyList<EndpointReport> Endpoints { get; init; }
    public required IReadOnlyList<MapNode> Nodes { get; init; }
    public required IReadOnlyList<TalkEdge> Talks { get; init; }
    public required IReadOnlyList<ConnectionReport> Connections { get; init; }
    public required IReadOnlyList<TransactionReport> Transactions { get; init; }
    public required IReadOnlyList<TlsReport> TlsSessions { get; init; }
    public required IReadOnlyList<Exposure> Exposures { get; init; }
    public required IReadOnlyList<LabAnswer> Answers { get; init; }
    public required IReadOnlyList<FlowArrow> Flow { get; init; }
}
