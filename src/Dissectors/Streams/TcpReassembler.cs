using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;
using Sniffer.Dissectors.Transport;

namespace Sniffer.Dissectors.Streams;

/// <summary>
/// Puts each TCP direction's payload in sequence order and hands the new in-order bytes to the direction's
/// <see cref="PduStream"/>, which reports each PDU on the frame that carried its last byte, as Wireshark does.
/// Retransmitted bytes are not delivered twice; a gap never blocks later data; what is held is bounded by the
/// pipeline's <see cref="ReassemblyLimits"/>.
/// </summary>
public sealed class TcpReassembler : IPduCarrier
{
    private readonly DissectorRegistry _registry;
    private readonly List<string> _notices = new();

    // The segment being delivered (read by the IPduCarrier callbacks).
    private int _tcpNode;

    public TcpReassembler(DissectorRegistry registry, ReassemblyLimits limits)
    {
        _registry = registry;
        Limits = limits;
    }

    public const int DefaultMaxPendingBytes = ReassemblyLimits.DefaultMaxPerDirection;

    public ReassemblyLimits Limits { get; }

    /// <summary>Receives every direction's new in-order bytes (Follow Stream), or null.</summary>
    public ITcpPayloadObserver? Observer { get; set; }

    /// <summary>Where this segment's payload starts in the frame (its share of a reassembled PDU is shown from there).</summary>
    private int _payloadOffset;

    /// <summary>Things the user should know that no frame could carry (PDUs cut by the end of the capture, limits reached).</summary>
    public IReadOnlyList<string> Notices => [.. _notices, .. Limits.Notices];

