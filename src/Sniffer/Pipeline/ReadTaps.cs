using Sniffer.Dissectors.Filter;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;
using Sniffer.Output;
using Sniffer.Output.Coloring;
using Sniffer.Output.Statistics;

namespace Sniffer.Pipeline;

/// <summary>
/// Turns what <c>sniffer read</c> was asked for into taps: the per-frame output (summary lines, -T fields, -x), then
/// each -z statistic and report. The order of end-of-capture output is tshark's: -z statistics print in the reverse
/// of the order they were given.
/// </summary>
public static class ReadTaps
{
    /// <summary>The steps that add derived fields to each tree for these settings (the columns, in the -t and -N formats).</summary>
    public static IReadOnlyList<ITreeCompletion> Completions(ReadSettings settings) =>
        [new ColumnFieldsCompletion(settings.TimeFormat, NameResolver.For(settings.NameResolution))];

    /// <summary>Colour for summary lines: on a terminal, unless NO_COLOR says no (by default and with --color).</summary>
    private static LineColoring? Coloring(ReadSettings settings)
        => LineColoring.Wanted(settings.OutputIsTerminal)
            ? new LineColoring(ColoringRules.Load(FieldCatalog.Shared), LineColoring.TerminalHasTrueColor())
            : null;

    /// <summary>MAC names for the "(resolved)" items when -N m is on (tshark's default); null writes the addresses.</summary>
    public static IMacNames? MacNames(ReadSettings settings) =>
        (settings.NameResolution & NameResolution.Mac) != 0 ? NameResolver.For(settings.NameResolution) : null;

    /// <summary>Port names for the Info column when -N t asked for them; null shows numbers.</summary>
    public static IPortNames? PortNames(ReadSettings settings) =>
        (settings.NameResolution & NameResolution.Transport) != 0 ? NameResolver.For(settings.NameResolution) : null;

