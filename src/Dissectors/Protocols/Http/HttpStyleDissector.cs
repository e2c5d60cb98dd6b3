using System.Buffers;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.TextLines;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// An HTTP-style protocol over a byte stream (HTTP, HTCPCP): one framer (<see cref="HttpStyleFramer"/>) and one writer
/// for both, the differences given by the protocol's <see cref="HttpDialect"/> and by the steps it overrides. Each
/// message is framed once: the framer's layout and header facts, kept per direction, are what Dissect writes from. Each
/// connection has one request/response pairing (<see cref="HttpPairing"/>) that the generated fields and the
/// transaction records both come from. Never throws on bad bytes: what is not a message is either "not mine" or, once
/// the conversation has spoken the protocol, a "Continuation".
/// </summary>
public abstract class HttpStyleDissector : IStreamDissector
{
    private readonly object _stateKey;

    /// <param name="stateKey">The key of this protocol's slot in <see cref="ConversationState"/> (shared by its instances).</param>
    protected HttpStyleDissector(HttpDialect dialect, object stateKey)
    {
        Dialect = dialect;
        _stateKey = stateKey;
    }

    public HttpDialect Dialect { get; }

    public abstract ProtocolDef Protocol { get; }

    public abstract bool LooksLikeMine(ReadOnlySpan<byte> firstBytes, StreamDirection direction);

    /// <summary>
    /// True when bytes that start no message, on a conversation that has not yet carried one, are taken and shown as
    /// nothing (tshark's HTTP: its first line is neither a request nor a response, e.g. "BREW /pot-1 HTTP/1.1" or
    /// "HTCPCP/1.0 200 OK" on a conversation its heuristic gave to HTTP); false leaves them to the carrier as data.
    /// </summary>
    protected virtual bool SwallowsBytesBeforeFirstMessage => false;

    /// <summary>The experts the shared steps add, each under this protocol's own name; null adds none (HTTP: tshark has none).</summary>
    protected abstract ExpertDef? MessageTruncatedExpert { get; }

    /// <inheritdoc cref="MessageTruncatedExpert"/>
    protected abstract ExpertDef? ResponseWithoutRequestExpert { get; }

    /// <summary>
    /// The fields a two-pass read (-2) fills from what the first pass learnt later (tshark's second pass does the same):
    /// on a request, the frame of its response; on either message, the next record's request and response frames.
    /// Null for a protocol that has no such field.
    /// </summary>
    protected virtual FieldDef? ResponseInField => null;

    /// <inheritdoc cref="ResponseInField"/>
    protected virtual FieldDef? NextRequestInField => null;

    /// <inheritdoc cref="ResponseInField"/>
    protected virtual FieldDef? NextResponseInField => null;

    /// <summary>
    /// The state <paramref name="protocol"/> keeps on a connection, whether it ran on the connection itself or inside a
    /// protocol the connection carries (HTTP inside decrypted TLS): every state made is a layer of the connection.
    /// </summary>
    protected static HttpConversation? Find(ConversationState conversation, ProtocolDef protocol)
    {
        foreach (var layer in conversation.Layers)
            if (layer is HttpConversation http && ReferenceEquals(http.Protocol, protocol))
                return http;
        return null;
    }

    private HttpConversation StateOf(ConversationState conversation)
        => conversation.TryGetState<HttpConversation>(_stateKey, out var state) ? state : NewState(conversation);

    // The header lines the framer read for the message it framed last (one dissector frames one message at a time).
    private readonly HttpHeaderLines _headerLines = new();

    /// <summary>Kept apart from <see cref="StateOf"/>, which stays small enough to inline; the factory is static (no closure per connection).</summary>
    private HttpConversation NewState(ConversationState conversation)
        => conversation.GetState(_stateKey, (this, conversation.RecordsExchanges),
            static a => !a.RecordsExchanges && a.Item1._spares.TryPop(out var spare)
                ? spare
                : new HttpConversation(a.Item1.Protocol, a.RecordsExchanges, a.Item1._spares));

    /// <summary>States of forgotten connections, for new ones (<see cref="HttpConversation.Recycle"/>).</summary>
    private readonly Stack<HttpConversation> _spares = new();