    public void OnSegment(PacketContext packet, TcpConversation conversation, StreamDirection direction, TcpHalf half, int tcpNode,
        ReadOnlySpan<byte> payload, int payloadOffset, uint seq, bool fin, bool rst, bool truncated)
    {
        var tree = packet.Tree;
        var side = half.Side;
        side.CurrentFrame = packet.Frame.Number;
        side.CurrentTime = packet.Frame.Timestamp;
        _tcpNode = tcpNode;
        _payloadOffset = payloadOffset;

        if (payload.Length > 0)
        {
            var stream = half.Stream ??= new PduStream(Limits);
            if (!half.ReassemblySeqSet)
            {
                half.ReassemblySeq = seq;
                half.ReassemblySeqSet = true;
            }
            long diff = SeqNumber.Difference(seq, half.ReassemblySeq);
            if (diff < 0)
            {
                long skip = -diff;
                if (skip >= payload.Length)
                {
                    TcpTree.AddPayload(tree, tcpNode, payloadOffset, payload.Length);
                    goto EndOfData; // a retransmission: these bytes were delivered already
                }
                payload = payload[(int)skip..];
                payloadOffset += (int)skip;
                seq += (uint)skip;
            }
            else if (diff > 0)
            {
                if (stream.DropPending(diff) > 0)
                    tree.AddExpert(tcpNode, TcpFields.ReassemblyGap, 0, 0, 0);
                Observer?.OnGap(packet, conversation, direction, (int)Math.Min(diff, int.MaxValue));
            }
            half.ReassemblySeq = seq + (uint)payload.Length;
            Observer?.OnPayload(packet, conversation, direction, payload);

            if (truncated)
            {
                // The snapshot length cut this segment: its bytes cannot join a PDU.
                if (stream.DropPending(payload.Length) > 0)
                    tree.AddExpert(tcpNode, TcpFields.ReassemblyGap, 0, 0, 0);
                AddPayloadAsData(packet, tcpNode, payload, payloadOffset);
                goto EndOfData;
            }

            var dissector = ChooseDissector(conversation, direction, payload);
            if (dissector is null)
            {
                AddPayloadAsData(packet, tcpNode, payload, payloadOffset);
                stream.Skip(payload.Length);
            }
            else
            {
                // tshark 4.0 shows a segment's bytes as tcp.payload whether or not they joined a reassembled PDU.
                TcpTree.AddPayload(tree, tcpNode, payloadOffset, payload.Length);
                var outcome = stream.Deliver(dissector, side, packet, this, payload, 0, payloadOffset, endOfStream: false, describeIncomplete: true);
                if ((outcome & (PduDelivery.Waiting | PduDelivery.Completed)) == PduDelivery.Waiting)
                {
                    packet.Columns.Protocol = TcpFields.Protocol.ShortName;
                    packet.Columns.Info.AppendSeparated(" ", "[TCP segment of a reassembled PDU]");
                }
                // The bytes of this segment that wait for the rest of their PDU.
                if ((outcome & PduDelivery.Waiting) != 0 && stream.PendingLength > 0)
                {
                    int waiting = Math.Min(stream.PendingLength, payload.Length);
                    TcpTree.AddSegmentData(tree, tcpNode, payloadOffset + payload.Length - waiting, waiting);
                }
            }
        }

    EndOfData:
        if ((fin || rst) && !half.Ended)
        {
            half.Ended = true;
            if (half.PendingLength > 0 && conversation.Dissector is { } d)
                half.Stream!.Deliver(d, side, packet, this, [], 0, payloadOffset, endOfStream: true, describeIncomplete: true);
            if (half.PendingLength == 0)
                half.ReleaseBuffers();
        }
    }

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
                    string proto = c.Dissector?.Protocol.ShortName ?? "data";
                    _notices.Add($"tcp.stream {c.Index}: {half.PendingLength} bytes of {proto} ({who}) never completed a message: the capture ended first");
                }
                half.ReleaseBuffers();
            }
        }
    }

    private IStreamDissector? ChooseDissector(TcpConversation conversation, StreamDirection direction, ReadOnlySpan<byte> firstBytes)
    {
        if (conversation.DissectorChosen)
            return conversation.Dissector;
        var half = conversation.Half(direction);
        bool firstInDirection = !half.FirstPayloadSeen;
        half.FirstPayloadSeen = true;
        var state = conversation.State;
        var chosen = _registry.Choose(state.ServerPort, state.ClientPort, firstBytes, direction);
        if (chosen is not null || (conversation.ClientToServer.FirstPayloadSeen && conversation.ServerToClient.FirstPayloadSeen) || !firstInDirection)
        {
            conversation.Dissector = chosen;
            conversation.DissectorChosen = chosen is not null || (conversation.ClientToServer.FirstPayloadSeen && conversation.ServerToClient.FirstPayloadSeen);
        }
        return chosen;
    }

    int IPduCarrier.AddReassembledSource(PacketContext packet, ReadOnlySpan<byte> pdu, ReadOnlySpan<PduSegment> segments)
    {
        var tree = packet.Tree;
        int source = tree.AddDataSource("Reassembled TCP", pdu);
        TcpTree.AddReassembledSegments(packet, _tcpNode, source, pdu.Length, segments, _payloadOffset);
        return source;
    }

    void IPduCarrier.AddUnclaimed(PacketContext packet, ReadOnlySpan<byte> bytes, int source, int offset)
    {
        packet.Columns.Protocol = TcpFields.Protocol.ShortName;
        if (source < 0)
        {
            source = packet.Tree.AddDataSource("Unreassembled TCP data", bytes);
            offset = 0;
        }
        CommonFields.AddData(packet, source, offset, bytes);
    }

    void IPduCarrier.NoteLimitReached(PacketContext packet)
        => packet.Tree.AddExpert(_tcpNode, TcpFields.ReassemblyLimit, 0, 0, 0);

    private static void AddPayloadAsData(PacketContext packet, int tcpNode, ReadOnlySpan<byte> payload, int payloadOffset)
    {
        TcpTree.AddPayload(packet.Tree, tcpNode, payloadOffset, payload.Length);
        CommonFields.AddData(packet, 0, payloadOffset, payload);
    }
}
