using System.Buffers;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;
using Sniffer.Dissectors.Transport;

namespace Sniffer.Dissectors.Streams;

/// <summary>
/// Puts each direction's payload in order and drives the conversation's stream dissector over it,
/// reporting each PDU on the frame that carried its last byte, as Wireshark does. Retransmitted bytes
/// are not delivered twice; a gap never blocks later data; the bytes held per direction are capped.
/// </summary>
public sealed class TcpReassembler
{
    private readonly DissectorRegistry _registry;
    private readonly int _maxPendingBytes;
    private readonly List<string> _notices = new();

    public TcpReassembler(DissectorRegistry registry, int maxPendingBytes = DefaultMaxPendingBytes)
    {
        _registry = registry;
        _maxPendingBytes = maxPendingBytes;
    }

    public const int DefaultMaxPendingBytes = 32 * 1024 * 1024;

    /// <summary>Receives every direction's new in-order bytes (Follow Stream), or null.</summary>
    public ITcpPayloadObserver? Observer { get; set; }

    /// <summary>Things the user should know that no frame could carry (PDUs cut by the end of the capture).</summary>
    public IReadOnlyList<string> Notices => _notices;

    public void OnSegment(PacketContext packet, TcpConversation conversation, StreamDirection direction, TcpHalf half, int tcpNode,
        ReadOnlySpan<byte> payload, int payloadOffset, uint seq, bool fin, bool rst, bool truncated)
    {
        var tree = packet.Tree;
        var side = half.Side;
        side.CurrentFrame = packet.Frame.Number;
        side.CurrentTime = packet.Frame.Timestamp;

        if (payload.Length > 0)
        {
            if (!half.ReassemblySeqSet)
            {
                half.ReassemblySeq = seq;
                half.ReassemblySeqSet = true;
            }
            int diff = SeqNumber.Difference(seq, half.ReassemblySeq);
            if (diff < 0)
            {
                int skip = -diff;
                if (skip >= payload.Length)
                {
                    tree.AddBytes(tcpNode, TcpFields.Payload, 0, payloadOffset, payload.Length, payload);
                    goto EndOfData; // a retransmission: these bytes were delivered already
                }
                payload = payload[skip..];
                payloadOffset += skip;
                seq += (uint)skip;
            }
            else if (diff > 0)
            {
                DropPendingForGap(packet, tcpNode, half, diff);
                Observer?.OnGap(packet, conversation, direction, diff);
            }
            half.ReassemblySeq = seq + (uint)payload.Length;
            Observer?.OnPayload(packet, conversation, direction, payload);

            if (truncated)
            {
                // The snapshot length cut this segment: its bytes cannot join a PDU.
                DropPendingForGap(packet, tcpNode, half, 0);
                AddPayloadAsData(packet, tcpNode, payload, payloadOffset);
                half.ConsumedOffset += payload.Length;
                half.GapBefore = true;
                goto EndOfData;
            }

            var dissector = ChooseDissector(conversation, direction, payload);
            if (dissector is null)
            {
                AddPayloadAsData(packet, tcpNode, payload, payloadOffset);
                half.ConsumedOffset += payload.Length;
            }
            else
            {
                Deliver(packet, dissector, half, tcpNode, payload, payloadOffset, endOfStream: false);
            }
        }

    EndOfData:
        if ((fin || rst) && !half.Ended)
        {
            half.Ended = true;
            if (half.PendingLength > 0 && conversation.Dissector is { } d)
                Deliver(packet, d, half, tcpNode, [], payloadOffset, endOfStream: true);
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

    private void Deliver(PacketContext packet, IStreamDissector dissector, TcpHalf half, int tcpNode, ReadOnlySpan<byte> payload,
        int payloadOffset, bool endOfStream)
    {
        var tree = packet.Tree;
        var side = half.Side;
        long frame = packet.Frame.Number;
        int earlier = half.PendingLength; // bytes that came from earlier frames
        ReadOnlySpan<byte> work;
        if (earlier == 0)
        {
            work = payload;
        }
        else
        {
            if (earlier + payload.Length > _maxPendingBytes)
            {
                tree.AddExpert(tcpNode, TcpFields.ReassemblyLimit, 0, payloadOffset, 0);
                int source = tree.AddDataSource("Unreassembled TCP data", half.PendingBytes);
                CommonFields.AddData(packet, source, 0, half.PendingBytes);
                half.ConsumedOffset += half.PendingLength;
                half.PendingLength = 0;
                half.PendingSegments.Clear();
                earlier = 0;
                work = payload;
            }
            else
            {
                AppendPending(half, payload);
                work = half.PendingBytes;
            }
        }
        if (payload.Length > 0)
            half.PendingSegments.Add((frame, payload.Length));

        int consumed = 0;
        bool completedAny = false;
        while (consumed < work.Length)
        {
            var rest = work[consumed..];
            side.ConsumedOffset = half.ConsumedOffset;
            side.GapBefore = half.GapBefore;
            side.PduFirstFrame = half.PendingSegments.Count > 0 ? half.PendingSegments[0].Frame : frame;
            var boundary = dissector.FindPdu(rest, side, endOfStream);
            if (boundary.Status == PduStatus.Complete && boundary.Length > 0 && boundary.Length <= rest.Length)
            {
                var pdu = rest[..boundary.Length];
                int source;
                int pduOffset;
                bool fromThisFrameOnly = consumed >= earlier;
                if (fromThisFrameOnly)
                {
                    source = 0;
                    pduOffset = payloadOffset + (consumed - earlier);
                }
                else
                {
                    source = tree.AddDataSource("Reassembled TCP", pdu);
                    pduOffset = 0;
                    AddSegmentsTree(tree, tcpNode, half, pdu, source);
                }
                side.PduSourceOffset = pduOffset;
                dissector.Dissect(pdu, side, packet, source);
                ConsumeSegments(half, boundary.Length);
                half.ConsumedOffset += boundary.Length;
                half.GapBefore = false;
                half.LengthUnknown = false;
                consumed += boundary.Length;
                completedAny = true;
                continue;
            }
            if (boundary.Status == PduStatus.NotMine)
            {
                if (!completedAny)
                {
                    packet.Columns.Protocol = TcpFields.Protocol.ShortName;
                    int source = consumed >= earlier ? 0 : tree.AddDataSource("Unreassembled TCP data", rest);
                    CommonFields.AddData(packet, source, source == 0 ? payloadOffset + (consumed - earlier) : 0, rest);
                }
                ConsumeSegments(half, rest.Length);
                half.ConsumedOffset += rest.Length;
                consumed = work.Length;
                break;
            }
            // Needs more bytes. As tshark calls the dissector again on a PDU still incomplete, it may describe it:
            // on the frame where the PDU starts (also after PDUs this frame completed), and on later frames while
            // its length is unknown ("one more segment"), not once a total length was given.
            if (payload.Length > 0)
            {
                if (consumed >= earlier || half.LengthUnknown)
                    dissector.DescribeIncomplete(rest, side, packet);
                if (!completedAny)
                {
                    packet.Columns.Protocol = TcpFields.Protocol.ShortName;
                    packet.Columns.Info.AppendSeparated(" ", "[TCP segment of a reassembled PDU]");
                }
            }
            half.LengthUnknown = boundary.Length == 0;
            break;
        }

        // tshark 4.0 shows a segment's bytes as tcp.payload whether or not they joined a reassembled PDU.
        if (payload.Length > 0)
            tree.AddBytes(tcpNode, TcpFields.Payload, 0, payloadOffset, payload.Length, payload);

        // Keep what no PDU consumed.
        int remaining = work.Length - consumed;
        if (remaining == 0)
        {
            half.PendingLength = 0;
            half.PendingSegments.Clear();
        }
        else if (earlier == 0)
        {
            half.PendingLength = 0;
            AppendPending(half, work[consumed..]);
        }
        else
        {
            half.Pending.AsSpan(consumed, remaining).CopyTo(half.Pending);
            half.PendingLength = remaining;
        }
    }

    private static void AddSegmentsTree(FieldTree tree, int tcpNode, TcpHalf half, ReadOnlySpan<byte> pdu, int source)
    {
        int node = tree.AddNode(tcpNode, TcpFields.Segments, source, 0, pdu.Length);
        int remaining = pdu.Length;
        int count = 0;
        foreach (var (frame, length) in half.PendingSegments)
        {
            if (remaining <= 0)
                break;
            int used = Math.Min(length, remaining);
            tree.Add(node, TcpFields.Segment, source, pdu.Length - remaining, used, (ulong)frame);
            remaining -= used;
            count++;
        }
        tree.Add(node, TcpFields.SegmentCount, source, 0, 0, (ulong)count);
        tree.Add(node, TcpFields.ReassembledLength, source, 0, 0, (ulong)pdu.Length);
        tree.AddBytes(node, TcpFields.ReassembledData, source, 0, pdu.Length, pdu);
    }

    private static void ConsumeSegments(TcpHalf half, int length)
    {
        var segments = half.PendingSegments;
        int removed = 0;
        while (length > 0 && removed < segments.Count)
        {
            var (frame, segLength) = segments[removed];
            if (segLength <= length)
            {
                length -= segLength;
                removed++;
            }
            else
            {
                segments[removed] = (frame, segLength - length);
                length = 0;
            }
        }
        segments.RemoveRange(0, removed);
    }

    private void DropPendingForGap(PacketContext packet, int tcpNode, TcpHalf half, int missingBytes)
    {
        if (half.PendingLength > 0)
        {
            packet.Tree.AddExpert(tcpNode, TcpFields.ReassemblyGap, 0, 0, 0);
            half.ConsumedOffset += half.PendingLength;
            half.PendingLength = 0;
            half.PendingSegments.Clear();
        }
        half.ConsumedOffset += missingBytes;
        if (missingBytes > 0)
            half.GapBefore = true;
    }

    private static void AddPayloadAsData(PacketContext packet, int tcpNode, ReadOnlySpan<byte> payload, int payloadOffset)
    {
        packet.Tree.AddBytes(tcpNode, TcpFields.Payload, 0, payloadOffset, payload.Length, payload);
        CommonFields.AddData(packet, 0, payloadOffset, payload);
    }

    private static void AppendPending(TcpHalf half, ReadOnlySpan<byte> bytes)
    {
        int needed = half.PendingLength + bytes.Length;
        if (needed > half.Pending.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, Math.Max(4096, half.Pending.Length * 2)));
            half.PendingBytes.CopyTo(bigger);
            if (half.Pending.Length > 0)
                ArrayPool<byte>.Shared.Return(half.Pending);
            half.Pending = bigger;
        }
        bytes.CopyTo(half.Pending.AsSpan(half.PendingLength));
        half.PendingLength = needed;
    }
}
