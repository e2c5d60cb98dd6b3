using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Sniffer.Dissectors.Filter.Types;

/// <summary>
/// The protocol and field names tshark 4.0 knows, read from the list scripts/gen-filter-names.py generated from
/// the real tshark (embedded, compressed): every protocol name, the fields of the protocols a lab capture plausibly
/// carries with their types, their value names, and the protocol aliases ("ssl" for "tls"). A filter naming
/// something Sniffer does not dissect compiles as in tshark and matches nothing.
/// <para>
/// The list is only decompressed at start; a name is looked up when a filter first uses it, by one search of the text
/// for the lines about that name (a filter names a few of the thirty thousand lines), and the answer is kept.
/// </para>
/// </summary>
internal sealed class TsharkNames
{
    private const string ResourceName = "Sniffer.Dissectors.Filter.tshark-names.txt.gz";

    /// <summary>
    /// The lines of the list about the names Sniffer's own catalog declares, and only those (a tenth of the list): a
    /// filter on Sniffer's fields reads tshark's type and value names from it without decompressing the whole list.
    /// Generated from the list by <see cref="SubsetFor"/>; FilterNamesSubsetTests keeps it equal to that.
    /// </summary>
    internal const string DeclaredResourceName = "Sniffer.Dissectors.Filter.tshark-names-declared.txt.gz";

    private static readonly Lazy<TsharkNames> Loaded = new(() => Load(ResourceName));
    private static readonly Lazy<TsharkNames> LoadedDeclared = new(() => Load(DeclaredResourceName));

    private readonly Lock _lock = new();
    private readonly Dictionary<string, FtKind?> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (FieldStrings? Unquoted, FieldStrings? Quoted, FtKind? QuotedType)> _strings = new(StringComparer.Ordinal);
    private readonly List<(string Name, bool Known, FtKind Kind)> _typeNames = [];

    // The decompressed list: lines of tab-separated columns, a tag then the name it is about.
    private byte[] _text = [];

    public static TsharkNames Shared => Loaded.Value;

    /// <summary>The list's lines about the names <see cref="Model.FieldCatalog.Shared"/> declares: for those names, the same answers as <see cref="Shared"/>.</summary>
    public static TsharkNames Declared => LoadedDeclared.Value;

    /// <summary>
    /// The text of the declared-names resource: the full list's first line, then every line whose name is one of
    /// <paramref name="names"/>, in the list's order.
    /// </summary>
    internal static byte[] SubsetFor(IReadOnlySet<string> names)
    {
        var all = Shared._text.AsSpan();
        using var subset = new MemoryStream();
        bool first = true;
        foreach (var range in all.Split((byte)'\n'))
        {
            var line = all[range];
            if (line.IsEmpty)
                continue;
            var name = NameOf(line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line);
            if (first || names.Contains(Encoding.UTF8.GetString(name)))
            {
                subset.Write(line);
                subset.WriteByte((byte)'\n');
            }
            first = false;
        }
        return subset.ToArray();
    }

    /// <summary>
    /// The type of a tshark protocol or field, if tshark 4.0 has that name: the first F line with a type the filter
    /// engine knows, else a P line (a protocol).
    /// </summary>
    public bool TryGetType(string abbrev, out FtKind type)
    {
        lock (_lock)
        {
            if (!_types.TryGetValue(abbrev, out var known))
            {
                known = null;
                bool protocol = false;
                Span<Range> cols = stackalloc Range[5];
                foreach (var (start, end) in LinesAbout(abbrev))
                {
                    var line = _text.AsSpan(start, end - start);
                    int count = SplitColumns(line, cols);
                    var tag = line[cols[0]];
                    if (tag.SequenceEqual("F"u8) && count >= 4 && TypeOf(_typeNames, line[cols[2]]) is { } fieldType)
                    {
                        known = fieldType;
                        break;
                    }
                    protocol |= tag.SequenceEqual("P"u8);
                }
                if (known is null && protocol)
                    known = FtKind.Protocol;
                _types[abbrev] = known;
            }
            type = known.GetValueOrDefault();
            return known is not null;
        }
    }

