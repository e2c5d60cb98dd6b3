using System.CommandLine;

namespace Sniffer.Commands;

/// <summary>
/// tshark's <c>-G REPORT</c> on the root command (<c>sniffer -G fields</c>) and the same as a sub-command
/// (<c>sniffer glossary fields</c>): the glossaries of what Sniffer's dissectors declare.
/// </summary>
internal static class GlossaryCommandDefinition
{
    public static readonly Option<string?> Report = new("-G")
    {
        Description = "Print a glossary and exit, as tshark -G: fields, protocols or elastic-mapping",
        HelpName = "fields|protocols|elastic-mapping",
    };

    public static readonly Option<string?> MappingFilter = new("--elastic-mapping-filter")
    {
        Description = "With -G elastic-mapping: map only these protocols (comma-separated filter names, as tshark's option)",
        HelpName = "protocols",
    };

    public static readonly Argument<string> ReportArgument = new("report")
    {
        Description = "fields, protocols or elastic-mapping",
    };

    /// <summary>Adds -G to the root command; without it the root prints its help as before.</summary>
    public static void AddTo(RootCommand root)
    {
        root.Options.Add(Report);
        root.Options.Add(MappingFilter);
        root.SetAction(parse => parse.GetValue(Report) is { } report
            ? GlossaryCommand.Run(report, parse.GetValue(MappingFilter))
            : ShowHelp(parse));
        var command = new Command("glossary", "Print a glossary of Sniffer's fields and protocols, as tshark -G") { ReportArgument, MappingFilter };
        command.SetAction(parse => GlossaryCommand.Run(parse.GetValue(ReportArgument)!, parse.GetValue(MappingFilter)));
        root.Subcommands.Add(command);
    }

    private static int ShowHelp(ParseResult parse)
    {
        var help = new System.CommandLine.Help.HelpAction();
        return help.Invoke(parse);
    }
}
