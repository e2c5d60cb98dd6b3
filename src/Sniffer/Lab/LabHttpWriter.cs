using System.Globalization;
using System.Text;

namespace Sniffer.Lab;

/// <summary>Writes the lab peers' messages: requests, and responses with Content-Length, chunked coding or a close-delimited body.</summary>
public static class LabHttpWriter
{
    private static readonly byte[] CrLf = "\r\n"u8.ToArray();

    /// <summary>
    /// The bytes of a request. A body gets a Content-Length unless <paramref name="omitBlankLine"/> asks for the
    /// lab coffee clients' form (headers, then the body line right after them with no blank line and no length) or
    /// <paramref name="omitContentLength"/> for the lab web app's (the blank line, then the body, with no length).
    /// </summary>
    public static byte[] Request(string method, string target, string version, IEnumerable<KeyValuePair<string, string>> headers, byte[]? body,
        bool omitBlankLine = false, bool omitContentLength = false)
    {
        var text = new StringBuilder();
        text.Append(method).Append(' ').Append(target).Append(' ').Append(version).Append("\r\n");
        foreach (var h in headers)
            text.Append(h.Key).Append(": ").Append(h.Value).Append("\r\n");
        if (body is { Length: > 0 } && !omitBlankLine && !omitContentLength)
            text.Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n");
        if (!omitBlankLine)
            text.Append("\r\n");
        var bytes = Encoding.Latin1.GetBytes(text.ToString());
        if (body is not { Length: > 0 })
            return bytes;
        var all = new byte[bytes.Length + body.Length + (omitBlankLine ? CrLf.Length : 0)];
        bytes.CopyTo(all, 0);
        body.CopyTo(all, bytes.Length);
        if (omitBlankLine)
            CrLf.CopyTo(all, bytes.Length + body.Length);
        return all;
    }

    /// <summary>
    /// Writes a response. <paramref name="version"/> is the response's protocol version ("HTTP/1.1",
    /// "HTCPCP/1.0"); <paramref name="connection"/> is the Connection header to add, if any; a HEAD response
    /// carries the headers of the body it omits. Chunks go out chunked when <paramref name="chunkedAllowed"/>,
    /// otherwise back to back with no length (the caller then closes).
    /// </summary>
    public static async Task WriteResponseAsync(Stream stream, string version, LabResponse response, bool headOnly, string? connection, bool chunkedAllowed, CancellationToken cancel)
    {
        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"{version} {response.Code} {response.Reason}\r\n");
        foreach (var h in response.Headers)
            head.Append(h.Key).Append(": ").Append(h.Value).Append("\r\n");
        if (connection is not null)
            head.Append("Connection: ").Append(connection).Append("\r\n");
        if (response.Chunks is null)
            head.Append(CultureInfo.InvariantCulture, $"Content-Length: {response.Body.Length}\r\n");
        else if (chunkedAllowed)
            head.Append("Transfer-Encoding: chunked\r\n");
        head.Append("\r\n");
        var headBytes = Encoding.Latin1.GetBytes(head.ToString());

        if (headOnly)
        {
            await stream.WriteAsync(headBytes, cancel);
        }
        else if (response.Chunks is null)
        {
            await stream.WriteAsync(Concat(headBytes, response.Body), cancel);
        }
        else
        {
            await stream.WriteAsync(headBytes, cancel);
            await stream.FlushAsync(cancel);
            foreach (var chunk in response.Chunks)
            {
                await stream.WriteAsync(chunkedAllowed ? Concat(Encoding.Latin1.GetBytes($"{chunk.Length:x}\r\n"), chunk, CrLf) : chunk, cancel);
                await stream.FlushAsync(cancel);
            }
            if (chunkedAllowed)
                await stream.WriteAsync("0\r\n\r\n"u8.ToArray(), cancel);
        }
        await stream.FlushAsync(cancel);
    }

    private static byte[] Concat(params byte[][] parts)
    {
        int length = 0;
        foreach (var p in parts)
            length += p.Length;
        var all = new byte[length];
        int at = 0;
        foreach (var p in parts)
        {
            p.CopyTo(all, at);
            at += p.Length;
        }
        return all;
    }
}
