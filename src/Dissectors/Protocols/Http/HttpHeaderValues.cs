using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>What a Transfer-Encoding value lists (RFC 9112 §6.1), read once for framing and for display.</summary>
/// <param name="FinalIsChunked">The last coding is "chunked": the body is framed by chunks.</param>
/// <param name="HasChunked">"chunked" appears anywhere (tshark then dechunks a body framed so).</param>
/// <param name="HasOtherCoding">gzip, deflate or compress used as a transfer coding (tshark shows such a body as data).</param>
/// <param name="FullyParsed">Every coding was understood (Wireshark's http_parse_transfer_coding; false gives http.te_unknown).</param>
public readonly record struct HttpTransferCodings(bool FinalIsChunked, bool HasChunked, bool HasOtherCoding, bool FullyParsed);

/// <summary>
/// The one parser of the header values that frame a message, Content-Length and Transfer-Encoding: the framer and the
/// writer both read them through here, so where a message ends and what its tree says about its length always agree.
/// </summary>
public static class HttpHeaderValues
{
    /// <summary>
    /// Content-Length as g_ascii_strtoll reads it: decimal digits, then nothing but white space; an empty, negative or
    /// overflowing value is refused (the header is then treated as absent, as tshark does).
    /// </summary>
    public static bool TryParseContentLength(ReadOnlySpan<byte> value, out long length)
    {
        value = TextBytes.TrimBlanks(value);
        int digits = 0;
        while (digits < value.Length && value[digits] is >= (byte)'0' and <= (byte)'9')
            digits++;
        length = 0;
        if (digits == 0 || TextBytes.TryParseDecimal(value[..digits], out length) != NumberStatus.Ok)
            return false;
        return value[digits..].IndexOfAnyExcept(" \t\r\n\v\f"u8) < 0;
    }

    /// <summary>Reads a Transfer-Encoding value: whether it ends in chunked, and which codings it names (Wireshark's http_parse_transfer_coding).</summary>
    public static HttpTransferCodings ParseTransferCodings(ReadOnlySpan<byte> value)
    {
        bool finalIsChunked = FinalCodingIsChunked(value);
        bool chunked = false;
        bool other = false;
        bool fullyParsed = true;
        bool haveOther = false;
        while (!value.IsEmpty)
        {
            int comma = value.IndexOf(TextBytes.Comma);
            var coding = TextBytes.TrimBlanks(comma < 0 ? value : value[..comma]);
            value = comma < 0 ? default : value[(comma + 1)..];
            int semicolon = coding.IndexOf(TextBytes.Semicolon);
            if (semicolon >= 0)
                coding = TextBytes.TrimBlanks(coding[..semicolon]);
            if (coding.IsEmpty)
                continue;
            if (TextBytes.EqualsIgnoreCase(coding, "chunked"u8))
            {
                chunked = true;
                continue;
            }
            // Wireshark accepts chunked plus at most one other known coding.
            if (haveOther)
            {
                fullyParsed = false;
                break;
            }
            if (TextBytes.EqualsIgnoreCase(coding, "identity"u8))
            {
                haveOther = true;
            }
            else if (TextBytes.EqualsIgnoreCase(coding, "gzip"u8) || TextBytes.EqualsIgnoreCase(coding, "x-gzip"u8)
                || TextBytes.EqualsIgnoreCase(coding, "deflate"u8) || TextBytes.EqualsIgnoreCase(coding, "compress"u8)
                || TextBytes.EqualsIgnoreCase(coding, "x-compress"u8))
            {
                haveOther = true;
                other = true;
            }
            else
            {
                fullyParsed = false;
            }
        }
        return new HttpTransferCodings(finalIsChunked, chunked, other, fullyParsed);
    }

    /// <summary>True when the last coding of a Transfer-Encoding list is "chunked" (any case, parameters ignored).</summary>
    private static bool FinalCodingIsChunked(ReadOnlySpan<byte> value)
    {
        int comma = value.LastIndexOf(TextBytes.Comma);
        var last = comma < 0 ? value : value[(comma + 1)..];
        int semicolon = last.IndexOf(TextBytes.Semicolon);
        if (semicolon >= 0)
            last = last[..semicolon];
        return TextBytes.EqualsIgnoreCase(TextBytes.TrimBlanks(last), "chunked"u8);
    }
}
