namespace Sniffer.Lab;

/// <summary>
/// What the lab pot can add (RFC 2324 §2.2.2.1's milk and syrup types, RFC 7168's sweeteners and spices). The
/// alcohol types exist in the RFC but this pot does not serve them: asking gets 406 Not Acceptable, as does
/// anything it has never heard of.
/// </summary>
public static class CoffeeAdditions
{
    public static readonly IReadOnlyList<string> Served =
    [
        "Cream", "Half-and-half", "Whole-milk", "Part-Skim", "Skim", "Non-Dairy",
        "Vanilla", "Almond", "Raspberry", "Chocolate",
        "Sugar", "Honey", "Stevia",
        "Cinnamon", "Cardamom",
    ];

    public static readonly IReadOnlyList<string> Milks = ["Cream", "Half-and-half", "Whole-milk", "Part-Skim", "Skim", "Non-Dairy"];

    /// <summary>
    /// The additions named in an Accept-Additions value: items separated by commas or semicolons, an item with '='
    /// being a parameter of the one before ("Whole-milk;q=0.5"). Unknown ones land in <paramref name="refused"/>.
    /// </summary>
    public static List<string> Parse(string? header, List<string> refused)
    {
        var accepted = new List<string>();
        if (header is null)
            return accepted;
        foreach (string item in header.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (item.Contains('='))
                continue;
            string? known = null;
            foreach (string s in Served)
                if (string.Equals(s, item, StringComparison.OrdinalIgnoreCase))
                    known = s;
            if (known is null)
                refused.Add(item);
            else
                accepted.Add(known);
        }
        return accepted;
    }

    public static bool HasMilk(IReadOnlyList<string> additions)
    {
        foreach (string a in additions)
            foreach (string m in Milks)
                if (a == m)
                    return true;
        return false;
    }
}
