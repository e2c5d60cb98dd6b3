using System.Globalization;
using System.Net;
using System.Text;

namespace Sniffer.Lab;

/// <summary>
/// An HTCPCP coffee pot (RFC 2324, RFC 7168): BREW (and the older POST) with a "start" or "stop" body and
/// Accept-Additions, GET for what the pot is doing, PROPFIND for what it can do, WHEN to stop the milk. Tea
/// (a tea: URI, a message/teapot body or a tea variety after the pot) gets 418; an addition the pot does not
/// serve gets 406. One request per connection, then the pot closes.
/// <para>
/// By default the pot answers as the real lab pot does: headers, then the one-line body right after them with
/// no blank line and no Content-Length, and the close ends it. With <c>strict</c> it answers as RFC 2324
/// expects: Content-Length and the blank line. It also accepts requests without the blank line, as the lab's
/// clients send them.
/// </para>
/// </summary>
public sealed class CoffeePotServer(CoffeePot pot, bool strict, LabLog log)
{
    public const int DefaultPort = 5030;
    private const string CoffeeType = "message/coffeepot";
    private const string OldCoffeeType = "application/coffee-pot-command";
    private const string TeaType = "message/teapot";
    private const string Allowed = "BREW, POST, GET, PROPFIND, WHEN";

    public async Task ServeAsync(Stream stream, EndPoint remote, CancellationToken cancel)
    {
        var reader = new LabStreamReader(stream);
        LabHttpReadStatus status;
        LabHttpMessage? request;
        using (var idle = CancellationTokenSource.CreateLinkedTokenSource(cancel))
        {
            idle.CancelAfter(LabHttpConnection.IdleTimeout);
            (status, request) = await LabHttpReader.ReadRequestAsync(reader, lenient: true, idle.Token);
        }
        if (status == LabHttpReadStatus.Closed)
            return;
        var reply = status == LabHttpReadStatus.Message
            ? Respond(request!)
            : LabResponse.Text(400, "Bad Request", "text/plain", "that was not a coffee pot request");
        // The real lab server answers HTCPCP/1.1 to the web app's HTTP/1.1 requests.
        string version = request?.RequestVersion is "HTCPCP/1.1" or "HTTP/1.1" ? "HTCPCP/1.1" : "HTCPCP/1.0";
        await stream.WriteAsync(ReplyBytes(version, reply, strict), cancel);
        await stream.FlushAsync(cancel);
        log.Line($"lab: {remote} \"{request?.Method} {request?.Target} {request?.RequestVersion}\" {reply.Code}");
    }

    /// <summary>The pot's answer to one request (no I/O: the rules alone).</summary>
    public LabResponse Respond(LabHttpMessage request)
    {
        if (!TryFindPot(request.Target, out string scheme, out string potName, out string? variety))
            return Line(404, "Not Found", "text/plain", $"there is no pot at {request.Target}, try {string.Join(" or ", CoffeePot.PotNames)}");
        string? contentType = request.Header("Content-Type")?.Split(';')[0].Trim();
        bool tea = scheme == "tea" || variety is not null || string.Equals(contentType, TeaType, StringComparison.OrdinalIgnoreCase);
        switch (request.Method)
        {
            case "BREW":
            case "POST":
                if (tea)
                    return Line(418, "I'm a teapot", "text/plain", $"{potName} is a coffee pot and will not brew tea, find a teapot");
                if (contentType is not null && !string.Equals(contentType, CoffeeType, StringComparison.OrdinalIgnoreCase)
                    && !string.Equals(contentType, OldCoffeeType, StringComparison.OrdinalIgnoreCase))
                    return Line(415, "Unsupported Media Type", "text/plain", $"send {CoffeeType}, not {contentType}");
                var refused = new List<string>();
                var additions = CoffeeAdditions.Parse(request.Header("Accept-Additions"), refused);
                if (refused.Count > 0)
                    return Line(406, "Not Acceptable", "text/plain",
                        $"{string.Join(" and ", refused)} {(refused.Count == 1 ? "is" : "are")} not served, this pot adds {string.Join(", ", CoffeeAdditions.Served)}");
                string command = request.BodyText.Trim();
                if (string.Equals(command, "start", StringComparison.OrdinalIgnoreCase))
                {
                    pot.Start(potName, additions);
                    return Line(200, "OK", CoffeeType, pot.Describe(potName));
                }
                if (string.Equals(command, "stop", StringComparison.OrdinalIgnoreCase))
                {
                    pot.Stop(potName);
                    return Line(200, "OK", CoffeeType, $"{potName} stopped brewing");
                }
                return Line(400, "Bad Request", "text/plain", "the body of a BREW says start or stop");
            case "GET":
                if (tea)
                    return Line(418, "I'm a teapot", "text/plain", $"{potName} is a coffee pot, it has no tea to show");
                return Line(200, "OK", CoffeeType, pot.Describe(potName));
            case "PROPFIND":
                return Line(200, "OK", "text/plain",
                    $"{potName} brews coffee, adds {string.Join(", ", CoffeeAdditions.Served)}, and says when on WHEN");
            case "WHEN":
                return Line(200, "OK", CoffeeType, pot.SayWhen(potName) ? $"{potName} stopped pouring milk" : $"{potName} was not pouring milk");
            default:
                return Line(405, "Method Not Allowed", "text/plain", $"a coffee pot takes {Allowed}") with
                {
                    Headers = [new("Content-Type", "text/plain"), new("Allow", Allowed)],
                };
        }
    }

    /// <summary>
    /// The pot a target names: "coffee://host/pot-0", "coffee://pot-1", "/pot-0", "tea://host/pot-0", or
    /// "/pot-0/darjeeling" (RFC 7168: a tea variety after the pot).
    /// </summary>
    public static bool TryFindPot(string target, out string scheme, out string pot, out string? variety)
    {
        scheme = "coffee";
        pot = "";
        variety = null;
        string rest = target;
        int schemeEnd = target.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd > 0)
        {
            scheme = target[..schemeEnd].ToLowerInvariant();
            rest = target[(schemeEnd + 3)..];
        }
        string[] segments = rest.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < segments.Length; i++)
        {
            if (!segments[i].StartsWith("pot-", StringComparison.OrdinalIgnoreCase))
                continue;
            pot = segments[i].ToLowerInvariant();
            variety = i + 1 < segments.Length ? segments[i + 1] : null;
            return CoffeePot.PotNames.Contains(pot);
        }
        return false;
    }

    /// <summary>The reply's bytes: strict (Content-Length, blank line) or the lab pot's (body right after the headers).</summary>
    public static byte[] ReplyBytes(string version, LabResponse reply, bool strict)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{version} {reply.Code} {reply.Reason}\r\n");
        foreach (var h in reply.Headers)
            text.Append(h.Key).Append(": ").Append(h.Value).Append("\r\n");
        string body = Encoding.UTF8.GetString(reply.Body);
        if (strict)
            text.Append(CultureInfo.InvariantCulture, $"Content-Length: {reply.Body.Length}\r\n\r\n").Append(body);
        else
            text.Append(body).Append("\r\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static LabResponse Line(int code, string reason, string contentType, string body) =>
        LabResponse.Text(code, reason, contentType, body);
}
