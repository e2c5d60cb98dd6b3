namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// The one request/response pairing of a connection, from which every output takes its answer: tshark's generated
/// fields (http.request_number, http.response_number, http.request_in, http.prev_request_in, http.prev_response_in,
/// http.time), the transaction records the reports read (<see cref="HttpConversation.Transactions"/>), and the
/// framing hint a response gets from its request (HEAD: no body; CONNECT: a tunnel).
/// <para>
/// The rule is tshark 4.0's single-pass bookkeeping (packet-http.c push_req/push_res): a request opens a new record;
/// a response fills the newest record when that record has no response yet, and otherwise opens a record of its own
/// (a response without a request). So a response pairs with the <em>latest</em> request, not the oldest unanswered
/// one: with pipelined requests "GET /a, GET /b" the first response is recorded as the answer to /b, and a 1xx interim
/// response takes its request's place, leaving the final response alone. That is not RFC 9112 §9.3.2's pairing, but it
/// is what tshark prints, and the reports must say what the fields say; the report explains the lone responses.
/// The framing hint follows the same rule (tshark reads the method of the latest request).
/// </para>
/// Only the newest record and the one before it are read in a single pass, so only those are kept here.
/// </summary>
internal struct HttpPairing
{
    /// <summary>How many records the conversation has (the "/N" of "HTTP request 2/N").</summary>
    public uint Count;
    public uint TailNumber;
    public long TailRequestFrame;
    public long TailResponseFrame;
    public long TailRequestTime;
    public bool TailHasRequest;
    public long PreviousRequestFrame;
    public long PreviousResponseFrame;
    /// <summary>What the latest request's method tells the framing of a response (tshark's conv_data->request_method).</summary>
    public HttpRequestHint LatestRequestHint;
    private bool _hasTail;

    /// <summary>True once the conversation has a record.</summary>
    public readonly bool HasTail => _hasTail;

    public void PushRequest(long frame, long time, HttpRequestHint hint)
    {
        OpenRecord();
        TailRequestFrame = frame;
        TailRequestTime = time;
        TailHasRequest = true;
        LatestRequestHint = hint;
    }

    /// <summary>Records a response; true when it answers the newest record's request, false when it opened a record of its own.</summary>
    public bool PushResponse(long frame)
    {
        bool answersTail = _hasTail && TailResponseFrame == 0;
        if (!answersTail)
            OpenRecord();
        TailResponseFrame = frame;
        return answersTail && TailHasRequest;
    }

    private void OpenRecord()
    {
        PreviousRequestFrame = _hasTail ? TailRequestFrame : 0;
        PreviousResponseFrame = _hasTail ? TailResponseFrame : 0;
        _hasTail = true;
        TailNumber = ++Count;
        TailRequestFrame = 0;
        TailResponseFrame = 0;
        TailRequestTime = 0;
        TailHasRequest = false;
    }
}
