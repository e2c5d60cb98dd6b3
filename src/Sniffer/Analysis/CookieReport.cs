namespace Sniffer.Analysis;

/// <summary>A Set-Cookie: the cookie, its value (masked when it looks like a session), and the attributes that protect it.</summary>
public sealed record CookieReport
{
    public required string Name { get; init; }
    public required string Value { get; init; }
    public bool Masked { get; init; }
    public bool Secure { get; init; }
    public bool HttpOnly { get; init; }
    public string? SameSite { get; init; }
    public string? Path { get; init; }
    public string? MaxAge { get; init; }
    public string? Expires { get; init; }
    /// <summary>The cookie is being deleted (Max-Age=0, or an empty value).</summary>
    public bool Deletes { get; init; }

    public override string ToString()
    {
        var parts = new List<string> { $"{Name}={Value}" };
        if (Path is not null) parts.Add($"Path={Path}");
        if (MaxAge is not null) parts.Add($"Max-Age={MaxAge}");
        if (Expires is not null) parts.Add($"Expires={Expires}");
        if (Secure) parts.Add("Secure");
        if (HttpOnly) parts.Add("HttpOnly");
        if (SameSite is not null) parts.Add($"SameSite={SameSite}");
        return string.Join("; ", parts);
    }
}
