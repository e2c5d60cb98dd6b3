using System.Text;
using System.Text.RegularExpressions;

namespace Sniffer.Lua;

/// <summary>
/// The dissectors Sniffer can export as Wireshark Lua plugins (<c>sniffer export-lua</c>), listed explicitly, and the
/// generation itself: the same declarations the C# dissector uses, then the protocol's Lua, checked so the Lua refers
/// to no field or expert the C# side does not declare.
/// </summary>
public static partial class LuaExporter
{
    public static IReadOnlyList<LuaDissectorExport> Exportable { get; } = [HtcpcpLuaExport.Instance];

    public static LuaDissectorExport? Find(string name)
        => Exportable.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The plugin's text, with "\n" line ends (the same bytes on every OS, as the committed file).</summary>
    public static string Generate(LuaDissectorExport export)
    {
        var lua = new StringBuilder(64 * 1024);
        export.Write(lua);
        string text = lua.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        CheckReferences(text, export);
        return text;
    }

    /// <summary>Every fields.X and experts.X the Lua uses must be one the protocol declares (a rename in C# fails here, not in Wireshark).</summary>
    private static void CheckReferences(string text, LuaDissectorExport export)
    {
        var declaration = export.Declaration;
        string protocol = declaration.Protocol.Abbrev;
        var fields = declaration.Fields.Select(f => LuaString.KeyOf(f.Abbrev, protocol)).ToHashSet(StringComparer.Ordinal);
        var experts = declaration.Experts.Select(e => LuaString.KeyOf(e.Abbrev, protocol)).ToHashSet(StringComparer.Ordinal);
        foreach (Match m in References().Matches(text))
        {
            var known = m.Groups[1].Value == "fields" ? fields : experts;
            if (!known.Contains(m.Groups[2].Value))
                throw new InvalidOperationException($"The {protocol} Lua refers to {m.Value}, which the C# dissector does not declare.");
        }
    }

    [GeneratedRegex(@"\b(fields|experts)\.([a-z_][a-z0-9_]*)")]
    private static partial Regex References();
}
