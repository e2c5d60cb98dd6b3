namespace Sniffer.Dissectors.Filter.Types;

/// <summary>
/// The names a field's values may be written with (Wireshark's value_string, val64_string, range_string or
/// true_false_string), which a filter may use instead of a number: <c>tls.handshake.type == "Client Hello"</c>,
/// <c>tcp.flags.syn == Set</c>. Names are matched without regard to ASCII case, the first one listed winning.
/// </summary>
internal sealed class FieldStrings
{
    public static readonly FieldStrings DefaultBoolean = new(FieldStringsKind.TrueFalse, null, "True", "False");

    private readonly Dictionary<string, ulong>? _values;

    public FieldStrings(FieldStringsKind kind, Dictionary<string, ulong>? values, string? trueString = null, string? falseString = null)
    {
        Kind = kind;
        _values = values;
        TrueString = trueString;
        FalseString = falseString;
    }

    public FieldStringsKind Kind { get; }
    public string? TrueString { get; }
    public string? FalseString { get; }

    public bool TryFind(string name, out ulong value)
    {
        value = 0;
        return _values is not null && _values.TryGetValue(name, out value);
    }

    /// <summary>Value names in declaration order; a name already present keeps its first value.</summary>
    public static FieldStrings FromValues(FieldStringsKind kind, IEnumerable<KeyValuePair<ulong, string>> values)
    {
        var map = new Dictionary<string, ulong>(AsciiCaseInsensitive.Instance);
        foreach (var (value, name) in values)
            map.TryAdd(name, value);
        return new FieldStrings(kind, map);
    }
}
