namespace Sniffer.Dissectors.Link;

/// <summary>
/// Vendor names of IEEE OUIs (eth.dst.oui_resolved) from Wireshark's own manuf file when Wireshark's data is installed
/// (/usr/share/wireshark/manuf on Debian, or $WIRESHARK_DATA_DIR/manuf); without it no OUI has a name, as in a
/// Wireshark built without one. Read once, on first use, keeping only the 24-bit prefixes.
/// </summary>
public static class OuiNames
{
    private static readonly Lazy<Table> Names = new(Load);

    /// <summary>The manuf files tried, in order.</summary>
    public static IEnumerable<string> Candidates()
    {
        if (Environment.GetEnvironmentVariable("WIRESHARK_DATA_DIR") is { Length: > 0 } dir)
            yield return Path.Combine(dir, "manuf");
        yield return "/usr/share/wireshark/manuf";
        yield return "/usr/local/share/wireshark/manuf";
        yield return "/opt/homebrew/share/wireshark/manuf";
        yield return "/Applications/Wireshark.app/Contents/Resources/share/wireshark/manuf";
        if (Environment.GetEnvironmentVariable("ProgramFiles") is { Length: > 0 } programs)
            yield return Path.Combine(programs, "Wireshark", "manuf");
    }

    public static bool TryGet(uint oui, out string name) => Names.Value.TryGet(oui, out name);

    private static Table Load()
    {
        foreach (var path in Candidates())
        {
            try
            {
                if (!File.Exists(path))
                    continue;
                return new Table(File.ReadAllBytes(path));
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return new Table([]);
    }

    /// <summary>
    /// The file's bytes and, per prefix, where its name lies in them: a first read costs a scan of the bytes (a few
    /// milliseconds, where a string per line cost a dozen); a name becomes a string when first asked for, and stays one.
    /// Reads from several threads (a printer's and the dissection's) are safe.
    /// </summary>
    private sealed class Table
    {
        private readonly byte[] _text;
        private readonly Dictionary<uint, long> _spans = new();
        private readonly System.Collections.Concurrent.ConcurrentDictionary<uint, string> _names = new();

        public Table(byte[] text)
        {
            _text = text;
            var all = text.AsSpan();
            int position = all.StartsWith("\uFEFF"u8) ? 3 : 0;
            while (position < all.Length)
            {
                int end = all[position..].IndexOfAny((byte)'\r', (byte)'\n');
                end = end < 0 ? all.Length : position + end;
                AddLine(position, end);
                position = end + 1;
            }
        }

        public bool TryGet(uint oui, out string name)
        {
            if (_names.TryGetValue(oui, out name!))
                return true;
            if (!_spans.TryGetValue(oui, out long span))
                return false;
            name = _names.GetOrAdd(oui, System.Text.Encoding.UTF8.GetString(_text, (int)(span >> 32), (int)span).Trim());
            return true;
        }

        /// <summary>"00:00:0C\tCisco\tCisco Systems, Inc": the long name when there is one, else the short one; prefixes with a mask are skipped.</summary>
        private void AddLine(int start, int end)
        {
            var line = _text.AsSpan(start, end - start);
            if (line.Length < 9 || line[0] == '#' || line[8] != '\t')
                return; // a comment, or not a plain three-byte prefix (longer prefixes carry a /mask)
            uint oui = 0;
            for (int i = 0; i < 8; i++)
            {
                byte c = line[i];
                if (i % 3 == 2)
                {
                    if (c is not ((byte)':' or (byte)'-' or (byte)'.'))
                        return;
                    continue;
                }
                int digit = HexDigit(c);
                if (digit < 0)
                    return;
                oui = (oui << 4) | (uint)digit;
            }
            // Columns: prefix, short name, long name, then perhaps a comment ("\t# …").
            int restStart = 9;
            var rest = line[restStart..];
            int second = rest.IndexOf((byte)'\t');
            int shortStart = restStart, shortLength = second >= 0 ? second : rest.Length;
            int longStart = second >= 0 ? restStart + second + 1 : line.Length;
            var longName = line[longStart..];
            int third = longName.IndexOf((byte)'\t');
            int longLength = third >= 0 ? third : longName.Length;
            var trimmedLong = Trim(line.Slice(longStart, longLength), out int longOffset);
            var trimmedShort = Trim(line.Slice(shortStart, shortLength), out int shortOffset);
            bool useLong = trimmedLong.Length > 0 && trimmedLong[0] != '#';
            int nameStart = useLong ? longStart + longOffset : shortStart + shortOffset;
            int nameLength = useLong ? trimmedLong.Length : trimmedShort.Length;
            if (nameLength > 0)
                _spans.TryAdd(oui, (long)(start + nameStart) << 32 | (uint)nameLength);
        }

        private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> text, out int offset)
        {
            int from = 0, to = text.Length;
            while (from < to && IsSpace(text[from]))
                from++;
            while (to > from && IsSpace(text[to - 1]))
                to--;
            offset = from;
            return text[from..to];
        }

        private static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\v' or (byte)'\f';

        private static int HexDigit(byte c) => c switch
        {
            >= (byte)'0' and <= (byte)'9' => c - '0',
            >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
            >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
            _ => -1,
        };
    }
}
