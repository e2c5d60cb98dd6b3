using System.Globalization;

namespace Sniffer.Lab;

/// <summary>
/// Reads HTTP/1.x and HTCPCP messages for the lab peers, within fixed limits. Bodies are framed by
/// Content-Length or chunked coding, or run to the close for a response without either. With
/// <c>lenient</c> (coffee pots), a line that is not a header ends the header block and is the body's
/// one line, as the real lab pot and its clients send them without the blank line.
/// </summary>
public static class LabHttpReader
{
    public const int MaxHeaders = 100;
    public const int MaxBody = 1024 * 1024;

    public static ValueTask<(LabHttpReadStatus Status, LabHttpMessage? Message)> ReadRequestAsync(LabStreamReader reader, bool lenient, CancellationToken cancel)
        => ReadAsync(reader, isResponse: false, requestMethod: null, lenient, cancel);

    public static ValueTask<(LabHttpReadStatus Status, LabHttpMessage? Message)> ReadResponseAsync(LabStreamReader reader, string requestMethod, bool lenient, CancellationToken cancel)
        => ReadAsync(reader, isResponse: true, requestMethod, lenient, cancel);

    private static async ValueTask<(LabHttpReadStatus, LabHttpMessage?)> ReadAsync(LabStreamReader reader, bool isResponse, string? requestMethod, bool lenient, CancellationToken cancel)
    {
        // A request may be preceded by empty lines (RFC 9112 §2.2).
        (LineReadStatus status, string line) = await reader.ReadLineAsync(cancel);
        while (status == LineReadStatus.Line && line.Length == 0)
            (status, line) = await reader.ReadLineAsync(cancel);
        if (status == LineReadStatus.EndOfStream)
            return (LabHttpReadStatus.Closed, null);
        if (status == LineReadStatus.TooLong)
            return (LabHttpReadStatus.TooLarge, null);
        string[] parts = line.Split(' ', 3);
        if (parts.Length < 2 || (isResponse ? !parts[0].Contains('/') : parts.Length < 3 || !parts[2].Contains('/')))
            return (LabHttpReadStatus.Malformed, null);
        string third = parts.Length == 3 ? parts[2] : "";

        var headers = new List<KeyValuePair<string, string>>();
        string? bodyLine = null;
        while (true)
        {
            (status, line) = await reader.ReadLineAsync(cancel);
            if (status == LineReadStatus.TooLong)
                return (LabHttpReadStatus.TooLarge, null);
            if (status == LineReadStatus.EndOfStream)
                return isResponse ? (LabHttpReadStatus.Message, new LabHttpMessage(parts[0], parts[1], third, headers, [])) : (LabHttpReadStatus.Truncated, null);
            if (line.Length == 0)
                break;
            if (!TrySplitHeader(line, out var header))
            {
                if (!lenient)
                    return (LabHttpReadStatus.Malformed, null);
                bodyLine = line;
                break;
            }
            if (headers.Count == MaxHeaders)
                return (LabHttpReadStatus.TooLarge, null);
            headers.Add(header);
        }
        var head = new LabHttpMessage(parts[0], parts[1], third, headers, []);
        if (bodyLine is not null)
            return (LabHttpReadStatus.Message, head with { Body = System.Text.Encoding.Latin1.GetBytes(bodyLine) });

        if (isResponse && (requestMethod == "HEAD" || head.StatusCode is (>= 100 and < 200) or 204 or 304))
            return (LabHttpReadStatus.Message, head);
        if (head.HeaderHasToken("Transfer-Encoding", "chunked"))
        {
            var (chunkStatus, body) = await ReadChunkedAsync(reader, cancel);
            return chunkStatus == LabHttpReadStatus.Message ? (chunkStatus, head with { Body = body! }) : (chunkStatus, null);
        }
        if (head.Header("Content-Length") is string lengthText)
        {
            if (!long.TryParse(lengthText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long length))
                return (LabHttpReadStatus.Malformed, null);
            if (length > MaxBody)
                return (LabHttpReadStatus.TooLarge, null);
            var body = await reader.ReadExactlyAsync(length, MaxBody, cancel);
            return body is null ? (LabHttpReadStatus.Truncated, null) : (LabHttpReadStatus.Message, head with { Body = body });
        }
        if (!isResponse)
        {
            // A lenient reader (a coffee pot) takes what came with a request that has no length as its body, as the
            // real lab server reads the web app's "start" (RFC 9112 gives such a request no body).
            var unframed = lenient ? reader.TakeBuffered() : [];
            return (LabHttpReadStatus.Message, unframed.Length > 0 ? head with { Body = unframed } : head);
        }
        var rest = await reader.ReadToEndAsync(MaxBody, cancel);
        return rest is null ? (LabHttpReadStatus.TooLarge, null) : (LabHttpReadStatus.Message, head with { Body = rest });
    }

    private static async ValueTask<(LabHttpReadStatus, byte[]?)> ReadChunkedAsync(LabStreamReader reader, CancellationToken cancel)
    {
        using var body = new MemoryStream();
        while (true)
        {
            var (status, line) = await reader.ReadLineAsync(cancel);
            if (status != LineReadStatus.Line)
                return (status == LineReadStatus.TooLong ? LabHttpReadStatus.TooLarge : LabHttpReadStatus.Truncated, null);
            int semicolon = line.IndexOf(';');
            string sizeText = (semicolon < 0 ? line : line[..semicolon]).Trim();
            if (!long.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out long size) || size < 0)
                return (LabHttpReadStatus.Malformed, null);
            if (size == 0)
                break;
            if (body.Length + size > MaxBody)
                return (LabHttpReadStatus.TooLarge, null);
            var chunk = await reader.ReadExactlyAsync(size, MaxBody, cancel);
            if (chunk is null)
                return (LabHttpReadStatus.Truncated, null);
            body.Write(chunk);
            (status, line) = await reader.ReadLineAsync(cancel);
            if (status != LineReadStatus.Line || line.Length != 0)
                return (LabHttpReadStatus.Malformed, null);
        }
        // Trailer fields, up to the blank line.
        for (int i = 0; i <= MaxHeaders; i++)
        {
            var (status, line) = await reader.ReadLineAsync(cancel);
            if (status != LineReadStatus.Line)
                return (LabHttpReadStatus.Truncated, null);
            if (line.Length == 0)
                return (LabHttpReadStatus.Message, body.ToArray());
        }
        return (LabHttpReadStatus.TooLarge, null);
    }

    /// <summary>"Name: value" with a token for a name (no spaces before the colon).</summary>
    public static bool TrySplitHeader(string line, out KeyValuePair<string, string> header)
    {
        header = default;
        int colon = line.IndexOf(':');
        if (colon <= 0)
            return false;
        for (int i = 0; i < colon; i++)
            if (line[i] is ' ' or '\t' or '(' or ')' or '<' or '>' or '@' or ',' or ';' or '\\' or '"' or '/' or '[' or ']' or '?' or '=' or '{' or '}')
                return false;
        header = new KeyValuePair<string, string>(line[..colon], line[(colon + 1)..].Trim());
        return true;
    }
}
