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
        return StartsWithAny(line[(lastSpace + 1)..], HtcpcpVersionBytes);
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

    /// <summary>The methods of RFC 2324 and RFC 7168 (the C# dissector and the Lua export read this one list).</summary>
    public static IReadOnlyList<string> Methods { get; } = ["BREW", "POST", "GET", "PROPFIND", "WHEN"];

    /// <summary>What a status line starts with: HTCPCP's versions, and HTTP's (lab servers answer in it).</summary>
    public static IReadOnlyList<string> VersionPrefixes { get; } = ["HTCPCP/", "HTCPCP-TEA/", "HTTP/1."];

    /// <summary>HTCPCP's own versions: a request line ending in one is a pot's, whatever its method.</summary>
    public static IReadOnlyList<string> HtcpcpVersionPrefixes { get; } = ["HTCPCP/", "HTCPCP-TEA/"];

    private static readonly byte[][] MethodBytes = [.. Methods.Select(System.Text.Encoding.ASCII.GetBytes)];
    private static readonly byte[][] VersionBytes = [.. VersionPrefixes.Select(System.Text.Encoding.ASCII.GetBytes)];
    /// <summary>How a start line begins: a method and its space, or a version.</summary>
    private static readonly byte[][] StartBytes = [.. Methods.Select(m => System.Text.Encoding.ASCII.GetBytes(m + " ")), .. VersionBytes];
    private static readonly byte[][] HtcpcpVersionBytes = [.. HtcpcpVersionPrefixes.Select(System.Text.Encoding.ASCII.GetBytes)];

    public static bool IsMethod(ReadOnlySpan<byte> token)
    {
        foreach (var method in MethodBytes)
            if (token.SequenceEqual(method))
                return true;
        return false;
    }

    public static bool IsVersion(ReadOnlySpan<byte> text) => StartsWithAny(text, VersionBytes);

    private static bool StartsWithAny(ReadOnlySpan<byte> text, byte[][] prefixes)
    {
        foreach (var prefix in prefixes)
            if (text.StartsWith(prefix))
                return true;
        return false;
    }

    /// <summary>
    /// True when <paramref name="partial"/> (a line whose end has not arrived) begins like a request or status line:
    /// it starts with, or is the start of, a method and its space or a version. Looks at most at eleven bytes.
    /// </summary>
    public static bool MayBecomeStartLine(ReadOnlySpan<byte> partial)
    {
        if (partial.IsEmpty)
            return true;
        foreach (var start in StartBytes)
        {
            int n = Math.Min(partial.Length, start.Length);
            if (partial[..n].SequenceEqual(start.AsSpan(0, n)))
                return true;
        }
        return false;
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
