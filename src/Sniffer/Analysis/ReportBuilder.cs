using Sniffer.Dissectors.Taps;

namespace Sniffer.Analysis;

/// <summary>
/// Keeps the ended connections a report lists — the <see cref="AnalysisLimits.MaxConnections"/> with the most bytes,
/// within a budget of transactions — and counts the rest; at the end puts the report together: port reuse, nesting of
/// calls made while serving, assets under their pages, roles and the map, mixed content, lab answers, the flow graph.
/// </summary>
internal sealed class ReportBuilder(AnalysisOptions options)
{
    private readonly Dictionary<long, KeptConnection> _kept = new();
    private readonly PriorityQueue<KeptConnection, (long Bytes, long NegStream)> _smallest = new();
    private long _transactionsKept;
    private long _omittedConnections, _omittedFrames, _omittedBytes, _omittedTransactions, _omittedArrows, _omittedExposures;

    /// <summary>Whether a connection with this many bytes would be listed (or merges into one already listed).</summary>
    public bool WouldKeep(long stream, long bytes)
    {
        if (_kept.ContainsKey(stream) || _kept.Count < options.Limits.MaxConnections)
            return true;
        return options.Limits.MaxConnections > 0 && _smallest.TryPeek(out _, out var key) && (bytes, -stream).CompareTo(key) > 0;
    }

    /// <summary>Counts a connection left out before its rows were built (its exposures are not looked for).</summary>
    public void CountOmitted(long frames, long bytes, int transactions, long arrows)
    {
        _omittedConnections++;
        _omittedFrames += frames;
        _omittedBytes += bytes;
        _omittedTransactions += transactions;
        _omittedArrows += arrows;
    }

    public void Add(KeptConnection connection)
    {
        var limits = options.Limits;
        long stream = connection.Report.Stream;
        if (_kept.TryGetValue(stream, out var earlier))
        {
            Merge(earlier, connection);
            return;
        }
        if (_kept.Count >= limits.MaxConnections)
        {
            if (limits.MaxConnections == 0 || !_smallest.TryPeek(out var smallest, out var key)
                || (connection.Report.Bytes, -stream).CompareTo(key) <= 0)
            {
                Omit(connection);
                return;
            }
            _smallest.Dequeue();
            _kept.Remove(smallest.Report.Stream);
            _transactionsKept -= smallest.Transactions.Count;
            Omit(smallest);
        }
        long room = Math.Max(0, limits.MaxTransactions - _transactionsKept);
        if (connection.Transactions.Count > room)
        {
            _omittedTransactions += connection.Transactions.Count - room;
            connection.Transactions.RemoveRange((int)room, connection.Transactions.Count - (int)room);
        }
        _transactionsKept += connection.Transactions.Count;
        _kept[stream] = connection;
        _smallest.Enqueue(connection, (connection.Report.Bytes, -stream));
    }

    private void Omit(KeptConnection c)
    {
        _omittedConnections++;
        _omittedFrames += c.Report.Frames;
        _omittedBytes += c.Report.Bytes;
        _omittedTransactions += c.Transactions.Count;
        _omittedArrows += c.Arrows.Count + c.ArrowsDropped;
        _omittedExposures += c.Exposures.Count;
    }

    /// <summary>A connection forgotten and brought back by a straggler: its later frames add to the row already kept.</summary>
    private void Merge(KeptConnection into, KeptConnection later)
    {
        var r = into.Report;
        into.Report = r with
        {
            LastFrame = Math.Max(r.LastFrame, later.Report.LastFrame),
            DurationSeconds = Math.Max(r.DurationSeconds, later.Report.Start + later.Report.DurationSeconds - r.Start),
            FramesClientToServer = r.FramesClientToServer + later.Report.FramesClientToServer,
            BytesClientToServer = r.BytesClientToServer + later.Report.BytesClientToServer,
            FramesServerToClient = r.FramesServerToClient + later.Report.FramesServerToClient,
            BytesServerToClient = r.BytesServerToClient + later.Report.BytesServerToClient,
            FirstFin = r.FirstFin ?? later.Report.FirstFin,
            Rst = r.Rst ?? later.Report.Rst,
        };
        long room = Math.Max(0, options.Limits.MaxTransactions - _transactionsKept);
        int take = (int)Math.Min(room, later.Transactions.Count);
        into.Transactions.AddRange(later.Transactions.Take(take));
        _transactionsKept += take;
        _omittedTransactions += later.Transactions.Count - take;
        into.Exposures.AddRange(later.Exposures);
        into.Arrows.AddRange(later.Arrows);
        into.ArrowsDropped += later.ArrowsDropped;
    }

