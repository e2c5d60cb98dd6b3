using Sniffer.Dissectors.Transport;

namespace Sniffer.Dissectors.Streams;

/// <summary>
/// What a segment tells about its connection's life (Wireshark's tcp_analysis bookkeeping): the SYN, SYN-ACK and
/// handshake ACK frames and the initial RTT, each side's window-scale option, the first FIN and the RST, and
/// tcp.completeness — the facts reports read from the connection model, updated as Wireshark updates them.
/// </summary>
public static class TcpHandshake
{
    /// <summary>Handshake and teardown frames, before the segment is analysed.</summary>
    public static void Record(TcpConversation c, TcpHalf fwd, TcpHalf rev, StreamDirection direction, int flags,
        int segmentLength, long frame, long time)
    {
        bool syn = (flags & TcpFlagBits.Syn) != 0, ack = (flags & TcpFlagBits.Ack) != 0;
        bool fin = (flags & TcpFlagBits.Fin) != 0, rst = (flags & TcpFlagBits.Rst) != 0;
        if (syn)
        {
            if (!ack && c.SynFrame == 0)
            {
                c.SynFrame = frame;
                c.SynTime = time;
            }
            else if (ack && c.SynAckFrame == 0)
            {
                c.SynAckFrame = frame;
            }
        }
        else if (ack && c.SynAckFrame != 0 && c.HandshakeAckFrame == 0 && direction == StreamDirection.ClientToServer)
        {
            c.HandshakeAckFrame = frame;
        }
        if (fin && !fwd.FinSeen)
        {
            fwd.FinSeen = true;
            fwd.FinFrame = frame;
            if (c.FirstFinFrame == 0)
            {
                c.FirstFinFrame = frame;
                c.FirstFinDirection = direction;
            }
        }
        if (rst && c.RstFrame == 0)
        {
            c.RstFrame = frame;
            c.RstDirection = direction;
        }
    }

    /// <summary>
    /// What Wireshark's dissect_tcp learns after the sequence analysis: the initial RTT (the first pure ACK after
    /// the most recent SYN), whether a pure ACK followed each SYN, the window scale each SYN announced (verified
    /// against the other side's), and tcp.completeness (shown on the next frame, as tshark shows it).
    /// </summary>
    public static void AfterAnalysis(TcpConversation c, TcpHalf fwd, TcpHalf rev, int flags, int segmentLength,
        long time, bool newConversation, ReadOnlySpan<byte> options)
    {
        bool syn = (flags & TcpFlagBits.Syn) != 0, ack = (flags & TcpFlagBits.Ack) != 0;
        bool fin = (flags & TcpFlagBits.Fin) != 0, rst = (flags & TcpFlagBits.Rst) != 0;
        bool pureAck = ack && !syn;

        if (syn && !ack)
        {
            c.MostRecentSynTime = time;
            c.MostRecentSynSeen = true;
        }
        if (syn)
            fwd.IsFirstAck = true;
        if (pureAck && c.MostRecentSynSeen && c.InitialRtt <= 0)
            c.InitialRtt = time - c.MostRecentSynTime;
        if (pureAck)
            fwd.IsFirstAck = false;

        if (syn)
        {
            fwd.SynSeen = true;
            if (TryFindWindowScale(options, out byte shift))
                fwd.WindowScaleShift = Math.Min(shift, (byte)14);
            // verify_tcp_window_scaling: a SYN or SYN-ACK without the option means neither side scales.
            if (fwd.WindowScaleShift == -1)
            {
                fwd.WindowScaleShift = -2;
                rev.WindowScaleShift = -2;
            }
            else if (ack && rev.WindowScaleShift == -2)
            {
                fwd.WindowScaleShift = -2;
            }
        }

        // tcp.completeness: a pure SYN counts only when it starts the conversation.
        int completeness = c.Completeness;
        if (newConversation)
        {
            if (syn && !ack)
                completeness |= segmentLength > 0 ? 1 | 8 : 1;
        }
        else
        {
            if (syn && ack)
                completeness |= 2;
            if (pureAck)
                completeness |= segmentLength > 0 ? 8 : 4;
            if (fin && ack)
                completeness |= 16;
            if (rst)
                completeness |= 32;
        }
        c.Completeness = completeness;
    }

    private static bool TryFindWindowScale(ReadOnlySpan<byte> options, out byte shift)
    {
        shift = 0;
        int i = 0;
        while (i < options.Length)
        {
            byte kind = options[i];
            if (kind == TcpOptionKinds.EndOfList)
                return false;
            if (kind == TcpOptionKinds.NoOperation)
            {
                i++;
                continue;
            }
            if (i + 1 >= options.Length || options[i + 1] < 2 || i + options[i + 1] > options.Length)
                return false;
            if (kind == TcpOptionKinds.WindowScale && options[i + 1] == 3)
            {
                shift = options[i + 2];
                return true;
            }
            i += options[i + 1];
        }
        return false;
    }
}
