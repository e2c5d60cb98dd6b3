using Sniffer.Dissectors.Transport;

namespace Sniffer.Dissectors.Streams;

/// <summary>
/// Wireshark's SEQ/ACK analysis (tcp_analyze_sequence_number) in one pass: relative numbers, window
/// scaling, and the retransmission, out-of-order, lost-segment, duplicate-ACK, window-update,
/// zero-window and keep-alive conditions, checked in Wireshark's order.
/// </summary>
public static class TcpSequenceAnalysis
{
    /// <summary>How many unacknowledged segments one direction remembers for tcp.analysis.acks_frame.</summary>
    private const int MaxUnacked = 1024;

    /// <summary>Out-of-order threshold when no RTT is known yet (Wireshark's default 3 ms).</summary>
    private const long DefaultOutOfOrderThresholdNs = 3_000_000;

    public static TcpSegmentAnalysis Analyze(TcpConversation conversation, TcpHalf fwd, TcpHalf rev, uint seq, uint ack,
        int flags, uint window, int segmentLength, long frame, long time)
    {
        var result = new TcpSegmentAnalysis();
        bool syn = (flags & TcpFlagBits.Syn) != 0;
        bool fin = (flags & TcpFlagBits.Fin) != 0;
        bool rst = (flags & TcpFlagBits.Rst) != 0;
        bool hasAck = (flags & TcpFlagBits.Ack) != 0;
        bool synFinRst = syn || fin || rst;

        if (hasAck)
            rev.ValidBytesInFlight = true;
        if (!fwd.BaseSeqSet)
        {
            fwd.BaseSeq = syn ? seq : seq - 1;
            fwd.BaseSeqSet = true;
        }
        if (hasAck && !rev.BaseSeqSet)
        {
            rev.BaseSeq = ack - 1;
            rev.BaseSeqSet = true;
        }

        // Window scaling: the SYN's window is never scaled; after both SYNs the shift applies if both sent WS.
        if (syn)
            result.WindowScaleShift = fwd.WindowScaleShift;
        uint scaledWindow = window;
        if (!syn && fwd.WindowScaleShift >= 0)
            scaledWindow = window << fwd.WindowScaleShift;
        result.WindowScaleShift = fwd.WindowScaleShift;
        result.CalculatedWindow = scaledWindow;

        uint nextSeq = seq + (uint)segmentLength + (syn ? 1u : 0u) + (fin ? 1u : 0u);

        // Zero window probe: one byte at the next sequence while the peer advertises a zero window.
        if (segmentLength == 1 && fwd.NextSeqSet && seq == fwd.NextSeq && rev.WindowSet && rev.LastWindow == 0)
            result.Flags |= TcpAnalysisFlags.ZeroWindowProbe;

        if (window == 0 && !synFinRst)
            result.Flags |= TcpAnalysisFlags.ZeroWindow;

        if (fwd.NextSeqSet && SeqNumber.GreaterThan(seq, fwd.NextSeq) && !rst)
        {
            result.Flags |= TcpAnalysisFlags.LostSegment;
            fwd.ValidBytesInFlight = false; // until an ACK is seen in the other direction
        }

        if (segmentLength <= 1 && !synFinRst && fwd.NextSeqSet && seq == fwd.NextSeq - 1)
            result.Flags |= TcpAnalysisFlags.KeepAlive;

        if (segmentLength == 0 && window != 0 && fwd.WindowSet && scaledWindow != fwd.LastWindow && fwd.NextSeqSet
            && seq == fwd.NextSeq && fwd.LastAckSet && ack == fwd.LastAck && !synFinRst)
            result.Flags |= TcpAnalysisFlags.WindowUpdate;

        bool duplicateAck = segmentLength == 0 && fwd.WindowSet && scaledWindow == fwd.LastWindow && fwd.NextSeqSet
            && seq == fwd.NextSeq && fwd.LastAckSet && ack == fwd.LastAck && !synFinRst && hasAck
            && (result.Flags & (TcpAnalysisFlags.ZeroWindowProbe | TcpAnalysisFlags.KeepAlive)) == 0;
        if (duplicateAck)
        {
            fwd.DuplicateAckCount++;
            result.Flags |= TcpAnalysisFlags.DuplicateAck;
            result.DuplicateAckNumber = fwd.DuplicateAckCount;
            result.DuplicateAckOf = fwd.LastNonDuplicateAckFrame;
        }

        // Retransmission or out-of-order: data (or SYN/FIN) that starts before the next expected byte.
        if ((segmentLength > 0 || syn || fin) && fwd.NextSeqSet && SeqNumber.LessThan(seq, fwd.NextSeq)
            && (result.Flags & TcpAnalysisFlags.KeepAlive) == 0)
        {
            long threshold = conversation.InitialRtt > 0 ? conversation.InitialRtt : DefaultOutOfOrderThresholdNs;
            bool soonAfterNextSeq = fwd.NextSeqTime != 0 && time - fwd.NextSeqTime < threshold;
            if (soonAfterNextSeq && fwd.NextSeq != seq + (uint)segmentLength)
                result.Flags |= TcpAnalysisFlags.OutOfOrder;
            else
                result.Flags |= TcpAnalysisFlags.Retransmission;
        }

        // Which of the other side's segments this ACK covers (the newest one is reported, with its RTT).
        if (hasAck)
        {
            while (rev.Unacked.Count > 0 && !SeqNumber.GreaterThan(rev.Unacked.Peek().NextSeq, ack))
            {
                var acked = rev.Unacked.Dequeue();
                result.AcksFrame = acked.Frame;
                result.AckRtt = time - acked.Time;
            }
        }
        bool advances = !fwd.NextSeqSet || SeqNumber.GreaterThan(nextSeq, fwd.NextSeq);
        if ((segmentLength > 0 || syn || fin) && advances)
        {
            if (fwd.Unacked.Count >= MaxUnacked)
                fwd.Unacked.Dequeue();
            fwd.Unacked.Enqueue((seq, nextSeq, frame, time));
        }

        // Update the direction's state.
        if (!fwd.NextSeqSet || SeqNumber.GreaterThan(nextSeq, fwd.NextSeq))
        {
            fwd.NextSeq = nextSeq;
            fwd.NextSeqSet = true;
            fwd.NextSeqTime = time;
        }
        if (hasAck)
        {
            if (!duplicateAck && (!fwd.LastAckSet || ack != fwd.LastAck || segmentLength > 0 || scaledWindow != fwd.LastWindow))
            {
                fwd.LastNonDuplicateAckFrame = frame;
                fwd.DuplicateAckCount = 0;
            }
            fwd.LastAck = ack;
            fwd.LastAckSet = true;
        }
        fwd.LastWindow = scaledWindow;
        fwd.WindowSet = true;

        result.RelativeSeq = seq - fwd.BaseSeq;
        result.RelativeNextSeq = nextSeq - fwd.BaseSeq;
        result.RelativeAck = hasAck && rev.BaseSeqSet ? ack - rev.BaseSeq : 0;
        // Bytes in flight as packet-tcp.c counts them by default: the span of this direction's unacknowledged segments.
        if (segmentLength > 0 && fwd.Unacked.Count > 0 && fwd.ValidBytesInFlight)
        {
            uint first = 0, last = 0;
            bool any = false;
            foreach (var unacked in fwd.Unacked)
            {
                uint s = unacked.Seq - fwd.BaseSeq, e = unacked.NextSeq - fwd.BaseSeq;
                if (!any || e > last)
                    last = e;
                if (!any || s < first)
                    first = s;
                any = true;
            }
            uint inFlight = last - first;
            if (inFlight is > 0 and < 2_000_000_000)
                result.BytesInFlight = inFlight - (syn || fin ? 1u : 0u);
            // packet-tcp.c: a PSH segment ends a run of pushed bytes; the next segment starts a new one.
            bool push = (flags & TcpFlagBits.Psh) != 0;
            if (push && !fwd.PushSetLast || !push && !fwd.PushSetLast)
                fwd.PushBytesSent += (uint)segmentLength;
            else
                fwd.PushBytesSent = (uint)segmentLength;
            fwd.PushSetLast = push;
            result.PushBytesSent = fwd.PushBytesSent;
        }
        return result;
    }
}
