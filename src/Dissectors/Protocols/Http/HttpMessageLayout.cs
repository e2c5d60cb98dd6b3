using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// Where the parts of one HTTP-style message lie in the bytes handed to the framer: leading blank lines, the first
/// line, the header block and how it ended, the body and its framing, and whether the stream ended before the message did.
/// </summary>
public readonly record struct HttpMessageLayout(
    int MessageStart,
    TextLine FirstLine,
    HttpMessageKind Kind,
    HttpStartLine StartLine,
    HeaderBlockEnding HeaderEnding,
    int BodyStart,
    HttpBodyFraming Framing,
    ChunkedBodyStatus ChunkedStatus,
    int End,
    bool Truncated)
{
    /// <summary>True when the header block ended (a blank line, or a line that is not a header for peers that send none).</summary>
    public bool HeadersComplete => HeaderEnding != HeaderBlockEnding.EndOfData;

    /// <summary>True when the body follows the headers with no blank line between them.</summary>
    public bool NoBlankLine => HeaderEnding == HeaderBlockEnding.NonHeaderLine;

    /// <summary>Bytes of body present (up to <see cref="End"/>).</summary>
    public int BodyLength => Math.Max(0, End - BodyStart);

    /// <summary>The layout of bytes that start no message (a "Continuation" or bytes that are not this protocol's).</summary>
    public static HttpMessageLayout NotAMessage(int start, TextLine firstLine, int end)
        => new(start, firstLine, HttpMessageKind.Other, default, HeaderBlockEnding.EndOfData, end, HttpBodyFraming.None,
            ChunkedBodyStatus.Complete, end, Truncated: false);
}
