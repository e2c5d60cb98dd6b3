namespace Sniffer.Lab;

/// <summary>
/// An HTTP/1.x or HTCPCP message as the lab peers read and write it: the three parts of the start line
/// (method, target, version for a request; version, code, reason for a response), the header fields in
/// order, and the body.
/// </summary>
public sealed record LabHttpMessage(string First, string Second, string Third, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    public string Method => First;
    public string Target => Second;
    public string RequestVersion => Third;
    public string ResponseVersion => First;
    public int StatusCode => int.TryParse(Second, out int code) ? code : 0;
    public string Reason => Third;

    /// <summary>The first value of a header, compared case-insensitively, or null.</summary>
    public string? Header(string name)
    {
        foreach (var h in Headers)
            if (string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase))
                return h.Value;
        return null;
    }

    /// <summary>True when a comma-separated header (Connection, Transfer-Encoding) holds <paramref name="token"/>.</summary>
    public bool HeaderHasToken(string name, string token)
    {
        foreach (var h in Headers)
        {
            if (!string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase))
                continue;
            foreach (string part in h.Value.Split(',', StringSplitOptions.TrimEntries))
                if (string.Equals(part, token, StringComparison.OrdinalIgnoreCase))
                    return true;
        }
        return false;
    }

    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);
}
