using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// The request methods tshark 4.0 recognises as the start of an HTTP message (is_http_request_or_reply),
/// matched case-sensitively on the first token of the line, plus the status-line prefixes.
/// </summary>
public static class HttpMethods
{
    /// <summary>The prefix of an RFC 2774 mandatory-extension request ("M-POST").</summary>
    private static ReadOnlySpan<byte> MandatoryPrefix => "M-"u8;

    /// <summary>Classifies a first line (without its terminator); <paramref name="methodLength"/> is the method token's length for requests.</summary>
    public static HttpMessageKind Classify(ReadOnlySpan<byte> line, out int methodLength)
    {
        methodLength = 0;
        if (line.StartsWith("HTTP/"u8) || line.StartsWith("ICY"u8))
            return HttpMessageKind.Response;
        var data = line.StartsWith(MandatoryPrefix) ? line[MandatoryPrefix.Length..] : line;
        int space = data.IndexOf(TextBytes.Space);
        var method = space < 0 ? data : data[..space];
        var kind = ClassifyMethod(method);
        if (kind != HttpMessageKind.Other)
            methodLength = line.Length - data.Length + method.Length;
        return kind;
    }

    /// <summary>Request, Notification or Other for a method token.</summary>
    public static HttpMessageKind ClassifyMethod(ReadOnlySpan<byte> m)
    {
        bool request = m.Length switch
        {
            3 => m.SequenceEqual("GET"u8) || m.SequenceEqual("PUT"u8),
            4 => m.SequenceEqual("COPY"u8) || m.SequenceEqual("HEAD"u8) || m.SequenceEqual("LOCK"u8)
                || m.SequenceEqual("MOVE"u8) || m.SequenceEqual("POLL"u8) || m.SequenceEqual("POST"u8),
            5 => m.SequenceEqual("BCOPY"u8) || m.SequenceEqual("BMOVE"u8) || m.SequenceEqual("MKCOL"u8)
                || m.SequenceEqual("TRACE"u8) || m.SequenceEqual("PATCH"u8) || m.SequenceEqual("LABEL"u8)
                || m.SequenceEqual("MERGE"u8),
            6 => m.SequenceEqual("DELETE"u8) || m.SequenceEqual("SEARCH"u8) || m.SequenceEqual("UNLOCK"u8)
                || m.SequenceEqual("REPORT"u8) || m.SequenceEqual("UPDATE"u8),
            7 => m.SequenceEqual("BDELETE"u8) || m.SequenceEqual("CONNECT"u8) || m.SequenceEqual("OPTIONS"u8)
                || m.SequenceEqual("CHECKIN"u8),
            8 => m.SequenceEqual("PROPFIND"u8) || m.SequenceEqual("CHECKOUT"u8) || m.SequenceEqual("CCM_POST"u8),
            9 => m.SequenceEqual("PROPPATCH"u8) || m.SequenceEqual("BPROPFIND"u8),
            10 => m.SequenceEqual("BPROPPATCH"u8) || m.SequenceEqual("UNCHECKOUT"u8) || m.SequenceEqual("MKACTIVITY"u8),
            11 => m.SequenceEqual("MKWORKSPACE"u8) || m.SequenceEqual("RPC_CONNECT"u8) || m.SequenceEqual("RPC_IN_DATA"u8),
            12 => m.SequenceEqual("RPC_OUT_DATA"u8),
            15 => m.SequenceEqual("VERSION-CONTROL"u8),
            16 => m.SequenceEqual("BASELINE-CONTROL"u8) || m.SequenceEqual("SSTP_DUPLEX_POST"u8),
            _ => false,
        };
        if (request)
            return HttpMessageKind.Request;
        if (m.SequenceEqual("NOTIFY"u8) || m.SequenceEqual("SUBSCRIBE"u8) || m.SequenceEqual("UNSUBSCRIBE"u8))
            return HttpMessageKind.Notification;
        return HttpMessageKind.Other;
    }

    /// <summary>True when the bytes so far could still grow into a request or status line (used before a line end arrives).</summary>
    public static bool CouldStartMessage(ReadOnlySpan<byte> partialLine)
    {
        if (!partialLine.IsEmpty && partialLine[^1] == TextBytes.Cr)
            partialLine = partialLine[..^1];
        foreach (byte b in partialLine)
            if (!TextBytes.IsPrintable(b) && b != TextBytes.Tab)
                return false;
        return partialLine.IsEmpty || TextBytes.IsTokenChar(partialLine[0]);
    }

    /// <summary>Returns the method name as a shared string (no allocation for the methods above).</summary>
    public static string? Name(ReadOnlySpan<byte> m) => m.Length switch
    {
        3 when m.SequenceEqual("GET"u8) => "GET",
        3 when m.SequenceEqual("PUT"u8) => "PUT",
        4 when m.SequenceEqual("HEAD"u8) => "HEAD",
        4 when m.SequenceEqual("POST"u8) => "POST",
        4 when m.SequenceEqual("BREW"u8) => "BREW",
        4 when m.SequenceEqual("WHEN"u8) => "WHEN",
        5 when m.SequenceEqual("PATCH"u8) => "PATCH",
        5 when m.SequenceEqual("TRACE"u8) => "TRACE",
        6 when m.SequenceEqual("DELETE"u8) => "DELETE",
        7 when m.SequenceEqual("CONNECT"u8) => "CONNECT",
        7 when m.SequenceEqual("OPTIONS"u8) => "OPTIONS",
        8 when m.SequenceEqual("PROPFIND"u8) => "PROPFIND",
        _ => null,
    };
}
