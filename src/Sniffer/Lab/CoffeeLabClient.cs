using System.Security.Authentication;
using System.Text;

namespace Sniffer.Lab;

/// <summary>
/// Brews coffee: PROPFIND, BREW with milk and syrup, GET, WHEN, a BREW asking for whisky (406), a BREW for tea
/// (418), a BREW in the lab clients' own style (HTTP/1.1 on the request line, no blank line before the body)
/// and a POST to stop — each on its own connection, as the pot closes after every reply. With <c>web</c> it
/// instead browses the coffee web front end, which relays the same requests to the pot.
/// </summary>
public static class CoffeeLabClient
{
    private static readonly KeyValuePair<string, string> CoffeeBody = new("Content-Type", "message/coffeepot");

    /// <summary>Runs the script against the pot; true when every reply had the status the script expects.</summary>
    public static async Task<bool> RunAsync(string host, int port, LabLog log, CancellationToken cancel)
    {
        string pot = $"coffee://{host}/pot-0";
        var steps = new (string Method, string Target, string Version, KeyValuePair<string, string>[] Headers, string? Body, bool LabStyle, int Expected)[]
        {
            ("PROPFIND", pot, "HTCPCP/1.0", [new("Accept", "message/coffeepot")], null, false, 200),
            ("BREW", pot, "HTCPCP/1.0", [CoffeeBody, new("Accept-Additions", "Cream; Vanilla")], "start", false, 200),
            ("GET", pot, "HTCPCP/1.0", [], null, false, 200),
            ("WHEN", pot, "HTCPCP/1.0", [], null, false, 200),
            ("BREW", pot, "HTCPCP/1.0", [CoffeeBody, new("Accept-Additions", "Whisky")], "start", false, 406),
            ("BREW", $"tea://{host}/pot-0/darjeeling", "HTCPCP/1.1", [new("Content-Type", "message/teapot")], "start", false, 418),
            ("BREW", "/pot-1", "HTTP/1.1", [new("Host", host), CoffeeBody], "start", true, 200),
            ("POST", "/pot-0", "HTCPCP/1.0", [CoffeeBody], "stop", false, 200),
        };
        bool asExpected = true;
        foreach (var step in steps)
        {
            await using var connection = await LabConnection.OpenAsync(host, port, tls: false, SslProtocols.None, cancel);
            var reply = await LabExchange.SendAsync(connection, step.Method, step.Target, step.Version, step.Headers,
                step.Body is null ? null : Encoding.ASCII.GetBytes(step.Body), lenient: true, log, cancel, omitBlankLine: step.LabStyle);
            asExpected &= reply?.StatusCode == step.Expected;
        }
        return asExpected;
    }

    /// <summary>
    /// Brews as the real lab's coffee web app talks to its pot: every request line says HTTP/1.1, and a BREW's "start"
    /// or "stop" follows the blank line with no Content-Length, the whole request in one write (one segment). The pot
    /// answers in HTCPCP/1.1 with its body right after the headers and closes. One connection per request.
    /// </summary>
    public static async Task<bool> RunLabFormatAsync(string host, int port, LabLog log, CancellationToken cancel)
    {
        string pot = $"coffee://{host}/pot-1";
        var steps = new (string Method, string Target, KeyValuePair<string, string>[] Headers, string? Body, int Expected)[]
        {
            ("PROPFIND", pot, [], null, 200),
            ("BREW", pot, [CoffeeBody, new("Accept-Additions", "Whole-milk; Cinnamon")], "start", 200),
            ("WHEN", pot, [], null, 200),
            ("BREW", pot, [CoffeeBody, new("Accept-Additions", "Rum")], "start", 406),
            ("BREW", $"tea://{host}/pot-1/earl-grey", [new("Content-Type", "message/teapot")], "start", 418),
            ("BREW", pot, [CoffeeBody], "stop", 200),
        };
        bool asExpected = true;
        foreach (var step in steps)
        {
            await using var connection = await LabConnection.OpenAsync(host, port, tls: false, SslProtocols.None, cancel);
            var reply = await LabExchange.SendAsync(connection, step.Method, step.Target, "HTTP/1.1", step.Headers,
                step.Body is null ? null : Encoding.ASCII.GetBytes(step.Body), lenient: true, log, cancel, omitContentLength: true);
            asExpected &= reply?.StatusCode == step.Expected;
        }
        return asExpected;
    }

    /// <summary>Browses the web front end on one keep-alive HTTP/1.1 connection; true when every page had the expected status.</summary>
    public static async Task<bool> RunWebAsync(string host, int port, LabLog log, CancellationToken cancel)
    {
        (string Path, int Expected)[] pages =
        [
            ("/", 200), ("/menu", 200), ("/brew?additions=Cream", 200), ("/status", 200), ("/when", 200),
            ("/brew?additions=Whisky", 406), ("/tea", 418), ("/stop", 200),
        ];
        bool asExpected = true;
        await using var connection = await LabConnection.OpenAsync(host, port, tls: false, SslProtocols.None, cancel);
        foreach (var (path, expected) in pages)
        {
            var reply = await LabExchange.SendAsync(connection, "GET", path, "HTTP/1.1", [new("Host", $"{host}:{port}")], null, lenient: false, log, cancel);
            asExpected &= reply?.StatusCode == expected;
        }
        await connection.CloseGracefullyAsync(cancel);
        return asExpected;
    }
}
