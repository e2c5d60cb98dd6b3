namespace Sniffer.Dissectors.Model;

/// <summary>
/// The known names closest to one that is not known, for errors that name an unknown field ("did you mean
/// frame.number?"): the same name in another case, names it begins (a prefix typed short), and names within a few
/// edits (letters added, dropped, changed or swapped), nearest first.
/// </summary>
public static class FieldSuggestions
{
    /// <summary>Up to <paramref name="max"/> known names close to <paramref name="name"/>, best first.</summary>
    public static IReadOnlyList<string> Closest(FieldCatalog catalog, string name, int max = 3)
    {
        if (string.IsNullOrEmpty(name))
            return [];
        var scored = new List<(int Score, string Abbrev)>();
        int budget = Math.Clamp(name.Length / 4, 1, 3);
        foreach (var field in catalog.All)
        {
            string abbrev = field.Abbrev;
            if (string.Equals(abbrev, name, StringComparison.OrdinalIgnoreCase))
            {
                scored.Add((0, abbrev));
                continue;
            }
            if (name.Length >= 3 && abbrev.StartsWith(name, StringComparison.OrdinalIgnoreCase) && abbrev.Length > name.Length)
            {
                // A name typed short: the nearest longer names, fewest extra characters first.
                scored.Add((10 + Math.Min(abbrev.Length - name.Length, 50), abbrev));
                continue;
            }
            if (Math.Abs(abbrev.Length - name.Length) > budget)
                continue;
            int distance = Distance(name, abbrev, budget);
            if (distance <= budget)
                scored.Add((distance, abbrev));
        }
        return scored.OrderBy(s => s.Score).ThenBy(s => s.Abbrev, StringComparer.Ordinal).Take(max).Select(s => s.Abbrev).ToList();
    }

    /// <summary>"name (did you mean a, b or c?)", or the name alone when nothing is close.</summary>
    public static string Describe(FieldCatalog catalog, string name)
    {
        var close = Closest(catalog, name);
        return close.Count switch
        {
            0 => name,
            1 => $"{name} (did you mean {close[0]}?)",
            _ => $"{name} (did you mean {string.Join(", ", close.Take(close.Count - 1))} or {close[^1]}?)",
        };
    }

    /// <summary>Optimal string alignment distance (edits plus swaps of neighbours), case-insensitive; stops past <paramref name="limit"/>.</summary>
    private static int Distance(string a, string b, int limit)
    {
        int n = a.Length, m = b.Length;
        Span<int> previous2 = stackalloc int[m + 1];
        Span<int> previous = stackalloc int[m + 1];
        Span<int> current = stackalloc int[m + 1];
        for (int j = 0; j <= m; j++)
            previous[j] = j;
        for (int i = 1; i <= n; i++)
        {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= m; j++)
            {
                int cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 2])
                    && char.ToLowerInvariant(a[i - 2]) == char.ToLowerInvariant(b[j - 1]))
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > limit)
                return limit + 1;
            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return previous[m];
    }
}
