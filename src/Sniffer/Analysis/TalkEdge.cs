namespace Sniffer.Analysis;

/// <summary>An arrow of the who-talks-to-whom map: a node's connections to a server, what they carried, and the client ports used.</summary>
public sealed record TalkEdge
{
    public required string From { get; init; }
    public required string To { get; init; }
    public required string Protocol { get; init; }
    public required IReadOnlyList<long> Streams { get; init; }
    public required IReadOnlyList<int> ClientPorts { get; init; }
    public required int Requests { get; init; }
    /// <summary>True when these are calls a server made while serving requests (they nest under those requests).</summary>
    public bool WhileServing { get; init; }
}
