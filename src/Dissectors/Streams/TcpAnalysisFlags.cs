namespace Sniffer.Dissectors.Streams;

/// <summary>Wireshark's tcp.analysis.* conditions for one segment.</summary>
[Flags]
public enum TcpAnalysisFlags : ushort
{
    None = 0,
    Retransmission = 1 << 0,
    OutOfOrder = 1 << 1,
    LostSegment = 1 << 2,
    DuplicateAck = 1 << 3,
    WindowUpdate = 1 << 4,
    ZeroWindow = 1 << 5,
    ZeroWindowProbe = 1 << 6,
    KeepAlive = 1 << 7,
    ReusedPorts = 1 << 8,
}

/// <summary>The result of sequence analysis for one segment.</summary>
public struct TcpSegmentAnalysis
{
    public TcpAnalysisFlags Flags;
    public uint DuplicateAckNumber;
    public long DuplicateAckOf;
    public uint RelativeSeq;
    public uint RelativeAck;
    public uint RelativeNextSeq;
    public int WindowScaleShift;
    public uint CalculatedWindow;
    public uint BytesInFlight;
    /// <summary>Bytes this direction sent since its last PSH segment (tcp.analysis.push_bytes_sent), counted with bytes in flight.</summary>
    public uint PushBytesSent;
    /// <summary>The frame of the segment this ACK acknowledges (the newest it covers), or 0.</summary>
    public long AcksFrame;
    public long AckRtt;
}
