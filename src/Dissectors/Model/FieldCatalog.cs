using System.Reflection;

namespace Sniffer.Dissectors.Model;

/// <summary>
/// Every field the dissectors declare, found once at start-up from their static declarations, each given a
/// dense id. Two different definitions with one abbreviation fail here, at start-up, never mid-file.
/// Outputs, the display filter and the Lua export resolve names through it.
/// </summary>
public sealed class FieldCatalog
{
    private readonly Dictionary<string, FieldDef> _byAbbrev = new(StringComparer.Ordinal);
    private readonly List<FieldDef> _all = new();

    private static readonly Lazy<FieldCatalog> Default = new(() => FromAssemblies(typeof(FieldDef).Assembly));

    /// <summary>The catalog of everything declared in the dissector library.</summary>
    public static FieldCatalog Shared => Default.Value;

    public IReadOnlyList<FieldDef> All => _all;

    public static FieldCatalog FromAssemblies(params Assembly[] assemblies)
    {
        var catalog = new FieldCatalog();
        foreach (var assembly in assemblies)
            foreach (var type in assembly.GetTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
                foreach (var f in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
                    if (typeof(FieldDef).IsAssignableFrom(f.FieldType) && f.IsInitOnly && f.GetValue(null) is FieldDef def)
                        catalog.Add(def);
        return catalog;
    }

    public void Add(FieldDef field)
    {
        if (_byAbbrev.TryGetValue(field.Abbrev, out var existing))
        {
            if (ReferenceEquals(existing, field))
                return;
            throw new InvalidOperationException($"The field '{field.Abbrev}' is declared twice ({existing.Name} and {field.Name}).");
        }
        _byAbbrev.Add(field.Abbrev, field);
        field.Id = _all.Count;
        _all.Add(field);
    }

    public FieldDef? Find(string abbrev) => _byAbbrev.TryGetValue(abbrev, out var f) ? f : null;
}
