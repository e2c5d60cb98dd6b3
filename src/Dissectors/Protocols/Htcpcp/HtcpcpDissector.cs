using System.Buffers;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Protocols.TextLines;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Htcpcp;

/// <summary>
/// The Hyper Text Coffee Pot Control Protocol (RFC 2324, RFC 7168) over TCP: BREW, POST, GET, PROPFIND and WHEN on
/// coffee: and tea: URIs, answered with 200, 406, 418 or 503. Framed and paired exactly as HTTP is
/// (<see cref="HttpStyleDissector"/>), with the lab's habits as its dialect (<see cref="HtcpcpDialect"/>): the pot may
/// start its body without the blank line, and a request without Content-Length keeps the bytes that came with it as
/// its unframed body. Never throws on bad bytes.
/// </summary>
public sealed class HtcpcpDissector : HttpStyleDissector
{
    /// <summary>Key of HTCPCP's slot in <see cref="ConversationState"/> (declared first: the instance below needs it).</summary>
    private static readonly object StateKey = new();

    public static HtcpcpDissector Instance { get; } = new();

    private const int HeuristicLineLimit = 4096;

    public HtcpcpDissector()
        : base(HtcpcpDialect.Instance, StateKey)
    {
    }

    public override ProtocolDef Protocol => HtcpcpFields.Protocol;

    protected override ExpertDef MessageTruncatedExpert => HtcpcpExperts.MessageTruncated;

    protected override ExpertDef ResponseWithoutRequestExpert => HtcpcpExperts.ResponseWithoutRequest;

    protected override FieldDef? ResponseInField => HtcpcpFields.ResponseIn;

    /// <summary>The exchanges of a conversation HTCPCP holds, on TCP or inside the TLS it carries (for the reports; creates nothing).</summary>
    public static HttpConversation? ConversationOf(ConversationState conversation) => Find(conversation, HtcpcpFields.Protocol);

    public override bool LooksLikeMine(ReadOnlySpan<byte> firstBytes, StreamDirection direction)
    {
        var head = firstBytes[..Math.Min(firstBytes.Length, HeuristicLineLimit)];
        int lineEnd = head.IndexOfAny(TextBytes.Cr, TextBytes.Lf);
        return HtcpcpStartLine.LooksLikeHtcpcp(lineEnd < 0 ? head : head[..lineEnd]);
    }

    protected override void WriteFirstLine(in HttpStyleMessage m, int lineNode)
    {
        var tree = m.Tree;
        var line = m.FirstLine;
        var s = m.Layout.StartLine;
        int at = m.At(m.Layout.FirstLine.Start);
        if (m.Kind == HttpMessageKind.Request)
        {
            var method = s.First(line);
            int methodNode = TextTree.AddAsciiValue(tree, lineNode, HtcpcpFields.RequestMethod, m.Source, at + s.FirstStart, method);
            if (method.SequenceEqual("POST"u8))
                tree.AddExpert(methodNode, HtcpcpExperts.PostDeprecated, m.Source, at + s.FirstStart, s.FirstLength);
            else if (!HtcpcpStartLine.IsMethod(method))
                tree.AddExpert(methodNode, HtcpcpExperts.UnknownMethod, m.Source, at + s.FirstStart, s.FirstLength);
            var target = s.Second(line);
            int uriAt = at + s.SecondStart;
            int uri = TextTree.AddAsciiValue(tree, lineNode, HtcpcpFields.RequestUri, m.Source, uriAt, target);
            var parts = HtcpcpUri.Parse(target);
            AddPart(tree, uri, HtcpcpFields.UriScheme, m.Source, uriAt, target, parts.Scheme);
            AddPart(tree, uri, HtcpcpFields.UriPot, m.Source, uriAt, target, parts.Pot);
            AddPart(tree, uri, HtcpcpFields.UriTeaVariety, m.Source, uriAt, target, parts.TeaVariety);
            TextTree.AddAsciiValue(tree, lineNode, HtcpcpFields.RequestVersion, m.Source, at + s.RestStart, s.Rest(line));
            return;
        }
        TextTree.AddAsciiValue(tree, lineNode, HtcpcpFields.ResponseVersion, m.Source, at + s.FirstStart, s.First(line));
        if (s.HasStatusCode)
            tree.Add(lineNode, HtcpcpFields.ResponseCode, m.Source, at + s.SecondStart, 3, (ulong)s.StatusCode);
        if (s.RestLength > 0)
            TextTree.AddAsciiValue(tree, lineNode, HtcpcpFields.ResponsePhrase, m.Source, at + s.RestStart, s.Rest(line));
        if (!HtcpcpStartLine.HasWellFormedStatus(line, s))
            tree.AddExpert(lineNode, HtcpcpExperts.BadStatusLine, m.Source, at, line.Length);
    }

