namespace Sniffer.Dissectors.Protocols.TextLines;

public enum HeaderBlockStatus : byte
{
    Complete,
    NeedMore,
}

/// <summary>How a header block ended.</summary>
public enum HeaderBlockEnding : byte
{
    /// <summary>The blank line RFC 9112 puts between headers and body.</summary>
    BlankLine,
    /// <summary>A line that is not a header line (no colon): the body starts there, with no blank line before it.</summary>
    NonHeaderLine,
    /// <summary>The data ended inside the block.</summary>
    EndOfData,
}

/// <summary>The result of scanning a header block: where the body starts and how the block ended.</summary>
public readonly record struct HeaderBlock(HeaderBlockStatus Status, HeaderBlockEnding Ending, int BodyStart)
{
    public static HeaderBlock NeedMore => new(HeaderBlockStatus.NeedMore, HeaderBlockEnding.EndOfData, 0);
}
