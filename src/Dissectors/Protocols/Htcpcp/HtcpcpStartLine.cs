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
        if (space <= 0)
            return HttpMessageKind.Other;
        if (IsMethod(line[..space]))
            return HttpMessageKind.Request;
        // Another method with an HTCPCP version is still a pot's request (flagged htcpcp.unknown_method).
        return HasHtcpcpVersionLast(line) && IsToken(line[..space]) ? HttpMessageKind.Request : HttpMessageKind.Other;
    }

    /// <summary>True when the line's last token is an HTCPCP version ("… HTCPCP/1.0", "… HTCPCP-TEA/1.0").</summary>
    private static bool HasHtcpcpVersionLast(ReadOnlySpan<byte> line)
    {
        int lastSpace = line.LastIndexOf(TextBytes.Space);
        if (lastSpace <= 0)
            return false;
        var version = line[(lastSpace + 1)..];
        return version.StartsWith("HTCPCP/"u8) || version.StartsWith("HTCPCP-TEA/"u8);
    }

    private static bool IsToken(ReadOnlySpan<byte> text)
    {
        foreach (byte b in text)
            if (!TextBytes.IsTokenChar(b))
                return false;
        return !text.IsEmpty;
    }

    /// <summary>A status line with a version, a space and a three-digit code (what tshark's HTTP calls a status line).</summary>
    public static bool HasWellFormedStatus(ReadOnlySpan<byte> line, in HttpStartLine s)
    {
        if (s.SecondLength != 3)
            return false;
        foreach (byte b in s.Second(line))
            if (b is < (byte)'0' or > (byte)'9')
                return false;
        return true;
    }

    public static bool IsMethod(ReadOnlySpan<byte> token)
        => token.SequenceEqual("BREW"u8) || token.SequenceEqual("POST"u8) || token.SequenceEqual("GET"u8)
            || token.SequenceEqual("PROPFIND"u8) || token.SequenceEqual("WHEN"u8);

    public static bool IsVersion(ReadOnlySpan<byte> text)
        => text.StartsWith("HTCPCP/"u8) || text.StartsWith("HTCPCP-TEA/"u8) || text.StartsWith("HTTP/1."u8);

    /// <summary>
    /// True when <paramref name="partial"/> (a line whose end has not arrived) begins like a request or status line:
    /// it starts with, or is the start of, a method and its space or a version. Looks at most at eleven bytes.
    /// </summary>
    public static bool MayBecomeStartLine(ReadOnlySpan<byte> partial)
    {
        if (partial.IsEmpty)
            return true;
        return SharesPrefix(partial, "BREW "u8) || SharesPrefix(partial, "POST "u8) || SharesPrefix(partial, "GET "u8)
            || SharesPrefix(partial, "PROPFIND "u8) || SharesPrefix(partial, "WHEN "u8)
            || SharesPrefix(partial, "HTCPCP/"u8) || SharesPrefix(partial, "HTCPCP-TEA/"u8) || SharesPrefix(partial, "HTTP/1."u8);
    }

    private static bool SharesPrefix(ReadOnlySpan<byte> partial, ReadOnlySpan<byte> start)
    {
        int n = Math.Min(partial.Length, start.Length);
        return partial[..n].SequenceEqual(start[..n]);
    }

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
