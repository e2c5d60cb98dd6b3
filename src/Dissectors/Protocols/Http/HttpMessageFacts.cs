namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// What a message's headers say, gathered once by the framer while it looks for the message's end (Wireshark's
/// headers_t): byte ranges into the message, so nothing is copied until a value is needed, and the Content-Length and
/// Transfer-Encoding results the framing used. The writer reads these instead of working them out again.
/// </summary>
public struct HttpMessageFacts
{
    public Range ContentType;
    public Range ContentEncoding;
    public Range Host;
    public Range Connection;
    public Range RangeHeader;
    public Range ContentRange;
    public Range Upgrade;
    public bool HasContentType;
    public bool HasContentEncoding;
    public bool HasHost;
    public bool HasConnection;
    public bool HasRange;
    public bool HasContentRange;
    public bool HasUpgrade;

    /// <summary>The last valid Content-Length, and the offset of the line that gave it.</summary>
    public bool HasContentLength;
    public long ContentLength;
    public int ContentLengthLine;

    /// <summary>The last Transfer-Encoding header (what frames the body), and the offset of its line.</summary>
    public bool HasTransferEncoding;
    public HttpTransferCodings LastTransferCodings;
    public int TransferEncodingLine;

    /// <summary>"chunked" in any Transfer-Encoding header (tshark dechunks a body framed by chunks when so).</summary>
    public bool Chunked;

    /// <summary>A transfer coding other than chunked and identity (gzip, deflate, compress as transfer codings).</summary>
    public bool OtherTransferCoding;

    /// <summary>Header lines seen (well-formed or not).</summary>
    public int HeaderCount;

    /// <summary>Records one well-formed header of <paramref name="role"/> (HttpHeaderTable's); <paramref name="lineStart"/> and <paramref name="value"/> are offsets in the message.</summary>
    internal void OnHeader(int lineStart, HttpHeaderRole role, Range value, ReadOnlySpan<byte> valueBytes)
    {
        switch (role)
        {
            case HttpHeaderRole.ContentType:
                HasContentType = true;
                ContentType = value;
                break;
            case HttpHeaderRole.ContentLength:
                if (HttpHeaderValues.TryParseContentLength(valueBytes, out long length))
                {
                    HasContentLength = true;
                    ContentLength = length;
                    ContentLengthLine = lineStart;
                }
                break;
            case HttpHeaderRole.ContentEncoding:
                HasContentEncoding = true;
                ContentEncoding = value;
                break;
            case HttpHeaderRole.TransferEncoding:
                HasTransferEncoding = true;
                LastTransferCodings = HttpHeaderValues.ParseTransferCodings(valueBytes);
                TransferEncodingLine = lineStart;
                Chunked |= LastTransferCodings.HasChunked;
                OtherTransferCoding |= LastTransferCodings.HasOtherCoding;
                break;
            case HttpHeaderRole.Host:
                HasHost = true;
                Host = value;
                break;
            case HttpHeaderRole.Upgrade:
                HasUpgrade = true;
                Upgrade = value;
                break;
            case HttpHeaderRole.Connection:
                HasConnection = true;
                Connection = value;
                break;
            case HttpHeaderRole.Range:
                HasRange = true;
                RangeHeader = value;
                break;
            case HttpHeaderRole.ContentRange:
                HasContentRange = true;
                ContentRange = value;
                break;
        }
    }
}
