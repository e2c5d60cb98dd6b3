using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Dissectors.Protocols.Htcpcp;

/// <summary>Recognises HTCPCP request and status lines.</summary>
public static class HtcpcpStartLine
{
    /// <summary>
    /// Request when the line starts with BREW, POST, GET, PROPFIND or WHEN and a space; response when it starts
    /// with a version: "HTCPCP/", "HTCPCP-TEA/" or "HTTP/1." (lab servers answer in HTTP's version).
    /// </summary>
    public static HttpMessageKind Classify(ReadOnlySpan<byte> line)
    {
        if (IsVersion(line))
            return HttpMessageKind.Response;
        int space = line.IndexOf(TextBytes.Space);
        if (space > 0 && IsMethod(line[..space]))
            return HttpMessageKind.Request;
        return HttpMessageKind.Other;
    }

    public static bool IsMethod(ReadOnlySpan<byte> token)
        => token.SequenceEqual("BREW"u8) || token.SequenceEqual("POST"u8) || token.SequenceEqual("GET"u8)
            || token.SequenceEqual("PROPFIND"u8) || token.SequenceEqual("WHEN"u8);

    public static bool IsVersion(ReadOnlySpan<byte> text)
        => text.StartsWith("HTCPCP/"u8) || text.StartsWith("HTCPCP-TEA/"u8) || text.StartsWith("HTTP/1."u8);

    /// <summary>
    /// The heuristic: a BREW or WHEN request line, any HTCPCP method with a coffee or tea URI or an HTCPCP
    /// version (PROPFIND, GET and POST alone are WebDAV and HTTP's), or a status line starting "HTCPCP".
    /// </summary>
    public static bool LooksLikeHtcpcp(ReadOnlySpan<byte> firstLine)
    {
        if (firstLine.StartsWith("HTCPCP/"u8) || firstLine.StartsWith("HTCPCP-TEA/"u8))
            return true;
        int space = firstLine.IndexOf(TextBytes.Space);
        if (space <= 0)
            return false;
        var method = firstLine[..space];
        if (!IsMethod(method))
            return false;
        if (method.SequenceEqual("BREW"u8) || method.SequenceEqual("WHEN"u8))
            return true;
        int targetLength = StartLineTokens.TokenLength(firstLine, space + 1, out int next);
        var target = firstLine.Slice(space + 1, targetLength);
        return HtcpcpUri.HasCoffeeScheme(target) || firstLine[next..].StartsWith("HTCPCP"u8);
    }
}
