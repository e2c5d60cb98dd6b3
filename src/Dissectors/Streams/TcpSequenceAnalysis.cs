using Sniffer.Dissectors.Transport;

namespace Sniffer.Dissectors.Streams;

/// <summary>
/// Wireshark 4.0's SEQ/ACK analysis (tcp_analyze_sequence_number) in one pass: relative numbers, window scaling,
/// and the zero-window, lost-segment, keep-alive, window-update, window-full, duplicate-ACK, ACKed-unseen,
/// spurious / fast / plain retransmission and out-of-order conditions, checked in Wireshark's order with its
/// precedence (a spurious retransmission is not a retransmission; fast retransmission supersedes out-of-order),
/// then which earlier segment this one acknowledges, bytes in flight and bytes sent since the last PSH.
/// Sequence numbers are raw and compared modulo 2^32; a 0 "next sequence number" means none seen, as in Wireshark.
/// </summary>
public static class TcpSequenceAnalysis
{
    /// <summary>Out-of-order threshold when no initial RTT is known yet (Wireshark's 3 ms).</summary>
    private const long DefaultOutOfOrderThresholdNs = 3_000_000;

    /// <summary>A retransmission within this long of the peer's duplicate ACKs is a fast retransmission (20 ms).</summary>
    private const long FastRetransmissionWindowNs = 20_000_000;

    public static TcpSegmentAnalysis Analyze(TcpConversation conversation, TcpHalf fwd, TcpHalf rev, uint seq, uint ack,
        int flags, uint window, int segmentLength, long frame, long time, bool reusedPorts = false)
    {
        var result = new TcpSegmentAnalysis();
        if (reusedPorts)
            result.Set(TcpAnalysisFlags.ReusedPorts);
        bool syn = (flags & TcpFlagBits.Syn) != 0;
        bool fin = (flags & TcpFlagBits.Fin) != 0;
        bool rst = (flags & TcpFlagBits.Rst) != 0;
        bool hasAck = (flags & TcpFlagBits.Ack) != 0;
        bool push = (flags & TcpFlagBits.Psh) != 0;
        bool synFinRst = syn || fin || rst;
        uint seglen = (uint)segmentLength;

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
        if (hasAck)
            rev.ValidBytesInFlight = true;

        CheckForwardConditions(ref result, fwd, rev, seq, ack, window, seglen, synFinRst, rst);

        // finished_fwd: a new ACK number resets the duplicate-ACK count.
        if (ack != fwd.LastAck)
        {
            fwd.LastNonDuplicateAckFrame = frame;
            fwd.DuplicateAckCount = 0;
        }

        // ACKed unseen segment: this ACK covers bytes the other direction was never seen to send.
        if (rev.MaxSeqToBeAcked != 0 && SeqNumber.GreaterThan(ack, rev.MaxSeqToBeAcked) && hasAck)
        {
            result.HasRecord = true;
            if (rev.MaxSeqToBeAcked > rev.NextSeq) // a plain comparison in Wireshark too
            {
                rev.MaxSeqToBeAcked = rev.NextSeq;
                result.Flags |= TcpAnalysisFlags.AckLostSegment;
            }
            else
            {
                // The other direction may be stalled on pure ACKs: report the same lost segment once.
                if (rev.DuplicateAckCount == 0)
                    result.Flags |= TcpAnalysisFlags.AckLostSegment;
                rev.DuplicateAckCount = -1;
            }
        }

        if (seglen > 0 || syn || fin)
            ClassifyResend(ref result, conversation, fwd, rev, seq, seglen, syn, fin, time);

        // Remember the segment until it is acknowledged.
        uint nextSeq = seq + seglen;
        if (syn || fin)
            nextSeq++;
        if ((seglen > 0 || syn || fin) && fwd.Unacked.Count < TcpHalf.MaxUnacked)
            fwd.Unacked.Add(new TcpUnackedSegment { Seq = seq, NextSeq = nextSeq, Frame = frame, Time = time });

        bool zeroWindowProbe = (result.Flags & TcpAnalysisFlags.ZeroWindowProbe) != 0;
        if ((SeqNumber.GreaterThan(nextSeq, fwd.NextSeq) || fwd.NextSeq == 0) && !zeroWindowProbe)
        {
            fwd.NextSeq = nextSeq;
            fwd.NextSeqFrame = frame;
            fwd.NextSeqTime = time;
        }
        if ((seq == fwd.MaxSeqToBeAcked || fwd.MaxSeqToBeAcked == 0) && !zeroWindowProbe)
            fwd.MaxSeqToBeAcked = fwd.NextSeq;

        fwd.Window = window;
        fwd.LastAck = ack;
        fwd.LastAckTime = time;
        fwd.LastSegmentFlags = result.Flags;

        AcknowledgeReverse(ref result, rev, ack, time);
        BytesInFlight(ref result, fwd, rev, seglen, syn || fin, push);

        // Window scaling: a SYN's window is never scaled.
        result.WindowScaleShift = fwd.WindowScaleShift;
        result.CalculatedWindow = !syn && fwd.WindowScaleShift >= 0 ? window << fwd.WindowScaleShift : window;
        result.RelativeSeq = seq - fwd.BaseSeq;
        result.RelativeNextSeq = seq - fwd.BaseSeq + seglen + (syn || fin ? 1u : 0u);
        result.RelativeAck = hasAck && rev.BaseSeqSet ? ack - rev.BaseSeq : 0;
        return result;
    }