    public PduBoundary FindPdu(ReadOnlySpan<byte> pending, StreamSide side, bool endOfStream)
    {
        var state = StateOf(side.Conversation);
        if (state.SwitchedProtocols)
            return PduBoundary.NotMine;
        ref var framing = ref state.Framing[(int)side.Direction];
        var boundary = HttpStyleFramer.Find(pending, ref side.Scan, ref framing, Dialect, state.NextResponseHint, endOfStream,
            new HttpStyleFramer.LineNotes(_headerLines, state, (int)side.Direction));
        if (boundary.Status != PduStatus.NotMine || pending.IsEmpty)
            return boundary;
        if (!state.SawHttp)
        {
            if (!SwallowsBytesBeforeFirstMessage)
                return boundary;
            // packet-http.c claims every byte of a segment it was given (dissect_http_tcp returns the whole length)
            // even when the segment starts no message and the conversation never spoke HTTP: nothing is shown.
            HttpStyleFramer.MarkNotAMessage(ref side.Scan, ref framing, pending.Length);
            return PduBoundary.Complete(pending.Length);
        }
        int length = ContinuationLength(pending, framing.Layout.MessageStart);
        HttpStyleFramer.MarkNotAMessage(ref side.Scan, ref framing, length);
        return PduBoundary.Complete(length);
    }

    public void Dissect(ReadOnlySpan<byte> pdu, StreamSide side, PacketContext packet, int source)
    {
        var state = StateOf(side.Conversation);
        ref var framing = ref state.Framing[(int)side.Direction];
        if (!HttpStyleFramer.IsDone(side.Scan) || framing.CompletedLength != pdu.Length)
        {
            // Not framed just before by FindPdu (a caller that cuts PDUs on its own): frame it now, as a whole.
            side.Scan = default;
            if (HttpStyleFramer.Find(pdu, ref side.Scan, ref framing, Dialect, state.NextResponseHint, endOfStream: true,
                    new HttpStyleFramer.LineNotes(_headerLines, state, (int)side.Direction)).Status != PduStatus.Complete)
                HttpStyleFramer.MarkNotAMessage(ref side.Scan, ref framing, pdu.Length);
        }
        side.LastPduShownNothing = false;
        if (framing.Layout.Kind == HttpMessageKind.Other)
        {
            if (!state.SawHttp && SwallowsBytesBeforeFirstMessage)
            {
                side.LastPduShownNothing = true;
                return;
            }
            WriteContinuation(pdu, side, packet, source);
            return;
        }
        state.SawHttp = true;
        WriteMessage(pdu, in framing, state, side, packet, source);
    }

    /// <summary>
    /// tshark puts a message's first line in the Info column as soon as that line is complete, before the rest of the
    /// message has arrived ("HTTP/1.0 200 OK " followed by TCP's "[TCP segment of a reassembled PDU]"). The framer
    /// already found the line, so this costs no search.
    /// </summary>
    public void DescribeIncomplete(ReadOnlySpan<byte> pending, StreamSide side, PacketContext packet)
    {
        if (!packet.Columns.Info.Enabled || !HttpStyleFramer.KnowsFirstLine(side.Scan))
            return;
        var state = StateOf(side.Conversation);
        ref readonly var layout = ref state.Framing[(int)side.Direction].Layout;
        var first = layout.FirstLine;
        if (layout.Kind != HttpMessageKind.Other && first.End <= pending.Length)
            TextTree.SetInfoToFirstLine(packet.Columns.Info, pending.Slice(first.Start, first.Length));
    }

    /// <summary>
    /// Bytes that are not a message, in a conversation that has carried the protocol: they run to the next line that
    /// starts a request or response, or to the end of what is there.
    /// </summary>
    private int ContinuationLength(ReadOnlySpan<byte> pending, int start)
    {
        int position = start;
        while (LineScanner.TryReadLine(pending, position, atEnd: false, out var line) == LineStatus.Complete)
        {
            if (line.Start > 0 && Dialect.Classify(pending.Slice(line.Start, line.Length)) != HttpMessageKind.Other)
                return line.Start;
            position = line.Next;
        }
        return pending.Length;
    }

    // ---- writing one message ------------------------------------------------------------------------------------

