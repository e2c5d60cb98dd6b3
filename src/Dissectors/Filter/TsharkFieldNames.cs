using Sniffer.Dissectors.Filter.Types;

namespace Sniffer.Dissectors.Filter;

/// <summary>
/// Whether tshark 4.0 registers a protocol or field name: `-e` and `-j` accept such a name as tshark does even where
/// Sniffer dissects nothing of it (the column then stays empty).
/// </summary>
public static class TsharkFieldNames
{
    /// <summary>True when tshark 4.0 has a protocol or field called <paramref name="name"/>.</summary>
    public static bool Knows(string name) =>
        TsharkNames.Shared.TryGetType(name, out _) || TsharkOtherFields.TryGetType(name, out _, out _);
}
