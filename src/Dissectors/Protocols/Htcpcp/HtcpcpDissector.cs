using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Protocols.TextLines;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Htcpcp;

/// <summary>
/// The Hyper Text Coffee Pot Control Protocol (RFC 2324, RFC 7168) over TCP: BREW, POST, GET, PROPFIND and
/// WHEN on coffee: and tea: URIs, answered with 200, 406, 418 or 503. Framed like HTTP, with allowances for
/// the lab server that starts its body without a blank line. Never throws on bad bytes.
/// </summary>
public sealed class HtcpcpDissector : IStreamDissector
{
    public static HtcpcpDissector Instance { get; } = new();

    private static readonly object StateKey = new();

    private const int HeuristicLineLimit = 4096;

    public ProtocolDef Protocol => HtcpcpFields.Protocol;

    /// <summary>The exchanges of a conversation HTCPCP holds (for the analysis; creates nothing).</summary>
    public static HttpConversation? ConversationOf(ConversationState conversation)
        => conversation.TryGetState<HttpConversation>(StateKey, out var state) ? state : null;

    private static HttpConversation StateOf(ConversationState conversation)
        => conversation.GetState(StateKey, static () => new HttpConversation());

    public bool LooksLikeMine(ReadOnlySpan<byte> firstBytes, StreamDirection direction)
    {
        var head = firstBytes[..Math.Min(firstBytes.Length, HeuristicLineLimit)];
        int lineEnd = head.IndexOfAny(TextBytes.Cr, TextBytes.Lf);
        return HtcpcpStartLine.LooksLikeHtcpcp(lineEnd < 0 ? head : head[..lineEnd]);
    }

    public PduBoundary FindPdu(ReadOnlySpan<byte> pending, StreamSide side, bool endOfStream)
    {
        var boundary = HtcpcpMessageFramer.Find(pending, endOfStream, out var layout);
        if (boundary.Status != PduStatus.NotMine || pending.IsEmpty)
            return boundary;
        return StateOf(side.Conversation).SawHttp ? PduBoundary.Complete(ContinuationLength(pending, layout.MessageStart)) : PduBoundary.NotMine;
    }

    public void Dissect(ReadOnlySpan<byte> pdu, StreamSide side, PacketContext packet, int source)
    {
        var state = StateOf(side.Conversation);
        HtcpcpMessageFramer.Find(pdu, endOfStream: true, out var layout);
        if (layout.Kind == HttpMessageKind.Other)
        {
            HtcpcpMessageWriter.WriteContinuation(pdu, side, packet, source);
            return;
        }
        state.SawHttp = true;
        HtcpcpMessageWriter.Write(pdu, layout, state, side, packet, source);
    }

    public void DescribeIncomplete(ReadOnlySpan<byte> pending, StreamSide side, PacketContext packet)
    {
        int start = 0;
        while (start < pending.Length && pending[start] is TextBytes.Cr or TextBytes.Lf)
            start++;
        if (LineScanner.TryReadLine(pending, start, atEnd: false, out var first) != LineStatus.Complete)
            return;
        var line = pending.Slice(first.Start, first.Length);
        if (HtcpcpStartLine.Classify(line) != HttpMessageKind.Other)
            TextTree.SetInfoToFirstLine(packet.Columns.Info, line);
    }

    private static int ContinuationLength(ReadOnlySpan<byte> pending, int start)
    {
        int position = start;
        while (LineScanner.TryReadLine(pending, position, atEnd: false, out var line) == LineStatus.Complete)
        {
            if (line.Start > 0 && HtcpcpStartLine.Classify(pending.Slice(line.Start, line.Length)) != HttpMessageKind.Other)
                return line.Start;
            position = line.Next;
        }
        return pending.Length;
    }
}
