using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Transport;

/// <summary>
/// What TCP does with a segment's payload (Wireshark's dissect_tcp_payload and decode_tcp_ports): places it in its
/// direction's stream, picks the conversation's protocol, hands new in-order bytes to the direction's
/// <see cref="PduStream"/>, and writes TCP's own items — tcp.payload, the reassembled-segments tree, the reassembly
/// experts and "[TCP segment of a reassembled PDU]". PDUs the stream cannot finish before the capture ends are noted.
/// </summary>
public sealed class TcpPayloadHandler : IPduCarrier
{
    private readonly DissectorRegistry _registry;
    private readonly List<string> _notices = new();

    // The segment being delivered (read by the IPduCarrier callbacks).
    private int _tcpNode;
    private int _tcpOffset;
    private int _payloadOffset;

    public TcpPayloadHandler(DissectorRegistry registry) => _registry = registry;

    /// <summary>Things the user should know that no frame could carry (PDUs cut by the end of the capture, limits reached).</summary>
    public IReadOnlyList<string> Notices => [.. _notices, .. _registry.Limits.Notices];

    public void OnSegment(PacketContext packet, TcpConversation conversation, StreamDirection direction, TcpHalf half, int tcpNode,
        int tcpOffset, ReadOnlySpan<byte> payload, int payloadOffset, uint seq, bool fin, bool rst, bool truncated)
    {
        _tcpOffset = tcpOffset;
        var tree = packet.Tree;
        var side = half.Side;
        side.CurrentFrame = packet.Frame.Number;
        side.CurrentTime = packet.Frame.Timestamp;
        _tcpNode = tcpNode;
        _payloadOffset = payloadOffset;

        if (payload.Length > 0)
            Deliver(packet, conversation, direction, half, payload, payloadOffset, seq, truncated);

        if ((fin || rst) && !half.Ended)
        {
            half.Ended = true;
            if (half.PendingLength > 0 && conversation.Dissector is { } d)
                half.Stream!.Deliver(d, side, packet, this, [], 0, payloadOffset, endOfStream: true, describeIncomplete: true);
            if (half.PendingLength == 0)
                half.ReleaseBuffers();
        }
    }

