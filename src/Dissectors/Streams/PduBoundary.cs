namespace Sniffer.Dissectors.Streams;

public enum PduStatus : byte
{
    /// <summary>A whole PDU of <see cref="PduBoundary.Length"/> bytes starts at the beginning of the pending bytes.</summary>
    Complete,
    /// <summary>The PDU continues past the pending bytes; <see cref="PduBoundary.Length"/> is how many bytes are needed in all, or 0 when unknown ("one more segment").</summary>
    NeedMore,
    /// <summary>The bytes are not this protocol's; TCP shows them as data.</summary>
    NotMine,
}

/// <summary>A stream dissector's answer to "where does the next PDU end?" (Wireshark's desegment_offset/len contract).</summary>
public readonly record struct PduBoundary(PduStatus Status, int Length)
{
    public static PduBoundary Complete(int length) => new(PduStatus.Complete, length);
    public static PduBoundary NeedMore(int totalLengthIfKnown = 0) => new(PduStatus.NeedMore, totalLengthIfKnown);
    public static PduBoundary NotMine => new(PduStatus.NotMine, 0);

    /// <summary>
    /// <see cref="Length"/> of a NeedMore answer whose PDU runs until this direction ends (an HTTP response with
    /// neither Content-Length nor chunked coding): the reassembler completes it when endOfStream comes.
    /// </summary>
    public const int UntilEndOfStream = int.MaxValue;

    public static PduBoundary NeedMoreUntilEndOfStream => new(PduStatus.NeedMore, UntilEndOfStream);

    public bool RunsUntilEndOfStream => Status == PduStatus.NeedMore && Length == UntilEndOfStream;
}
