namespace Sniffer.Analysis;

/// <summary>The endpoints with their roles, the map's nodes and arrows, and which node each endpoint is drawn in.</summary>
internal sealed class Roles
{
    public required IReadOnlyList<EndpointReport> Endpoints { get; init; }
    public required IReadOnlyList<MapNode> Nodes { get; init; }
    public required IReadOnlyList<TalkEdge> Talks { get; init; }
    public required Dictionary<string, string> CallsFor { get; init; }

    /// <summary>The map node an endpoint belongs to: a server's own node; a client port a server used while serving, that server's; else its host's client node.</summary>
    public string NodeOf(string endpoint, bool isServer)
    {
        if (isServer)
            return RoleInference.ServerNodeId(endpoint);
        return CallsFor.TryGetValue(endpoint, out var server)
            ? RoleInference.ServerNodeId(server)
            : RoleInference.ClientNodeId(EndpointText.AddressOf(endpoint));
    }
}
