namespace Sniffer.Dissectors.Protocols.TextLines;

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