    /// <summary>
    /// Writes one framed message into the tree of the frame that completed it, in the order tshark 4.0 builds HTTP's:
    /// the protocol item, the first line, the headers, what follows them, the pairing's generated fields, the body.
    /// Records the message in the connection's pairing (and transactions).
    /// </summary>
    private void WriteMessage(ReadOnlySpan<byte> pdu, ref readonly HttpFraming framing, HttpConversation state, StreamSide side,
        PacketContext packet, int source)
    {
        ref readonly var layout = ref framing.Layout;
        var tree = packet.Tree;
        int start = layout.MessageStart;
        var first = layout.FirstLine;
        var lineText = pdu.Slice(first.Start, first.Length);

        packet.Columns.Protocol = Protocol.ShortName;
        packet.AddProtocolName(Protocol.Abbrev);
        if (packet.Columns.Info.Enabled)
            TextTree.SetInfoToFirstLine(packet.Columns.Info, lineText);

        int node = tree.AddNode(-1, Protocol, source, side.PduSourceOffset + start, pdu.Length - start);
        var m = new HttpStyleMessage(pdu, in layout, in framing.Facts, packet, state, side, source, node);
        WriteBeforeFirstLine(m);
        int lineNode = TextTree.AddTextLine(tree, node, source, m.At(first.Start), pdu.Slice(first.Start, first.FullLength));
        WriteFirstLine(m, lineNode);

        var seen = new HttpHeaderWriting();
        int position = first.Next;
        int end = layout.HeadersComplete ? layout.BodyStart : pdu.Length;
        // The header lines' items only when something reads one (the framer already took what framing, pairing and
        // transactions need from them).
        if (HeaderItems is { } headerItems && !tree.WantsAnyOf(headerItems))
            position = end;
        var notes = _headerLines;
        if (position < end && layout.HeadersComplete && notes.IsFor(state, (int)side.Direction, layout.MessageStart)
            && notes.Count == framing.Facts.HeaderCount)
        {
            // The framer's notes of these very lines: each written without finding, parsing and looking it up again.
            foreach (ref readonly var header in notes.Lines)
                WriteParsedHeader(m, header, ref seen);
            if (layout.HeaderEnding == HeaderBlockEnding.BlankLine && notes.BlankLineStart >= 0)
            {
                var blank = notes.BlankLine;
                TextTree.AddTextLine(tree, node, source, m.At(blank.Start), pdu.Slice(blank.Start, blank.FullLength));
            }
            position = end;
        }
        while (position < end)
        {
            LineScanner.TryReadLine(pdu, position, atEnd: true, out var line);
            if (line.IsBlank)
            {
                TextTree.AddTextLine(tree, node, source, m.At(line.Start), pdu.Slice(line.Start, line.FullLength));
                break;
            }
            WriteHeader(m, line, ref seen);
            position = line.Next;
        }
        WriteAfterHeaders(m);

        bool answered = Pair(m, out var transaction);
        WriteGenerated(m, answered);
        if (layout.Truncated && MessageTruncatedExpert is { } truncated)
            tree.AddExpert(node, truncated, source, m.At(start), 0);
        WriteAfterGenerated(m);
        if (layout.BodyLength > 0)
            WriteBody(m, transaction);
        packet.Columns.Info.SetFence();
    }

