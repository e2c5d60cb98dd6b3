using System.Globalization;

namespace Sniffer.Dissectors.Link;

/// <summary>
/// Vendor names of IEEE OUIs (eth.dst.oui_resolved) from Wireshark's own manuf file when Wireshark's data is installed
/// (/usr/share/wireshark/manuf on Debian, or $WIRESHARK_DATA_DIR/manuf); without it no OUI has a name, as in a
/// Wireshark built without one. Read once, on first use, keeping only the 24-bit prefixes.
/// </summary>
public static class OuiNames
{
    private static readonly Lazy<Dictionary<uint, string>> Table = new(Load);

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

    public static bool TryGet(uint oui, out string name) => Table.Value.TryGetValue(oui, out name!);

    private static Dictionary<uint, string> Load()
    {
        var table = new Dictionary<uint, string>();
        foreach (var path in Candidates())
        {
            try
            {
                if (!File.Exists(path))
                    continue;
                foreach (var line in File.ReadLines(path))
                    AddLine(table, line);
                break;
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return table;
    }

    /// <summary>"00:00:0C\tCisco\tCisco Systems, Inc": the long name when there is one, else the short one; prefixes with a mask are skipped.</summary>
    internal static void AddLine(Dictionary<uint, string> table, string line)
    {
        if (line.Length < 9 || line[0] == '#')
            return;
        int tab = line.IndexOf('\t');
        if (tab != 8)
            return; // not a plain three-byte prefix (longer prefixes carry a /mask)
        uint oui = 0;
        for (int i = 0; i < 8; i++)
        {
            if (i % 3 == 2)
            {
                if (line[i] is not (':' or '-' or '.'))
                    return;
                continue;
            }
            if (!uint.TryParse(line.AsSpan(i, 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out uint digit))
                return;
            oui = (oui << 4) | digit;
        }
        // Columns: prefix, short name, long name, then perhaps a comment ("\t# …").
        var rest = line.AsSpan(tab + 1);
        int second = rest.IndexOf('\t');
        var shortName = second >= 0 ? rest[..second] : rest;
        var longName = second >= 0 ? rest[(second + 1)..] : default;
        int third = longName.IndexOf('\t');
        if (third >= 0)
            longName = longName[..third];
        string name = (longName.Trim().Length > 0 && longName.Trim()[0] != '#' ? longName : shortName).Trim().ToString();
        if (name.Length > 0)
            table.TryAdd(oui, name);
    }
}
