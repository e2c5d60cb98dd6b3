namespace Sniffer.Dissectors.Streams;

/// <summary>Where a segment's payload falls in its direction's byte stream.</summary>
/// <param name="AlreadyDelivered">Bytes at the start of the payload that were delivered already (a retransmission overlapping what came before).</param>
/// <param name="MissingBefore">Bytes the capture lacks between what was delivered and this payload (0 when it follows on).</param>
/// <param name="StartsBehind">How far before the next expected byte the payload starts (0 when it does not overlap).</param>
public readonly record struct SegmentPlacement(int AlreadyDelivered, long MissingBefore, long StartsBehind = 0)
{
    /// <summary>True when every byte of the payload was delivered before: nothing new.</summary>
    public bool IsRetransmission(int payloadLength) => AlreadyDelivered >= payloadLength;
}

/// <summary>
/// Puts each TCP direction's payload in sequence order (wrap-aware, as Wireshark's reassembly): it says which bytes of
/// a segment are new, which were delivered already, and how many the capture lacks before them; the direction's
/// <see cref="PduStream"/> then cuts the new bytes into PDUs. It writes nothing into the tree: TCP does.
/// </summary>
public static class TcpReassembler
{
    public const int DefaultMaxPendingBytes = ReassemblyLimits.DefaultMaxPerDirection;

    /// <summary>Places a payload of <paramref name="length"/> bytes at raw sequence number <paramref name="seq"/> and moves the direction on.</summary>
    public static SegmentPlacement Place(TcpHalf half, uint seq, int length)
    {
        if (length <= 0)
            return default;
        if (!half.ReassemblySeqSet)
        {
            half.ReassemblySeq = seq;
            half.ReassemblySeqSet = true;
        }
        long diff = SeqNumber.Difference(seq, half.ReassemblySeq);
        if (diff < 0)
        {
            long skip = -diff;
            if (skip >= length)
                return new SegmentPlacement(length, 0, skip);
            half.ReassemblySeq = seq + (uint)length;
            return new SegmentPlacement((int)skip, 0, skip);
        }
        half.ReassemblySeq = seq + (uint)length;
        return new SegmentPlacement(0, diff);
    }
}
