namespace Sniffer.Analysis;

/// <summary>Splits cookie header values as the tree gives them: a Cookie's name=value pairs, a Set-Cookie's cookie and attributes.</summary>
public static class CookieText
{
    public static IEnumerable<(string Name, string Value)> RequestCookies(string? header)
    {
        if (string.IsNullOrEmpty(header))
            yield break;
        int count = 0;
        foreach (var part in header.Split(';'))
        {
            var pair = part.Trim();
            if (pair.Length == 0)
                continue;
            if (++count > MessageFacts.MaxItems)
                yield break;
            int eq = pair.IndexOf('=');
            yield return eq < 0 ? (pair, "") : (pair[..eq].Trim(), pair[(eq + 1)..].Trim());
        }
    }

    /// <summary>A Set-Cookie value: the cookie (value masked when its name looks like a session or a credential) and its attributes.</summary>
    public static CookieReport? SetCookie(string header, bool showSecrets)
    {
        var parts = header.Split(';');
        var first = parts[0].Trim();
        int eq = first.IndexOf('=');
        if (eq <= 0)
            return null;
        string name = first[..eq].Trim(), value = first[(eq + 1)..].Trim();
        bool secure = false, httpOnly = false;
        string? sameSite = null, path = null, maxAge = null, expires = null;
        foreach (var raw in parts.AsSpan(1))
        {
            var attribute = raw.Trim();
            int aeq = attribute.IndexOf('=');
            string key = (aeq < 0 ? attribute : attribute[..aeq]).Trim();
            string? v = aeq < 0 ? null : attribute[(aeq + 1)..].Trim();
            if (key.Equals("Secure", StringComparison.OrdinalIgnoreCase)) secure = true;
            else if (key.Equals("HttpOnly", StringComparison.OrdinalIgnoreCase)) httpOnly = true;
            else if (key.Equals("SameSite", StringComparison.OrdinalIgnoreCase)) sameSite = v;
            else if (key.Equals("Path", StringComparison.OrdinalIgnoreCase)) path = v;
            else if (key.Equals("Max-Age", StringComparison.OrdinalIgnoreCase)) maxAge = v;
            else if (key.Equals("Expires", StringComparison.OrdinalIgnoreCase)) expires = v;
        }
        bool secret = value.Length > 0 && (SecretNames.LooksLikeSession(name) || SecretNames.LooksLikeCredential(name));
        var (shown, masked) = secret ? SecretMask.Apply(value, showSecrets) : (value, false);
        return new CookieReport
        {
            Name = name,
            Value = shown,
            Masked = masked,
            Secure = secure,
            HttpOnly = httpOnly,
            SameSite = sameSite,
            Path = path,
            MaxAge = maxAge,
            Expires = expires,
            Deletes = value.Length == 0 || maxAge is "0" || (maxAge is not null && maxAge.StartsWith('-')),
        };
    }
}
