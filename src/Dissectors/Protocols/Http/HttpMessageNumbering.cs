namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// tshark 4.0's single-pass bookkeeping of a conversation's messages (packet-http.c push_req/push_res),
/// which the generated fields http.request_number, http.response_number, http.request_in,
/// http.prev_request_in, http.prev_response_in and http.time come from. A request opens a new record; a
/// response fills the newest record if it has no response yet, else opens one of its own. So tshark pairs
/// a response with the latest request, not the oldest unanswered one: this reproduces that, while
/// <see cref="HttpTransaction"/> keeps the RFC pairing. Only the newest record and the one before it are
/// ever read in a single pass, so only those are kept.
/// </summary>
internal struct HttpMessageNumbering
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
    private bool _hasTail;

    public void PushRequest(long frame, long time)
    {
        OpenRecord();
        TailRequestFrame = frame;
        TailRequestTime = time;
        TailHasRequest = true;
    }

    public void PushResponse(long frame)
    {
        if (!_hasTail || TailResponseFrame > 0)
            OpenRecord();
        TailResponseFrame = frame;
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
