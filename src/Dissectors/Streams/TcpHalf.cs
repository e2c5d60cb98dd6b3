namespace Sniffer.Dissectors.Streams;

/// <summary>
/// What Sniffer remembers about one direction of a TCP conversation: the sequence-analysis state
/// (Wireshark's tcp_flow_t) and the reassembly state (bytes no PDU has consumed yet).
/// </summary>
public sealed class TcpHalf
{
    public TcpHalf(ConversationState conversation, StreamDirection direction)
    {
        Side = new StreamSide(conversation, direction);
    }

    public StreamSide Side { get; }

    // ---- sequence analysis (Wireshark's tcp_flow_t and its tcp_analyze_seq_info) ----------------
    /// <summary>Most unacknowledged segments remembered per direction (Wireshark's TCP_MAX_UNACKED_SEGMENTS).</summary>
    public const int MaxUnacked = 10000;

    public bool BaseSeqSet;
    public uint BaseSeq;
    /// <summary>Highest raw sequence number + length seen, the next expected byte; 0 while none (as Wireshark).</summary>
    public uint NextSeq;
    public long NextSeqFrame;
    /// <summary>Capture time (ns) when <see cref="NextSeq"/> last advanced.</summary>
    public long NextSeqTime;
    /// <summary>The highest contiguous sequence number the peer may acknowledge; 0 while none.</summary>
    public uint MaxSeqToBeAcked;
    /// <summary>The raw ACK number of this direction's last segment (0 before any).</summary>
    public uint LastAck;
    public long LastAckTime;
    /// <summary>The raw (unscaled) window of this direction's last segment; <see cref="uint.MaxValue"/> before any.</summary>
    public uint Window = uint.MaxValue;
    public long LastNonDuplicateAckFrame;
    /// <summary>Duplicate ACKs in a row; -1 after an "ACKed unseen segment" that neutralises the next one.</summary>
    public int DuplicateAckCount;
    /// <summary>The analysis flags of this direction's last segment.</summary>
    public TcpAnalysisFlags LastSegmentFlags;
    /// <summary>Bytes in flight are known (false after a lost segment until the peer ACKs).</summary>
    public bool ValidBytesInFlight = true;
    public bool PushSetLast;
    public uint PushBytesSent;
    /// <summary>Window scale shift: -1 unknown, -2 no scaling, else the shift (Wireshark's win_scale).</summary>
    public int WindowScaleShift = -1;
    /// <summary>No pure ACK has followed this direction's SYN yet (its window is not scaled for "window full").</summary>
    public bool IsFirstAck;
    public bool SynSeen;
    /// <summary>Segments sent and not yet acknowledged, oldest first; bounded by <see cref="MaxUnacked"/>.</summary>
    public readonly List<TcpUnackedSegment> Unacked = new();
    /// <summary>SACK blocks of this direction's last segment (raw edges), subtracted from the peer's bytes in flight.</summary>
    public int SackCount;
    public SackEdges SackLeft;
    public SackEdges SackRight;
    public bool FinSeen;
    /// <summary>This direction sent the first FIN of the conversation (tcp.connection.fin_active).</summary>
    public bool ClosingInitiator;
    public long FinFrame;
    public long Frames;
    public long Bytes;

    // ---- reassembly ---------------------------------------------------------------------------
    public bool ReassemblySeqSet;
    /// <summary>The raw sequence number of the next byte reassembly expects.</summary>
    public uint ReassemblySeq;
    /// <summary>The direction's bytes waiting to complete a PDU; made when the first payload arrives.</summary>
    public PduStream? Stream;
    public bool FirstPayloadSeen;
    public bool Ended;

    /// <summary>Bytes waiting to complete a PDU.</summary>
    public int PendingLength => Stream?.PendingLength ?? 0;

    public void ReleaseBuffers() => Stream?.Release();

    /// <summary>
    /// Every member as a new half has it (see <see cref="TcpConversation.Reuse"/>); the list of unacknowledged segments
    /// and the reassembly stream are kept, emptied, when small.
    /// </summary>
    internal void Reuse()
    {
        Side.Reuse();
        BaseSeqSet = false;
        BaseSeq = 0;
        NextSeq = 0;
        NextSeqFrame = 0;
        NextSeqTime = 0;
        MaxSeqToBeAcked = 0;
        LastAck = 0;
        LastAckTime = 0;
        Window = uint.MaxValue;
        LastNonDuplicateAckFrame = 0;
        DuplicateAckCount = 0;
        LastSegmentFlags = default;
        ValidBytesInFlight = true;
        PushSetLast = false;
        PushBytesSent = 0;
        WindowScaleShift = -1;
        IsFirstAck = false;
        SynSeen = false;
        Unacked.Clear();
        if (Unacked.Capacity > KeptUnackedCapacity)
            Unacked.Capacity = KeptUnackedCapacity;
        SackCount = 0;
        SackLeft = default;
        SackRight = default;
        FinSeen = false;
        ClosingInitiator = false;
        FinFrame = 0;
        Frames = 0;
        Bytes = 0;
        ReassemblySeqSet = false;
        ReassemblySeq = 0;
        Stream?.Reuse();
        FirstPayloadSeen = false;
        Ended = false;
    }

    /// <summary>Unacknowledged segments a reused half keeps room for (a busy connection's 10,000 are not kept).</summary>
    private const int KeptUnackedCapacity = 16;
}
