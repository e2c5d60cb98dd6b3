using System.CommandLine;
using Sniffer.Capture;
using Sniffer.Pipeline;

namespace Sniffer.Commands;

/// <summary>Turns the parsed <c>capture</c> options into <see cref="CaptureSettings"/> and runs <see cref="CapturePipeline"/>.</summary>
internal static class CaptureCommand
{
    public static int Run(ParseResult parse)
    {
        CaptureCommandDefinition.TryParseConditions(parse.GetValue(CaptureCommandDefinition.Autostop) ?? [], CaptureConditionParser.Autostop, out var autostop, out _);
        CaptureCommandDefinition.TryParseConditions(parse.GetValue(CaptureCommandDefinition.RingBuffer) ?? [], CaptureConditionParser.RingBuffer, out var ring, out _);
        if (DisplayFilterOption.Compile(parse.GetValue(CaptureCommandDefinition.DisplayFilter), out var displayFilter) is { } refused)
            return refused;
        int snapLength = parse.GetValue(CaptureCommandDefinition.SnapLength);
        var settings = new CaptureSettings
        {
            Interfaces = parse.GetValue(CaptureCommandDefinition.Interfaces) ?? [],
            Filter = parse.GetValue(CaptureCommandDefinition.Filter),
            SnapLength = snapLength == 0 ? LiveInterfaceSettings.DefaultSnapLength : snapLength,
            Promiscuous = !parse.GetValue(CaptureCommandDefinition.NoPromiscuous),
            MonitorMode = parse.GetValue(CaptureCommandDefinition.MonitorMode),
            BufferMiB = parse.GetValue(CaptureCommandDefinition.BufferSize),
            Count = parse.GetValue(CaptureCommandDefinition.Count),
            Autostop = autostop,
            RingBuffer = ring,
            WriteFile = parse.GetValue(CaptureCommandDefinition.WriteFile),
            Print = parse.GetValue(CaptureCommandDefinition.Print),
            Format = parse.GetValue(CaptureCommandDefinition.Pcap) ? CaptureFileFormat.Pcap : CaptureFileFormat.Pcapng,
            LinkType = parse.GetValue(CaptureCommandDefinition.LinkType),
            KeyLogFile = parse.GetValue(CaptureCommandDefinition.KeyLog),
            DisplayFilter = displayFilter,
            Backend = parse.GetValue(CaptureCommandDefinition.Backend),
            Quiet = parse.GetValue(CaptureCommandDefinition.Quiet),
            StandardErrorIsTerminal = !Console.IsErrorRedirected,
        };
        using var stdout = ConsoleOutput.OpenStandardOutput();
        int code = CapturePipeline.Run(settings, stdout, Console.Error);
        if (code != 0 || !parse.GetValue(CaptureCommandDefinition.Analyze))
            return code;
        // capture --analyze: the lab report of the file just written, as `sniffer analyze -r FILE` prints it.
        stdout.Flush();
        return Analysis.AnalyzePipeline.Run(new Analysis.AnalyzeSettings
        {
            File = settings.WriteFile!,
            KeyLogFile = settings.KeyLogFile,
            Colour = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        }, stdout);
    }
}
