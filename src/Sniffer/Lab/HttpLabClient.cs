using System.Security.Authentication;
using System.Text;

namespace Sniffer.Lab;

/// <summary>
/// Browses the lab web site (<see cref="HttpLabSite"/>) along a <see cref="HttpLabScenario"/>, over plain HTTP
/// or HTTPS, and reports whether every response had the status the script expects.
/// </summary>
public sealed class HttpLabClient(string host, int port, bool tls, SslProtocols protocols, LabLog log)
{
    private string HostHeader => $"{host}:{port}";

    public async Task<bool> RunAsync(HttpLabScenario scenario, int repeat, CancellationToken cancel)
    {
        bool asExpected = true;
        for (int i = 0; i < repeat; i++)
        {
            asExpected &= scenario switch
            {
                HttpLabScenario.Close => await CloseAsync(cancel),
                HttpLabScenario.KeepAlive => await KeepAliveAsync(cancel),
                HttpLabScenario.Chunked => await ChunkedAsync(cancel),
                HttpLabScenario.Range => await RangeAsync(cancel),
                HttpLabScenario.Login => await LoginAsync(cancel),
                _ => await CloseAsync(cancel) & await KeepAliveAsync(cancel) & await ChunkedAsync(cancel)
                    & await RangeAsync(cancel) & await LoginAsync(cancel),
            };
        }
        return asExpected;
    }

    private async Task<bool> CloseAsync(CancellationToken cancel)
    {
        bool ok = true;
        foreach (string path in (string[])["/", "/secret"])
        {
            await using var c = await OpenAsync(cancel);
            var r = await GetAsync(c, path, "HTTP/1.0", [], cancel);
            ok &= r?.StatusCode == 200;
            // The server closes after an HTTP/1.0 response: read its FIN, then close our side.
            await c.CloseGracefullyAsync(cancel);
        }
        return ok;
    }

    private async Task<bool> KeepAliveAsync(CancellationToken cancel)
    {
        await using var c = await OpenAsync(cancel);
        bool ok = (await GetAsync(c, "/", "HTTP/1.1", [], cancel))?.StatusCode == 200;
        ok &= (await GetAsync(c, "/secret", "HTTP/1.1", [], cancel))?.StatusCode == 200;
        ok &= (await SendAsync(c, "HEAD", "/file.txt", [], null, cancel))?.StatusCode == 200;
        ok &= (await GetAsync(c, "/file.txt", "HTTP/1.1", [], cancel))?.StatusCode == 200;
        ok &= (await GetAsync(c, "/missing", "HTTP/1.1", [], cancel))?.StatusCode == 404;
        await c.CloseGracefullyAsync(cancel);
        return ok;
    }

    private async Task<bool> ChunkedAsync(CancellationToken cancel)
    {
        await using var c = await OpenAsync(cancel);
        bool ok = (await GetAsync(c, "/chunked", "HTTP/1.1", [], cancel))?.StatusCode == 200;
        await c.CloseGracefullyAsync(cancel);
        return ok;
    }

    private async Task<bool> RangeAsync(CancellationToken cancel)
    {
        await using var c = await OpenAsync(cancel);
        bool ok = true;
        foreach (var (range, expected) in ((string, int)[])[("bytes=0-99", 206), ("bytes=950-", 206), ("bytes=-10", 206), ("bytes=5000-6000", 416)])
            ok &= (await GetAsync(c, "/file.txt", "HTTP/1.1", [new("Range", range)], cancel))?.StatusCode == expected;
        await c.CloseGracefullyAsync(cancel);
        return ok;
    }

    private async Task<bool> LoginAsync(CancellationToken cancel)
    {
        await using var c = await OpenAsync(cancel);
        bool ok = (await GetAsync(c, "/private", "HTTP/1.1", [], cancel))?.StatusCode == 403;
        ok &= (await GetAsync(c, "/login", "HTTP/1.1", [], cancel))?.StatusCode == 200;
        ok &= (await PostFormAsync(c, "user=alice&password=guess", cancel))?.StatusCode == 403;
        var login = await PostFormAsync(c, "user=alice&password=" + HttpLabSite.Accounts["alice"], cancel);
        ok &= login?.StatusCode == 303;
        var cookies = new List<string>();
        foreach (var h in login?.Headers ?? [])
            if (string.Equals(h.Key, "Set-Cookie", StringComparison.OrdinalIgnoreCase))
                cookies.Add(h.Value.Split(';')[0]);
        var cookie = new KeyValuePair<string, string>("Cookie", string.Join("; ", cookies));
        ok &= (await GetAsync(c, "/private", "HTTP/1.1", [cookie], cancel))?.StatusCode == 200;
        ok &= (await GetAsync(c, "/logout", "HTTP/1.1", [cookie], cancel))?.StatusCode == 200;
        await c.CloseGracefullyAsync(cancel);
        return ok;
    }

    private Task<LabConnection> OpenAsync(CancellationToken cancel) => LabConnection.OpenAsync(host, port, tls, protocols, cancel);

    private Task<LabHttpMessage?> GetAsync(LabConnection c, string path, string version, KeyValuePair<string, string>[] extra, CancellationToken cancel) =>
        LabExchange.SendAsync(c, "GET", path, version, [new("Host", HostHeader), new("User-Agent", "sniffer-lab/1.0"), .. extra], null, lenient: false, log, cancel);

    private Task<LabHttpMessage?> SendAsync(LabConnection c, string method, string path, KeyValuePair<string, string>[] extra, byte[]? body, CancellationToken cancel) =>
        LabExchange.SendAsync(c, method, path, "HTTP/1.1", [new("Host", HostHeader), new("User-Agent", "sniffer-lab/1.0"), .. extra], body, lenient: false, log, cancel);

    private Task<LabHttpMessage?> PostFormAsync(LabConnection c, string form, CancellationToken cancel) =>
        SendAsync(c, "POST", "/login", [new("Content-Type", "application/x-www-form-urlencoded")], Encoding.ASCII.GetBytes(form), cancel);
}
