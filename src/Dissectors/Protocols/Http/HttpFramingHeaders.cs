using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// The headers that decide where a message ends, collected while its header block is scanned:
/// Content-Length (the last valid one) and Transfer-Encoding (chunked when it is the final coding).
/// </summary>
public struct HttpFramingHeaders : IHeaderVisitor
{
    public bool HasContentLength;
    public long ContentLength;
    public bool HasTransferEncoding;
    public bool Chunked;

    public void OnHeader(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value)
    {
        if (TextBytes.EqualsIgnoreCase(name, "content-length"u8))
        {
            if (TextBytes.TryParseDecimal(TextBytes.TrimBlanks(value), out long length) == NumberStatus.Ok)
            {
                HasContentLength = true;
                ContentLength = length;
            }
        }
        else if (TextBytes.EqualsIgnoreCase(name, "transfer-encoding"u8))
        {
            HasTransferEncoding = true;
            Chunked = FinalCodingIsChunked(value);
        }
    }

    /// <summary>True when the last coding of a Transfer-Encoding list is "chunked" (any case, parameters ignored).</summary>
    public static bool FinalCodingIsChunked(ReadOnlySpan<byte> value)
    {
        int comma = value.LastIndexOf(TextBytes.Comma);
        var last = comma < 0 ? value : value[(comma + 1)..];
        int semicolon = last.IndexOf(TextBytes.Semicolon);
        if (semicolon >= 0)
            last = last[..semicolon];
        return TextBytes.EqualsIgnoreCase(TextBytes.TrimBlanks(last), "chunked"u8);
    }
}
