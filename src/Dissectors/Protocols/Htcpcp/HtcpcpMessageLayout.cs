using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Dissectors.Protocols.Htcpcp;

/// <summary>Where the parts of one HTCPCP message lie, how its headers ended and how its body is framed.</summary>
public readonly record struct HtcpcpMessageLayout(
    int MessageStart,
    TextLine FirstLine,
    HttpMessageKind Kind,
    HttpStartLine StartLine,
    HeaderBlockEnding HeaderEnding,
    int BodyStart,
    HttpBodyFraming Framing,
    int End,
    bool Truncated)
{
    public int BodyLength => Math.Max(0, End - BodyStart);

    /// <summary>True when the body follows the headers with no blank line between them.</summary>
    public bool NoBlankLine => HeaderEnding == HeaderBlockEnding.NonHeaderLine;
}