    /// <summary>The taps for these settings, or null with the reason and tshark's exit code for it.</summary>
    public static List<ITap>? Build(ReadSettings settings, TextWriter output, out string? error, out int errorCode)
    {
        error = null;
        errorCode = 1;
        var taps = new List<ITap>();
        if (settings.Output == PacketOutput.Fields)
        {
            var catalog = FieldCatalog.Shared;
            var defs = new List<FieldDef>();
            var unknown = new List<string>();
            foreach (var name in settings.Fields)
            {
                if (catalog.Find(name) is { } def)
                    defs.Add(def);
                else if (name.StartsWith(ColumnFields.Prefix, StringComparison.Ordinal) && name.Length > ColumnFields.Prefix.Length)
                    defs.Add(new FieldDef(name, name, FieldType.String)); // tshark prints an empty value for a column it does not have
                else if (TsharkFieldNames.Knows(name))
                    defs.Add(new FieldDef(name, name, FieldType.String)); // a field of a protocol Sniffer does not dissect: empty, as in tshark
                else
                    unknown.Add(name);
            }
            if (unknown.Count > 0)
            {
                error = "Some fields aren't valid:\n\t" + string.Join("\n\t", unknown.Select(u => FieldSuggestions.Describe(catalog, u)));
                return null;
            }
            if (defs.Count == 0)
            {
                error = "-T fields was given, but no fields were specified with -e";
                return null;
            }
            var fields = new FieldsPrinter(defs, settings.Layout, catalog, output);
            if (settings.PrintsFrames)
                taps.Add(fields);
        }
        else if (settings.Output == PacketOutput.Machine)
        {
            var catalog = FieldCatalog.Shared;
            var defs = new List<FieldDef>();
            var unknown = new List<string>();
            foreach (var name in settings.Fields)
            {
                if (catalog.Find(name) is { } def)
                    defs.Add(def);
                else if (TsharkFieldNames.Knows(name))
                    defs.Add(new FieldDef(name, name, FieldType.String)); // a field of a protocol Sniffer does not dissect: absent, as in tshark
                else
                    unknown.Add(name);
            }
            if (unknown.Count > 0)
            {
                error = "Some fields aren't valid:\n\t" + string.Join("\n\t", unknown);
                return null;
            }
            var options = new JsonOptions
            {
                Fields = defs,
                ProtocolFilter = settings.ProtocolFilter is { } filter ? JsonOptions.ParseFilter(filter) : null,
                IncludeChildren = settings.ProtocolFilterIncludesChildren,
                Raw = settings.HexDump,
                NoDuplicateKeys = settings.NoDuplicateKeys,
                Colors = settings.Color && settings.Machine is MachineFormat.Pdml or MachineFormat.Psml ? ColoringRules.Load(catalog) : null,
            };
            if (settings.PrintsFrames)
            {
                taps.Add(new MachinePrinter(settings.Machine, options, catalog, settings.File, output));
            }
        }
        else if (settings.PrintsFrames && (settings.Details || settings.ExpandOnly is not null))
        {
            taps.Add(new PacketDetailsPrinter(settings.ExpandOnly, settings.SummaryWithDetails, settings.HexDump, output,
                settings.SummaryWithDetails ? Coloring(settings) : null, settings.Color ? ColoringRules.Load(FieldCatalog.Shared) : null));
        }
        else if (settings.PrintsFrames)
        {
            var summary = new SummaryPrinter(output, settings.TimeFormat, NameResolver.For(settings.NameResolution), Coloring(settings));
            taps.Add(settings.HexDump
                ? new HexDumpPrinter(output, settings.PrintSummary ? summary : null, settings.FrameSeparator ?? "")
                : summary);
        }

        var statistics = new List<ITap>();
        var context = new StatisticContext(output)
        {
            Time = settings.TimeFormat.Reference,
            Names = NameResolver.For(settings.NameResolution),
        };
        if (settings.DisplayFilter is { } display)
            context.PrimedFields.UnionWith(display.ReferencedFields);
        if (settings.ReadFilter is { } read)
            context.PrimedFields.UnionWith(read.ReferencedFields);
        foreach (var stat in settings.Statistics)
        {
            var tap = StatisticArguments.Create(stat, context, out error);
            if (tap is null)
            {
                errorCode = context.ErrorExitCode;
                return null;
            }
            statistics.Add(tap);
        }
        statistics.Reverse();
        taps.AddRange(statistics);
        if (settings.TlsSessions)
            taps.Add(new TlsSessionsReport(output));
        return taps;
    }

    /// <summary>
    /// Writes what the printers put before the first frame (the -T fields header line, the PDML/PSML preamble, JSON's
    /// opening bracket) — once the file is known to be readable: for a file that cannot be opened tshark prints only the error.
    /// </summary>
    public static void BeginOutput(List<ITap> taps, TextWriter output)
    {
        foreach (var tap in taps)
        {
            if (tap is FieldsPrinter fields)
                fields.WriteHeader(output);
            else if (tap is MachinePrinter machine)
                machine.Begin(output);
        }
    }

    /// <summary>
    /// Moves the per-frame printer to a second thread (<see cref="DetachedTap"/>) when it can go there and nothing else
    /// needs the output in step with the frames: not with -l (a flush per frame), -w (the copy is written per frame) or
    /// two passes. Statistics print at the end, after the printer has finished.
    /// </summary>
    public static void Detach(ReadSettings settings, List<ITap> taps)
    {
        if (settings.FlushEachFrame || settings.WriteFile is not null || settings.TwoPass || Environment.ProcessorCount < 2)
            return;
        if (taps.Count > 0 && taps[0] is IDetachableTap { Detachable: true } printer)
            taps[0] = new DetachedTap(printer, soleReader: taps.Count == 1);
    }

    /// <summary>Ends the printer's thread, if there is one, once it has printed what it was given.</summary>
    public static void StopDetached(List<ITap> taps)
    {
        foreach (var tap in taps)
            (tap as DetachedTap)?.Dispose();
    }
}