    /// <summary>
    /// Puts the message in the connection's pairing (<see cref="HttpPairing"/>) and, when they are kept, fills its
    /// transaction record. A final response that opened a record of its own gets the "response without a request" note.
    /// Returns whether a response answers a request (true for requests).
    /// </summary>
    private bool Pair(in HttpStyleMessage m, out HttpTransaction? transaction)
    {
        transaction = null;
        var state = m.State;
        long frame = m.Packet.Frame.Number;
        long time = m.Packet.Frame.Timestamp;
        ref readonly var layout = ref m.Layout;
        var s = layout.StartLine;
        var line = m.FirstLine;
        switch (layout.Kind)
        {
            case HttpMessageKind.Request:
            {
                var method = s.First(line);
                // SSTP_DUPLEX_POST is answered like CONNECT: a 2xx has no body and opens a tunnel (tshark hands it to SSTP).
                var hint = method.SequenceEqual("HEAD"u8) ? HttpRequestHint.Head
                    : method.SequenceEqual("CONNECT"u8) || method.SequenceEqual("SSTP_DUPLEX_POST"u8) ? HttpRequestHint.Connect
                    : HttpRequestHint.Other;
                NoteForSecondPass(m.Packet.Annotations, state.Pairing, frame, isRequest: true);
                transaction = state.AddRequest(frame, time, hint);
                if (transaction is { } t)
                {
                    t.RequestFrame = frame;
                    t.RequestFirstFrame = m.Side.PduFirstFrame;
                    t.RequestTime = time;
                    t.Method = HttpMethods.Name(method) ?? RecordString(method);
                    t.Uri = s.FirstLength > 0 ? RecordString(s.Second(line)) : null;
                    t.RequestVersion = RecordString(s.Rest(line));
                    t.Host = m.Facts.HasHost ? RecordString(m[m.Facts.Host]) : null;
                    t.RequestConnection = m.Facts.HasConnection ? RecordString(m[m.Facts.Connection]) : null;
                    t.Range = m.Facts.HasRange ? RecordString(m[m.Facts.RangeHeader]) : null;
                    t.RequestBody = layout.Framing;
                    t.RequestTruncated = layout.Truncated;
                }
                return true;
            }
            case HttpMessageKind.Response:
            {
                int code = s.StatusCode;
                bool interim = code is >= 100 and < 200 and not 101;
                bool connectAccepted = code / 100 == 2 && state.Pairing.LatestRequestHint == HttpRequestHint.Connect;
                NoteForSecondPass(m.Packet.Annotations, state.Pairing, frame, isRequest: false);
                transaction = state.AddResponse(frame, out bool answered);
                if (!answered && !interim && ResponseWithoutRequestExpert is { } unanswered)
                    m.Tree.AddExpert(m.Node, unanswered, m.Source, m.At(layout.MessageStart), 0);
                // As tshark: a 101 switches only with an Upgrade header; a 2xx to CONNECT opens a tunnel.
                if ((code == 101 && m.Facts.HasUpgrade) || connectAccepted)
                    state.SwitchedProtocols = true;
                if (transaction is { } t)
                {
                    t.ResponseFrame = frame;
                    t.ResponseFirstFrame = m.Side.PduFirstFrame;
                    t.ResponseTime = time;
                    t.StatusCode = s.HasStatusCode ? code : null;
                    t.ReasonPhrase = s.RestLength > 0 ? RecordString(s.Rest(line)) : null;
                    t.ResponseVersion = RecordString(s.First(line));
                    t.ResponseConnection = m.Facts.HasConnection ? RecordString(m[m.Facts.Connection]) : null;
                    t.ContentType = m.Facts.HasContentType ? RecordString(m[m.Facts.ContentType]) : null;
                    t.ResponseBody = layout.Framing;
                    t.ResponseTruncated = layout.Truncated;
                    if (m.Facts.HasContentRange && HttpContentRange.TryParse(m[m.Facts.ContentRange], out var range))
                        t.AddContentRange(range);
                }
                return answered;
            }
            default:
                return true;
        }
    }

    /// <summary>
    /// In a two-pass read's first pass, a message tells earlier frames what a single pass shows only later (packet-http.c's
    /// req_res list, read on tshark's second pass): a response is its request's response_in and the previous record's
    /// next_response_in; a request, which opens a record, is the previous record's next_request_in.
    /// </summary>
    private void NoteForSecondPass(FrameAnnotations? notes, in HttpPairing pairing, long frame, bool isRequest)
    {
        if (notes is null || !pairing.HasTail)
            return;
        if (isRequest)
        {
            if (NextRequestInField is { } nextRequest)
            {
                if (pairing.TailRequestFrame > 0)
                    notes.Note(pairing.TailRequestFrame, nextRequest, (ulong)frame);
                if (pairing.TailResponseFrame > 0)
                    notes.Note(pairing.TailResponseFrame, nextRequest, (ulong)frame);
            }
            return;
        }
        bool fillsTail = pairing.TailResponseFrame == 0;
        if (fillsTail && pairing.TailRequestFrame > 0 && ResponseInField is { } responseIn)
            notes.Note(pairing.TailRequestFrame, responseIn, (ulong)frame);
        long previousResponse = fillsTail ? pairing.PreviousResponseFrame : pairing.TailResponseFrame;
        if (previousResponse > 0 && NextResponseInField is { } nextResponse)
            notes.Note(previousResponse, nextResponse, (ulong)frame);
    }