    private static void AddPart(FieldTree tree, int parent, FieldDef field, int source, int uriAt, ReadOnlySpan<byte> target, Range part)
    {
        var (offset, length) = part.GetOffsetAndLength(target.Length);
        if (length > 0)
            TextTree.AddAsciiValue(tree, parent, field, source, uriAt + offset, target.Slice(offset, length));
    }

    protected override void WriteHeader(in HttpStyleMessage m, TextLine line, ref HttpHeaderWriting seen)
    {
        var tree = m.Tree;
        var text = m.Bytes.Slice(line.Start, line.Length);
        var full = m.Bytes.Slice(line.Start, line.FullLength);
        int at = m.At(line.Start);
        int node;
        if (HeaderLineParser.TryParse(text, out var header) != HeaderLineStatus.Ok)
        {
            node = TextTree.AddAsciiValue(tree, m.Node, HtcpcpFields.Header, m.Source, at, full.Length, at, text);
        }
        else
        {
            var name = header.Name(text);
            var value = header.Value(text);
            if (TextBytes.EqualsIgnoreCase(name, "accept-additions"u8))
            {
                int item = TextTree.AddTextLine(tree, m.Node, m.Source, at, full);
                var visitor = new AdditionNodes(tree, item, m.Source, at + header.ValueStart, value);
                HtcpcpAdditions.Split(value, ref visitor);
                return;
            }
            if (TextBytes.EqualsIgnoreCase(name, "content-type"u8))
                node = TextTree.AddAsciiValue(tree, m.Node, HtcpcpFields.ContentType, m.Source, at, full.Length, at + header.ValueStart, value);
            else if (TextBytes.EqualsIgnoreCase(name, "content-length"u8) && TryContentLength(m, line, value, out long length))
                node = tree.Add(m.Node, HtcpcpFields.ContentLength, m.Source, at, full.Length, (ulong)length);
            else
                node = TextTree.AddAsciiValue(tree, m.Node, HtcpcpFields.Header, m.Source, at, full.Length, at, text);
        }
        if (tree.BuildsText)
            TextTree.SetFormattedText(tree, node, full);
    }

    /// <summary>The framer's Content-Length for the header that framed the message; a repeated one is read here.</summary>
    private static bool TryContentLength(in HttpStyleMessage m, TextLine line, ReadOnlySpan<byte> value, out long length)
    {
        if (line.Start == m.Facts.ContentLengthLine && m.Facts.HasContentLength)
        {
            length = m.Facts.ContentLength;
            return true;
        }
        return HttpHeaderValues.TryParseContentLength(value, out length);
    }

    private ref struct AdditionNodes(FieldTree tree, int parent, int source, int valueAt, ReadOnlySpan<byte> value) : HtcpcpAdditions.IVisitor
    {
        private readonly ReadOnlySpan<byte> _value = value;

        public readonly void OnAddition(int start, int length)
            => TextTree.AddAsciiValue(tree, parent, HtcpcpFields.AcceptAdditions, source, valueAt + start, _value.Slice(start, length));
    }

    protected override void WriteAfterHeaders(in HttpStyleMessage m)
    {
        var tree = m.Tree;
        ref readonly var layout = ref m.Layout;
        if (layout.NoBlankLine)
            tree.AddExpert(m.Node, HtcpcpExperts.NoBlankLine, m.Source, m.At(layout.BodyStart), 0);
        if (layout.Framing.Kind == HttpBodyKind.Unframed)
            tree.AddExpert(m.Node, HtcpcpExperts.UnframedBody, m.Source, m.At(layout.BodyStart), layout.BodyLength);
        var flag = m.Kind == HttpMessageKind.Request ? HtcpcpFields.Request : HtcpcpFields.Response;
        tree.Add(m.Node, flag, m.Source, m.At(layout.MessageStart), 0, 1, NodeFlags.Hidden);
    }

