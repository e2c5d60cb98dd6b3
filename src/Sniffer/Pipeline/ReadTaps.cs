using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;
using Sniffer.Output;
using Sniffer.Output.Coloring;

namespace Sniffer.Pipeline;

/// <summary>
/// Turns what <c>sniffer read</c> was asked for into taps: the per-frame output (summary lines, -T fields, -x), then
/// each -z statistic and report. The order of end-of-capture output is tshark's: -z statistics print in the reverse
/// of the order they were given.
/// </summary>
public static class ReadTaps
{
    /// <summary>The statistics <c>-z</c> knows, for the error message.</summary>
    public const string KnownStatistics = "conv,tcp, io,phs, http,tree, http,connections and follow,tcp,ascii|hex|raw,STREAM";

    /// <summary>Colour for summary lines: on a terminal, unless NO_COLOR says no (by default and with --color).</summary>
    private static LineColoring? Coloring(ReadSettings settings)
        => LineColoring.Wanted(settings.OutputIsTerminal)
            ? new LineColoring(ColoringRules.Load(FieldCatalog.Shared), LineColoring.TerminalHasTrueColor())
            : null;

    public static List<ITap>? Build(ReadSettings settings, TextWriter output, out string? error)
    {
        error = null;
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
                else
                    unknown.Add(name);
            }
            if (unknown.Count > 0)
            {
                error = "Some fields aren't valid:\n\t" + string.Join("\n\t", unknown);
                return null;
            }
            if (defs.Count == 0)
            {
                error = "-T fields was given, but no fields were specified with -e";
                return null;
            }
            var fields = new FieldsPrinter(defs, settings.Layout, catalog, output);
            if (!settings.Quiet)
            {
                fields.WriteHeader(output);
                taps.Add(fields);
            }
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
            if (!settings.Quiet)
            {
                var machine = new MachinePrinter(settings.Machine, options, catalog, settings.File, output);
                machine.Begin(output);
                taps.Add(machine);
            }
        }
        else if (!settings.Quiet && (settings.Details || settings.ExpandOnly is not null))
        {
            taps.Add(new PacketDetailsPrinter(settings.ExpandOnly, settings.SummaryWithDetails, settings.HexDump, output,
                settings.SummaryWithDetails ? Coloring(settings) : null, settings.Color ? ColoringRules.Load(FieldCatalog.Shared) : null));
        }
        else if (!settings.Quiet)
        {
            taps.Add(settings.HexDump ? new HexDumpPrinter(output) : new SummaryPrinter(output, Coloring(settings)));
        }

        var statistics = new List<ITap>();
        foreach (var stat in settings.Statistics)
        {
            ITap? tap = stat switch
            {
                "conv,tcp" => new ConversationTablePrinter(output),
                "http,tree" => new HttpTreeStatistics(output),
                "io,phs" => new ProtocolHierarchyStatistics(output),
                "http,connections" => new HttpConnectionsReport(output),
                _ => FollowRequest.TryParse(stat, out var stream, out var mode) ? new FollowTcpPrinter(stream, mode, output) : null,
            };
            if (tap is null)
            {
                error = $"Invalid -z argument \"{stat}\"; the statistics Sniffer has: {KnownStatistics}";
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
}
