namespace Sniffer.Analysis;

/// <summary>
/// Mixed content: a host reached over HTTPS (its SNI, or the Host of a request read inside TLS) that was also fetched
/// over plain HTTP in the same capture — what travelled in clear undoes what TLS protected.
/// </summary>
internal static class MixedContent
{
    public static IEnumerable<Exposure> Find(IReadOnlyList<ConnectionReport> connections, IReadOnlyList<TransactionReport> transactions, IReadOnlyList<TlsReport> sessions)
    {
        var secure = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in sessions)
            if (s.ServerName is { } name)
                secure.TryAdd(EndpointText.HostName(name), s.Stream);
        foreach (var t in transactions)
            if (t.InsideTls && t.Host is { } host)
                secure.TryAdd(EndpointText.HostName(host), t.Stream);
        if (secure.Count == 0)
            yield break;
        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in transactions)
        {
            if (t.InsideTls || t.Host is not { } host || t.RequestFrame is not { } frame)
                continue;
            string name = EndpointText.HostName(host);
            if (!secure.TryGetValue(name, out long secureStream) || !reported.Add(name))
                continue;
            yield return new Exposure
            {
                Kind = ExposureKind.MixedContent,
                Severity = "medium",
                Frame = frame,
                Stream = t.Stream,
                Name = name,
                Value = $"http://{host}{t.Path}",
                PlainText = true,
                Detail = $"{name} was reached over HTTPS (tcp.stream {secureStream}) and also over plain HTTP: {t.Method} {t.Uri} in clear text",
                Filter = $"http.host contains \"{name}\"",
            };
        }
        _ = connections;
    }
}
