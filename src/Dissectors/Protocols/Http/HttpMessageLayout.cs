using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// Where the parts of one HTTP message lie in the bytes handed to the framer: leading blank lines, the
/// first line, the header block, the body and its framing, and whether the stream ended before the message did.
/// </summary>
public readonly record struct HttpMessageLayout(
    int MessageStart,
    TextLine FirstLine,
    HttpMessageKind Kind,
    HttpStartLine StartLine,
    int BodyStart,
    bool HeadersComplete,
    HttpBodyFraming Framing,
    ChunkedBodyStatus ChunkedStatus,
    int End,
    bool Truncated)
{
    /// <summary>Bytes of body present (up to <see cref="End"/>).</summary>
    public int BodyLength => Math.Max(0, End - BodyStart);
}
