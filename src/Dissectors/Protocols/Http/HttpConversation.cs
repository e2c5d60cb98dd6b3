namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// What HTTP keeps about one connection: its transactions (for the analysis and the persistence verdict),
/// the requests still waiting for a response, and the "last seen" values tshark 4.0 keeps per conversation
/// for its generated fields. HTCPCP keeps its exchanges in one of these too.
/// </summary>
public sealed class HttpConversation
{
    /// <summary>Transactions kept per connection; later ones are still matched and counted, not stored.</summary>
    public const int MaxRetainedTransactions = 10_000;

    /// <summary>Requests kept waiting for a response; past this the oldest is given up (it stays without a response).</summary>
    public const int MaxWaitingRequests = 1_024;

    private readonly List<HttpTransaction> _transactions = new(4);
    private readonly Queue<HttpTransaction> _waiting = new(2);

    /// <summary>Every transaction in the order its first message was seen (up to <see cref="MaxRetainedTransactions"/>).</summary>
    public IReadOnlyList<HttpTransaction> Transactions => _transactions;

    /// <summary>Requests seen on the connection (not capped).</summary>
    public int RequestCount { get; private set; }

    /// <summary>Final responses seen on the connection (not capped).</summary>
    public int ResponseCount { get; private set; }

    /// <summary>True once a request or status line has been seen, so later stray bytes are shown as HTTP continuation.</summary>
    public bool SawHttp { get; internal set; }

    /// <summary>True after 101 Switching Protocols or a 2xx to CONNECT: what follows is not HTTP any more.</summary>
    public bool SwitchedProtocols { get; internal set; }

    internal HttpMessageNumbering Numbering;

    /// <summary>tshark's conv_data->request_uri: the last request-target seen.</summary>
    internal string? LastRequestUri;

    /// <summary>tshark's conv_data->full_uri: the last full URI built (a request with a Host header).</summary>
    internal string? LastFullUri;

    /// <summary>What the oldest request still waiting tells the response's framing.</summary>
    public HttpRequestHint NextResponseHint
    {
        get
        {
            if (!_waiting.TryPeek(out var request))
                return HttpRequestHint.Other;
            return request.Method switch
            {
                "HEAD" => HttpRequestHint.Head,
                "CONNECT" => HttpRequestHint.Connect,
                _ => HttpRequestHint.Other,
            };
        }
    }

    /// <summary>1xx responses that came while no request was complete (a 100 Continue to a request whose body is still on its way).</summary>
    private List<HttpInterimResponse>? _earlyInterims;

    internal HttpTransaction AddRequest()
    {
        var transaction = new HttpTransaction();
        if (_earlyInterims is { Count: > 0 })
        {
            foreach (var interim in _earlyInterims)
                transaction.AddInterimResponse(interim);
            _earlyInterims.Clear();
        }
        RequestCount++;
        Retain(transaction);
        if (_waiting.Count == MaxWaitingRequests)
            _waiting.Dequeue();
        _waiting.Enqueue(transaction);
        return transaction;
    }

    /// <summary>The oldest request waiting for a response, or null.</summary>
    internal HttpTransaction? OldestWaiting => _waiting.TryPeek(out var t) ? t : null;

    /// <summary>
    /// Records a 1xx response on the oldest waiting request; with none waiting, on the next request to complete
    /// (the server answered its headers before its body arrived).
    /// </summary>
    internal void AddInterimResponse(HttpInterimResponse interim)
    {
        if (OldestWaiting is { } waiting)
        {
            waiting.AddInterimResponse(interim);
            return;
        }
        _earlyInterims ??= new List<HttpInterimResponse>(1);
        if (_earlyInterims.Count < HttpTransaction.MaxListedItems)
            _earlyInterims.Add(interim);
    }

    /// <summary>Pairs a final response with the oldest waiting request, or records it alone when none waits.</summary>
    internal HttpTransaction AddFinalResponse(out bool hadRequest)
    {
        ResponseCount++;
        if (_waiting.TryDequeue(out var transaction))
        {
            hadRequest = true;
            return transaction;
        }
        hadRequest = false;
        transaction = new HttpTransaction();
        Retain(transaction);
        return transaction;
    }

    private void Retain(HttpTransaction transaction)
    {
        if (_transactions.Count < MaxRetainedTransactions)
            _transactions.Add(transaction);
    }
}
