namespace Sniffer.Analysis;

/// <summary>
/// One address:port as the traffic shows it: its role, the node of the map it belongs to, the endpoints it talked to
/// and, for a client port a server used while serving, the server it worked for.
/// </summary>
public sealed record EndpointReport
{
    public required string Address { get; init; }
    public required int Port { get; init; }
    public required EndpointRole Role { get; init; }
    /// <summary>The map node this endpoint is drawn in (a server, a server's outgoing ports, or a client host).</summary>
    public required string Node { get; init; }
    /// <summary>For a client port: the server endpoint it made calls for while that server was serving; otherwise null.</summary>
    public string? CallsFor { get; init; }
    /// <summary>For a server that is also a client: the servers it called while serving.</summary>
    public IReadOnlyList<string> AlsoClientOf { get; init; } = [];
    public required IReadOnlyList<string> Peers { get; init; }
    public required IReadOnlyList<long> Streams { get; init; }
    /// <summary>The role in words ("server; also a client of 127.0.0.1:5030 while serving (7 calls)").</summary>
    public required string Description { get; init; }

    public string Endpoint => EndpointText.Of(Address, Port);
}
