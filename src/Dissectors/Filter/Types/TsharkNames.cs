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

    /// <summary>
    /// The value names a filter may use for <paramref name="abbrev"/>. A field's value lines are parsed the first time a
    /// filter names the field (most runs name a few fields of the ten thousand listed).
    /// </summary>
    public FieldStrings? StringsOf(string abbrev)
    {
        lock (_strings)
        {
            if (_strings.TryGetValue(abbrev, out var known))
                return known;
            if (!_valueBlocks.Remove(abbrev, out var block))
                return null;
            var strings = FieldStrings.FromValues(block.Kind, ParseValues(block.Start, block.End));
            _strings[abbrev] = strings;
            return strings;
        }
    }

    /// <summary>The protocol an alias stands for ("ssl" → "tls"), or null.</summary>
    public string? AliasTarget(string alias) => _aliases.GetValueOrDefault(alias);

    // The decompressed list, kept for the value lines parsed on demand; and where each field's value lines are in it.
    private byte[] _text = [];
    private readonly Dictionary<string, ValueBlock> _valueBlocks = new(StringComparer.Ordinal);

    private readonly record struct ValueBlock(FieldStringsKind Kind, int Start, int End);

    private static TsharkNames Load()
    {
        var names = new TsharkNames();
        using var resource = typeof(TsharkNames).Assembly.GetManifestResourceStream(ResourceName);
        if (resource is null)
            return names;
        using (var gzip = new GZipStream(resource, CompressionMode.Decompress))
        using (var text = new MemoryStream())
        {
            gzip.CopyTo(text);
            names._text = text.ToArray();
        }
        var all = names._text.AsSpan();
        // Value lines (V, V64) are only located here: each field's lines are consecutive, so a block is the range from its
        // first line to the end of its last. U and R lines open an entry whose kind the value lines then join.
        var values = new Dictionary<string, ValueBlock>(StringComparer.Ordinal);
        var custom = new List<string>();
        var types = new List<(string Name, bool Known, FtKind Kind)>();
        string? blockAbbrev = null;
        int blockAbbrevAt = 0, blockAbbrevLength = 0;
        int pos = 0;
        Span<Range> cols = stackalloc Range[5];
        while (pos < all.Length)
        {
            int lineStart = pos;
            int newline = all[pos..].IndexOf((byte)'\n');
            int lineEnd = newline < 0 ? all.Length : pos + newline;
            pos = newline < 0 ? all.Length : lineEnd + 1;
            var line = all[lineStart..lineEnd];
            if (line.Length > 0 && line[^1] == (byte)'\r')
                line = line[..^1];
            int count = SplitColumns(line, cols);
            var tag = line[cols[0]];
            if ((tag.SequenceEqual("V"u8) || tag.SequenceEqual("V64"u8)) && count >= 4)
            {
                var abbrev = line[cols[1]];
                if (blockAbbrev is null || !abbrev.SequenceEqual(all.Slice(blockAbbrevAt, blockAbbrevLength)))
                {
                    blockAbbrev = Encoding.UTF8.GetString(abbrev);
                    blockAbbrevAt = lineStart + cols[1].Start.Value;
                    blockAbbrevLength = abbrev.Length;
                }
                var kind = tag.Length == 1 ? FieldStringsKind.Values : FieldStringsKind.Values64;
                if (!values.TryGetValue(blockAbbrev, out var block))
                    block = new ValueBlock(kind, lineStart, pos);
                else if (block.Start < 0)
                    block = block with { Start = lineStart, End = pos };
                else
                    block = block with { End = pos };
                values[blockAbbrev] = block;
                continue;
            }
            switch (tag.Length == 1 ? (char)tag[0] : '\0')
            {
                case 'P' when count >= 2:
                    names._protocols.Add(Encoding.UTF8.GetString(line[cols[1]]));
                    break;
                case 'F' when count >= 4:
                    if (TypeOf(types, line[cols[2]]) is { } type)
                        names._fields.TryAdd(Encoding.UTF8.GetString(line[cols[1]]), type);
                    break;
                case 'C' when count >= 2:
                    custom.Add(Encoding.UTF8.GetString(line[cols[1]]));
                    break;
                case 'U' when count >= 2:
                    values.TryAdd(Encoding.UTF8.GetString(line[cols[1]]), new ValueBlock(FieldStringsKind.Values, -1, -1));
                    break;
                case 'T' when count >= 4:
                    names._strings.TryAdd(Encoding.UTF8.GetString(line[cols[1]]), new FieldStrings(FieldStringsKind.TrueFalse, null,
                        Encoding.UTF8.GetString(line[cols[2]]), Encoding.UTF8.GetString(line[cols[3]])));
                    break;
                case 'R' when count >= 2:
                    values.TryAdd(Encoding.UTF8.GetString(line[cols[1]]), new ValueBlock(FieldStringsKind.Ranges, -1, -1));
                    break;
                case 'A' when count >= 3:
                    names._aliases[Encoding.UTF8.GetString(line[cols[1]])] = Encoding.UTF8.GetString(line[cols[2]]);
                    break;
            }
        }
        foreach (var (abbrev, block) in values)
        {
            if (names._strings.ContainsKey(abbrev))
                continue;
            if (block.Start < 0)
                names._strings[abbrev] = FieldStrings.FromValues(block.Kind, []);
            else
                names._valueBlocks[abbrev] = block;
        }
        foreach (var abbrev in custom)
        {
            names._valueBlocks.Remove(abbrev);
            names._strings[abbrev] = new FieldStrings(FieldStringsKind.Custom, null);
        }
        return names;
    }

    /// <summary>A field type's name ("FT_UINT16" or "UINT16") as its kind; null when the filter engine has no such type.</summary>
    private static FtKind? TypeOf(List<(string Name, bool Known, FtKind Kind)> seen, ReadOnlySpan<byte> name)
    {
        foreach (var t in seen)
        {
            if (name.Length == t.Name.Length && Encoding.UTF8.GetByteCount(t.Name) == name.Length && name.SequenceEqual(Encoding.UTF8.GetBytes(t.Name)))
                return t.Known ? t.Kind : null;
        }
        string text = Encoding.UTF8.GetString(name);
        bool known = FtInfo.TryParseName(text, out var kind);
        seen.Add((text, known, kind));
        return known ? kind : null;
    }

    /// <summary>Splits a line at tabs into at most <paramref name="cols"/>.Length columns (the last keeps the rest); returns how many.</summary>
    private static int SplitColumns(ReadOnlySpan<byte> line, Span<Range> cols)
    {
        int count = 0, start = 0;
        while (count < cols.Length - 1)
        {
            int tab = line[start..].IndexOf((byte)'\t');
            if (tab < 0)
                break;
            cols[count++] = new Range(start, start + tab);
            start += tab + 1;
        }
        cols[count++] = new Range(start, line.Length);
        return count;
    }

    /// <summary>The value names of one field's block of V/V64 lines (value, then name), in file order.</summary>
    private List<KeyValuePair<ulong, string>> ParseValues(int start, int end)
    {
        var list = new List<KeyValuePair<ulong, string>>();
        var block = _text.AsSpan(start, end - start);
        Span<Range> cols = stackalloc Range[5];
        foreach (var range in block.Split((byte)'\n'))
        {
            var line = block[range];
            if (line.Length > 0 && line[^1] == (byte)'\r')
                line = line[..^1];
            if (SplitColumns(line, cols) < 4)
                continue;
            string value = Encoding.UTF8.GetString(line[cols[2]]);
            if (ulong.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out ulong v)
                || (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long sv) && (v = (ulong)sv) == v))
                list.Add(new(v, Encoding.UTF8.GetString(line[cols[3]])));
        }
        return list;
    }
}