    public LabReport Build(CaptureModel model, long origin)
    {
        var kept = _kept.Values.OrderBy(c => c.Report.Stream).ToList();
        MarkPortReuse(kept);

        // Transactions in the order their first message was seen, numbered from 1.
        var transactions = kept.SelectMany(c => c.Transactions)
            .OrderBy(t => t.RequestFrame ?? t.ResponseFrame ?? long.MaxValue).ThenBy(t => t.Stream).ToList();
        for (int i = 0; i < transactions.Count; i++)
            transactions[i] = transactions[i] with { Id = i + 1 };
        transactions = TransactionNesting.Nest(transactions);
        transactions = AssetGrouping.Group(transactions);

        var roles = RoleInference.Infer(kept.Select(c => c.Report).ToList(), transactions);
        // Each connection's two ends and their map nodes, worked out once for its row and all its arrows.
        var ends = kept.Select(c =>
        {
            string client = c.Report.Client, server = c.Report.Server;
            return (Client: client, Server: server, ClientNode: roles.NodeOf(client, isServer: false), ServerNode: roles.NodeOf(server, isServer: true));
        }).ToList();
        var connections = kept.Select((c, i) => c.Report with { ClientNode = ends[i].ClientNode, ServerNode = ends[i].ServerNode }).ToList();

        var exposures = kept.SelectMany(c => c.Exposures).ToList();
        exposures.AddRange(MixedContent.Find(connections, transactions, kept.Where(c => c.Tls is not null).Select(c => c.Tls!).ToList()));
        exposures = exposures.OrderBy(e => e.Frame).ThenBy(e => e.Kind).ToList();
        long omittedExposures = _omittedExposures;
        if (exposures.Count > options.Limits.MaxExposures)
        {
            omittedExposures += exposures.Count - options.Limits.MaxExposures;
            exposures.RemoveRange(options.Limits.MaxExposures, exposures.Count - options.Limits.MaxExposures);
        }

        var arrows = new List<FlowArrow>();
        long omittedArrows = _omittedArrows;
        for (int i = 0; i < kept.Count; i++)
        {
            var c = kept[i];
            var end = ends[i];
            string NodeOf(string endpoint, bool isServer)
                => isServer && endpoint == end.Server ? end.ServerNode
                : !isServer && endpoint == end.Client ? end.ClientNode
                : roles.NodeOf(endpoint, isServer);
            omittedArrows += c.ArrowsDropped;
            foreach (var a in c.Arrows)
            {
                bool fromClient = a.From == end.Client;
                arrows.Add(a with
                {
                    From = fromClient ? NodeOf(a.From, isServer: false) : NodeOf(a.From, isServer: true),
                    To = fromClient ? NodeOf(a.To, isServer: true) : NodeOf(a.To, isServer: false),
                });
            }
        }
        arrows = arrows.OrderBy(a => a.Frame).ThenBy(a => a.Kind).ToList();
        if (arrows.Count > options.Limits.MaxArrows)
        {
            omittedArrows += arrows.Count - options.Limits.MaxArrows;
            arrows.RemoveRange(options.Limits.MaxArrows, arrows.Count - options.Limits.MaxArrows);
        }

        var tls = kept.Where(c => c.Tls is not null).Select(c => c.Tls!).ToList();
        var capture = new ReportCapture
        {
            File = options.FileName,
            Frames = model.FramesDissected,
            FramesCounted = model.FramesDisplayed,
            DisplayFilter = options.DisplayFilterText,
            FirstTimestamp = origin,
            DurationSeconds = model.FramesDissected == 0 ? 0 : (model.LastTimestamp - model.FirstTimestamp) / 1e9,
            KeyLog = options.KeyLogName,
            KeyLogSessions = model.Keys?.SessionCount ?? 0,
            SecretsShown = options.ShowSecrets,
            Notices = model.Notices,
        };
        var report = new LabReport
        {
            Capture = capture,
            Limits = options.Limits,
            Omitted = new ReportOmissions
            {
                Connections = _omittedConnections,
                ConnectionFrames = _omittedFrames,
                ConnectionBytes = _omittedBytes,
                Transactions = _omittedTransactions,
                Arrows = omittedArrows,
                Exposures = omittedExposures,
            },
            Endpoints = roles.Endpoints,
            Nodes = roles.Nodes,
            Talks = roles.Talks,
            Connections = connections,
            Transactions = transactions,
            TlsSessions = tls,
            Exposures = exposures,
            Answers = [],
            Flow = arrows,
        };
        return report with { Answers = LabAnswers.Write(report) };
    }

    /// <summary>Marks each connection whose client and server ports a later listed connection used again.</summary>
    private static void MarkPortReuse(List<KeptConnection> kept)
    {
        var last = new Dictionary<(string, string), KeptConnection>();
        foreach (var c in kept)
        {
            var key = (c.Report.Client, c.Report.Server);
            if (last.TryGetValue(key, out var earlier))
            {
                earlier.Report = earlier.Report with { PortsReusedBy = c.Report.Stream };
                c.Report = c.Report with { ReusesPorts = true };
            }
            last[key] = c;
        }
    }
}
