namespace Sniffer.Fuzz;

/// <summary>Display filters to mutate: the conformance lists the tests keep (valid and invalid ones), one per line.</summary>
public static class FilterSeeds
{
    public static List<string> Load()
    {
        string root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Sniffer.sln")) && Path.GetDirectoryName(root) is { } parent)
            root = parent;
        var filters = new List<string>();
        foreach (var name in new[] { "valid-filters.txt", "invalid-filters.txt" })
        {
            string path = Path.Combine(root, "tests", "Sniffer.Tests", "Filter", name);
            if (File.Exists(path))
                filters.AddRange(File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')));
        }
        return filters;
    }
}
