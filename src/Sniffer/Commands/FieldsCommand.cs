using System.CommandLine;
using Sniffer.Dissectors.Model;
using Sniffer.Output;
using Sniffer.Pipeline;

namespace Sniffer.Commands;

internal static class FieldsCommand
{
    public static int Run(ParseResult parse)
    {
        var catalog = FieldCatalog.Shared;
        string? protocol = parse.GetValue(FieldsCommandDefinition.Protocol);
        if (protocol is not null && catalog.Find(protocol) is not ProtocolDef)
        {
            var close = FieldSuggestions.Closest(catalog, protocol).Where(n => catalog.Find(n) is ProtocolDef).ToList();
            ConsoleOutput.Error($"\"{protocol}\" is not a protocol Sniffer knows; "
                + (close.Count > 0 ? $"did you mean {string.Join(" or ", close)}? " : "") + "'sniffer fields' lists them all");
            return 1;
        }
        using var output = ConsoleOutput.OpenStandardOutput();
        if (parse.GetValue(FieldsCommandDefinition.Preferences))
            FieldListing.WritePreferences(output, catalog, parse.GetValue(FieldsCommandDefinition.Pattern), protocol);
        else
            FieldListing.Write(output, catalog, parse.GetValue(FieldsCommandDefinition.Pattern), protocol);
        return 0;
    }
}
