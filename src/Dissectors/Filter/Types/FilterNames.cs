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
        if (_catalog.Find(name) is { } def)
        {
            // tshark's lines about a name Sniffer declares are in the small list of those names (the same lines).
            var tshark = FieldCatalog.Shared.Find(name) is not null ? TsharkNames.Declared : TsharkNames.Shared;
            var type = FtInfo.FromFieldType(def.Type);
            if (tshark.TryGetType(name, out var filterType) && SameIntegerClass(type, filterType))
                type = filterType;
            return new FilterField(name, type, def, StringsFor(name, type, def, tshark))
            {
                SeveralDefinitions = _catalog.DefinitionsOf(name).Count > 1,
                QuotedAs = QuotedFor(name, type, def, tshark),
            };
        }
        if (TsharkNames.Shared.TryGetType(name, out var kind))
            return new FilterField(name, kind, null, StringsFor(name, kind, null, TsharkNames.Shared)) { QuotedAs = QuotedFor(name, kind, null, TsharkNames.Shared) };
        if (TsharkOtherFields.TryGetType(name, out kind, out var strings))
            return new FilterField(name, kind, null, strings);
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

    /// <summary>
    /// The names a filter may use for a field's values: tshark's own when tshark has the field (its last
    /// registration's, which may be none even where Sniffer names values for display), else Sniffer's.
    /// </summary>
    private static FieldStrings? StringsFor(string name, FtKind type, FieldDef? def, TsharkNames tshark)
    {
        if (tshark.StringsOf(name) is { } known)
            return known;
        if (type == FtKind.Boolean)
            return FieldStrings.DefaultBoolean;
        if (tshark.TryGetType(name, out _))
            return null;
        if (def?.ValueNames is { Count: > 0 } names)
            return FieldStrings.FromValues(FieldStringsKind.Values, names);
        return null;
    }

    /// <summary>
    /// The field a quoted string on the right of a filter on <paramref name="name"/> is read as, when it is not the
    /// field itself: tshark 4.0 (check_relation_LHS_FIELD) walks from the last registration of a name that is no
    /// string back to the first, and converts `"text"` to that one's type or looks it up in that one's value names
    /// (`tls.handshake.type == "Server Hello"` is SSLv2's 4 where `tls.handshake.type == Finished` is TLS's 20,
    /// `wlan.rsn.akms.type == "PSK"` is refused). A field of a string type is read as itself.
    /// </summary>
    private static FilterField? QuotedFor(string name, FtKind type, FieldDef? def, TsharkNames tshark)
    {
        if (FtInfo.Of(type).Storage == FtStorage.String)
            return null;
        var strings = tshark.QuotedStringsOf(name);
        if (tshark.TryGetQuotedType(name, out var quotedType))
            return new FilterField(name, quotedType, def, strings);
        return type != FtKind.Boolean && strings is not null && !ReferenceEquals(strings, tshark.StringsOf(name))
            ? new FilterField(name, type, def, strings) : null;
    }

    /// <summary>
    /// Whether tshark's filter type can stand in for the declared one: both unsigned or both signed integers. A
    /// filter checks literals against the last field registered under a name (wlan.fc.type is a UINT16 there, though
    /// the frame-control subtree's is a UINT8), and the value read from the tree is the same number either way.
    /// </summary>
    private static bool SameIntegerClass(FtKind declared, FtKind filter)
    {
        var a = FtInfo.Of(declared).Storage;
        var b = FtInfo.Of(filter).Storage;
        bool unsigned = a is FtStorage.Unsigned32 or FtStorage.Unsigned64 && b is FtStorage.Unsigned32 or FtStorage.Unsigned64;
        bool signed = a is FtStorage.Signed32 or FtStorage.Signed64 && b is FtStorage.Signed32 or FtStorage.Signed64;
        return (unsigned || signed) && declared != filter && declared is not FtKind.FrameNum && filter is not FtKind.FrameNum;
    }
}