    /// <summary>The conditions of the segment itself, up to Wireshark's finished_fwd label.</summary>
    private static void CheckForwardConditions(ref TcpSegmentAnalysis result, TcpHalf fwd, TcpHalf rev, uint seq, uint ack,
        uint window, uint seglen, bool synFinRst, bool rst)
    {
        // Zero window probe: one byte at the next sequence number while the peer's window is zero.
        if (seglen == 1 && seq == fwd.NextSeq && rev.Window == 0)
        {
            result.Set(TcpAnalysisFlags.ZeroWindowProbe);
            return;
        }
        if (window == 0 && !synFinRst)
            result.Set(TcpAnalysisFlags.ZeroWindow);

        if (fwd.NextSeq != 0 && SeqNumber.GreaterThan(seq, fwd.NextSeq) && !rst)
        {
            result.Set(TcpAnalysisFlags.LostSegment);
            fwd.ValidBytesInFlight = false;
        }

        if (seglen <= 1 && seq == fwd.NextSeq - 1 && !synFinRst)
            result.Set(TcpAnalysisFlags.KeepAlive);

        if (seglen == 0 && window != 0 && window != fwd.Window && seq == fwd.NextSeq && ack == fwd.LastAck && !synFinRst)
            result.Set(TcpAnalysisFlags.WindowUpdate);

        // Window full: the data reaches the right edge of the window the peer last advertised.
        if (seglen > 0 && rev.WindowScaleShift != -1 && !synFinRst)
        {
            int shift = rev.IsFirstAck || rev.WindowScaleShift == -2 ? 0 : rev.WindowScaleShift;
            if (seq + seglen == rev.LastAck + (rev.Window << shift))
                result.Set(TcpAnalysisFlags.WindowFull);
        }

        bool repeatsLast = seglen == 0 && window == fwd.Window && seq == fwd.NextSeq && ack == fwd.LastAck && !synFinRst;
        if (repeatsLast && window != 0 && (rev.LastSegmentFlags & TcpAnalysisFlags.KeepAlive) != 0)
        {
            result.Set(TcpAnalysisFlags.KeepAliveAck);
            return;
        }
        if (repeatsLast && window == 0 && (rev.LastSegmentFlags & TcpAnalysisFlags.ZeroWindowProbe) != 0)
        {
            result.Set(TcpAnalysisFlags.ZeroWindowProbeAck);
            return;
        }
        if (repeatsLast && window != 0)
        {
            fwd.DuplicateAckCount = fwd.DuplicateAckCount == -1 ? 1 : fwd.DuplicateAckCount + 1;
            result.Set(TcpAnalysisFlags.DuplicateAck);
            result.DuplicateAckNumber = fwd.DuplicateAckCount;
            result.DuplicateAckOf = fwd.LastNonDuplicateAckFrame;
        }
    }

    /// <summary>
    /// Nanoseconds from <paramref name="earlier"/> to <paramref name="now"/> as packet-tcp.c measures them, in a guint64:
    /// a frame stamped before the one compared with (time going backwards, as in an appended copy of a capture) is
    /// "very long ago", never "soon after".
    /// </summary>
    private static ulong Since(long now, long earlier) => unchecked((ulong)(now - earlier));

