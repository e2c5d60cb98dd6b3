using System.Runtime.CompilerServices;
using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Filter.Types;

/// <summary>
/// Resolves the names a filter uses (Wireshark's dfilter_resolve_unparsed): Sniffer's own declarations first, then
/// the names tshark 4.0 knows (<see cref="TsharkNames"/>), then protocol aliases ("ssl.record" is "tls.record").
/// One instance per catalog, shared by every filter compiled against it.
/// </summary>
internal sealed class FilterNames
{
    private static readonly ConditionalWeakTable<FieldCatalog, FilterNames> PerCatalog = new();

    private readonly FieldCatalog _catalog;
    private readonly Dictionary<string, FilterField?> _resolved = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private FilterNames(FieldCatalog catalog) => _catalog = catalog;

    public static FilterNames For(FieldCatalog catalog) => PerCatalog.GetValue(catalog, c => new FilterNames(c));

    /// <summary>The field or protocol called <paramref name="name"/>, or null when neither Sniffer nor tshark has it.</summary>
    public FilterField? Resolve(string name)
    {
        lock (_lock)
        {
            if (_resolved.TryGetValue(name, out var known))
                return known;
            var field = ResolveByName(name) ?? ResolveAlias(name);
            _resolved[name] = field;
            return field;
        }
    }

    private FilterField? ResolveByName(string name)
    {
        var tshark = TsharkNames.Shared;
        if (_catalog.Find(name) is { } def)
        {
            var type = FtInfo.FromFieldType(def.Type);
            return new FilterField(name, type, def, StringsFor(name, type, def, tshark));
        }
        if (tshark.TryGetType(name, out var kind))
            return new FilterField(name, kind, null, StringsFor(name, kind, null, tshark));
        return null;
    }

    private FilterField? ResolveAlias(string name)
    {
        int dot = name.IndexOf('.');
        string prefix = dot < 0 ? name : name[..dot];
        string? target = TsharkNames.Shared.AliasTarget(prefix);
        if (target is null)
            return null;
        return ResolveByName(dot < 0 ? target : target + name[dot..]);
    }

    private static FieldStrings? StringsFor(string name, FtKind type, FieldDef? def, TsharkNames tshark)
    {
        if (tshark.StringsOf(name) is { } known)
            return known;
        if (type == FtKind.Boolean)
            return FieldStrings.DefaultBoolean;
        if (def?.ValueNames is { Count: > 0 } names)
            return FieldStrings.FromValues(FieldStringsKind.Values, names);
        return null;
    }
}
