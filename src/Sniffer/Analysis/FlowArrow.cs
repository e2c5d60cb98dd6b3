namespace Sniffer.Analysis;

/// <summary>An arrow of the flow graph (Wireshark's Flow Graph): a message from one node to another, with its frame, time and summary.</summary>
public sealed record FlowArrow
{
    public required long Frame { get; init; }
    /// <summary>Seconds since the first frame of the capture.</summary>
    public required double Time { get; init; }
    public required long Stream { get; init; }
    public required FlowArrowKind Kind { get; init; }
    /// <summary>The map node the arrow starts from (a lifeline of the graph).</summary>
    public required string From { get; init; }
    public required string To { get; init; }
    /// <summary>The endpoints themselves ("127.0.0.1:41200").</summary>
    public required string FromEndpoint { get; init; }
    public required string ToEndpoint { get; init; }
    public required int FromPort { get; init; }
    public required int ToPort { get; init; }
    public required string Label { get; init; }
}
