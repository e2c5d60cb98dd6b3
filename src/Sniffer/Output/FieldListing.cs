using Sniffer.Dissectors.Model;

namespace Sniffer.Output;

/// <summary>
/// <c>sniffer fields</c>: every protocol's declared fields and expert items, grouped under their protocol, with the
/// type and description a user needs to write -e FIELD or a display filter — read from the same declarations the
/// dissectors, the display filter and the Lua export use.
/// </summary>
public static class FieldListing
{
    public static void Write(TextWriter output, FieldCatalog catalog, string? pattern, string? protocol)
    {
        foreach (var declaration in catalog.Declarations)
        {
            if (protocol is not null && declaration.Protocol.Abbrev != protocol)
                continue;
            var items = declaration.Fields.Cast<FieldDef>().Concat(declaration.Experts).Where(f => Matches(f, pattern)).ToList();
            bool protocolMatches = Matches(declaration.Protocol, pattern);
            if (items.Count == 0 && !protocolMatches)
                continue;
            output.Write($"{declaration.Protocol.Abbrev}  {declaration.Protocol.Name} ({declaration.Protocol.ColumnName})\n");
            foreach (var f in items)
            {
                output.Write($"  {f.Abbrev,-44} {TypeName(f),-18} {f.Name}");
                if (f is ExpertDef expert)
                    output.Write($" [expert: {expert.Severity}/{expert.Group}]");
                else if (f.Description is { } description && description != f.Name)
                    output.Write($" — {description}");
                output.Write('\n');
            }
        }
        output.Flush();
    }

    public static void WritePreferences(TextWriter output, FieldCatalog catalog, string? pattern, string? protocol)
    {
        foreach (var declaration in catalog.Declarations)
        {
            if (protocol is not null && declaration.Protocol.Abbrev != protocol)
                continue;
            foreach (var p in declaration.Preferences)
            {
                if (pattern is not null && !p.Name.Contains(pattern, StringComparison.OrdinalIgnoreCase)
                    && !p.Title.Contains(pattern, StringComparison.OrdinalIgnoreCase))
                    continue;
                output.Write($"{p.Name}:{p.Default}\n    {p.Title} ({p.Kind.ToString().ToLowerInvariant()}): {p.Description}\n");
            }
        }
        output.Flush();
    }

    private static bool Matches(FieldDef f, string? pattern) => pattern is null
        || f.Abbrev.Contains(pattern, StringComparison.OrdinalIgnoreCase)
        || f.Name.Contains(pattern, StringComparison.OrdinalIgnoreCase)
        || (f.Description?.Contains(pattern, StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>Wireshark's type name (FT_UINT16…) for a field, as -G fields prints it.</summary>
    public static string TypeName(FieldDef f) => f.Type switch
    {
        FieldType.None => "FT_NONE",
        FieldType.Protocol => "FT_PROTOCOL",
        FieldType.Boolean => "FT_BOOLEAN",
        FieldType.FrameNum => "FT_FRAMENUM",
        FieldType.AbsoluteTime => "FT_ABSOLUTE_TIME",
        FieldType.RelativeTime => "FT_RELATIVE_TIME",
        FieldType.Ipv4 => "FT_IPv4",
        FieldType.Ipv6 => "FT_IPv6",
        FieldType.Ether => "FT_ETHER",
        _ => "FT_" + f.Type.ToString().ToUpperInvariant(),
    };
}