    /// <summary>Data, SYN or FIN that does not advance the sequence: spurious, fast or plain retransmission, or out of order.</summary>
    private static void ClassifyResend(ref TcpSegmentAnalysis result, TcpConversation conversation, TcpHalf fwd, TcpHalf rev,
        uint seq, uint seglen, bool syn, bool fin, long time)
    {
        if ((result.Flags & TcpAnalysisFlags.KeepAlive) != 0)
            return;
        bool notAdvanced = fwd.NextSeq != 0 && SeqNumber.LessThan(seq, fwd.NextSeq);
        // One byte less than expected and more than one byte long: new data after a zero window probe.
        if (seglen > 1 && fwd.NextSeq - 1 == seq)
            notAdvanced = false;

        // Everything in it was already acknowledged by the peer.
        if (seglen > 0 && rev.LastAck != 0 && !SeqNumber.GreaterThan(seq + seglen, rev.LastAck))
        {
            result.Set(TcpAnalysisFlags.SpuriousRetransmission);
            return;
        }

        // Fast retransmission (it takes precedence over out-of-order, tcp.fastrt_supersedes_ooo's default).
        if (notAdvanced && rev.DuplicateAckCount >= 2 && rev.LastAck == seq && Since(time, rev.LastAckTime) < FastRetransmissionWindowNs)
        {
            result.Set(TcpAnalysisFlags.FastRetransmission);
            return;
        }

        // Out of order: soon after the highest segment, and not an exact resend of the last one.
        long threshold = conversation.InitialRtt > 0 ? conversation.InitialRtt : DefaultOutOfOrderThresholdNs;
        uint end = seq + seglen + (syn || fin ? 1u : 0u);
        if (notAdvanced && Since(time, fwd.NextSeqTime) < (ulong)threshold && fwd.NextSeq != end)
        {
            result.Set(TcpAnalysisFlags.OutOfOrder);
            return;
        }

        if (!notAdvanced)
            return;
        result.Set(TcpAnalysisFlags.Retransmission);
        // The RTO is measured from the oldest segment still unacknowledged, or from the highest one.
        if (fwd.Unacked.Count > 0)
        {
            var oldest = fwd.Unacked[0];
            result.RtoFrame = oldest.Frame;
            result.Rto = time - oldest.Time;
        }
        else
        {
            result.RtoFrame = fwd.NextSeqFrame;
            result.Rto = time - fwd.NextSeqTime;
        }
    }

    /// <summary>Drops the peer's segments this ACK covers; an exact match is tcp.analysis.acks_frame, with its RTT.</summary>
    private static void AcknowledgeReverse(ref TcpSegmentAnalysis result, TcpHalf rev, uint ack, long time)
    {
        var list = rev.Unacked;
        int kept = 0;
        // Wireshark walks its list newest first; the last exact match it meets (the oldest) is the one reported.
        long acksFrame = 0, acksTime = 0;
        for (int i = 0; i < list.Count; i++)
        {
            var u = list[i];
            if (ack == u.NextSeq)
            {
                if (acksFrame == 0)
                {
                    acksFrame = u.Frame;
                    acksTime = u.Time;
                }
                continue;
            }
            if (SeqNumber.GreaterThan(ack, u.Seq) && !SeqNumber.GreaterThan(ack, u.NextSeq))
            {
                u.Seq = ack;
                list[kept++] = u;
                continue;
            }
            if (SeqNumber.GreaterThan(u.NextSeq, ack))
            {
                list[kept++] = u;
                continue;
            }
            // older than the ACK: acknowledged, forgotten
        }
        if (kept < list.Count)
            list.RemoveRange(kept, list.Count - kept);
        if (acksFrame != 0)
        {
            result.HasRecord = true;
            result.AcksFrame = acksFrame;
            result.AckRtt = time - acksTime;
        }
    }

    /// <summary>Bytes in flight after this segment (from the unacknowledged segments, less the peer's SACK blocks) and bytes since PSH.</summary>
    private static void BytesInFlight(ref TcpSegmentAnalysis result, TcpHalf fwd, TcpHalf rev, uint seglen, bool synOrFin, bool push)
    {
        var list = fwd.Unacked;
        if (seglen == 0 || list.Count == 0 || !fwd.ValidBytesInFlight)
            return;
        uint firstSeq = list[^1].Seq - fwd.BaseSeq;
        uint lastSeq = list[^1].NextSeq - fwd.BaseSeq;
        for (int i = list.Count - 1; i >= 0; i--)
        {
            uint s = list[i].Seq - fwd.BaseSeq, n = list[i].NextSeq - fwd.BaseSeq;
            if (n > lastSeq)
                lastSeq = n;
            if (s < firstSeq)
                firstSeq = s;
        }
        uint inFlight = lastSeq - firstSeq;
        for (int i = 0; i < rev.SackCount; i++)
            inFlight -= rev.SackRight[i] - rev.SackLeft[i];
        if (inFlight > 0 && inFlight < 2_000_000_000)
        {
            result.HasRecord = true;
            result.BytesInFlight = synOrFin ? inFlight - 1 : inFlight;
        }

        if (push && !fwd.PushSetLast)
        {
            fwd.PushBytesSent += seglen;
            fwd.PushSetLast = true;
        }
        else if (push && fwd.PushSetLast)
        {
            fwd.PushBytesSent = seglen;
        }
        else if (fwd.PushSetLast)
        {
            fwd.PushBytesSent = seglen;
            fwd.PushSetLast = false;
        }
        else
        {
            fwd.PushBytesSent += seglen;
        }
        result.HasRecord = true;
        result.PushBytesSent = fwd.PushBytesSent;
    }
}
