namespace Sniffer.Dissectors.Model;

/// <summary>
/// Every field the protocols declare, by abbreviation, and the protocol that owns each one. Built from explicit
/// <see cref="ProtocolDeclaration"/>s (no reflection); two different definitions with one abbreviation fail here, at
/// start-up, never mid-file,
/// unless the second names the first as tshark's same-name registrations do (<see cref="FieldDef.SameNameAs"/>). Outputs, the display filter, <c>sniffer fields</c> and the Lua export resolve names here.
/// </summary>
public sealed class FieldCatalog
{
    private readonly Dictionary<string, FieldDef> _byAbbrev = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PreferenceDef> _preferences = new(StringComparer.Ordinal);
    private readonly List<FieldDef> _all = new();
    // Names defined more than once: every definition, the first first (most names have one and are not here).
    private readonly Dictionary<string, List<FieldDef>> _secondDefinitions = new(StringComparer.Ordinal);
    private readonly List<ProtocolDeclaration> _declarations = new();
    private ProtocolDef?[] _owner = [];

    private static readonly Lazy<FieldCatalog> Default = new(() => new FieldCatalog(Registry.BuiltInProtocols.Declarations, Registry.BuiltInProtocols.Unowned));

    /// <summary>The catalog of every protocol Sniffer has built in.</summary>
    public static FieldCatalog Shared => Default.Value;

    public FieldCatalog(IEnumerable<ProtocolDeclaration> declarations, IEnumerable<FieldDef>? unowned = null)
    {
        foreach (var d in declarations)
            Add(d);
        foreach (var f in unowned ?? [])
            AddField(f, null);
        foreach (var d in _declarations)
            foreach (var f in d.SecondDefinitions)
                AddSecondDefinition(f, d.Protocol);
    }

    /// <summary>
    /// Every protocol, field and expert, protocols first within each declaration, in declaration order: each name once,
    /// by its first definition (<see cref="DefinitionsOf"/> has the second ones).
    /// </summary>
    public IReadOnlyList<FieldDef> All => _all;

    /// <summary>
    /// Every definition of <paramref name="abbrev"/>, the first (<see cref="Find"/>'s) first; empty when there is none.
    /// tshark matches a filter name or an -e field against all of them.
    /// </summary>
    public IReadOnlyList<FieldDef> DefinitionsOf(string abbrev)
    {
        if (_secondDefinitions.TryGetValue(abbrev, out var all))
            return all;
        return Find(abbrev) is { } first ? [first] : [];
    }

    public IReadOnlyList<ProtocolDeclaration> Declarations => _declarations;

    public IEnumerable<PreferenceDef> Preferences => _preferences.Values;

    public FieldDef? Find(string abbrev) => _byAbbrev.TryGetValue(abbrev, out var f) ? f : null;

    public PreferenceDef? FindPreference(string name) => _preferences.TryGetValue(name, out var p) ? p : null;

    /// <summary>The protocol that declared <paramref name="field"/> (a protocol owns itself), or null when it is not in this catalog.</summary>
    public ProtocolDef? ProtocolOf(FieldDef field)
        => (uint)field.Id < (uint)_owner.Length ? _owner[field.Id] : null;

    private void Add(ProtocolDeclaration declaration)
    {
        _declarations.Add(declaration);
        var protocol = declaration.Protocol;
        AddField(protocol, protocol);
        foreach (var f in declaration.Fields)
            AddField(f, protocol);
        foreach (var e in declaration.Experts)
            AddField(e, protocol);
        foreach (var p in declaration.Preferences)
        {
            if (!_preferences.TryAdd(p.Name, p))
                throw new InvalidOperationException($"The preference '{p.Name}' is declared twice.");
        }
    }

    private void AddField(FieldDef field, ProtocolDef? owner)
    {
        if (field.SameNameAs is not null)
            throw new InvalidOperationException($"The field '{field.Abbrev}' is a second definition: list it in SecondDefinitions.");
        if (_byAbbrev.TryGetValue(field.Abbrev, out var existing))
        {
            if (ReferenceEquals(existing, field))
                throw new InvalidOperationException($"The field '{field.Abbrev}' is listed by two declarations.");
            throw new InvalidOperationException($"The field '{field.Abbrev}' is declared twice ({existing.Name} and {field.Name}).");
        }
        _byAbbrev.Add(field.Abbrev, field);
        _all.Add(field);
        SetOwner(field, owner);
    }

    /// <summary>A second definition of a name: accepted only when its first definition is this catalog's.</summary>
    private void AddSecondDefinition(FieldDef field, ProtocolDef owner)
    {
        var first = field.SameNameAs!;
        if (!_byAbbrev.TryGetValue(field.Abbrev, out var existing) || !ReferenceEquals(existing, first))
            throw new InvalidOperationException($"The field '{field.Abbrev}' is a second definition of a field this catalog does not hold.");
        if (!_secondDefinitions.TryGetValue(field.Abbrev, out var all))
            _secondDefinitions[field.Abbrev] = all = [first];
        if (all.Contains(field))
            throw new InvalidOperationException($"The field '{field.Abbrev}' ({field.Name}) is listed twice as a second definition.");
        all.Add(field);
        SetOwner(field, owner);
    }

    private void SetOwner(FieldDef field, ProtocolDef? owner)
    {
        if (field.Id >= _owner.Length)
            Array.Resize(ref _owner, Math.Max(field.Id + 1, _owner.Length * 2));
        _owner[field.Id] = owner;
    }
}
