namespace Sniffer.Dissectors.Filter.Types;

/// <summary>What kind of value names a field has; each decides how a name in a filter is read.</summary>
internal enum FieldStringsKind : byte
{
    /// <summary>A value_string (or its extended form): names of 32-bit values.</summary>
    Values,
    /// <summary>A val64_string: names of 64-bit values.</summary>
    Values64,
    /// <summary>A range_string: Wireshark 4.0 refuses names for these ("cannot accept [range] strings").</summary>
    Ranges,
    /// <summary>A custom formatter: refused too ("cannot accept [custom] strings").</summary>
    Custom,
    /// <summary>A boolean's true/false strings.</summary>
    TrueFalse,
}
