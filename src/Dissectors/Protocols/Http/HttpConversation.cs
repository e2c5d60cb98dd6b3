using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// What an HTTP-style protocol keeps about one connection: the framer's memory per direction, the one request/response
/// pairing (<see cref="HttpPairing"/>) and, when the connection's readers want them, its transactions (for the reports
/// and the persistence verdict). HTTP and HTCPCP each keep one of these.
/// </summary>
public sealed class HttpConversation : IReusableState
{
    /// <summary>Transactions kept per connection; later ones are still paired and counted, not stored.</summary>
    public const int MaxRetainedTransactions = 10_000;

    private readonly List<HttpTransaction> _transactions;
    private HttpTransaction? _tail;

    /// <param name="protocol">The protocol that keeps it (HTTP or HTCPCP).</param>
    /// <param name="recordsTransactions">Keep a <see cref="HttpTransaction"/> per exchange (the reports read them); false
    /// keeps only what the fields need, so a long capture allocates nothing per message.</param>
    public HttpConversation(Model.ProtocolDef protocol, bool recordsTransactions = true)
        : this(protocol, recordsTransactions, spares: null)
    {
    }

    /// <param name="spares">Where <see cref="Recycle"/> puts this state for a later connection of the same protocol.</param>
    internal HttpConversation(Model.ProtocolDef protocol, bool recordsTransactions, Stack<HttpConversation>? spares)
    {
        Protocol = protocol;
        RecordsTransactions = recordsTransactions;
        _transactions = recordsTransactions ? new List<HttpTransaction>(4) : NoTransactions;
        _spares = spares;
    }

    /// <summary>The one empty list of every conversation that records no transactions.</summary>
    private static readonly List<HttpTransaction> NoTransactions = [];

    private readonly Stack<HttpConversation>? _spares;

    /// <summary>Most states a protocol keeps for later connections.</summary>
    internal const int MaxSpares = 256;

    /// <summary>
    /// Goes back to its protocol's spares, emptied as a new state (see <see cref="IReusableState"/>); a state that
    /// records transactions is not reused, since its readers may hold it.
    /// </summary>
    public void Recycle()
    {
        if (_spares is null || RecordsTransactions || _spares.Count >= MaxSpares)
            return;
        _tail = null;
        RequestCount = 0;
        ResponseCount = 0;
        SawHttp = false;
        SwitchedProtocols = false;
        Pairing = default;
        Framing[0] = default;
        Framing[1] = default;
        LastRequestUri.Forget();
        LastFullUri.Forget();
        _spares.Push(this);
    }

    public Model.ProtocolDef Protocol { get; }

    public bool RecordsTransactions { get; }

    /// <summary>
    /// Every exchange in the order tshark numbers them (request and response numbers are the index plus one), up to
    /// <see cref="MaxRetainedTransactions"/>; empty unless <see cref="RecordsTransactions"/>.
    /// </summary>
    public IReadOnlyList<HttpTransaction> Transactions => _transactions;

    /// <summary>Requests seen on the connection (not capped).</summary>
    public int RequestCount { get; private set; }

    /// <summary>Responses seen on the connection, interim ones included (not capped).</summary>
    public int ResponseCount { get; private set; }

    /// <summary>True once a request or status line has been seen, so later stray bytes are shown as a continuation.</summary>
    public bool SawHttp { get; internal set; }

    /// <summary>True after 101 Switching Protocols or a 2xx to CONNECT: what follows is not HTTP any more.</summary>
    public bool SwitchedProtocols { get; internal set; }

    internal HttpPairing Pairing;

    /// <summary>The framer's memory of the message in progress, per direction (indexed by <see cref="StreamDirection"/>).</summary>
    internal readonly HttpFraming[] Framing = new HttpFraming[2];

    /// <summary>tshark's conv_data->request_uri: the last request-target seen.</summary>
    internal readonly HttpTextMemory LastRequestUri = new();

    /// <summary>tshark's conv_data->full_uri: the last full URI built (a request with a Host header).</summary>
    internal readonly HttpTextMemory LastFullUri = new();

    /// <summary>How often the framer was asked for a message boundary on this connection (both directions).</summary>
    public long FramerCalls => Framing[0].Calls + Framing[1].Calls;

    /// <summary>How many bytes the framer examined on this connection (both directions): linear in the bytes however they were cut.</summary>
    public long FramerBytesExamined => Framing[0].BytesExamined + Framing[1].BytesExamined;

    /// <summary>What the latest request tells the framing of a response (see <see cref="HttpPairing"/>).</summary>
    public HttpRequestHint NextResponseHint => Pairing.LatestRequestHint;

    /// <summary>Pairs a request (it opens a record); returns its transaction when they are recorded.</summary>
    internal HttpTransaction? AddRequest(long frame, long time, HttpRequestHint hint)
    {
        RequestCount++;
        Pairing.PushRequest(frame, time, hint);
        _tail = null;
        if (!RecordsTransactions)
            return null;
        var transaction = new HttpTransaction();
        Retain(transaction);
        _tail = transaction;
        return transaction;
    }

    /// <summary>
    /// Pairs a response by <see cref="HttpPairing"/>'s rule; <paramref name="answered"/> is false for a response without
    /// a request. Returns the transaction it completes or opens, when they are recorded.
    /// </summary>
    internal HttpTransaction? AddResponse(long frame, out bool answered)
    {
        ResponseCount++;
        bool tailOpen = _tail is { HasResponse: false };
        answered = Pairing.PushResponse(frame);
        if (!RecordsTransactions)
            return null;
        if (tailOpen && answered)
            return _tail;
        var transaction = new HttpTransaction();
        Retain(transaction);
        _tail = transaction;
        return transaction;
    }

    private void Retain(HttpTransaction transaction)
    {
        if (_transactions.Count < MaxRetainedTransactions)
            _transactions.Add(transaction);
    }
}