    private void Deliver(PacketContext packet, TcpConversation conversation, StreamDirection direction, TcpHalf half,
        ReadOnlySpan<byte> payload, int payloadOffset, uint seq, bool truncated)
    {
        var tree = packet.Tree;
        // tshark 4.0 shows a segment's bytes as tcp.payload whether or not they are new or joined a reassembled PDU.
        TcpTree.AddPayload(tree, _tcpNode, payloadOffset, payload.Length);
        var placement = TcpReassembler.Place(half, seq, payload.Length);
        if (placement.StartsBehind > 0 && half.Stream is { } held
            && held.ConflictsWithPending(placement.StartsBehind, payload[..placement.AlreadyDelivered]))
        {
            // As tshark's reassembly: the frame says its overlapping bytes differ, and the message being put together is
            // given up (tshark ends it in a reassembly error) rather than shown as bytes no one sent in that order.
            tree.Add(_tcpNode, TcpFields.SegmentOverlap, 0, payloadOffset, placement.AlreadyDelivered, 1, NodeFlags.Generated);
            tree.Add(_tcpNode, TcpFields.SegmentOverlapConflict, 0, payloadOffset, placement.AlreadyDelivered, 1, NodeFlags.Generated);
            held.DropPending(0);
        }
        if (placement.IsRetransmission(payload.Length))
        {
            // These bytes were delivered already: no dissector sees them again, and tshark says so.
            TcpTree.AddSegmentData(tree, _tcpNode, payloadOffset, payload.Length, retransmitted: true);
            return;
        }
        payload = payload[placement.AlreadyDelivered..];
        payloadOffset += placement.AlreadyDelivered;
        _payloadOffset = payloadOffset;

        var stream = half.Stream ??= new PduStream(_registry.Limits);
        if (placement.MissingBefore > 0)
        {
            if (stream.DropPending(placement.MissingBefore) > 0)
                tree.AddExpert(_tcpNode, TcpFields.ReassemblyGap, 0, 0, 0);
            packet.AddStreamEvent(new StreamEvent(conversation, direction, payloadOffset, 0, placement.MissingBefore));
        }
        packet.AddStreamEvent(new StreamEvent(conversation, direction, payloadOffset, payload.Length, 0));

        if (truncated)
        {
            // The snapshot length cut this segment: its bytes cannot join a PDU.
            if (stream.DropPending(payload.Length) > 0)
                tree.AddExpert(_tcpNode, TcpFields.ReassemblyGap, 0, 0, 0);
            CommonFields.AddData(packet, 0, payloadOffset, payload);
            return;
        }

        var dissector = ChooseDissector(packet, conversation, direction, payload);
        if (dissector is null)
        {
            CommonFields.AddData(packet, 0, payloadOffset, payload);
            stream.Skip(payload.Length);
            return;
        }
        // A two-pass read (-2): the frame whose PDU this segment's bytes joined, as the first pass found it. tshark's second
        // pass then gives such a segment to no protocol, so none describes the PDU's start in the Info column.
        long reassembledIn = packet.Annotations is { FirstPassEnded: true } notes
            && notes.TryGet(packet.Frame.Number, TcpFields.ReassembledIn, out ulong later) ? (long)later : 0;
        var outcome = stream.Deliver(dissector, half.Side, packet, this, payload, 0, payloadOffset, endOfStream: false,
            describeIncomplete: reassembledIn == 0);
        if ((outcome & (PduDelivery.Waiting | PduDelivery.Completed)) == PduDelivery.Waiting)
        {
            packet.Columns.Protocol = TcpFields.Protocol.ColumnName;
            packet.Columns.Info.AppendSeparated(" ", "[TCP segment of a reassembled PDU]");
        }
        // The bytes of this segment that wait for the rest of their PDU.
        if ((outcome & PduDelivery.Waiting) != 0 && stream.PendingLength > 0)
        {
            if (reassembledIn > 0)
                tree.Add(_tcpNode, TcpFields.ReassembledIn, 0, _tcpOffset, 0, (ulong)reassembledIn, NodeFlags.Generated);
            int waiting = Math.Min(stream.PendingLength, payload.Length);
            TcpTree.AddSegmentData(tree, _tcpNode, payloadOffset + payload.Length - waiting, waiting);
        }
    }

    /// <summary>Whether another protocol announced this connection before it opened (Wireshark then made its conversation first).</summary>
    public bool IsAnnounced(in ConversationKey key) => _registry.ExpectedTcp.Count > 0 && _registry.ExpectedTcp.Contains(key);

    /// <summary>Called at the end of the capture: records what never completed.</summary>
    public void Finish(IEnumerable<TcpConversation> conversations)
    {
        foreach (var c in conversations)
        {
            foreach (var half in (ReadOnlySpan<TcpHalf>)[c.ClientToServer, c.ServerToClient])
            {
                if (half.PendingLength > 0)
                {
                    string who = half.Side.Direction == StreamDirection.ClientToServer ? "client to server" : "server to client";
                    string proto = c.Dissector?.Protocol.ColumnName ?? "data";
                    _notices.Add($"tcp.stream {c.Index}: {half.PendingLength} bytes of {proto} ({who}) never completed a message: the capture ended first");
                }
                half.ReleaseBuffers();
            }
        }
    }

