namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// What the dissector learns from one message's headers while it writes them (Wireshark's headers_t):
/// byte ranges into the message, so nothing is copied until a value is needed.
/// </summary>
internal struct HttpMessageFacts
{
    public Range ContentType;
    public Range ContentEncoding;
    public Range Host;
    public Range Connection;
    public Range RangeHeader;
    public Range Upgrade;
    public bool HasContentType;
    public bool HasContentEncoding;
    public bool HasHost;
    public bool HasConnection;
    public bool HasRange;
    public bool HasUpgrade;
    public bool HasContentLength;
    public long ContentLength;
    public bool HasTransferEncoding;
    public bool Chunked;
    /// <summary>A transfer coding other than chunked and identity (gzip, deflate, compress as transfer codings).</summary>
    public bool OtherTransferCoding;
    public bool HasContentRange;
    public HttpContentRange ContentRange;
}
