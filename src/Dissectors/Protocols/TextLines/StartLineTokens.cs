namespace Sniffer.Dissectors.Protocols.TextLines;

/// <summary>
/// Splits a request or status line into space-separated tokens as Wireshark's get_token_len does: a token
/// runs to the next space, and the spaces after it are skipped.
/// </summary>
public static class StartLineTokens
{
    /// <summary>Length of the token at <paramref name="start"/>; <paramref name="next"/> is where the following token starts.</summary>
    public static int TokenLength(ReadOnlySpan<byte> line, int start, out int next)
    {
        next = start;
        if ((uint)start >= (uint)line.Length)
            return 0;
        int space = line[start..].IndexOf(TextBytes.Space);
        int end = space < 0 ? line.Length : start + space;
        next = end;
        while (next < line.Length && line[next] == TextBytes.Space)
            next++;
        return end - start;
    }
}
