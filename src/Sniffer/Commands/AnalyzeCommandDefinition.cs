using System.CommandLine;
using Sniffer.Analysis;

namespace Sniffer.Commands;

/// <summary>The options of <c>sniffer analyze</c>: the reading options of <c>read</c>, the report's format, destination, masking and limits.</summary>
internal static class AnalyzeCommandDefinition
{
    public static readonly Option<string> ReadFile = new("-r", "--read-file")
    {
        Description = "Capture file to analyze (pcapng or pcap; '-' reads standard input)",
        Required = true,
        HelpName = "FILE",
    };

    public static readonly Option<string?> KeyLog = new("--keylog")
    {
        Description = "TLS key log file (NSS format, as SSLKEYLOGFILE writes it); also -o tls.keylog_file:FILE",
        HelpName = "FILE",
    };

    public static readonly Option<string[]> Outputs = new("-o")
    {
        Description = "A preference as tshark spells it, NAME:VALUE (tls.keylog_file:FILE, http.tcp.port:8000 …), or the file the report is written to (its extension picks the format when --format is not given)",
        HelpName = "NAME:VALUE|OUT",
    };

    public static readonly Option<string[]> DecodeAs = new("-d")
    {
        Description = "Decode As: tcp.port==PORT,PROTOCOL (for example tcp.port==5030,htcpcp)",
        HelpName = "RULE",
    };

    public static readonly Option<string[]> DisableProtocol = new("--disable-protocol")
    {
        Description = "Turn a protocol off, as tshark does",
        HelpName = "PROTOCOL",
    };

    public static readonly Option<string?> DisplayFilter = new("-Y", "--display-filter")
    {
        Description = "Display filter: only the frames it selects count in the report (connections, transactions and arrows seen in them)",
        HelpName = "FILTER",
    };

    public static readonly Option<string?> Format = new("--format")
    {
        Description = "Report format: text (the default; coloured on a terminal), md, json or html (one self-contained file)",
        HelpName = "text|md|json|html",
    };

    public static readonly Option<bool> ShowSecrets = new("--show-secrets")
    {
        Description = "Print passwords, tokens and session cookies whole (they are masked to their first and last character by default)",
    };

    public static readonly Option<int?> MaxConnections = new("--top-connections")
    {
        Description = $"Connections listed: the ones with the most bytes (default {AnalysisLimits.DefaultMaxConnections}); the rest are counted",
        HelpName = "N",
    };

    public static readonly Option<int?> MaxTransactions = new("--top-transactions")
    {
        Description = $"Requests/responses listed (default {AnalysisLimits.DefaultMaxTransactions}); the rest are counted",
        HelpName = "N",
    };

    public static readonly Option<int?> MaxArrows = new("--top-arrows")
    {
        Description = $"Arrows drawn in the flow graph (default {AnalysisLimits.DefaultMaxArrows}); the rest are counted",
        HelpName = "N",
    };

    public static Command Create()
    {
        var command = new Command("analyze", "The lab report: who talks to whom, handshakes, every request and response, persistence, TLS, what an eavesdropper reads, and a flow graph")
        {
            ReadFile, KeyLog, Outputs, DecodeAs, DisableProtocol, DisplayFilter, Format, ShowSecrets, MaxConnections, MaxTransactions, MaxArrows,
        };
        Format.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } v && AnalyzeCommand.ParseFormat(v) is null)
                r.AddError($"Invalid --format \"{v}\"; the report is written as text, md, json or html.");
        });
        foreach (var limit in new[] { MaxConnections, MaxTransactions, MaxArrows })
            limit.Validators.Add(r =>
            {
                // Read from the token, never through a conversion that throws on "abc".
                if (r.Tokens.Count == 1 && !(int.TryParse(r.Tokens[0].Value, System.Globalization.NumberStyles.None,
                        System.Globalization.CultureInfo.InvariantCulture, out int n) && n <= 10_000_000))
                    r.AddError($"{r.Option.Name} takes 0 to 10000000, not \"{r.Tokens[0].Value}\".");
            });
        command.SetAction(AnalyzeCommand.Run);
        return command;
    }
}
