namespace Sniffer.Dissectors.Model;

/// <summary>
/// A field declared once by its protocol: Wireshark's filter abbreviation, display name, type and
/// base. Outputs, the display filter and the Lua export all read these same objects.
/// </summary>
public class FieldDef
{
    /// <param name="display">The base; left out, integers are decimal. An explicit <see cref="FieldBase.None"/> on an integer
    /// with value names shows the name alone (BASE_NONE, as the checksum status fields).</param>
    public FieldDef(string abbrev, string name, FieldType type, FieldBase? display = null,
        ulong bitmask = 0, string? description = null, IReadOnlyDictionary<ulong, string>? valueNames = null)
    {
        FieldNames.EnsureValidAbbrev(abbrev);
        Abbrev = abbrev;
        Name = name;
        Type = type;
        Display = display ?? (type.IsInteger() && type != FieldType.FrameNum ? FieldBase.Dec : FieldBase.None);
        Bitmask = bitmask;
        Description = description;
        ValueNames = valueNames;
        _first = this;
        NameId = Id;
        FieldDefs.Register(this);
    }

    /// <summary>Filter name, byte for byte Wireshark's ("tcp.srcport").</summary>
    public string Abbrev { get; }
    /// <summary>Label in the verbose tree ("Source Port").</summary>
    public string Name { get; }
    public FieldType Type { get; }
    public FieldBase Display { get; }
    /// <summary>For flag fields: the bits of the parent value this field shows (0 when not a bit field).</summary>
    public ulong Bitmask { get; }
    public string? Description { get; }
    /// <summary>Names for values (Wireshark's value_string), shown beside the number in the tree.</summary>
    public IReadOnlyDictionary<ulong, string>? ValueNames { get; }

    /// <summary>A boolean's words for true and false in the tree (Wireshark's true_false_string); null: "True"/"False".</summary>
    public TrueFalse? Booleans { get; init; }

    /// <summary>The unit written after a number in the tree ("74 bytes"); null for none (BASE_UNIT_STRING).</summary>
    public Units? Unit { get; init; }

    /// <summary>
    /// Bits of the value a bit picture shows ("000. .... ...." for TCP's twelve flag bits): for booleans Wireshark's
    /// display width; 0 means the width of the type (or of the smallest byte multiple that holds the mask).
    /// </summary>
    public int BitWidth { get; init; }

    /// <summary>
    /// Dense index, unique in the process, given when the definition is made (definitions are static, made once). Per-field
    /// tables (what an output wants, a column per field) are arrays indexed by it; <see cref="IdCount"/> sizes them.
    /// </summary>
    public int Id { get; } = Interlocked.Increment(ref s_lastId);

    private static int s_lastId = -1;

    /// <summary>
    /// A second definition of a name another definition holds (tshark's same-name chain: packet-ipv6.c registers
    /// ip.version with mask 0xF0 beside packet-ip.c's, mDNS its own dns.qry.class with mask 0x7FFF). Set to the name's first
    /// definition; this one keeps its own <see cref="Id"/>, type and mask, and answers the name wherever the first does
    /// (-e, -Y, field subsets). The catalog accepts a repeated name only this way, listed in
    /// <see cref="ProtocolDeclaration.SecondDefinitions"/>.
    /// </summary>
    public FieldDef? SameNameAs
    {
        get => ReferenceEquals(_first, this) ? null : _first;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Abbrev != Abbrev || value.SameNameAs is not null)
                throw new ArgumentException($"'{Abbrev}' can only be a second definition of a first definition of the same name, not of '{value.Abbrev}'.", nameof(value));
            _first = value;
            NameId = value.Id;
        }
    }

    private readonly FieldDef _first;

    /// <summary>
    /// The <see cref="Id"/> of the first definition of this name (this one's own unless it is a second definition): what
    /// outputs that select fields by name index by, so every definition of a name lands in the one column.
    /// </summary>
    public int NameId { get; private init; }

    /// <summary>Whether <paramref name="other"/> is this definition or another definition of the same name.</summary>
    public bool SharesName(FieldDef other) => other.NameId == NameId;

    /// <summary>How many field definitions exist so far: the size of an array indexed by <see cref="Id"/>.</summary>
    public static int IdCount => Volatile.Read(ref s_lastId) + 1;

    /// <summary>The definition whose <see cref="Id"/> is <paramref name="id"/> (what a <see cref="FieldNode"/> stores).</summary>
    public static FieldDef ById(int id) => FieldDefs.Get(id);

    public override string ToString() => Abbrev;
}

/// <summary>A protocol: its top node in the tree ("tcp") and the short name used in the Protocol column ("TCP").</summary>
public sealed class ProtocolDef : FieldDef
{
    /// <param name="registeredName">When given, the registered short name, and <paramref name="shortName"/> is the column's text.</param>
    public ProtocolDef(string abbrev, string shortName, string longName, string? registeredName = null)
        : base(abbrev, longName, FieldType.Protocol)
    {
        ShortName = registeredName ?? shortName;
        if (registeredName is not null)
            _columnName = shortName;
    }

    /// <summary>The short name Wireshark registers ("TCP", "IEEE 802.11"): -G protocols, and what a malformed-packet mark names.</summary>
    public string ShortName { get; }

    /// <summary>The Protocol column's text when the dissector sets one other than its short name ("802.11").</summary>
    public string ColumnName
    {
        get => _columnName ?? ShortName;
        init => _columnName = value;
    }

    private readonly string? _columnName;

    /// <summary>
    /// A protocol "in name only" whose items hold bytes (proto_register_protocol_in_name_only with FT_BYTES, as each
    /// TCP option): machine outputs show the bytes it covers as its value.
    /// </summary>
    public bool ValueIsBytes { get; init; }

    /// <summary>
    /// Whether Wireshark runs the protocol as a dissector of its own (add_layer), so that a field's layer ("tcp.port#2")
    /// counts the protocol's occurrences in the frame. False for a protocol item another dissector adds in passing (a TCP
    /// option "in name only", _ws.expert, _ws.malformed, the packet comments): its fields keep the layer of the dissector
    /// that added them (tcp.option_kind#2 is nothing in a segment with two NOPs).
    /// </summary>
    public bool IsLayer
    {
        get => _isLayer && !ValueIsBytes;
        init => _isLayer = value;
    }

    private readonly bool _isLayer = true;

    /// <summary>
    /// A header of its parent protocol shown under the parent's item (IPv6's extension headers under ipv6), not a packet
    /// quoted inside another (an ICMP error's): its expert items are the frame's own.
    /// </summary>
    public bool NestedHeader { get; init; }

    /// <summary>The short name Wireshark registers the protocol under (tshark -G protocols: "ARP/RARP"); tshark's -z expert names the protocol that raised an item with it.</summary>
    public string RegisteredName => ShortName;
}

internal static class FieldNames
{
    public static void EnsureValidAbbrev(string abbrev)
    {
        if (string.IsNullOrEmpty(abbrev))
            throw new ArgumentException("A field needs an abbreviation.", nameof(abbrev));
        foreach (char c in abbrev)
        {
            bool ok = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '.' or '_' or '-';
            if (!ok)
                throw new ArgumentException($"Field abbreviation '{abbrev}' has the character '{c}'; only letters, digits, '.', '_' and '-' are allowed.", nameof(abbrev));
        }
    }
}
