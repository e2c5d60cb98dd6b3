using System.CommandLine;
using Sniffer.Lab;

namespace Sniffer.Commands;

/// <summary>
/// <c>sniffer lab serve http|echo|tls-echo|coffee-pot|coffee-web [--port P] [--bind ADDR] …</c> and
/// <c>sniffer lab client http|echo|tls-echo|coffee …</c>: the loopback peers whose traffic the lab captures.
/// </summary>
internal static class LabCommandDefinition
{
    public static readonly string[] ServerKinds = ["http", "echo", "tls-echo", "coffee-pot", "coffee-web"];
    public static readonly string[] ClientKinds = ["http", "echo", "tls-echo", "coffee"];
    public static readonly string[] Scenarios = ["close", "keepalive", "chunked", "range", "login", "all"];

    public static readonly Argument<string> ServerKind = new("kind") { Description = "http | echo | tls-echo | coffee-pot | coffee-web" };
    public static readonly Argument<string> ClientKind = new("kind") { Description = "http | echo | tls-echo | coffee" };

    public static readonly Option<int?> Port = new("--port")
    {
        Description = "TCP port (servers: 0 picks a free one; defaults: http 8080, https 8443, echo 7007, tls-echo 7443, coffee-pot 5030, coffee-web 5031)",
        HelpName = "PORT",
        CustomParser = OptionValues.OptionalInt32("--port", "port", 0, 65535),
    };

    public static readonly Option<string> Bind = new("--bind")
    {
        Description = "Address to listen on (default 127.0.0.1: the lab stays on loopback)",
        HelpName = "ADDRESS",
        DefaultValueFactory = _ => "127.0.0.1",
    };

    public static readonly Option<string> Host = new("--host")
    {
        Description = "Server to talk to (default 127.0.0.1)",
        HelpName = "ADDRESS",
        DefaultValueFactory = _ => "127.0.0.1",
        CustomParser = r => OptionValues.NonEmpty("--host", "server address")(r) ?? "",
    };

    public static readonly Option<int?> Duration = new("--duration")
    {
        Description = "Stop the server after this many seconds (otherwise it runs until Ctrl+C or SIGTERM)",
        HelpName = "SECONDS",
        CustomParser = OptionValues.OptionalInt32("--duration", "duration", 1, int.MaxValue),
    };

    public static readonly Option<bool> Strict = new("--strict")
    {
        Description = "coffee-pot: answer as RFC 2324 says (Content-Length, blank line) instead of as the lab pot does (body right after the headers)",
    };

    public static readonly Option<bool> Tls = new("--tls")
    {
        Description = "http: HTTPS, with a self-signed certificate made at start",
    };

    public static readonly Option<string?> TlsVersion = new("--tls-version")
    {
        Description = "TLS version to allow: 1.2 or 1.3 (default: both)",
        HelpName = "1.2|1.3",
    };

    public static readonly Option<string?> KeyLog = new("--keylog")
    {
        Description = "Write the TLS session keys to this file (NSS key log, as SSLKEYLOGFILE) so captures can be decrypted",
        HelpName = "FILE",
        CustomParser = OptionValues.NonEmpty("--keylog", "key log file name"),
    };

    public static readonly Option<bool> CloseEachResponse = new("--close")
    {
        Description = "http: close the connection after every response, whatever the client asked for",
    };

    public static readonly Option<string> Pot = new("--pot")
    {
        Description = "coffee-web: where the coffee pot listens (default 127.0.0.1:5030)",
        HelpName = "HOST:PORT",
        DefaultValueFactory = _ => "127.0.0.1:5030",
    };

    public static readonly Option<string> Scenario = new("--scenario")
    {
        Description = "http: close | keepalive | chunked | range | login | all (default all)",
        HelpName = "NAME",
        DefaultValueFactory = _ => "all",
    };

    public static readonly Option<int> Repeat = new("--repeat")
    {
        Description = "http: run the scenario this many times (1 to 1000)",
        HelpName = "N",
        DefaultValueFactory = _ => 1,
        CustomParser = OptionValues.Int32("--repeat", "repeat count", 1, LabClientSettings.MaxRepeat),
    };

    public static readonly Option<int> Messages = new("--count")
    {
        Description = "echo, tls-echo: lines to send (1 to 10000, default 3)",
        HelpName = "N",
        DefaultValueFactory = _ => 3,
        CustomParser = OptionValues.Int32("--count", "line count", 1, LabClientSettings.MaxMessages),
    };

    public static readonly Option<string?> Text = new("--text")
    {
        Description = "echo, tls-echo: the text of each line (after \"message N of M: \"; default \"hello from the sniffer lab\")",
        HelpName = "TEXT",
    };

    public static readonly Option<bool> Web = new("--web")
    {
        Description = "coffee: browse the web front end (port 5031) instead of talking HTCPCP to the pot",
    };

    public static readonly Option<bool> LabFormat = new("--lab-format")
    {
        Description = "coffee: talk as the real lab's web app does (HTTP/1.1 request lines, a start or stop body after the blank line "
            + "with no Content-Length, each request in one segment); the pot answers it in HTCPCP/1.1 with no blank line",
    };

    public static Command Create()
    {
        var serve = new Command("serve", "Run a lab server on loopback until Ctrl+C, SIGTERM or --duration")
        {
            ServerKind, Port, Bind, Duration, Strict, Tls, TlsVersion, KeyLog, CloseEachResponse, Pot,
        };
        ServerKind.AcceptOnlyFromAmong(ServerKinds);
        TlsVersion.Validators.Add(r =>
        {
            // An empty word names no version (TryParseVersion reads it as "not given").
            if (r.Tokens is [{ Value: "" }] || !LabTls.TryParseVersion(r.GetValueOrDefault<string?>(), out _))
                r.AddError("--tls-version takes 1.2 or 1.3.");
        });
        Bind.Validators.Add(r =>
        {
            if (!System.Net.IPAddress.TryParse(r.GetValueOrDefault<string>(), out _))
                r.AddError("--bind takes an IP address, e.g. 127.0.0.1.");
        });
        Pot.Validators.Add(r =>
        {
            if (!System.Net.IPEndPoint.TryParse(r.GetValueOrDefault<string>() ?? "", out _))
                r.AddError("--pot takes ADDRESS:PORT, e.g. 127.0.0.1:5030.");
        });
        serve.SetAction(LabCommand.RunServe);

        var client = new Command("client", "Run a lab client: a bounded scripted conversation with a lab server")
        {
            ClientKind, Host, Port, Scenario, Repeat, Messages, Text, Tls, TlsVersion, KeyLog, Web, LabFormat,
        };
        ClientKind.AcceptOnlyFromAmong(ClientKinds);
        Scenario.AcceptOnlyFromAmong(Scenarios);
        client.SetAction(LabCommand.RunClient);

        return new Command("lab", "Loopback lab peers to capture: HTTP, echo, TLS echo, an HTCPCP coffee pot and its web front end") { serve, client };
    }
}
