namespace Sniffer.Dissectors.Protocols.TextLines;

/// <summary>The result of scanning a header block: where the body starts and how the block ended.</summary>
public readonly record struct HeaderBlock(HeaderBlockStatus Status, HeaderBlockEnding Ending, int BodyStart)
{
    public static HeaderBlock NeedMore => new(HeaderBlockStatus.NeedMore, HeaderBlockEnding.EndOfData, 0);
}
