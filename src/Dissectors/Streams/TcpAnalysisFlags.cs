namespace Sniffer.Dissectors.Streams;

/// <summary>Wireshark's tcp.analysis.* conditions for one segment (its TCP_A_* flags).</summary>
[Flags]
public enum TcpAnalysisFlags : uint
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
    FastRetransmission = 1 << 9,
    SpuriousRetransmission = 1 << 10,
    AckLostSegment = 1 << 11,
    WindowFull = 1 << 12,
    KeepAliveAck = 1 << 13,
    ZeroWindowProbeAck = 1 << 14,
}

/// <summary>
/// The result of sequence analysis for one segment: Wireshark's per-frame tcp_acked record (whose existence decides
/// whether the "SEQ/ACK analysis" subtree appears) plus the relative numbers and the window as scaled.
/// </summary>
public struct TcpSegmentAnalysis
{
    /// <summary>True when Wireshark would have a tcp_acked record for this frame, so tcp.analysis is shown.</summary>
    public bool HasRecord;
    public TcpAnalysisFlags Flags;
    public int DuplicateAckNumber;
    public long DuplicateAckOf;
    public uint RelativeSeq;
    public uint RelativeAck;
    public uint RelativeNextSeq;
    public int WindowScaleShift;
    public uint CalculatedWindow;
    public uint BytesInFlight;
    public uint PushBytesSent;
    /// <summary>The frame of the segment this ACK acknowledges exactly, or 0.</summary>
    public long AcksFrame;
    public long AckRtt;
    /// <summary>For a retransmission: the frame it is measured from and the time since it (tcp.analysis.rto*).</summary>
    public long RtoFrame;
    public long Rto;

    public void Set(TcpAnalysisFlags flag)
    {
        Flags |= flag;
        HasRecord = true;
    }
}