    /// <summary>
    /// The value names an unquoted word may stand for in a filter on <paramref name="abbrev"/> (`tls.handshake.type ==
    /// Finished`): those of the last field registered under the name, the one the filter resolves it to. A Q line
    /// says whether that registration has names at all; without one, custom (a C line) before true/false names (the
    /// first T line) before value names (V or V64 lines, of the kind the first U, R, V or V64 line about it gives,
    /// the last registration's block of them).
    /// </summary>
    public FieldStrings? StringsOf(string abbrev) => Strings(abbrev).Unquoted;

    /// <summary>
    /// The registration a quoted string is read against in a filter on <paramref name="abbrev"/> (`NAME == "text"`),
    /// when it is another than the last: tshark 4.0 walks back past every registration of the name that is no string
    /// to the first, and reads the string as that one's type, with that one's value names (`wlan.rsn.akms.type ==
    /// "PSK"` finds none, `tls.handshake.type == "Server Hello"` is SSLv2's 4). False when the quoted string is read
    /// as the unquoted word is, but for the block of value names (<see cref="QuotedStringsOf"/>).
    /// </summary>
    public bool TryGetQuotedType(string abbrev, out FtKind type)
    {
        var quoted = Strings(abbrev).QuotedType;
        type = quoted.GetValueOrDefault();
        return quoted is not null;
    }

    /// <summary>The value names a quoted string may stand for in a filter on <paramref name="abbrev"/>: the first registration's (see <see cref="TryGetQuotedType"/>).</summary>
    public FieldStrings? QuotedStringsOf(string abbrev) => Strings(abbrev).Quoted;

    private (FieldStrings? Unquoted, FieldStrings? Quoted, FtKind? QuotedType) Strings(string abbrev)
    {
        lock (_lock)
        {
            if (!_strings.TryGetValue(abbrev, out var known))
            {
                known = FindStrings(abbrev);
                _strings[abbrev] = known;
            }
            return known;
        }
    }

    private (FieldStrings? Unquoted, FieldStrings? Quoted, FtKind? QuotedType) FindStrings(string abbrev)
    {
        FieldStrings? trueFalse = null;
        FieldStringsKind? kind = null;
        int valuesStart = -1, valuesEnd = -1;
        bool custom = false;
        (FtKind? Type, FieldStringsKind? Quoted, FieldStringsKind? Unquoted)? walk = null;
        Span<Range> cols = stackalloc Range[5];
        foreach (var (start, end) in LinesAbout(abbrev))
        {
            var line = _text.AsSpan(start, end - start);
            int count = SplitColumns(line, cols);
            var tag = line[cols[0]];
            if (tag.SequenceEqual("C"u8))
            {
                custom = true;
            }
            else if (tag.SequenceEqual("T"u8))
            {
                if (count >= 4)
                    trueFalse ??= new FieldStrings(FieldStringsKind.TrueFalse, null, Encoding.UTF8.GetString(line[cols[2]]),
                        Encoding.UTF8.GetString(line[cols[3]]));
            }
            else if (tag.SequenceEqual("U"u8))
            {
                kind ??= FieldStringsKind.Values;
            }
            else if (tag.SequenceEqual("R"u8))
            {
                kind ??= FieldStringsKind.Ranges;
            }
            else if ((tag.SequenceEqual("V"u8) || tag.SequenceEqual("V64"u8)) && count >= 4)
            {
                kind ??= tag.Length == 1 ? FieldStringsKind.Values : FieldStringsKind.Values64;
                if (valuesStart < 0)
                    valuesStart = start;
                valuesEnd = Math.Min(end + 1, _text.Length);
            }
            else if (tag.SequenceEqual("Q"u8) && count >= 5)
            {
                walk = (TypeOf(_typeNames, line[cols[2]]), ClassOf(line[cols[3]]), ClassOf(line[cols[4]]));
            }
        }
        var blocks = valuesStart < 0 ? [] : ParseValues(valuesStart, valuesEnd);
        FieldStrings? Named(FieldStringsKind? k, List<KeyValuePair<ulong, string>>? block) => k switch
        {
            null => null,
            FieldStringsKind.Custom or FieldStringsKind.Ranges => new FieldStrings(k.Value, null),
            // A Q line's "values" says only that the registration has names: V or V64 (the kind the lines give).
            _ => FieldStrings.FromValues(kind is FieldStringsKind.Values64 ? FieldStringsKind.Values64 : k.Value, block ?? []),
        };
        if (walk is { Type: { } quotedType } w)
        {
            // A boolean's true/false names are its own whatever the line says; another registration's are not listed.
            return (trueFalse ?? Named(w.Unquoted, blocks.LastOrDefault()),
                quotedType == FtKind.Boolean ? trueFalse : Named(w.Quoted, blocks.FirstOrDefault()), quotedType);
        }
        if (custom)
        {
            var formatter = new FieldStrings(FieldStringsKind.Custom, null);
            return (formatter, formatter, null);
        }
        if (trueFalse is not null)
            return (trueFalse, trueFalse, null);
        if (kind is not { } only)
            return (null, null, null);
        if (only == FieldStringsKind.Ranges)
        {
            var ranges = new FieldStrings(only, null);
            return (ranges, ranges, null);
        }
        var last = FieldStrings.FromValues(only, blocks.LastOrDefault() ?? []);
        return (last, blocks.Count > 1 ? FieldStrings.FromValues(only, blocks[0]) : last, null);
    }