    /// <summary>
    /// The conversation's protocol, chosen once from its first payload as decode_tcp_ports does (see
    /// <see cref="DissectorRegistry.Choose"/>); a conversation whose first payload matched nothing is tried again on the
    /// other direction's first payload.
    /// </summary>
    private Streams.IStreamDissector? ChooseDissector(PacketContext packet, TcpConversation conversation, StreamDirection direction, ReadOnlySpan<byte> firstBytes)
    {
        if (conversation.DissectorChosen)
            return conversation.Dissector;
        // tshark's heuristic sets the conversation's dissector (conversation_set_dissector) on the segment it matched: its
        // second pass finds it set from the conversation's first segment on. The first pass notes the protocol chosen late.
        if (packet.Annotations is { } notes)
        {
            if (notes.FirstPassEnded)
            {
                ulong chosenLate = notes.AsConversationEnded(conversation.Index, TcpFields.Stream, 0);
                if (chosenLate != 0 && _registry.ByName(FieldDef.ById((int)chosenLate - 1).Abbrev) is { } late)
                {
                    conversation.Dissector = late;
                    conversation.DissectorChosen = true;
                    return late;
                }
            }
            else if (conversation.ClientToServer.FirstPayloadSeen || conversation.ServerToClient.FirstPayloadSeen)
            {
                var found = ChooseFirstPass(conversation, direction, firstBytes);
                if (found is not null)
                    notes.AsConversationEnded(conversation.Index, TcpFields.Stream, (ulong)found.Protocol.Id + 1);
                return found;
            }
        }
        return ChooseFirstPass(conversation, direction, firstBytes);
    }

    private Streams.IStreamDissector? ChooseFirstPass(TcpConversation conversation, StreamDirection direction, ReadOnlySpan<byte> firstBytes)
    {
        var half = conversation.Half(direction);
        bool firstInDirection = !half.FirstPayloadSeen;
        half.FirstPayloadSeen = true;
        var state = conversation.State;
        if (_registry.ExpectedTcp.TryClaim(conversation.Key, out var expected, out var expectedState))
        {
            // A connection another protocol announced (an FTP data connection): its dissector, with the state it was given.
            conversation.Dissector = expected;
            conversation.DissectorChosen = true;
            Adopt(state, expected, expectedState);
            return expected;
        }
        var chosen = _registry.Choose(state.ServerPort, state.ClientPort, firstBytes, direction);
        bool bothSeen = conversation.ClientToServer.FirstPayloadSeen && conversation.ServerToClient.FirstPayloadSeen;
        if (chosen is not null || bothSeen || !firstInDirection)
        {
            conversation.Dissector = chosen;
            conversation.DissectorChosen = chosen is not null || bothSeen;
        }
        return chosen;
    }

    /// <summary>The announced state becomes the dissector's (its own method: a lambda here would allocate on every call).</summary>
    private static void Adopt(ConversationState state, Streams.IStreamDissector owner, object announced) => state.GetState(owner, () => announced);

    int IPduCarrier.AddReassembledSource(PacketContext packet, ReadOnlySpan<byte> pdu, ReadOnlySpan<PduSegment> segments)
    {
        int source = packet.Tree.AddDataSource("Reassembled TCP", pdu);
        NoteReassembledIn(packet, pdu.Length, segments);
        TcpTree.AddReassembledSegments(packet, _tcpNode, source, pdu.Length, segments, _payloadOffset);
        return source;
    }

    /// <summary>The first pass of a two-pass read notes, on each earlier frame of the PDU, the frame that completed it.</summary>
    private static void NoteReassembledIn(PacketContext packet, int pduLength, ReadOnlySpan<PduSegment> segments)
    {
        if (packet.Annotations is not { FirstPassEnded: false } notes)
            return;
        int remaining = pduLength;
        foreach (var segment in segments)
        {
            if (remaining <= 0)
                break;
            remaining -= Math.Min(segment.Length, remaining);
            if (segment.Frame != packet.Frame.Number)
                notes.Note(segment.Frame, TcpFields.ReassembledIn, (ulong)packet.Frame.Number);
        }
    }

    void IPduCarrier.AddUnclaimed(PacketContext packet, ReadOnlySpan<byte> bytes, int source, int offset)
    {
        packet.Columns.Protocol = TcpFields.Protocol.ColumnName;
        if (source < 0)
        {
            source = packet.Tree.AddDataSource("Unreassembled TCP data", bytes);
            offset = 0;
        }
        CommonFields.AddData(packet, source, offset, bytes);
    }

    void IPduCarrier.NoteLimitReached(PacketContext packet)
        => packet.Tree.AddExpert(_tcpNode, TcpFields.ReassemblyLimit, 0, 0, 0);
}
