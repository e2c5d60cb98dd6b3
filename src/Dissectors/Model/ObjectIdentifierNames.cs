using System.Collections.Frozen;

namespace Sniffer.Dissectors.Model;

/// <summary>
/// The names Wireshark's dissectors give object identifiers (ObjectIdentifierNames.txt, an embedded resource), read
/// the first time a name is asked for.
/// </summary>
internal static class ObjectIdentifierNames
{
    private static FrozenDictionary<string, string>? _names;

    public static FrozenDictionary<string, string> Names => _names ??= Load();

    private static FrozenDictionary<string, string> Load()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        using var stream = typeof(ObjectIdentifierNames).Assembly.GetManifestResourceStream("ObjectIdentifierNames.txt");
        if (stream is null)
            return names.ToFrozenDictionary(StringComparer.Ordinal);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            int tab = line.IndexOf('\t');
            if (tab > 0)
                names[line[..tab]] = line[(tab + 1)..];
        }
        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
