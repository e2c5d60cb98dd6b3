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

    // ---- sequence analysis --------------------------------------------------------------------
    public bool BaseSeqSet;
    public uint BaseSeq;
    public bool NextSeqSet;
    /// <summary>Highest sequence number + length seen (raw), i.e. the next expected byte.</summary>
    public uint NextSeq;
    /// <summary>Capture time (ns) when <see cref="NextSeq"/> last advanced.</summary>
    public long NextSeqTime;
    public bool LastAckSet;
    public uint LastAck;
    public bool WindowSet;
    public uint LastWindow;
    /// <summary>Window scale shift of this direction's SYN: -1 unknown (no SYN seen), -2 no scaling, else the shift.</summary>
    public int WindowScaleShift = -1;
    public bool SentWindowScaleOption;
    public byte WindowScaleOption;
    public bool SynSeen;
    public long LastNonDuplicateAckFrame;
    public uint DuplicateAckCount;
    /// <summary>Segments sent and not yet acknowledged (next sequence number, frame, time), oldest first; bounded.</summary>
    public readonly Queue<(uint Seq, uint NextSeq, long Frame, long Time)> Unacked = new();
    /// <summary>Bytes in flight may be computed (packet-tcp.c's valid_bif): off after a lost segment until the peer ACKs again.</summary>
    public bool ValidBytesInFlight = true;
    public bool FinSeen;
    /// <summary>This direction sent the first FIN of the conversation (tcp.connection.fin_active).</summary>
    public bool ClosingInitiator;
    /// <summary>Bytes sent since the last PSH flag (tcp.analysis.push_bytes_sent), and whether the last segment had PSH.</summary>
    public uint PushBytesSent;
    public bool PushSetLast;
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
}
