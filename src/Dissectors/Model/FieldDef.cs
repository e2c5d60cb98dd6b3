namespace Sniffer.Dissectors.Model;

/// <summary>
/// A field declared once by its protocol: Wireshark's filter abbreviation, display name, type and
/// base. Outputs, the display filter and the Lua export all read these same objects.
/// </summary>
public class FieldDef
{
    public FieldDef(string abbrev, string name, FieldType type, FieldBase display = FieldBase.None,
        ulong bitmask = 0, string? description = null, IReadOnlyDictionary<ulong, string>? valueNames = null)
    {
        FieldNames.EnsureValidAbbrev(abbrev);
        Abbrev = abbrev;
        Name = name;
        Type = type;
        Display = display == FieldBase.None && type.IsInteger() && type != FieldType.FrameNum ? FieldBase.Dec : display;
        Bitmask = bitmask;
        Description = description;
        ValueNames = valueNames;
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

    /// <summary>
    /// Dense index, unique in the process, given when the definition is made (definitions are static, made once). Per-field
    /// tables (what an output wants, a column per field) are arrays indexed by it; <see cref="IdCount"/> sizes them.
    /// </summary>
    public int Id { get; } = Interlocked.Increment(ref s_lastId);

    private static int s_lastId = -1;

    /// <summary>How many field definitions exist so far: the size of an array indexed by <see cref="Id"/>.</summary>
    public static int IdCount => Volatile.Read(ref s_lastId) + 1;

    public override string ToString() => Abbrev;
}

/// <summary>A protocol: its top node in the tree ("tcp") and the short name used in the Protocol column ("TCP").</summary>
public sealed class ProtocolDef : FieldDef
{
    public ProtocolDef(string abbrev, string shortName, string longName, string? registeredName = null)
        : base(abbrev, longName, FieldType.Protocol)
    {
        ShortName = shortName;
        RegisteredName = registeredName ?? shortName;
    }

    /// <summary>The Protocol column's text ("TCP", "HTTP").</summary>
    public string ShortName { get; }

    /// <summary>
    /// The short name Wireshark registers the protocol under (tshark -G protocols: "ARP/RARP", "IEEE 802.11"), where it
    /// differs from the column's text; tshark's -z expert names the protocol that raised an item with it.
    /// </summary>
    public string RegisteredName { get; }
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
