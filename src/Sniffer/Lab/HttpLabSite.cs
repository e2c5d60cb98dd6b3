using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Sniffer.Lab;

/// <summary>
/// The lab web site: an index, a page with a secret message (sent in the clear), a login form whose POST
/// sets a session cookie, a members' page that needs it, a chunked page, and a 1000-byte text file served
/// with byte ranges (206, and 416 for a range past its end). Everything a capture of plain HTTP should show.
/// </summary>
public sealed class HttpLabSite : ILabHttpSite
{
    public const string SecretMessage = "The coffee beans are hidden in the teapot.";
    public const int FileLength = 1000;
    private const string SessionCookie = "session";

    /// <summary>The lab's accounts (user → password); they travel in the clear, which is the point.</summary>
    public static readonly IReadOnlyDictionary<string, string> Accounts = new Dictionary<string, string>
    {
        ["alice"] = "wonderland",
        ["bob"] = "builder",
    };

    private static readonly byte[] FileBytes = MakeFile();
    private readonly ConcurrentDictionary<string, string> _sessions = new();

    public ValueTask<LabResponse> RespondAsync(LabHttpMessage request, CancellationToken cancel)
    {
        string path = request.Target;
        int query = path.IndexOf('?');
        if (query >= 0)
            path = path[..query];
        bool read = request.Method is "GET" or "HEAD";
        var response = (path, request.Method) switch
        {
            ("/", _) when read => Index(),
            ("/secret", _) when read => LabResponse.Html(200, "OK", "Secret", $"<p>The secret message is: {SecretMessage}</p>"),
            ("/login", _) when read => LoginForm(200, "OK", ""),
            ("/login", "POST") => Login(request),
            ("/private", _) when read => Private(request),
            ("/logout", _) when read => LabResponse.Html(200, "OK", "Logged out", "<p>Your session has ended.</p>",
                new KeyValuePair<string, string>("Set-Cookie", $"{SessionCookie}=; Path=/; Max-Age=0")),
            ("/chunked", _) when read => Chunked(),
            ("/file.txt", _) when read => File(request),
            ("/", _) or ("/secret", _) or ("/login", _) or ("/private", _) or ("/logout", _) or ("/chunked", _) or ("/file.txt", _) =>
                LabResponse.Text(405, "Method Not Allowed", "text/plain", "Method not allowed\n", new KeyValuePair<string, string>("Allow", "GET, HEAD, POST")),
            _ => LabResponse.Html(404, "Not Found", "Not Found", $"<p>There is no page {Escape(path)} here.</p>"),
        };
        return ValueTask.FromResult(response);
    }

    private static LabResponse Index() => LabResponse.Html(200, "OK", "Sniffer lab",
        "<ul>\n<li><a href=\"/secret\">the secret message</a></li>\n<li><a href=\"/login\">log in</a></li>\n" +
        "<li><a href=\"/private\">members only</a></li>\n<li><a href=\"/chunked\">a chunked page</a></li>\n" +
        "<li><a href=\"/file.txt\">a file with byte ranges</a></li>\n</ul>");

    private static LabResponse LoginForm(int code, string reason, string note) => LabResponse.Html(code, reason, "Log in",
        note + "<form method=\"POST\" action=\"/login\">\n<input name=\"user\"> <input name=\"password\" type=\"password\">\n" +
        "<button>Log in</button>\n</form>");

    private LabResponse Login(LabHttpMessage request)
    {
        var form = ParseForm(request.BodyText);
        if (form.TryGetValue("user", out string? user) && form.TryGetValue("password", out string? password)
            && Accounts.TryGetValue(user, out string? expected) && expected == password)
        {
            string session = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            _sessions[session] = user;
            return LabResponse.Html(303, "See Other", "Welcome", "<p><a href=\"/private\">Continue</a></p>",
                new("Location", "/private"),
                new("Set-Cookie", $"{SessionCookie}={session}; Path=/; HttpOnly; SameSite=Strict"),
                new("Set-Cookie", $"user={user}; Path=/; Max-Age=3600"));
        }
        return LoginForm(403, "Forbidden", "<p>Wrong user name or password.</p>\n");
    }

