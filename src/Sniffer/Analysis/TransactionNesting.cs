namespace Sniffer.Analysis;

/// <summary>
/// Nests the calls a server made while serving: a request sent from the address of a server that was, at that moment,
/// between receiving a request and sending its response (the web app on 5031 asking the pot on 5030 while the browser
/// waits) goes under that request. Requests are ordered by their frames; the innermost (latest) enclosing request wins.
/// On loopback every endpoint shares one address, so timing is the only evidence; a call never nests under a request
/// that was itself a call made by the server it is addressed to (that would have the pot calling back the web app).
/// </summary>
public static class TransactionNesting
{
    public static List<TransactionReport> Nest(List<TransactionReport> transactions)
    {
        // Candidate parents by the address of their server, in request order.
        var byServerAddress = new Dictionary<string, List<TransactionReport>>();
        foreach (var t in transactions)
        {
            if (t.RequestFrame is null)
                continue;
            string address = EndpointText.AddressOf(t.Server);
            if (!byServerAddress.TryGetValue(address, out var list))
                byServerAddress[address] = list = new List<TransactionReport>();
            list.Add(t);
        }
        var candidatesByAddress = new Dictionary<string, Candidates>(byServerAddress.Count);
        foreach (var (address, list) in byServerAddress)
        {
            list.Sort((a, b) => a.RequestFrame!.Value.CompareTo(b.RequestFrame!.Value));
            candidatesByAddress[address] = new Candidates(list);
        }

        // Parents are found in request order, so a candidate's own parent is known when it is looked at.
        var parents = new Dictionary<int, TransactionReport>();
        foreach (var t in transactions.Where(t => t.RequestFrame is not null).OrderBy(t => t.RequestFrame))
            if (Parent(t, candidatesByAddress, parents) is { } parent)
                parents[t.Id] = parent;
        var result = new List<TransactionReport>(transactions.Count);
        foreach (var t in transactions)
            result.Add(parents.TryGetValue(t.Id, out var parent) ? t with { ParentId = parent.Id } : t);
        return result;
    }

    private static TransactionReport? Parent(TransactionReport t, Dictionary<string, Candidates> byServerAddress,
        Dictionary<int, TransactionReport> parents)
    {
        if (t.RequestFrame is not { } start || !byServerAddress.TryGetValue(EndpointText.AddressOf(t.Client), out var found))
            return null;
        var candidates = found.List;
        // When replies began, not when they were completed: a pot's reply without length is completed by its FIN,
        // which may come after the web app has already answered the browser.
        long end = t.ResponseFirstFrame ?? t.ResponseFrame ?? start;
        // Latest candidate whose request came before this one: binary search, then walk back.
        int lo = 0, hi = candidates.Count - 1, last = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (candidates[mid].RequestFrame!.Value < start) { last = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        // Walking back stops where no earlier candidate's reply began late enough (the common case on a busy server, where
        // every earlier exchange ended before this one: without the bound the walk was quadratic in the transactions).
        for (int i = last; i >= 0 && found.LatestReplyUpTo[i] >= end; i--)
        {
            var p = candidates[i];
            if (ReplyBegan(p) < end)
                continue;
            if (p.Stream == t.Stream || p.Server == t.Server || p.Client == t.Client)
                continue;
            if (parents.TryGetValue(p.Id, out var grandparent) && grandparent.Server == t.Server)
                continue;
            return p;
        }
        return null;
    }

    private static long ReplyBegan(TransactionReport t) => t.ResponseFirstFrame ?? t.ResponseFrame ?? long.MaxValue;

    /// <summary>One server address's requests in request order, with the latest reply start among the first i + 1 of them.</summary>
    private sealed class Candidates
    {
        public Candidates(List<TransactionReport> list)
        {
            List = list;
            LatestReplyUpTo = new long[list.Count];
            long latest = long.MinValue;
            for (int i = 0; i < list.Count; i++)
                LatestReplyUpTo[i] = latest = Math.Max(latest, ReplyBegan(list[i]));
        }

        public List<TransactionReport> List { get; }
        public long[] LatestReplyUpTo { get; }
    }
}
