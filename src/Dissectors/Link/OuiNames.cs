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
    /// The file's bytes and, in prefix order, each plain three-byte prefix with where its line starts: a first read
    /// parses only the prefixes (a few milliseconds for the 52,000 lines of Wireshark's file, which is already in order;
    /// a file that is not gets sorted), and a line's name is found and made a string when first asked for, then kept.
    /// Reads from several threads (a printer's and the dissection's) are safe.
    /// </summary>
    private sealed class Table
    {
        private readonly byte[] _text;
        private readonly uint[] _prefixes;
        private readonly int[] _lines;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<uint, string?> _names = new();

        public Table(byte[] text)
        {
            _text = text;
            var all = text.AsSpan();
            var prefixes = new List<uint>(1 << 16);
            var lines = new List<int>(1 << 16);
            bool sorted = true;
            int position = all.StartsWith("\uFEFF"u8) ? 3 : 0;
            while (position < all.Length)
            {
                int end = all[position..].IndexOfAny((byte)'\r', (byte)'\n');
                end = end < 0 ? all.Length : position + end;
                if (TryParsePrefix(all[position..end], out uint oui))
                {
                    sorted &= prefixes.Count == 0 || prefixes[^1] <= oui;
                    prefixes.Add(oui);
                    lines.Add(position);
                }
                position = end + 1;
            }
            if (!sorted)
            {
                // By prefix, then by place in the file, so the first line of a prefix stays first.
                var keys = new ulong[prefixes.Count];
                for (int i = 0; i < keys.Length; i++)
                    keys[i] = (ulong)prefixes[i] << 32 | (uint)lines[i];
                Array.Sort(keys);
                for (int i = 0; i < keys.Length; i++)
                    (prefixes[i], lines[i]) = ((uint)(keys[i] >> 32), (int)(uint)keys[i]);
            }
            _prefixes = [.. prefixes];
            _lines = [.. lines];
        }

        public bool TryGet(uint oui, out string name)
        {
            if (!_names.TryGetValue(oui, out var known))
                known = _names.GetOrAdd(oui, Find(oui));
            name = known!;
            return known is not null;
        }

        /// <summary>The name on the first line of <paramref name="oui"/> that has one, or null.</summary>
        private string? Find(uint oui)
        {
            int i = Array.BinarySearch(_prefixes, oui);
            if (i < 0)
                return null;
            while (i > 0 && _prefixes[i - 1] == oui)
                i--;
            for (; i < _prefixes.Length && _prefixes[i] == oui; i++)
            {
                int start = _lines[i];
                int end = _text.AsSpan(start).IndexOfAny((byte)'\r', (byte)'\n');
                if (NameOf(_text.AsSpan(start, end < 0 ? _text.Length - start : end)) is { Length: > 0 } name)
                    return System.Text.Encoding.UTF8.GetString(name);
            }
            return null;
        }

        /// <summary>"00:00:0C\tCisco…": the prefix of a plain three-byte line (a line whose prefix has a /mask is not one).</summary>
        private static bool TryParsePrefix(ReadOnlySpan<byte> line, out uint oui)
        {
            oui = 0;
            if (line.Length < 9 || line[8] != '\t')
                return false; // a comment, or not a plain three-byte prefix (longer prefixes carry a /mask)
            for (int i = 0; i < 8; i++)
            {
                byte c = line[i];
                if (i % 3 == 2)
                {
                    if (c is not ((byte)':' or (byte)'-' or (byte)'.'))
                        return false;
                    continue;
                }
                int digit = HexDigit(c);
                if (digit < 0)
                    return false;
                oui = (oui << 4) | (uint)digit;
            }
            return true;
        }

        /// <summary>Columns: prefix, short name, long name, then perhaps a comment ("\t# …"): the long name when there is one, else the short one.</summary>
        private static ReadOnlySpan<byte> NameOf(ReadOnlySpan<byte> line)
        {
            var rest = line[9..];
            int second = rest.IndexOf((byte)'\t');
            var shortName = Trim(second >= 0 ? rest[..second] : rest);
            var longName = second >= 0 ? rest[(second + 1)..] : default;
            int third = longName.IndexOf((byte)'\t');
            var trimmedLong = Trim(third >= 0 ? longName[..third] : longName);
            return trimmedLong.Length > 0 && trimmedLong[0] != '#' ? trimmedLong : shortName;
        }

        private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> text)
        {
            int from = 0, to = text.Length;
            while (from < to && IsSpace(text[from]))
                from++;
            while (to > from && IsSpace(text[to - 1]))
                to--;
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