    /// <summary>A Q line's word for whether a registration has value names (values, custom, range, none).</summary>
    private static FieldStringsKind? ClassOf(ReadOnlySpan<byte> word) =>
        word.SequenceEqual("values"u8) ? FieldStringsKind.Values
        : word.SequenceEqual("custom"u8) ? FieldStringsKind.Custom
        : word.SequenceEqual("range"u8) ? FieldStringsKind.Ranges
        : null;

    /// <summary>The protocol an alias stands for ("ssl" → "tls"): the last A line about it, or null.</summary>
    public string? AliasTarget(string alias)
    {
        lock (_lock)
        {
            if (!_aliases.TryGetValue(alias, out var target))
            {
                target = null;
                Span<Range> cols = stackalloc Range[5];
                foreach (var (start, end) in LinesAbout(alias))
                {
                    var line = _text.AsSpan(start, end - start);
                    if (SplitColumns(line, cols) >= 3 && line[cols[0]].SequenceEqual("A"u8))
                        target = Encoding.UTF8.GetString(line[cols[2]]);
                }
                _aliases[alias] = target;
            }
            return target;
        }
    }

    /// <summary>
    /// The lines whose second column is <paramref name="name"/>, in file order, as (start, end without the line break),
    /// found through the index of names <see cref="IndexLines"/> built.
    /// </summary>
    private List<(int Start, int End)> LinesAbout(string name)
    {
        var lines = new List<(int, int)>();
        var key = Encoding.UTF8.GetBytes(name);
        var all = _text.AsSpan();
        for (int line = _heads[NameHash(key) & (Buckets - 1)] - 1; line >= 0; line = _next[line] - 1)
        {
            int start = _lineStarts[line];
            int newline = all[start..].IndexOf((byte)'\n');
            int end = newline < 0 ? all.Length : start + newline;
            if (end > start && all[end - 1] == (byte)'\r')
                end--;
            if (NameOf(all[start..end]).SequenceEqual(key))
                lines.Add((start, end));
        }
        lines.Reverse(); // the chains run from the last line to the first
        return lines;
    }

    private const int Buckets = 1 << 15;

    // The index of the lines by the name in their second column: a chained hash table over line numbers (1-based, 0 ends a
    // chain), built in one pass over the text without a string per line.
    private int[] _heads = new int[Buckets];
    private int[] _next = [];
    private int[] _lineStarts = [];

