using System.Globalization;

namespace Sniffer.Analysis;

/// <summary>
/// Infers each endpoint's role from the traffic: the end that opened a connection (or sent its requests) is a client,
/// the other a server; a server whose address sent requests nested under requests it was serving is also a client
/// (the lab's web app on 5031 calling the pot on 5030), and the client ports it used are drawn in its node. Clients that
/// work for no server are grouped per host. The map's depth runs from those clients to the servers they reach.
/// </summary>
internal static class RoleInference
{
    public static string ServerNodeId(string endpoint) => "server " + endpoint;
    public static string ClientNodeId(string address) => "client " + address;

    public static Roles Infer(IReadOnlyList<ConnectionReport> connections, IReadOnlyList<TransactionReport> transactions)
    {
        var byId = transactions.ToDictionary(t => t.Id);
        var callsFor = new Dictionary<string, string>();
        var calls = new Dictionary<string, Dictionary<string, int>>();
        foreach (var t in transactions)
        {
            if (t.ParentId is not { } parentId || !byId.TryGetValue(parentId, out var parent))
                continue;
            callsFor[t.Client] = parent.Server;
            if (!calls.TryGetValue(parent.Server, out var targets))
                calls[parent.Server] = targets = new Dictionary<string, int>();
            targets[t.Server] = targets.GetValueOrDefault(t.Server) + 1;
        }
        var roles = new Roles { Endpoints = [], Nodes = [], Talks = [], CallsFor = callsFor };

        // Endpoints.
        var endpoints = new Dictionary<string, (string Address, int Port, bool Server, SortedSet<string> Peers, SortedSet<long> Streams, int Requests)>();
        void Note(string address, int port, bool server, string peer, long stream, int requests)
        {
            string key = EndpointText.Of(address, port);
            if (!endpoints.TryGetValue(key, out var e))
                e = (address, port, server, new SortedSet<string>(StringComparer.Ordinal), new SortedSet<long>(), 0);
            e.Peers.Add(peer);
            e.Streams.Add(stream);
            endpoints[key] = e with { Server = e.Server || server, Requests = e.Requests + requests };
        }
        foreach (var c in connections)
        {
            Note(c.ClientAddress, c.ClientPort, false, c.Server, c.Stream, c.Requests);
            Note(c.ServerAddress, c.ServerPort, true, c.Client, c.Stream, c.Requests);
        }
        var endpointReports = new List<EndpointReport>();
        foreach (var (key, e) in endpoints.OrderBy(p => p.Value.Server ? 0 : 1).ThenBy(p => p.Value.Address, StringComparer.Ordinal).ThenBy(p => p.Value.Port))
        {
            EndpointRole role;
            string description;
            var alsoClientOf = new List<string>();
            string streams = StreamList(e.Streams);
            if (e.Server)
            {
                if (calls.TryGetValue(key, out var targets))
                {
                    role = EndpointRole.ServerAndClient;
                    alsoClientOf.AddRange(targets.Keys.Order(StringComparer.Ordinal));
                    description = $"server ({ConnectionAssembler.Plural(e.Streams.Count, "connection")}, {ConnectionAssembler.Plural(e.Requests, "request")}); " +
                        "while serving it was also a client of " +
                        string.Join(", ", targets.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} ({ConnectionAssembler.Plural(p.Value, "call")})"));
                }
                else
                {
                    role = EndpointRole.Server;
                    description = $"server ({ConnectionAssembler.Plural(e.Streams.Count, "connection")}, {ConnectionAssembler.Plural(e.Requests, "request")}) for {string.Join(", ", e.Peers.Select(EndpointText.AddressOf).Distinct().Take(8))}";
                }
            }
            else
            {
                role = EndpointRole.Client;
                description = callsFor.TryGetValue(key, out var server)
                    ? $"client port of {server}: calls to {string.Join(", ", e.Peers.Take(8))} made while serving ({streams})"
                    : $"client of {string.Join(", ", e.Peers.Take(8))} ({streams})";
            }
            endpointReports.Add(new EndpointReport
            {
                Address = e.Address,
                Port = e.Port,
                Role = role,
                Node = e.Server ? ServerNodeId(key) : roles.NodeOf(key, isServer: false),
                CallsFor = e.Server ? null : callsFor.GetValueOrDefault(key),
                AlsoClientOf = alsoClientOf,
                Peers = [.. e.Peers],
                Streams = [.. e.Streams],
                Description = description,
            });
        }

        // Map: nodes and the arrows between them.
        var edges = new Dictionary<(string From, string To, string Protocol), (List<long> Streams, SortedSet<int> Ports, int Requests)>();
        foreach (var c in connections)
        {
            string from = roles.NodeOf(c.Client, isServer: false), to = ServerNodeId(c.Server);
            var key = (from, to, c.Protocol);
            if (!edges.TryGetValue(key, out var e))
                edges[key] = e = (new List<long>(), new SortedSet<int>(), 0);
            e.Streams.Add(c.Stream);
            e.Ports.Add(c.ClientPort);
            edges[key] = e with { Requests = e.Requests + c.Requests };
        }
        var nodeIds = new List<string>();
        var nodeRole = new Dictionary<string, EndpointRole>();
        var nodeEndpoints = new Dictionary<string, List<string>>();
        foreach (var e in endpointReports)
        {
            if (!nodeRole.ContainsKey(e.Node))
            {
                nodeIds.Add(e.Node);
                nodeRole[e.Node] = e.Role == EndpointRole.Client ? EndpointRole.Client : e.Role;
                nodeEndpoints[e.Node] = new List<string>();
            }
            if (e.Role != EndpointRole.Client)
                nodeRole[e.Node] = e.Role;
            nodeEndpoints[e.Node].Add(e.Endpoint);
        }
        var depth = nodeIds.ToDictionary(n => n, _ => 0);
        for (int round = 0; round < nodeIds.Count; round++)
        {
            bool changed = false;
            foreach (var ((from, to, _), _) in edges)
            {
                int d = Math.Min(depth[from] + 1, nodeIds.Count);
                if (from != to && d > depth[to])
                {
                    depth[to] = d;
                    changed = true;
                }
            }
            if (!changed)
                break;
        }
        var nodes = nodeIds
            .OrderBy(n => depth[n]).ThenBy(n => n, StringComparer.Ordinal)
            .Select(n => new MapNode
            {
                Id = n,
                Label = n.StartsWith("server ", StringComparison.Ordinal) ? n["server ".Length..] : n["client ".Length..] + " (client)",
                Role = nodeRole[n],
                Depth = depth[n],
                Endpoints = nodeEndpoints[n],
            }).ToList();
        var talks = edges
            .OrderBy(p => depth[p.Key.From]).ThenBy(p => p.Value.Streams.Min())
            .Select(p => new TalkEdge
            {
                From = p.Key.From,
                To = p.Key.To,
                Protocol = p.Key.Protocol,
                Streams = p.Value.Streams,
                ClientPorts = [.. p.Value.Ports],
                Requests = p.Value.Requests,
                WhileServing = p.Key.From.StartsWith("server ", StringComparison.Ordinal),
            }).ToList();
        return new Roles { Endpoints = endpointReports, Nodes = nodes, Talks = talks, CallsFor = callsFor };
    }

    /// <summary>"tcp.stream 0" / "tcp.streams 0, 1, 2" / "tcp.streams 0 … 40 (12)".</summary>
    public static string StreamList(IReadOnlyCollection<long> streams)
    {
        if (streams.Count == 1)
            return $"tcp.stream {streams.First()}";
        if (streams.Count <= 8)
            return "tcp.streams " + string.Join(", ", streams.Select(s => s.ToString(CultureInfo.InvariantCulture)));
        return $"tcp.streams {streams.Min()} … {streams.Max()} ({streams.Count})";
    }
}
