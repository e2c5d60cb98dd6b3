using Sniffer.Dissectors.Model;
using Sniffer.Output;
using Sniffer.Pipeline;

namespace Sniffer.Commands;

/// <summary>Prints one -G glossary; an unknown report is refused as tshark refuses it (exit code 1).</summary>
internal static class GlossaryCommand
{
    /// <param name="mappingFilter">tshark's --elastic-mapping-filter: comma-separated protocol names, or null.</param>
    public static int Run(string report, string? mappingFilter = null)
    {
        using var output = ConsoleOutput.OpenStandardOutput();
        var protocols = mappingFilter?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        if (GlossaryPrinter.TryWrite(report, FieldCatalog.Shared, output, protocols))
            return 0;
        ConsoleOutput.Error($"Invalid \"{report}\" option for -G flag, enter -G help for more help; Sniffer has -G {string.Join(", ", GlossaryPrinter.Reports)}.");
        return 1;
    }
}
