using System.CommandLine;
using System.Text.RegularExpressions;
using Sniffer.Analysis;
using Sniffer.Pipeline;

namespace Sniffer.Commands;

/// <summary>Turns the parsed <c>analyze</c> options into <see cref="AnalyzeSettings"/> and runs <see cref="AnalyzePipeline"/>.</summary>
internal static partial class AnalyzeCommand
{
    public static int Run(ParseResult parse)
    {
        string? keyLog = parse.GetValue(AnalyzeCommandDefinition.KeyLog);
        var preferences = new List<string>();
        string? outputFile = null;
        foreach (var value in parse.GetValue(AnalyzeCommandDefinition.Outputs) ?? [])
        {
            const string keyLogPreference = "tls.keylog_file:";
            if (value.StartsWith(keyLogPreference, StringComparison.Ordinal))
                keyLog = value[keyLogPreference.Length..];
            else if (PreferenceName().IsMatch(value))
                preferences.Add(value);
            else if (outputFile is null)
                outputFile = value;
            else
            {
                ConsoleOutput.Error($"-o names the report file once; \"{outputFile}\" and \"{value}\" were both given");
                return 1;
            }
        }
        var format = parse.GetValue(AnalyzeCommandDefinition.Format) is { } f ? ParseFormat(f)!.Value : FormatFromName(outputFile);
        string? filterText = parse.GetValue(AnalyzeCommandDefinition.DisplayFilter);
        if (DisplayFilterSeam.Compile(filterText, out var filter) is int refused)
            return refused;
        var limits = new AnalysisLimits();
        limits = limits with
        {
            MaxConnections = parse.GetValue(AnalyzeCommandDefinition.MaxConnections) ?? limits.MaxConnections,
            MaxTransactions = parse.GetValue(AnalyzeCommandDefinition.MaxTransactions) ?? limits.MaxTransactions,
            MaxArrows = parse.GetValue(AnalyzeCommandDefinition.MaxArrows) ?? limits.MaxArrows,
        };
        var settings = new AnalyzeSettings
        {
            File = parse.GetValue(AnalyzeCommandDefinition.ReadFile)!,
            KeyLogFile = keyLog,
            Preferences = preferences,
            DecodeAs = parse.GetValue(AnalyzeCommandDefinition.DecodeAs) ?? [],
            DisabledProtocols = parse.GetValue(AnalyzeCommandDefinition.DisableProtocol) ?? [],
            DisplayFilter = filter,
            DisplayFilterText = filter is null ? null : filterText,
            Format = format,
            OutputFile = outputFile,
            ShowSecrets = parse.GetValue(AnalyzeCommandDefinition.ShowSecrets),
            Colour = outputFile is null && format == ReportFormat.Text && WantsColour(),
            Limits = limits,
        };
        using var output = ConsoleOutput.OpenStandardOutput();
        return AnalyzePipeline.Run(settings, output);
    }

    /// <summary>A --format value, or null when it is not one.</summary>
    public static ReportFormat? ParseFormat(string value) => value.ToLowerInvariant() switch
    {
        "text" or "txt" => ReportFormat.Text,
        "md" or "markdown" => ReportFormat.Markdown,
        "json" => ReportFormat.Json,
        "html" => ReportFormat.Html,
        _ => null,
    };

    /// <summary>The format a report file's extension implies (text when it implies none).</summary>
    public static ReportFormat FormatFromName(string? file) => Path.GetExtension(file ?? "").ToLowerInvariant() switch
    {
        ".md" or ".markdown" => ReportFormat.Markdown,
        ".json" => ReportFormat.Json,
        ".html" or ".htm" => ReportFormat.Html,
        _ => ReportFormat.Text,
    };

    /// <summary>Colour only for a terminal, and never when NO_COLOR is set or the terminal is "dumb".</summary>
    private static bool WantsColour()
        => !Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            && Environment.GetEnvironmentVariable("TERM") is not "dumb";

    /// <summary>"proto.name:value" — a preference as tshark spells it (lower-case words with a dot before the colon), not a file name such as "C:\report.txt".</summary>
    [GeneratedRegex(@"^[a-z0-9_-]+(\.[a-z0-9_-]+)+:")]
    private static partial Regex PreferenceName();
}
