using Sniffer.Dissectors.Protocols.Http;

namespace Sniffer.Dissectors.Protocols.Htcpcp;

/// <summary>
/// HTCPCP as the lab's pots and clients speak it: BREW, POST, GET, PROPFIND and WHEN requests, HTCPCP/1.x (or HTTP/1.x)
/// versions on either line; the pot may start its body without the blank line, and a client may send "start" after
/// its headers with no Content-Length.
/// </summary>
public sealed class HtcpcpDialect : HttpDialect
{
    public static HtcpcpDialect Instance { get; } = new() { NonHeaderLineEndsHeaders = true, UnframedRequestBody = true };

    private HtcpcpDialect()
    {
    }

    public override HttpMessageKind Classify(ReadOnlySpan<byte> firstLine) => HtcpcpStartLine.Classify(firstLine);

    public override bool MayBecomeStartLine(ReadOnlySpan<byte> partialLine) => HtcpcpStartLine.MayBecomeStartLine(partialLine);
}
