namespace Sniffer.Dissectors.Protocols.Dns;

/// <summary>
/// A conversation's DNS queries waiting for their responses, by transaction ID (packet-dns.c's per-conversation
/// table): the response names its query's frame and the time between them. Bounded per conversation.
/// </summary>
public sealed class DnsTransactions
{
    public const int MaxPending = 4096;

    private readonly Dictionary<ushort, (long Frame, long Time)> _queries = new();

    public void Query(ushort id, long frame, long time)
    {
        if (_queries.Count >= MaxPending && !_queries.ContainsKey(id))
            _queries.Clear();
        _queries[id] = (frame, time);
    }

    public bool TryMatch(ushort id, long frame, out long queryFrame, out long queryTime)
    {
        if (_queries.TryGetValue(id, out var q) && q.Frame < frame)
        {
            (queryFrame, queryTime) = q;
            return true;
        }
        (queryFrame, queryTime) = (0, 0);
        return false;
    }
}
