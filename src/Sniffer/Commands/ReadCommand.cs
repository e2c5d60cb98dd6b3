using System.CommandLine;
using Sniffer.Output;
using Sniffer.Pipeline;

namespace Sniffer.Commands;

/// <summary>Turns the parsed <c>read</c> options into <see cref="ReadSettings"/> and runs the pipeline.</summary>
internal static class ReadCommand
{
    public static int Run(ParseResult parse)
    {
        var layout = new FieldsLayout();
        foreach (var option in parse.GetValue(ReadCommandDefinition.FieldOptions) ?? [])
        {
            layout = layout.With(option, out var error);
            if (error is not null)
            {
                ConsoleOutput.Error(error);
                return 1;
            }
        }
        string? keyLog = parse.GetValue(ReadCommandDefinition.KeyLog);
        var preferences = new List<string>();
        foreach (var preference in parse.GetValue(ReadCommandDefinition.Preferences) ?? [])
        {
            const string keyLogPreference = "tls.keylog_file:";
            if (preference.StartsWith(keyLogPreference, StringComparison.Ordinal))
                keyLog = preference[keyLogPreference.Length..];
            else
                preferences.Add(preference);
        }
        string? format = parse.GetValue(ReadCommandDefinition.OutputFormat);
        bool machine = MachinePrinter.TryParse(format ?? "", out var machineFormat);
        if (!FileTypeOption.TryGet(parse, ReadCommandDefinition.WriteType, out var writeType))
            return 1;
        // tshark's order: -R without -2 is refused first (exit 1), then -R is compiled, then -Y (each refused with exit 2).
        string? readFilterText = parse.GetValue(ReadCommandDefinition.ReadFilter);
        bool twoPass = parse.GetValue(ReadCommandDefinition.TwoPass);
        if (readFilterText is not null && !twoPass)
        {
            ConsoleOutput.Error("-R without -2 is deprecated. For single-pass filtering use -Y.");
            return 1;
        }
        if (DisplayFilterOption.Compile(readFilterText, out var readFilter) is int readFilterRefused)
            return readFilterRefused;
        if (DisplayFilterOption.Compile(parse.GetValue(ReadCommandDefinition.DisplayFilter), out var displayFilter) is int filterRefused)
            return filterRefused;
        var settings = new ReadSettings
        {
            File = parse.GetValue(ReadCommandDefinition.ReadFile)!,
            MaxFrames = parse.GetValue(ReadCommandDefinition.Count) ?? long.MaxValue,
            Output = format == "fields" ? PacketOutput.Fields : machine ? PacketOutput.Machine : PacketOutput.Summary,
            Machine = machineFormat,
            ProtocolFilter = parse.GetValue(ReadCommandDefinition.ProtocolFilterWithChildren) ?? parse.GetValue(ReadCommandDefinition.ProtocolFilter),
            ProtocolFilterIncludesChildren = parse.GetValue(ReadCommandDefinition.ProtocolFilterWithChildren) is not null,
            NoDuplicateKeys = parse.GetValue(ReadCommandDefinition.NoDuplicateKeys),
            Fields = parse.GetValue(ReadCommandDefinition.Fields) ?? [],
            Layout = layout,
            DecodeAs = parse.GetValue(ReadCommandDefinition.DecodeAs) ?? [],
            DisabledProtocols = parse.GetValue(ReadCommandDefinition.DisableProtocol) ?? [],
            KeyLogFile = keyLog,
            Preferences = preferences,
            Statistics = parse.GetValue(ReadCommandDefinition.Statistics) ?? [],
            Quiet = parse.GetValue(ReadCommandDefinition.Quiet),
            WriteFile = parse.GetValue(ReadCommandDefinition.WriteFile),
            WriteType = writeType,
            DisplayFilter = displayFilter,
            ReadFilter = readFilter,
            TlsSessions = parse.GetValue(ReadCommandDefinition.TlsSessions),
            HexDump = parse.GetValue(ReadCommandDefinition.HexDump),
            Details = parse.GetValue(ReadCommandDefinition.Details),
            ExpandOnly = parse.GetValue(ReadCommandDefinition.ExpandOnly) is { } expand
                ? expand.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : null,
            SummaryWithDetails = parse.GetValue(ReadCommandDefinition.SummaryToo),
            Color = parse.GetValue(ReadCommandDefinition.Color),
            OutputIsTerminal = !Console.IsOutputRedirected,
            ErrorIsTerminal = !Console.IsErrorRedirected,
            TwoPass = twoPass,
            MaxReassemblyBytes = (parse.GetValue(ReadCommandDefinition.ReassemblyLimit) ?? 32) * 1024 * 1024,
            MaxReassemblyTotal = (parse.GetValue(ReadCommandDefinition.ReassemblyTotal) ?? 256) * 1024L * 1024,
            MaxConnections = parse.GetValue(ReadCommandDefinition.MaxConnections) ?? Dissectors.Streams.TcpConversationTable.DefaultMaxLive,
        };
        using var output = ConsoleOutput.OpenStandardOutput();
        return ReadPipeline.Run(settings, output);
    }
}
