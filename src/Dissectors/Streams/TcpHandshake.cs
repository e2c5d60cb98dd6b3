using Sniffer.Dissectors.Transport;

namespace Sniffer.Dissectors.Streams;

/// <summary>
/// What a segment tells about its connection's life (Wireshark's tcp_analysis bookkeeping): the SYN, SYN-ACK and
/// handshake ACK frames and the initial RTT, each side's window-scale option, the first FIN and the RST, and
/// tcp.completeness — the facts reports read from the connection model.
/// </summary>
public static class TcpHandshake
{
    public static void Record(TcpConversation c, TcpHalf fwd, TcpHalf rev, StreamDirection direction, int flags,
        int segmentLength, long frame, long time, ReadOnlySpan<byte> options)
    {
        bool syn = (flags & TcpFlagBits.Syn) != 0, ack = (flags & TcpFlagBits.Ack) != 0;
        bool fin = (flags & TcpFlagBits.Fin) != 0, rst = (flags & TcpFlagBits.Rst) != 0;
        if (syn)
        {
            fwd.SynSeen = true;
            if (TryFindWindowScale(options, out byte shift))
            {
                fwd.SentWindowScaleOption = true;
                fwd.WindowScaleOption = Math.Min(shift, (byte)14);
            }
            if (!ack && c.SynFrame == 0)
            {
                c.SynFrame = frame;
                c.SynTime = time;
            }
            else if (ack && c.SynAckFrame == 0)
            {
                c.SynAckFrame = frame;
            }
            if (fwd.SynSeen && rev.SynSeen)
            {
                bool both = fwd.SentWindowScaleOption && rev.SentWindowScaleOption;
                fwd.WindowScaleShift = both ? fwd.WindowScaleOption : -2;
                rev.WindowScaleShift = both ? rev.WindowScaleOption : -2;
            }
        }
        else if (ack && c.SynAckFrame != 0 && c.HandshakeAckFrame == 0 && direction == StreamDirection.ClientToServer)
        {
            c.HandshakeAckFrame = frame;
            if (c.SynTime != 0)
                c.InitialRtt = time - c.SynTime;
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
