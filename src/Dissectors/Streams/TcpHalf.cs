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
    public readonly Queue<(uint NextSeq, long Frame, long Time)> Unacked = new();
    public bool FinSeen;
    public long FinFrame;
    public long Frames;
    public long Bytes;

    // ---- reassembly ---------------------------------------------------------------------------
    public bool ReassemblySeqSet;
    /// <summary>The raw sequence number of the next byte reassembly expects.</summary>
    public uint ReassemblySeq;
    public byte[] Pending = [];
    public int PendingLength;
    /// <summary>Bytes of this direction already consumed by PDUs (or skipped).</summary>
    public long ConsumedOffset;
    /// <summary>Frames that carried the pending bytes, with how many bytes each contributed, oldest first.</summary>
    public readonly List<(long Frame, int Length)> PendingSegments = new(4);
    public bool FirstPayloadSeen;
    /// <summary>True once this direction's pending PDU was cut by a capture gap (the next bytes start fresh).</summary>
    public bool GapBefore;
    public bool Ended;
    /// <summary>The pending PDU's dissector said "one more segment" without a total length.</summary>
    public bool LengthUnknown;

    public ReadOnlySpan<byte> PendingBytes => Pending.AsSpan(0, PendingLength);

    public void ReleaseBuffers()
    {
        if (Pending.Length > 0)
            System.Buffers.ArrayPool<byte>.Shared.Return(Pending);
        Pending = [];
        PendingLength = 0;
        PendingSegments.Clear();
    }
}
