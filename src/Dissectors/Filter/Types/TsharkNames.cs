using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Sniffer.Dissectors.Filter.Types;

/// <summary>
/// The protocol and field names tshark 4.0 knows, read from the list scripts/gen-filter-names.py generated from
/// the real tshark (embedded, compressed): every protocol name, the fields of the protocols a lab capture plausibly
/// carries with their types, their value names, and the protocol aliases ("ssl" for "tls"). A filter naming
/// something Sniffer does not dissect compiles as in tshark and matches nothing.
/// </summary>
internal sealed class TsharkNames
{
    private const string ResourceName = "Sniffer.Dissectors.Filter.tshark-names.txt.gz";

    private static readonly Lazy<TsharkNames> Loaded = new(Load);

    private readonly HashSet<string> _protocols = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FtKind> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FieldStrings> _strings = new(StringComparer.Ordinal);

    public static TsharkNames Shared => Loaded.Value;

    /// <summary>The type of a tshark protocol or field, if tshark 4.0 has that name.</summary>
    public bool TryGetType(string abbrev, out FtKind type)
    {
        if (_fields.TryGetValue(abbrev, out type))
            return true;
        if (_protocols.Contains(abbrev))
        {
            type = FtKind.Protocol;
            return true;
        }
        return false;
    }

    public FieldStrings? StringsOf(string abbrev) => _strings.GetValueOrDefault(abbrev);

    /// <summary>The protocol an alias stands for ("ssl" → "tls"), or null.</summary>
    public string? AliasTarget(string alias) => _aliases.GetValueOrDefault(alias);

    private static TsharkNames Load()
    {
        var names = new TsharkNames();
        using var resource = typeof(TsharkNames).Assembly.GetManifestResourceStream(ResourceName);
        if (resource is null)
            return names;
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var values = new Dictionary<string, (FieldStringsKind Kind, List<KeyValuePair<ulong, string>> List)>(StringComparer.Ordinal);
        var custom = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var cols = line.Split('\t');
            switch (cols[0])
            {
                case "P" when cols.Length >= 2:
                    names._protocols.Add(cols[1]);
                    break;
                case "F" when cols.Length >= 4:
                    if (FtInfo.TryParseName(cols[2], out var kind))
                        names._fields.TryAdd(cols[1], kind);
                    break;
                case "C" when cols.Length >= 2:
                    custom.Add(cols[1]);
                    break;
                case "U" when cols.Length >= 2:
                    values.TryAdd(cols[1], (FieldStringsKind.Values, new List<KeyValuePair<ulong, string>>()));
                    break;
                case "T" when cols.Length >= 4:
                    names._strings.TryAdd(cols[1], new FieldStrings(FieldStringsKind.TrueFalse, null, cols[2], cols[3]));
                    break;
                case "V" or "V64" when cols.Length >= 4:
                    if (ulong.TryParse(cols[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out ulong v)
                        || (long.TryParse(cols[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out long sv) && (v = (ulong)sv) == v))
                    {
                        var k = cols[0] == "V" ? FieldStringsKind.Values : FieldStringsKind.Values64;
                        if (!values.TryGetValue(cols[1], out var entry))
                            values[cols[1]] = entry = (k, new List<KeyValuePair<ulong, string>>());
                        entry.List.Add(new(v, cols[3]));
                    }
                    break;
                case "R" when cols.Length >= 2:
                    if (!values.ContainsKey(cols[1]))
                        values[cols[1]] = (FieldStringsKind.Ranges, new List<KeyValuePair<ulong, string>>());
                    break;
                case "A" when cols.Length >= 3:
                    names._aliases[cols[1]] = cols[2];
                    break;
            }
        }
        foreach (var (abbrev, entry) in values)
            names._strings.TryAdd(abbrev, FieldStrings.FromValues(entry.Kind, entry.List));
        foreach (var abbrev in custom)
            names._strings[abbrev] = new FieldStrings(FieldStringsKind.Custom, null);
        return names;
    }
}