    private void IndexLines()
    {
        var all = _text.AsSpan();
        var starts = new List<int>(32 * 1024);
        var next = new List<int>(32 * 1024);
        int pos = 0;
        while (pos < all.Length)
        {
            int lineStart = pos;
            int newline = all[pos..].IndexOf((byte)'\n');
            int lineEnd = newline < 0 ? all.Length : pos + newline;
            pos = newline < 0 ? all.Length : lineEnd + 1;
            var line = all[lineStart..lineEnd];
            if (line.Length > 0 && line[^1] == (byte)'\r')
                line = line[..^1];
            if (line.IndexOf((byte)'\t') < 0)
                continue;
            int bucket = NameHash(NameOf(line)) & (Buckets - 1);
            starts.Add(lineStart);
            next.Add(_heads[bucket]);
            _heads[bucket] = starts.Count;
        }
        _lineStarts = [.. starts];
        _next = [.. next];
    }

    /// <summary>A line's second column: from its first tab to the next tab or its end.</summary>
    private static ReadOnlySpan<byte> NameOf(ReadOnlySpan<byte> line)
    {
        int tab = line.IndexOf((byte)'\t');
        if (tab < 0)
            return default;
        var rest = line[(tab + 1)..];
        int end = rest.IndexOf((byte)'\t');
        return end < 0 ? rest : rest[..end];
    }

    /// <summary>FNV-1a over the name's bytes: stable, and cheap for names of a few dozen bytes.</summary>
    private static int NameHash(ReadOnlySpan<byte> name)
    {
        uint h = 2166136261;
        foreach (byte b in name)
            h = (h ^ b) * 16777619;
        return (int)(h ^ (h >> 15));
    }

    private static TsharkNames Load(string resourceName)
    {
        var names = new TsharkNames();
        using var resource = typeof(TsharkNames).Assembly.GetManifestResourceStream(resourceName);
        if (resource is null)
            return names;
        // A gzip member ends with its decompressed size (mod 2^32): the text is read into an array of that size at once.
        int size = -1;
        if (resource.CanSeek && resource.Length >= 18)
        {
            Span<byte> trailer = stackalloc byte[4];
            resource.Seek(-4, SeekOrigin.End);
            resource.ReadExactly(trailer);
            resource.Seek(0, SeekOrigin.Begin);
            size = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(trailer);
        }
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        if (size >= 0)
        {
            var text = GC.AllocateUninitializedArray<byte>(size);
            gzip.ReadExactly(text);
            names._text = text;
        }
        else
        {
            using var text = new MemoryStream();
            gzip.CopyTo(text);
            names._text = text.ToArray();
        }
        names.IndexLines();
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

    /// <summary>
    /// The value names of one field's V/V64 lines (value, then name), in file order, cut into the registrations' blocks.
    /// A name several fields are registered under (tls.handshake.type: SSLv2's and TLS's handshake types) has every
    /// registration's strings listed one after the other, as -G values lists them: a block ends where a value comes
    /// again, which starts the next registration's. An unquoted word is looked up in the last block (the registration
    /// the filter resolves the name to: `tls.handshake.type == Finished` is 20), a quoted string in the first
    /// ("Finished" is no name there, "Server Hello" is SSLv2's 4).
    /// </summary>
    private List<List<KeyValuePair<ulong, string>>> ParseValues(int start, int end)
    {
        var blocks = new List<List<KeyValuePair<ulong, string>>>();
        var list = new List<KeyValuePair<ulong, string>>();
        var seen = new HashSet<ulong>();
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
            {
                if (!seen.Add(v))
                {
                    blocks.Add(list);
                    list = [];
                    seen.Clear();
                    seen.Add(v);
                }
                list.Add(new(v, Encoding.UTF8.GetString(line[cols[3]])));
            }
        }
        if (list.Count > 0)
            blocks.Add(list);
        return blocks;
    }
}