    private LabResponse Private(LabHttpMessage request)
    {
        string? session = CookieValue(request.Header("Cookie"), SessionCookie);
        if (session is not null && _sessions.TryGetValue(session, out string? user))
            return LabResponse.Html(200, "OK", "Members only", $"<p>Welcome back, {Escape(user)}. {SecretMessage}</p>");
        return LabResponse.Html(403, "Forbidden", "Members only", "<p>Please <a href=\"/login\">log in</a> first.</p>");
    }

    private static LabResponse Chunked()
    {
        string[] parts = ["<!DOCTYPE html>\n<html><head><title>Chunked</title></head>\n<body>\n",
            "<p>This page was sent in chunks,</p>\n", "<p>each in its own write,</p>\n", "<p>and ends with a zero-length chunk.</p>\n</body></html>\n"];
        var chunks = new byte[parts.Length][];
        for (int i = 0; i < parts.Length; i++)
            chunks[i] = Encoding.UTF8.GetBytes(parts[i]);
        return new LabResponse(200, "OK", [new("Content-Type", "text/html; charset=utf-8")], []) { Chunks = chunks };
    }

    /// <summary>RFC 9110 §14: one range of bytes (first-last, first-, or -suffix); several ranges or a malformed header get the whole file.</summary>
    private static LabResponse File(LabHttpMessage request)
    {
        KeyValuePair<string, string>[] common = [new("Content-Type", "text/plain; charset=utf-8"), new("Accept-Ranges", "bytes")];
        string? range = request.Header("Range");
        if (range is null || !TryParseRange(range, out long first, out long last, out bool satisfiable))
            return new LabResponse(200, "OK", common, FileBytes);
        if (!satisfiable)
            return new LabResponse(416, "Range Not Satisfiable", [new("Content-Range", $"bytes */{FileLength}"), .. common], []);
        return new LabResponse(206, "Partial Content",
            [new("Content-Range", string.Create(CultureInfo.InvariantCulture, $"bytes {first}-{last}/{FileLength}")), .. common],
            FileBytes.AsSpan((int)first, (int)(last - first + 1)).ToArray());
    }

    private static bool TryParseRange(string header, out long first, out long last, out bool satisfiable)
    {
        first = last = 0;
        satisfiable = false;
        const string unit = "bytes=";
        if (!header.StartsWith(unit, StringComparison.OrdinalIgnoreCase) || header.Contains(','))
            return false;
        string spec = header[unit.Length..].Trim();
        int dash = spec.IndexOf('-');
        if (dash < 0)
            return false;
        string a = spec[..dash], b = spec[(dash + 1)..];
        var style = NumberStyles.None;
        var culture = CultureInfo.InvariantCulture;
        if (a.Length == 0)
        {
            if (!long.TryParse(b, style, culture, out long suffix))
                return false;
            satisfiable = suffix > 0;
            first = Math.Max(0, FileLength - suffix);
            last = FileLength - 1;
            return true;
        }
        if (!long.TryParse(a, style, culture, out first))
            return false;
        if (b.Length == 0)
            last = FileLength - 1;
        else if (!long.TryParse(b, style, culture, out last) || last < first)
            return false;
        satisfiable = first < FileLength;
        last = Math.Min(last, FileLength - 1);
        return true;
    }

    private static Dictionary<string, string> ParseForm(string body)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=');
            string name = Uri.UnescapeDataString((equals < 0 ? pair : pair[..equals]).Replace('+', ' '));
            string value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            form.TryAdd(name, value);
        }
        return form;
    }

    private static string? CookieValue(string? header, string name)
    {
        if (header is null)
            return null;
        foreach (string part in header.Split(';', StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith(name + "=", StringComparison.Ordinal))
                return part[(name.Length + 1)..];
        }
        return null;
    }

    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);

    private static byte[] MakeFile()
    {
        var text = new StringBuilder(FileLength);
        for (int line = 1; text.Length < FileLength; line++)
            text.Append(CultureInfo.InvariantCulture, $"line {line:D3} of the lab file, to be fetched in ranges\n");
        return Encoding.ASCII.GetBytes(text.ToString(0, FileLength));
    }
}
