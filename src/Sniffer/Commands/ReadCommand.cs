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
            layout = layout.With(option, out _);
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
            Machine = machineFormat,
            ProtocolFilter = parse.GetValue(ReadCommandDefinition.ProtocolFilterWithChildren) ?? parse.GetValue(ReadCommandDefinition.ProtocolFilter),
            ProtocolFilterIncludesChildren = parse.GetValue(ReadCommandDefinition.ProtocolFilterWithChildren) is not null,
            NoDuplicateKeys = parse.GetValue(ReadCommandDefinition.NoDuplicateKeys),
            // As tshark: -T, -x, -V, -O and -P print frames even with -q or -w.
            PrintFrames = parse.GetResult(ReadCommandDefinition.OutputFormat) is not null || parse.GetValue(ReadCommandDefinition.HexDump)
                || parse.GetValue(ReadCommandDefinition.PrintSummary) || parse.GetValue(ReadCommandDefinition.Details)
                || parse.GetValue(ReadCommandDefinition.ExpandOnly) is not null ? true : null,
            PrintSummary = parse.GetValue(ReadCommandDefinition.PrintSummary),
            TimeFormat = new TimeColumnFormat(TimeColumnFormat.Parse(parse.GetValue(ReadCommandDefinition.TimeFormat) ?? "r"),
                parse.GetValue(ReadCommandDefinition.SecondsFormat) == "hms"),
            NameResolution = NameResolutionOf(parse),
            FlushEachFrame = parse.GetValue(ReadCommandDefinition.LineBuffered),
            FrameSeparator = parse.GetValue(ReadCommandDefinition.Separator),
            SnapLength = parse.GetValue(ReadCommandDefinition.SnapLength),
            Output = format == "fields" ? PacketOutput.Fields : machine ? PacketOutput.Machine : PacketOutput.Summary,
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
            SummaryWithDetails = parse.GetValue(ReadCommandDefinition.PrintSummary),
            Color = parse.GetValue(ReadCommandDefinition.Color),
            OutputIsTerminal = !Console.IsOutputRedirected,
            ErrorIsTerminal = !Console.IsErrorRedirected,
            TwoPass = twoPass,
            MaxReassemblyBytes = (parse.GetValue(ReadCommandDefinition.ReassemblyLimit) ?? 32) * 1024 * 1024,
            MaxReassemblyTotal = (parse.GetValue(ReadCommandDefinition.ReassemblyTotal) ?? 256) * 1024L * 1024,
            MaxConnections = parse.GetValue(ReadCommandDefinition.MaxConnections) ?? Dissectors.Streams.TcpConversationTable.DefaultMaxLive,
        };
        if (settings.WriteFile == "-" && settings.PrintsFrames)
        {
            ConsoleOutput.Error("You can't write both raw packet data and dissected packets to the standard output.");
            return 1;
        }
        using var output = ConsoleOutput.OpenStandardOutput();
        return ReadPipeline.Run(settings, output);
    }

    /// <summary>-N's letters; -n alone (or nothing) resolves no names.</summary>
    private static NameResolution NameResolutionOf(ParseResult parse) =>
        parse.GetValue(ReadCommandDefinition.NameResolution) is { } letters && NameResolver.TryParse(letters, out var flags, out _)
            ? flags
            : NameResolution.None;
}
