using System.CommandLine;
using System.Net;
using Sniffer.Lab;

namespace Sniffer.Commands;

/// <summary>Turns the parsed <c>lab serve</c> and <c>lab client</c> options into settings and runs <see cref="LabPipeline"/>.</summary>
internal static class LabCommand
{
    public static int RunServe(ParseResult parse)
    {
        var kind = parse.GetValue(LabCommandDefinition.ServerKind) switch
        {
            "http" => LabServerKind.Http,
            "echo" => LabServerKind.Echo,
            "tls-echo" => LabServerKind.TlsEcho,
            "coffee-pot" => LabServerKind.CoffeePot,
            _ => LabServerKind.CoffeeWeb,
        };
        bool tls = parse.GetValue(LabCommandDefinition.Tls);
        LabTls.TryParseVersion(parse.GetValue(LabCommandDefinition.TlsVersion), out var protocols);
        var settings = new LabServerSettings
        {
            Kind = kind,
            Bind = IPAddress.Parse(parse.GetValue(LabCommandDefinition.Bind)!),
            Port = parse.GetValue(LabCommandDefinition.Port) ?? LabServerSettings.DefaultPort(kind, tls),
            Tls = tls,
            TlsProtocols = protocols,
            CloseEachResponse = parse.GetValue(LabCommandDefinition.CloseEachResponse),
            Strict = parse.GetValue(LabCommandDefinition.Strict),
            Pot = IPEndPoint.Parse(parse.GetValue(LabCommandDefinition.Pot)!),
        };
        int? seconds = parse.GetValue(LabCommandDefinition.Duration);
        return LabPipeline.Serve(settings, seconds is int s ? TimeSpan.FromSeconds(s) : null, parse.GetValue(LabCommandDefinition.KeyLog), new LabLog(Console.Error));
    }

    public static int RunClient(ParseResult parse)
    {
        var kind = parse.GetValue(LabCommandDefinition.ClientKind) switch
        {
            "http" => LabClientKind.Http,
            "echo" => LabClientKind.Echo,
            "tls-echo" => LabClientKind.TlsEcho,
            _ => LabClientKind.Coffee,
        };
        LabTls.TryParseVersion(parse.GetValue(LabCommandDefinition.TlsVersion), out var protocols);
        var settings = new LabClientSettings
        {
            Kind = kind,
            Host = parse.GetValue(LabCommandDefinition.Host)!,
            Port = parse.GetValue(LabCommandDefinition.Port) ?? 0,
            Scenario = parse.GetValue(LabCommandDefinition.Scenario) switch
            {
                "close" => HttpLabScenario.Close,
                "keepalive" => HttpLabScenario.KeepAlive,
                "chunked" => HttpLabScenario.Chunked,
                "range" => HttpLabScenario.Range,
                "login" => HttpLabScenario.Login,
                _ => HttpLabScenario.All,
            },
            Repeat = parse.GetValue(LabCommandDefinition.Repeat),
            Messages = parse.GetValue(LabCommandDefinition.Messages),
            MessageText = parse.GetValue(LabCommandDefinition.Text) ?? LabClientSettings.DefaultMessageText,
            Tls = parse.GetValue(LabCommandDefinition.Tls),
            TlsProtocols = protocols,
            Web = parse.GetValue(LabCommandDefinition.Web),
            LabFormat = parse.GetValue(LabCommandDefinition.LabFormat),
        };
        return LabPipeline.Client(settings, parse.GetValue(LabCommandDefinition.KeyLog), new LabLog(Console.Error));
    }
}
