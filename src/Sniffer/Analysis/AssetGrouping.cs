namespace Sniffer.Analysis;

/// <summary>
/// Groups what a browser fetched after an HTML page under that page: a request whose Referer is the page's URL, or —
/// with no Referer — a request for a style sheet, script, image, font or icon from the same client to the same host
/// after the page's request. It records whether it came on the page's connection or a new one, and what tied it.
/// </summary>
public static class AssetGrouping
{
    private static readonly string[] AssetExtensions =
        [".css", ".js", ".mjs", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".ico", ".webp", ".avif", ".bmp", ".woff", ".woff2", ".ttf", ".otf", ".eot", ".map"];
    private static readonly string[] AssetTypes =
        ["text/css", "text/javascript", "application/javascript", "application/x-javascript", "image/", "font/", "application/font", "application/vnd.ms-fontobject"];

    public static List<TransactionReport> Group(List<TransactionReport> transactions)
    {
        var pages = transactions.Where(t => t.IsPage && t.RequestFrame is not null && t.ParentId is null).ToList();
        if (pages.Count == 0)
            return transactions;
        var result = new List<TransactionReport>(transactions.Count);
        foreach (var t in transactions)
        {
            if (t.IsPage || t.ParentId is not null || t.Protocol != "HTTP" || t.RequestFrame is not { } frame || t.Method is not ("GET" or "HEAD"))
            {
                result.Add(t);
                continue;
            }
            AssetReport? asset = null;
            string client = EndpointText.AddressOf(t.Client);
            for (int i = pages.Count - 1; i >= 0 && asset is null; i--)
            {
                var page = pages[i];
                if (page.RequestFrame >= frame || EndpointText.AddressOf(page.Client) != client)
                    continue;
                if (t.Referer is not null)
                {
                    if (RefersTo(t.Referer, page))
                        asset = new AssetReport(page.Id, page.Stream == t.Stream, $"Referer: {t.Referer}");
                    continue; // a Referer names its page: no guessing by order
                }
                if (SameHost(t, page) && LooksLikeAsset(t))
                    asset = new AssetReport(page.Id, page.Stream == t.Stream, "requested after the page (no Referer)");
            }
            result.Add(asset is null ? t : t with { Asset = asset });
        }
        return result;
    }

    /// <summary>True when a Referer URL names the page: same host (when the page has one) and the same path and query.</summary>
    public static bool RefersTo(string referer, TransactionReport page)
    {
        string rest = referer;
        int scheme = rest.IndexOf("://", StringComparison.Ordinal);
        string? host = null;
        if (scheme >= 0)
        {
            rest = rest[(scheme + 3)..];
            int slash = rest.IndexOf('/');
            host = slash < 0 ? rest : rest[..slash];
            rest = slash < 0 ? "/" : rest[slash..];
        }
        int hash = rest.IndexOf('#');
        if (hash >= 0)
            rest = rest[..hash];
        if (host is not null && page.Host is not null && !host.Equals(page.Host, StringComparison.OrdinalIgnoreCase))
            return false;
        string pageTarget = page.Uri ?? "";
        if (pageTarget.Contains("://", StringComparison.Ordinal))
            pageTarget = (FormDecoding.Path(pageTarget) ?? "/") + (FormDecoding.Query(pageTarget) is { } q ? "?" + q : "");
        return rest == pageTarget;
    }

    private static bool SameHost(TransactionReport t, TransactionReport page)
        => t.Host is not null && page.Host is not null
            ? t.Host.Equals(page.Host, StringComparison.OrdinalIgnoreCase)
            : t.Server == page.Server;

    public static bool LooksLikeAsset(TransactionReport t)
    {
        string path = t.Path ?? "";
        foreach (var extension in AssetExtensions)
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                return true;
        if (t.ContentType is { } type)
            foreach (var prefix in AssetTypes)
                if (type.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    return true;
        return false;
    }
}
