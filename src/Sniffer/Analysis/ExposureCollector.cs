using System.Text.RegularExpressions;

namespace Sniffer.Analysis;

/// <summary>
/// Gathers one connection's exposures from its transactions (already masked as the report prints them) and its plain
/// payload lines: credential-like form fields and query parameters, Authorization, session cookies and unprotected
/// Set-Cookies, secret-looking payload lines. Each (kind, name, value) is listed once per connection, at its first frame.
/// </summary>
internal sealed class ExposureCollector(long stream, bool showSecrets, bool plainText)
{
    private readonly HashSet<(ExposureKind, string, string)> _seen = new();
    private readonly List<string> _payloadSecrets = new();

    public List<Exposure> Items { get; } = new();

    public void FromTransaction(TransactionReport t, MessageFacts? request)
    {
        bool plain = plainText && !t.InsideTls;
        long requestFrame = t.RequestFrame ?? t.ResponseFrame ?? 0;
        foreach (var field in t.Form)
            if (SecretNames.LooksLikeCredential(field.Name) && field.Value.Length > 0)
                Add(ExposureKind.FormCredential, "high", requestFrame, field.Name, field.Value, field.Masked, plain,
                    $"form field \"{field.Name}\" of {t.Method} {t.Path} sent {(plain ? "in clear text" : "inside TLS")}",
                    $"urlencoded-form.key == \"{field.Name}\"");
        foreach (var parameter in t.Query)
            if (SecretNames.LooksLikeCredential(parameter.Name) && parameter.Value.Length > 0)
                Add(ExposureKind.QueryCredential, "high", requestFrame, parameter.Name, parameter.Value, parameter.Masked, plain,
                    $"query parameter \"{parameter.Name}\" in the URI of {t.Method} {t.Path} (URIs also end up in logs and history)",
                    $"http.request.uri contains \"{parameter.Name}=\"");
        if (t.Authorization is { } auth)
        {
            if (auth.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
                Add(ExposureKind.BasicAuthorization, "high", requestFrame, auth.User ?? "", auth.Secret, auth.Masked, plain,
                    $"Authorization: Basic is only base64: user \"{auth.User}\" and the password decode at once",
                    "http.authbasic");
            else
                Add(ExposureKind.BearerToken, "high", requestFrame, auth.Scheme, auth.Secret, auth.Masked, plain,
                    $"Authorization: {auth.Scheme} token — whoever copies it can use it",
                    $"http.authorization contains \"{auth.Scheme}\"");
        }
        foreach (var cookie in t.Cookies)
            if (SecretNames.LooksLikeSession(cookie.Name) && cookie.Value.Length > 0 && plain)
                Add(ExposureKind.SessionCookie, "high", requestFrame, cookie.Name, cookie.Value, cookie.Masked, plain,
                    $"session cookie \"{cookie.Name}\" sent over plain HTTP: whoever reads it can take over the session",
                    $"http.cookie contains \"{cookie.Name}=\"");
        long responseFrame = t.ResponseFrame ?? requestFrame;
        foreach (var cookie in t.SetCookies)
        {
            if (cookie.Deletes)
                continue;
            if (SecretNames.LooksLikeSession(cookie.Name) && plain)
                Add(ExposureKind.SessionCookie, "high", responseFrame, cookie.Name, cookie.Value, cookie.Masked, plain,
                    $"session cookie \"{cookie.Name}\" set over plain HTTP", $"http.set_cookie contains \"{cookie.Name}=\"");
            if (!cookie.Secure || !cookie.HttpOnly)
            {
                var missing = new List<string>();
                if (!cookie.Secure) missing.Add("Secure (the browser will also send it over plain HTTP)");
                if (!cookie.HttpOnly) missing.Add("HttpOnly (page scripts can read it)");
                Add(ExposureKind.CookieWithoutFlags, "medium", responseFrame, cookie.Name, cookie.Value, cookie.Masked, plain,
                    $"Set-Cookie \"{cookie.Name}\" without {string.Join(" and without ", missing)}", $"http.set_cookie contains \"{cookie.Name}=\"");
            }
        }
        _ = request;
    }

    public void FromPayloadLine(long frame, string line)
    {
        IEnumerable<(string Name, string Value)> found;
        try
        {
            found = PayloadSecrets.Find(line).ToList();
        }
        catch (RegexMatchTimeoutException)
        {
            return;
        }
        foreach (var (name, value) in found)
        {
            _payloadSecrets.Add(value);
            var (shown, masked) = SecretMask.Apply(value, showSecrets);
            string keyword = name.Contains(' ', StringComparison.Ordinal) ? "" : name;
            Add(ExposureKind.PayloadSecret, plainText ? "high" : "low", frame, name, shown, masked, plainText,
                $"a payload line that looks like a secret ({name}): \"{(showSecrets ? line : MaskLine(line))}\"",
                keyword.Length > 0 ? $"tcp.stream == {stream} && frame contains \"{keyword}\"" : $"tcp.stream == {stream} && data");
        }
    }

    public bool MasksSample(string line) => !showSecrets && _payloadSecrets.Exists(s => line.Contains(s, StringComparison.Ordinal));

    /// <summary>The line with every secret found in this connection's payload masked.</summary>
    public string MaskLine(string line)
    {
        foreach (var secret in _payloadSecrets)
            line = line.Replace(secret, SecretMask.Mask(secret), StringComparison.Ordinal);
        return line;
    }

    private void Add(ExposureKind kind, string severity, long frame, string name, string value, bool masked, bool plain, string detail, string filter)
    {
        if (!_seen.Add((kind, name, value)) || _seen.Count > 1000)
            return;
        Items.Add(new Exposure
        {
            Kind = kind,
            Severity = plain ? severity : "low",
            Frame = frame,
            Stream = stream,
            Name = name,
            Value = value,
            Masked = masked,
            PlainText = plain,
            Detail = detail,
            Filter = filter,
        });
    }
}
