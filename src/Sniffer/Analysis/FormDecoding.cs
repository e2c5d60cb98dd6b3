namespace Sniffer.Analysis;

/// <summary>
/// Decodes application/x-www-form-urlencoded text (a query string or a form body, as the tree gives it): name=value
/// pairs split at '&amp;', '+' as a space, %XX escapes undone. Bounded in pairs.
/// </summary>
public static class FormDecoding
{
    public const int MaxPairs = 64;

    public static List<(string Name, string Value)> Pairs(string? text)
    {
        var pairs = new List<(string, string)>();
        if (string.IsNullOrEmpty(text))
            return pairs;
        foreach (var part in text.Split('&'))
        {
            if (part.Length == 0)
                continue;
            if (pairs.Count >= MaxPairs)
                break;
            int eq = part.IndexOf('=');
            string name = eq < 0 ? part : part[..eq];
            string value = eq < 0 ? "" : part[(eq + 1)..];
            pairs.Add((Unescape(name), Unescape(value)));
        }
        return pairs;
    }

    /// <summary>The query part of a request-target ("/a?b=1" → "b=1"), without a fragment; null when there is none.</summary>
    public static string? Query(string? uri)
    {
        if (uri is null)
            return null;
        int q = uri.IndexOf('?');
        if (q < 0)
            return null;
        int hash = uri.IndexOf('#', q);
        return hash < 0 ? uri[(q + 1)..] : uri[(q + 1)..hash];
    }

    /// <summary>The path of a request-target (absolute-form targets keep only their path).</summary>
    public static string? Path(string? uri)
    {
        if (uri is null)
            return null;
        int q = uri.IndexOfAny(['?', '#']);
        string path = q < 0 ? uri : uri[..q];
        int scheme = path.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0)
        {
            int slash = path.IndexOf('/', scheme + 3);
            path = slash < 0 ? "/" : path[slash..];
        }
        return path;
    }

    private static string Unescape(string s)
    {
        s = s.Replace('+', ' ');
        try
        {
            return Uri.UnescapeDataString(s);
        }
        catch (UriFormatException)
        {
            return s;
        }
    }
}
