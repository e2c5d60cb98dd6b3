namespace Sniffer.Analysis;

/// <summary>
/// A box of the who-talks-to-whom map and a lifeline of the flow graph: a server endpoint (with the client ports it
/// used while serving, when it is also a client), or a client host's ports that did not work for a server.
/// </summary>
public sealed record MapNode
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    public required EndpointRole Role { get; init; }
    /// <summary>Depth from the clients that started everything (0), for the map's columns.</summary>
    public required int Depth { get; init; }
    public required IReadOnlyList<string> Endpoints { get; init; }
}
