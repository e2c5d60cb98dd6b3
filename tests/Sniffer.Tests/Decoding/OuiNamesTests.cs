using System.Globalization;
using Sniffer.Dissectors.Link;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Decoding;

public class OuiNamesTests
{
    /// <summary>
    /// The byte scan of Wireshark's manuf file names every prefix as a line-by-line reading of it does: the long name,
    /// else the short one, trimmed; the first line of a prefix wins; masked prefixes and comments are skipped.
    /// </summary>
    [TsharkFact]
    public void Every_prefix_of_the_manuf_file_has_the_name_its_line_gives()
    {
        var path = OuiNames.Candidates().FirstOrDefault(File.Exists);
        Assert.NotNull(path); // installed with tshark (wireshark-common)
        var expected = new Dictionary<uint, string>();
        foreach (var line in File.ReadLines(path!))
            AddLine(expected, line);
        Assert.True(expected.Count > 10_000, $"{expected.Count} prefixes in {path}");
        foreach (var (oui, name) in expected)
        {
            Assert.True(OuiNames.TryGet(oui, out var found), $"{oui:x6}");
            Assert.Equal(name, found);
        }
        for (uint oui = 0; oui < 1 << 24; oui += 4099)
            Assert.Equal(expected.ContainsKey(oui), OuiNames.TryGet(oui, out _));
    }

    /// <summary>The reading the table is checked against, one string per line.</summary>
    private static void AddLine(Dictionary<uint, string> table, string line)
    {
        if (line.Length < 9 || line[0] == '#' || line.IndexOf('\t') != 8)
            return;
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
        var columns = line[9..].Split('\t');
        string shortName = columns[0].Trim();
        string longName = columns.Length > 1 ? columns[1].Trim() : "";
        string name = longName.Length > 0 && longName[0] != '#' ? longName : shortName;
        if (name.Length > 0)
            table.TryAdd(oui, name);
    }
}
