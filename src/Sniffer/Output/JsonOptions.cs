using Sniffer.Dissectors.Model;

namespace Sniffer.Output;

/// <summary>How -T json and -T ek write frames (tshark's -j, -J, -x, -e and --no-duplicate-keys).</summary>
public sealed record JsonOptions
{
    /// <summary>-e: only these fields, each as an array of its values; empty for the whole tree.</summary>
    public IReadOnlyList<FieldDef> Fields { get; init; } = [];

    /// <summary>-j/-J: the only keys whose children are written (others show {"filtered": key}); null for all.</summary>
    public IReadOnlySet<string>? ProtocolFilter { get; init; }

    /// <summary>-J: a protocol that passes the filter is written with all its children.</summary>
    public bool IncludeChildren { get; init; }

    /// <summary>-x: each item also as "key_raw": [hex, position, length, bitmask, type].</summary>
    public bool Raw { get; init; }

    /// <summary>Values are written (tshark leaves them out only when asked for no dissection at all).</summary>
    public bool PrintText { get; init; } = true;

    /// <summary>--no-duplicate-keys: children that share a key become one key with an array of values.</summary>
    public bool NoDuplicateKeys { get; init; }

    /// <summary>--color: PDML's and PSML's packets carry their colouring rule's colours; null for none.</summary>
    public Coloring.ColoringRules? Colors { get; init; }

    /// <summary>Parses -j/-J's space-separated protocol list.</summary>
    public static IReadOnlySet<string> ParseFilter(string list)
        => new HashSet<string>(list.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
