using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.TextLines;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// HTTP/1.x over a TCP byte stream (or over decrypted TLS data). Finds message boundaries
/// (<see cref="HttpMessageFramer"/>), writes each message's fields as tshark 4.0 does, and keeps the
/// conversation's transactions for the analysis. Never throws on bad bytes: what is not a message is
/// either "not mine" or, once the conversation has spoken HTTP, a "Continuation".
/// </summary>
public sealed class HttpDissector : IStreamDissector
{
    /// <summary>The dissector for HTTP straight over TCP.</summary>
    public static HttpDissector OverTcp { get; } = new(carriedInTls: false);

    /// <summary>The dissector for HTTP inside decrypted TLS (full URIs say https, no unencrypted-port warning).</summary>
    public static HttpDissector OverTls { get; } = new(carriedInTls: true);

    /// <summary>Key of HTTP's slot in <see cref="ConversationState"/>, shared by both instances.</summary>
    private static readonly object StateKey = new();

    /// <summary>How far into the first bytes the heuristic looks for the end of the first line.</summary>
    private const int HeuristicLineLimit = 4096;

    private readonly bool _carriedInTls;

    public HttpDissector(bool carriedInTls = false) => _carriedInTls = carriedInTls;

    public ProtocolDef Protocol => HttpFields.Protocol;

    /// <summary>The HTTP state of a conversation, if HTTP holds its slot (for the analysis; creates nothing).</summary>
    public static HttpConversation? ConversationOf(ConversationState conversation)
        => conversation.TryGetState<HttpConversation>(StateKey, out var state) ? state : null;

    private static HttpConversation StateOf(ConversationState conversation)
        => conversation.GetState(StateKey, static () => new HttpConversation());

    /// <summary>
    /// True when the first line starts with "HTTP/1." or with a known method and a space, or ends with
    /// "HTTP/1.x" (Wireshark's heuristic). Lines that are HTCPCP's (an "HTCPCP/" version) are left to it.
    /// </summary>
    public bool LooksLikeMine(ReadOnlySpan<byte> firstBytes, StreamDirection direction)
    {
        if (firstBytes.StartsWith("HTTP/1."u8))
            return true;
        var head = firstBytes[..Math.Min(firstBytes.Length, HeuristicLineLimit)];
        int lineEnd = head.IndexOfAny(TextBytes.Cr, TextBytes.Lf);
        var line = lineEnd < 0 ? head : head[..lineEnd];
        int space = line.IndexOf(TextBytes.Space);
        if (space > 0 && HttpMethods.ClassifyMethod(line[..space]) != HttpMessageKind.Other)
            return line.IndexOf("HTCPCP"u8) < 0;
        return lineEnd > 8 && line[^8..^1].SequenceEqual("HTTP/1."u8);
    }

    public PduBoundary FindPdu(ReadOnlySpan<byte> pending, StreamSide side, bool endOfStream)
    {
        var state = StateOf(side.Conversation);
        if (state.SwitchedProtocols)
            return PduBoundary.NotMine;
        var boundary = HttpMessageFramer.Find(pending, state.NextResponseHint, endOfStream, out var layout);
        if (boundary.Status != PduStatus.NotMine || layout.Kind != HttpMessageKind.Other || pending.IsEmpty)
            return boundary;
        return state.SawHttp ? PduBoundary.Complete(ContinuationLength(pending, layout.MessageStart)) : PduBoundary.NotMine;
    }

    public void Dissect(ReadOnlySpan<byte> pdu, StreamSide side, PacketContext packet, int source)
    {
        var state = StateOf(side.Conversation);
        HttpMessageFramer.Find(pdu, state.NextResponseHint, endOfStream: true, out var layout);
        if (layout.Kind == HttpMessageKind.Other)
        {
            WriteContinuation(pdu, side, packet, source);
            return;
        }
        state.SawHttp = true;
        HttpMessageWriter.Write(pdu, layout, state, side, packet, source, _carriedInTls);
    }

    /// <summary>
    /// tshark puts a message's first line in the Info column as soon as that line is complete, before the rest
    /// of the message has arrived ("HTTP/1.0 200 OK " followed by TCP's "[TCP segment of a reassembled PDU]").
    /// </summary>
    public void DescribeIncomplete(ReadOnlySpan<byte> pending, StreamSide side, PacketContext packet)
    {
        int start = 0;
        while (start < pending.Length && pending[start] is TextBytes.Cr or TextBytes.Lf)
            start++;
        if (LineScanner.TryReadLine(pending, start, atEnd: false, out var first) != LineStatus.Complete)
            return;
        var line = pending.Slice(first.Start, first.Length);
        if (HttpMethods.Classify(line, out _) != HttpMessageKind.Other)
            TextTree.SetInfoToFirstLine(packet.Columns.Info, line);
    }

    /// <summary>
    /// Bytes that are not a message, in a conversation that has carried HTTP: they run to the next line that
    /// starts a request or response, or to the end of what is there.
    /// </summary>
    private static int ContinuationLength(ReadOnlySpan<byte> pending, int start)
    {
        int position = start;
        while (LineScanner.TryReadLine(pending, position, atEnd: false, out var line) == LineStatus.Complete)
        {
            if (line.Start > 0 && HttpMethods.Classify(pending.Slice(line.Start, line.Length), out _) != HttpMessageKind.Other)
                return line.Start;
            position = line.Next;
        }
        return pending.Length;
    }

    /// <summary>tshark's "Continuation": the bytes go under HTTP as file data when they start with printable text, as data otherwise.</summary>
    private static void WriteContinuation(ReadOnlySpan<byte> pdu, StreamSide side, PacketContext packet, int source)
    {
        var tree = packet.Tree;
        int offset = side.PduSourceOffset;
        packet.Columns.Protocol = HttpFields.Protocol.ColumnName;
        packet.AddProtocolName(HttpFields.Protocol.Abbrev);
        packet.Columns.Info.Set("Continuation");
        int http = tree.AddNode(-1, HttpFields.Protocol, source, offset, pdu.Length);
        if (!pdu.IsEmpty && TextBytes.IsPrintable(pdu[0]))
        {
            int node = TextTree.AddAsciiString(tree, http, HttpFields.FileData, source, offset, pdu.Length, pdu);
            Span<char> text = stackalloc char[32];
            "File Data: ".CopyTo(text);
            int n = "File Data: ".Length;
            pdu.Length.TryFormat(text[n..], out int w, default, System.Globalization.CultureInfo.InvariantCulture);
            n += w;
            " bytes".CopyTo(text[n..]);
            tree.SetText(node, text[..(n + 6)]);
        }
        else if (!pdu.IsEmpty)
        {
            int data = tree.AddNode(http, CommonFields.DataProtocol, source, offset, pdu.Length);
            tree.AddBytes(data, CommonFields.Data, source, offset, pdu.Length, pdu);
            tree.Add(data, CommonFields.DataLength, source, offset, 0, (ulong)pdu.Length, NodeFlags.Generated);
        }
        packet.Columns.Info.SetFence();
    }
}
