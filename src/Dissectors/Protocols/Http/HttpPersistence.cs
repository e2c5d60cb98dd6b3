namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// Decides whether an HTTP connection was persistent, and says why: the number of exchanges, the version
/// defaults (HTTP/1.1 persistent, HTTP/1.0 closing; RFC 9112 §9.3), the Connection headers each side sent,
/// and which side sent the first FIN (or RST) in which frame. Pure: same inputs, same answer.
/// </summary>
public static class HttpPersistence
{
    public static HttpPersistenceDecision Decide(IReadOnlyList<HttpTransaction> transactions, TcpCloseInfo close)
    {
        var evidence = new List<string>();
        int requests = 0, responses = 0;
        HttpTransaction? lastAnswered = null;
        foreach (var t in transactions)
        {
            if (t.HasRequest)
                requests++;
            if (t.HasResponse && !t.ResponseIsInterim)
            {
                responses++;
                lastAnswered = t;
            }
        }
        if (transactions.Count == 0)
        {
            evidence.Add("no HTTP request or response on this connection");
            AddClose(evidence, close);
            return new HttpPersistenceDecision(HttpPersistenceVerdict.NoExchange, 0, 0, null, evidence);
        }

        evidence.Add($"{Plural(requests, "request")} and {Plural(responses, "final response")} on this connection");
        bool? expected = lastAnswered is null ? ExpectedFromRequest(transactions[^1], evidence) : Expected(lastAnswered, evidence);
        AddClose(evidence, close);

        HttpPersistenceVerdict verdict;
        if (responses >= 2)
        {
            evidence.Add($"{responses} exchanges shared one connection");
            verdict = HttpPersistenceVerdict.Persistent;
        }
        else if (responses == 0)
        {
            verdict = HttpPersistenceVerdict.NoResponse;
        }
        else if (close.FirstCloser is not { } closer)
        {
            evidence.Add("the connection stayed open after the response until the capture ended");
            verdict = HttpPersistenceVerdict.Persistent;
        }
        else if (closer.Side == Streams.StreamDirection.ServerToClient)
        {
            verdict = HttpPersistenceVerdict.ClosedByServerAfterResponse;
            if (expected == true)
                evidence.Add("the server closed although the exchange allowed the connection to persist");
        }
        else
        {
            verdict = HttpPersistenceVerdict.ClosedByClient;
        }
        return new HttpPersistenceDecision(verdict, requests, responses, expected, evidence);
    }

    /// <summary>
    /// Whether an answered exchange leaves the connection open by the rules of RFC 9112 §9.3: "close" in either
    /// Connection header ends it; otherwise HTTP/1.1 persists, and HTTP/1.0 persists only if both sides said keep-alive.
    /// </summary>
    private static bool Expected(HttpTransaction t, List<string> evidence)
    {
        string version = t.ResponseVersion ?? t.RequestVersion ?? "";
        bool requestClose = HasToken(t.RequestConnection, "close");
        bool responseClose = HasToken(t.ResponseConnection, "close");
        bool requestKeepAlive = HasToken(t.RequestConnection, "keep-alive");
        bool responseKeepAlive = HasToken(t.ResponseConnection, "keep-alive");
        DescribeVersion(t, evidence);
        DescribeConnection(evidence, "request", t.RequestFrame, t.RequestConnection);
        DescribeConnection(evidence, "response", t.ResponseFrame, t.ResponseConnection);
        if (requestClose || responseClose)
            return false;
        bool http11 = IsHttp11(t.RequestVersion) && IsHttp11(version);
        return http11 || (requestKeepAlive && responseKeepAlive);
    }

    private static bool? ExpectedFromRequest(HttpTransaction t, List<string> evidence)
    {
        DescribeVersion(t, evidence);
        DescribeConnection(evidence, "request", t.RequestFrame, t.RequestConnection);
        return null;
    }

    /// <summary>What each side's version says about persistence (an HTTP/1.0 server answering HTTP/1.1 decides for both).</summary>
    private static void DescribeVersion(HttpTransaction t, List<string> evidence)
    {
        if (t.RequestFrame is { } request && t.RequestVersion is { } requestVersion)
            evidence.Add($"request in frame {request} is {requestVersion}: {VersionDefault(requestVersion)}");
        if (t.ResponseFrame is { } response && t.ResponseVersion is { } responseVersion)
            evidence.Add($"response in frame {response} is {responseVersion}: {VersionDefault(responseVersion)}");
    }

    private static string VersionDefault(string version) => IsHttp11(version)
        ? "connections persist by default"
        : "the connection closes after the response unless both sides send keep-alive";

    private static void DescribeConnection(List<string> evidence, string what, long? frame, string? connection)
    {
        if (frame is null)
            return;
        evidence.Add(connection is null
            ? $"{what} in frame {frame} has no Connection header"
            : $"{what} in frame {frame} sent Connection: {connection}");
    }

    private static void AddClose(List<string> evidence, TcpCloseInfo close)
    {
        if (close.FirstFinFrame is { } fin && close.FirstFinDirection is { } finSide)
            evidence.Add($"the {Name(finSide)} sent the first FIN, in frame {fin}");
        if (close.ResetFrame is { } rst && close.ResetDirection is { } rstSide)
            evidence.Add($"the {Name(rstSide)} sent a RST, in frame {rst}");
        if (!close.Closed)
            evidence.Add("no FIN or RST before the capture ended");
    }

    private static string Name(Streams.StreamDirection side)
        => side == Streams.StreamDirection.ClientToServer ? "client" : "server";

    /// <summary>True for versions whose connections persist by default: anything but ".../1.0" and ".../0.9" (HTCPCP/1.0 closes like HTTP/1.0).</summary>
    private static bool IsHttp11(string? version)
        => version is not null && !version.EndsWith("/1.0", StringComparison.Ordinal) && !version.EndsWith("/0.9", StringComparison.Ordinal);

    /// <summary>True when a comma-separated Connection value holds <paramref name="token"/> (any case).</summary>
    private static bool HasToken(string? value, string token)
    {
        if (value is null)
            return false;
        foreach (var part in value.Split(','))
            if (part.Trim().Equals(token, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
