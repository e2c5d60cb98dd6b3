namespace Sniffer.Lab;

/// <summary>One request sent and its response read on a lab client connection, logged as one line.</summary>
public static class LabExchange
{
    public static async Task<LabHttpMessage?> SendAsync(LabConnection connection, string method, string target, string version,
        IEnumerable<KeyValuePair<string, string>> headers, byte[]? body, bool lenient, LabLog log, CancellationToken cancel, bool omitBlankLine = false,
        bool omitContentLength = false)
    {
        await connection.SendAsync(LabHttpWriter.Request(method, target, version, headers, body, omitBlankLine, omitContentLength), cancel);
        var (status, response) = await LabHttpReader.ReadResponseAsync(connection.Reader, method, lenient, cancel);
        if (status != LabHttpReadStatus.Message)
        {
            log.Line($"lab: {method} {target} {version} -> no response ({status})");
            return null;
        }
        log.Line($"lab: {method} {target} {version} -> {response!.StatusCode} {response.Reason} ({response.Body.Length} bytes)");
        return response;
    }
}
