using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;

namespace Sniffer.Lab;

/// <summary>
/// The coffee pot's web front end (plain HTTP, port 5031 by default): each page sends one HTCPCP request to the
/// pot and shows its answer, with the pot's status code passed through — so a browser sees the pot's 418 and 406.
/// </summary>
public sealed class CoffeeWebSite(string potHost, int potPort, LabLog log) : ILabHttpSite
{
    public const int DefaultPort = 5031;

    public async ValueTask<LabResponse> RespondAsync(LabHttpMessage request, CancellationToken cancel)
    {
        if (request.Method is not ("GET" or "HEAD"))
            return LabResponse.Text(405, "Method Not Allowed", "text/plain", "GET only\n", new KeyValuePair<string, string>("Allow", "GET, HEAD"));
        string target = request.Target;
        int q = target.IndexOf('?');
        string path = q < 0 ? target : target[..q];
        string query = q < 0 ? "" : target[(q + 1)..];
        string pot = $"coffee://{potHost}/pot-0";
        KeyValuePair<string, string> coffee = new("Content-Type", "message/coffeepot");
        return path switch
        {
            "/" => LabResponse.Html(200, "OK", "Coffee pot",
                "<ul>\n<li><a href=\"/menu\">what the pot can do</a></li>\n<li><a href=\"/brew?additions=Cream\">brew with cream</a></li>\n" +
                "<li><a href=\"/status\">how is my coffee?</a></li>\n<li><a href=\"/when\">say when</a></li>\n" +
                "<li><a href=\"/tea\">brew tea</a></li>\n<li><a href=\"/stop\">stop</a></li>\n</ul>"),
            "/menu" => await RelayAsync("PROPFIND", pot, [], null, cancel),
            "/status" => await RelayAsync("GET", pot, [], null, cancel),
            "/when" => await RelayAsync("WHEN", pot, [], null, cancel),
            "/stop" => await RelayAsync("BREW", pot, [coffee], "stop", cancel),
            "/tea" => await RelayAsync("BREW", $"tea://{potHost}/pot-0/earl-grey", [new("Content-Type", "message/teapot")], "start", cancel),
            "/brew" => await RelayAsync("BREW", pot, [coffee, new("Accept-Additions", Additions(query))], "start", cancel),
            _ => LabResponse.Html(404, "Not Found", "Not Found", "<p>No such page.</p>"),
        };
    }

    private async Task<LabResponse> RelayAsync(string method, string target, KeyValuePair<string, string>[] headers, string? body, CancellationToken cancel)
    {
        try
        {
            await using var connection = await LabConnection.OpenAsync(potHost, potPort, tls: false, SslProtocols.None, cancel);
            var reply = await LabExchange.SendAsync(connection, method, target, "HTCPCP/1.0", headers,
                body is null ? null : Encoding.ASCII.GetBytes(body), lenient: true, log, cancel);
            if (reply is null)
                return LabResponse.Html(502, "Bad Gateway", "Coffee pot", "<p>The pot did not answer.</p>");
            return LabResponse.Html(reply.StatusCode, reply.Reason, "Coffee pot",
                $"<p>{method} {WebUtility.HtmlEncode(target)}: the pot answered {reply.StatusCode} {WebUtility.HtmlEncode(reply.Reason)}</p>\n" +
                $"<p>{WebUtility.HtmlEncode(reply.BodyText)}</p>");
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            return LabResponse.Html(502, "Bad Gateway", "Coffee pot", $"<p>The pot at {potHost}:{potPort} cannot be reached: {WebUtility.HtmlEncode(e.Message)}</p>");
        }
    }

    private static string Additions(string query)
    {
        foreach (string pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
            if (pair.StartsWith("additions=", StringComparison.Ordinal))
                return Uri.UnescapeDataString(pair["additions=".Length..].Replace('+', ' '));
        return "";
    }
}