    /// <summary>A fact the first pass of a two-pass read noted for this frame, or 0.</summary>
    protected static ulong Noted(in HttpStyleMessage m, FieldDef? field)
        => field is not null && m.Packet.Annotations is { } notes && notes.TryGet(m.Packet.Frame.Number, field, out ulong value) ? value : 0;

    /// <summary>Before the first line: HTTP's notes on leading line ends and on a TLS port.</summary>
    protected virtual void WriteBeforeFirstLine(in HttpStyleMessage m)
    {
    }

    /// <summary>The fields of the request or status line, under its line item <paramref name="lineNode"/>.</summary>
    protected abstract void WriteFirstLine(in HttpStyleMessage m, int lineNode);

    /// <summary>One header line (not the blank line that ends the block).</summary>
    protected abstract void WriteHeader(in HttpStyleMessage m, TextLine line, ref HttpHeaderWriting seen);

    /// <summary>A header line the framer already parsed and looked up in HttpHeaderTable; by default written as any line.</summary>
    private protected virtual void WriteParsedHeader(in HttpStyleMessage m, in HttpHeaderLines.Line line, ref HttpHeaderWriting seen)
        => WriteHeader(m, line.Text, ref seen);

    /// <summary>
    /// Every item <see cref="WriteHeader"/> and the blank line can add, when the header lines have no other effect: the
    /// block is skipped when the tree keeps none of them. Null: the lines are always written.
    /// </summary>
    protected virtual FieldGroup? HeaderItems => null;

    /// <summary>After the header block: HTTP's full URI, HTCPCP's notes on the missing blank line.</summary>
    protected virtual void WriteAfterHeaders(in HttpStyleMessage m)
    {
    }

    /// <summary>The fields the pairing gives (request_in, time, numbers); <paramref name="answered"/> as <see cref="HttpConversation.AddResponse"/> says.</summary>
    protected abstract void WriteGenerated(in HttpStyleMessage m, bool answered);

    /// <summary>After the generated fields and the truncation note, before the body.</summary>
    protected virtual void WriteAfterGenerated(in HttpStyleMessage m)
    {
    }

    /// <summary>The body (<see cref="HttpMessageLayout.BodyStart"/> to <see cref="HttpMessageLayout.End"/>); <paramref name="transaction"/> when recorded.</summary>
    protected abstract void WriteBody(in HttpStyleMessage m, HttpTransaction? transaction);

    /// <summary>Bytes in a conversation that has spoken the protocol but that start no message.</summary>
    protected abstract void WriteContinuation(ReadOnlySpan<byte> pdu, StreamSide side, PacketContext packet, int source);

    /// <summary>A model string from protocol text (ENC_ASCII rules); made only for transaction records.</summary>
    /// <summary>
    /// <see cref="AsciiString"/> for a transaction record: the values records repeat (versions, phrases, hosts, media
    /// types, URIs fetched on every connection) come from the thread's <see cref="RecentStrings"/>, so recording a
    /// message allocates only for a value not seen lately.
    /// </summary>
    private static string RecordString(ReadOnlySpan<byte> bytes)
    {
        var recent = t_recordStrings ??= new RecentStrings();
        return recent.Find(bytes) ?? recent.Remember(AsciiString(bytes));
    }

    [ThreadStatic]
    private static RecentStrings? t_recordStrings;

    internal static string AsciiString(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
            return string.Empty;
        if (System.Text.Ascii.IsValid(bytes))
            return System.Text.Encoding.ASCII.GetString(bytes);
        char[] chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        for (int i = 0; i < bytes.Length; i++)
            chars[i] = bytes[i] < 0x80 ? (char)bytes[i] : '\uFFFD';
        var text = new string(chars, 0, bytes.Length);
        ArrayPool<char>.Shared.Return(chars);
        return text;
    }
}

/// <summary>What the header lines written so far held, for notes that depend on their order (http.te_and_length).</summary>
public struct HttpHeaderWriting
{
    public bool SawTransferEncoding;
    public bool SawContentLength;
}
