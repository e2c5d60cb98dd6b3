using System.Globalization;
using Sniffer.Dissectors.Filter;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Output.Coloring;

/// <summary>
/// Wireshark's colouring rules, read as it reads them: the user's own colorfilters file (its profile directory), else
/// the installed global one (/usr/share/wireshark/colorfilters), else the defaults Wireshark ships (a copy is built in,
/// for machines without Wireshark). Each line is <c>@name@filter@[r,g,b][r,g,b]</c> (background, foreground, 16-bit
/// channels); a leading '!' disables a rule. Rules are compiled with the display-filter library: names of protocols
/// Sniffer does not dissect compile and match nothing; a rule that does not compile is left out, as Wireshark disables it.
/// A frame takes the first rule that selects it.
/// </summary>
public sealed class ColoringRules
{
    private readonly ColorRule[] _rules;

    private ColoringRules(ColorRule[] rules)
    {
        _rules = rules;
        var fields = new HashSet<FieldDef>();
        foreach (var rule in rules)
            fields.UnionWith(rule.Filter.ReferencedFields);
        ReferencedFields = fields;
    }

    public IReadOnlyList<ColorRule> Rules => _rules;

    /// <summary>Every field some rule reads: the tree must keep them.</summary>
    public IReadOnlyCollection<FieldDef> ReferencedFields { get; }

    /// <summary>The rule that colours this frame's tree, or null.</summary>
    public ColorRule? Match(FieldTree tree)
    {
        foreach (var rule in _rules)
        {
            if (rule.Filter.Matches(tree))
                return rule;
        }
        return null;
    }

    /// <summary>PDML's and PSML's packet element: with the colouring rule's colours as --color gives them, else plain.</summary>
    public static void AppendPacketStart(System.Text.StringBuilder sb, ColoringRules? rules, FieldTree tree)
    {
        if (rules?.Match(tree) is { } rule)
            sb.Append("<packet foreground='#").Append(rule.Foreground.ToString("x6", CultureInfo.InvariantCulture))
                .Append("' background='#").Append(rule.Background.ToString("x6", CultureInfo.InvariantCulture)).Append("'>\n");
        else
            sb.Append("<packet>\n");
    }

    /// <summary>The rules Wireshark would use: personal file, global file, or the built-in defaults.</summary>
    public static ColoringRules Load(FieldCatalog catalog)
    {
        foreach (var path in CandidateFiles())
        {
            try
            {
                if (File.Exists(path))
                    return Parse(File.ReadAllText(path), catalog);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An unreadable file is passed over, as a missing one.
            }
        }
        return Defaults(catalog);
    }

    /// <summary>The colouring rules Wireshark 4.0 ships (Debian's wireshark-common colorfilters).</summary>
    public static ColoringRules Defaults(FieldCatalog catalog)
    {
        using var stream = typeof(ColoringRules).Assembly.GetManifestResourceStream("colorfilters");
        using var reader = new StreamReader(stream ?? Stream.Null);
        return Parse(reader.ReadToEnd(), catalog);
    }

    /// <summary>Where Wireshark looks: the personal configuration (WIRESHARK_CONFIG_DIR, then ~/.config/wireshark), then the data directory.</summary>
    private static IEnumerable<string> CandidateFiles()
    {
        if (Environment.GetEnvironmentVariable("WIRESHARK_CONFIG_DIR") is { Length: > 0 } configDir)
            yield return Path.Combine(configDir, "colorfilters");
        string? xdg = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (!string.IsNullOrEmpty(xdg))
            yield return Path.Combine(xdg, "wireshark", "colorfilters");
        else if (!string.IsNullOrEmpty(home))
            yield return Path.Combine(home, ".config", "wireshark", "colorfilters");
        if (OperatingSystem.IsWindows())
        {
            string appData = Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData);
            if (!string.IsNullOrEmpty(appData))
                yield return Path.Combine(appData, "Wireshark", "colorfilters");
        }
        if (Environment.GetEnvironmentVariable("WIRESHARK_DATA_DIR") is { Length: > 0 } dataDir)
            yield return Path.Combine(dataDir, "colorfilters");
        yield return "/usr/share/wireshark/colorfilters";
        yield return "/usr/local/share/wireshark/colorfilters";
        yield return "/Applications/Wireshark.app/Contents/Resources/share/wireshark/colorfilters";
    }

    /// <summary>Reads a colorfilters file; lines that are not rules (comments, blanks, broken ones) are skipped.</summary>
    public static ColoringRules Parse(string text, FieldCatalog catalog)
    {
        var rules = new List<ColorRule>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith('!') || !line.StartsWith('@'))
                continue; // disabled rule, comment or blank
            int nameEnd = line.IndexOf('@', 1);
            if (nameEnd < 0)
                continue;
            int filterEnd = line.LastIndexOf("@[", StringComparison.Ordinal);
            if (filterEnd <= nameEnd)
                continue;
            string name = line[1..nameEnd];
            string filter = line[(nameEnd + 1)..filterEnd];
            if (!TryParseColors(line.AsSpan(filterEnd + 1), out int fg, out int bg))
                continue;
            var compiled = DisplayFilter.Compile(filter, catalog);
            if (!compiled.Succeeded || compiled.Filter.IsEmpty)
                continue;
            rules.Add(new ColorRule(name, filter, fg, bg, compiled.Filter));
        }
        return new ColoringRules([.. rules]);
    }

    /// <summary>
    /// "[r,g,b][r,g,b]" with 16-bit channels, background first then foreground (as tshark --color draws them), each as
    /// 0xRRGGBB (the high byte of every channel, as tshark prints).
    /// </summary>
    private static bool TryParseColors(ReadOnlySpan<char> text, out int foreground, out int background)
    {
        foreground = 0;
        return TryParseColor(ref text, out background) && TryParseColor(ref text, out foreground);
    }

    private static bool TryParseColor(ref ReadOnlySpan<char> text, out int color)
    {
        color = 0;
        if (text.Length == 0 || text[0] != '[')
            return false;
        int close = text.IndexOf(']');
        if (close < 0)
            return false;
        var parts = text[1..close];
        text = text[(close + 1)..];
        int channel = 0;
        foreach (var range in parts.Split(','))
        {
            if (channel == 3 || !ushort.TryParse(parts[range].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out ushort value))
                return false;
            color = (color << 8) | (value >> 8);
            channel++;
        }
        return channel == 3;
    }
}
