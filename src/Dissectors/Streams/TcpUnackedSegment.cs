namespace Sniffer.Dissectors.Streams;

/// <summary>A segment sent and not yet acknowledged (Wireshark's tcp_unacked_t): raw sequence numbers, frame, time.</summary>
public struct TcpUnackedSegment
{
    public uint Seq;
    public uint NextSeq;
    public long Frame;
    public long Time;
}