    /// <summary>
    /// htcpcp.request_in and htcpcp.time on a response that answers a request (the pairing is HTTP's); on a request,
    /// htcpcp.response_in when a two-pass read already knows its response (as http.response_in).
    /// </summary>
    protected override void WriteGenerated(in HttpStyleMessage m, bool answered)
    {
        if (m.Kind == HttpMessageKind.Request && Noted(m, HtcpcpFields.ResponseIn) is var response and > 0)
            m.Tree.Add(m.Node, HtcpcpFields.ResponseIn, m.Source, m.At(m.Layout.MessageStart), 0, response, NodeFlags.Generated);
        if (m.Kind != HttpMessageKind.Response || !answered)
            return;
        ref readonly var pairing = ref m.State.Pairing;
        int at = m.At(m.Layout.MessageStart);
        m.Tree.Add(m.Node, HtcpcpFields.RequestIn, m.Source, at, 0, (ulong)pairing.TailRequestFrame, NodeFlags.Generated);
        m.Tree.Add(m.Node, HtcpcpFields.Time, m.Source, at, 0, (ulong)(m.Packet.Frame.Timestamp - pairing.TailRequestTime), NodeFlags.Generated);
    }

    /// <summary>
    /// htcpcp.body: the body's text, dechunked when chunked. A body whose end no length gives (the lab pot's, after no
    /// blank line, or a request's unframed body) loses its last line end, which only separated it from what followed.
    /// </summary>
    protected override void WriteBody(in HttpStyleMessage m, HttpTransaction? transaction)
    {
        var tree = m.Tree;
        ref readonly var layout = ref m.Layout;
        var body = m.Bytes[layout.BodyStart..layout.End];
        if (layout.Framing.Kind != HttpBodyKind.Chunked)
        {
            int length = body.Length;
            if (layout.NoBlankLine || layout.Framing.Kind == HttpBodyKind.Unframed)
                length = TrimmedLength(body);
            TextTree.AddAsciiValue(tree, m.Node, HtcpcpFields.Body, m.Source, m.At(layout.BodyStart), body[..length]);
            return;
        }
        byte[] data = ArrayPool<byte>.Shared.Rent(Math.Max(1, body.Length));
        var gather = new ChunkData(body, data);
        ChunkedBodyScanner.Scan(body, atEnd: true, ref gather);
        var dechunked = data.AsSpan(0, gather.Length);
        int dechunkedSource = tree.AddDataSource("De-chunked entity body", dechunked);
        TextTree.AddAsciiValue(tree, m.Node, HtcpcpFields.Body, dechunkedSource, 0, dechunked);
        ArrayPool<byte>.Shared.Return(data);
    }

    /// <summary>The length of <paramref name="body"/> without the line ends at its end.</summary>
    public static int TrimmedLength(ReadOnlySpan<byte> body)
    {
        int length = body.Length;
        while (length > 0 && body[length - 1] is TextBytes.Cr or TextBytes.Lf)
            length--;
        return length;
    }

    /// <summary>Copies each chunk's data, in order, into one buffer.</summary>
    private ref struct ChunkData(ReadOnlySpan<byte> body, byte[] data) : IChunkVisitor
    {
        private readonly ReadOnlySpan<byte> _body = body;
        public int Length;

        public void OnChunk(in Chunk chunk)
        {
            _body.Slice(chunk.DataStart, chunk.Size).CopyTo(data.AsSpan(Length));
            Length += chunk.Size;
        }

        public readonly void OnLastChunk(int sizeLineStart, int sizeLineLength) { }
        public readonly void OnTrailerLine(int start, int length) { }
        public readonly void OnFinalLine(int start, int length) { }
    }

    /// <summary>Bytes in a conversation that has spoken HTCPCP but that start no message: shown as the body of a "Continuation".</summary>
    protected override void WriteContinuation(ReadOnlySpan<byte> pdu, StreamSide side, PacketContext packet, int source)
    {
        var tree = packet.Tree;
        int b = side.PduSourceOffset;
        packet.Columns.Protocol = HtcpcpFields.Protocol.ShortName;
        packet.AddProtocolName(HtcpcpFields.Protocol.Abbrev);
        packet.Columns.Info.Set("Continuation");
        int node = tree.AddNode(-1, HtcpcpFields.Protocol, source, b, pdu.Length);
        TextTree.AddAsciiValue(tree, node, HtcpcpFields.Body, source, b, pdu);
        packet.Columns.Info.SetFence();
    }
}
