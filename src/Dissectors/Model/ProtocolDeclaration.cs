namespace Sniffer.Dissectors.Model;

/// <summary>
/// What one protocol declares about itself (Wireshark's proto_register_*): its protocol item, its fields, its
/// expert items and its preferences, listed explicitly. The field catalog, <c>sniffer fields</c>, the display
/// filter and the Lua export all read these lists; nothing is discovered by reflection.
/// </summary>
public sealed class ProtocolDeclaration
{
    public ProtocolDeclaration(ProtocolDef protocol, IReadOnlyList<FieldDef> fields, IReadOnlyList<ExpertDef>? experts = null,
        IReadOnlyList<PreferenceDef>? preferences = null)
    {
        Protocol = protocol;
        Fields = fields;
        Experts = experts ?? [];
        Preferences = preferences ?? [];
        foreach (var f in fields)
        {
            if (f is ExpertDef or ProtocolDef)
                throw new ArgumentException($"{protocol.Abbrev}: '{f.Abbrev}' is listed as a field; list protocols and experts where they belong.");
        }
    }

    public ProtocolDef Protocol { get; }
    /// <summary>The protocol's value fields, in the order they are declared (the order <c>-G fields</c> lists them).</summary>
    public IReadOnlyList<FieldDef> Fields { get; }
    public IReadOnlyList<ExpertDef> Experts { get; }

    /// <summary>
    /// Definitions of a name a field of this or another protocol already holds (<see cref="FieldDef.SameNameAs"/> set):
    /// the catalog adds them after every declaration's own fields. Kept apart from <see cref="Fields"/> because the
    /// glossaries list a name once, with its first definition (tshark -G fields skips the same-name chain).
    /// </summary>
    public IReadOnlyList<FieldDef> SecondDefinitions
    {
        get => _secondDefinitions;
        init
        {
            foreach (var f in value)
                if (f.SameNameAs is null)
                    throw new ArgumentException($"{Protocol.Abbrev}: '{f.Abbrev}' is listed as a second definition but names no first one (SameNameAs).");
            _secondDefinitions = value;
        }
    }

    private readonly IReadOnlyList<FieldDef> _secondDefinitions = [];

    /// <summary>Everything the protocol's dissector adds below its protocol item: fields, second definitions, expert items.</summary>
    public FieldGroup Items => _items ?? MakeItems(); // read per layer per frame: the common path inlines to one load

    private FieldGroup? _items;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private FieldGroup MakeItems() => _items ??= new FieldGroup(Fields, SecondDefinitions, Experts);

    public IReadOnlyList<PreferenceDef> Preferences { get; }
}
