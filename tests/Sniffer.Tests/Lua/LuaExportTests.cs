using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Htcpcp;
using Sniffer.Lua;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Lua;

/// <summary>
/// Issue 9: the exported Lua comes from the C# declarations, the committed file is what they produce today, every
/// string from C# is escaped so the real Lua reads it back unchanged, and the command installs and explains itself.
/// </summary>
public class LuaExportTests
{
    private static string Committed => Path.Combine(Corpus.RepoRoot, "dissector-lua", "htcpcp.lua");

    [Fact]
    public void The_committed_htcpcp_lua_is_what_the_csharp_declarations_produce_today()
    {
        string generated = LuaExporter.Generate(HtcpcpLuaExport.Instance);
        string committed = File.ReadAllText(Committed).Replace("\r\n", "\n");
        Assert.True(committed == generated,
            "dissector-lua/htcpcp.lua is stale: run scripts/export-lua.sh and commit the result (it must equal `sniffer export-lua htcpcp`).");
    }

    [Fact]
    public void Every_field_expert_and_preference_of_htcpcp_is_declared_in_the_lua_with_its_type_and_base()
    {
        string lua = LuaExporter.Generate(HtcpcpLuaExport.Instance);
        var declaration = HtcpcpLuaExport.Instance.Declaration;
        foreach (var field in declaration.Fields)
        {
            string function = LuaDeclarations.ProtoFieldFunction(field.Type)!;
            Assert.Contains($"ProtoField.{function}(\"{field.Abbrev}\", \"{field.Name}\"", lua);
        }
        Assert.Contains("ProtoField.uint16(\"htcpcp.response.code\", \"Status Code\", base.DEC", lua);
        Assert.Contains("ProtoField.framenum(\"htcpcp.response_in\"", lua);
        foreach (var expert in declaration.Experts)
            Assert.Contains($"ProtoExpert.new(\"{expert.Abbrev}\", {LuaString.Quote(expert.Message)}, {LuaDeclarations.GroupOf(expert.Group)}, {LuaDeclarations.SeverityOf(expert.Severity)})", lua);
        Assert.Contains("htcpcp.prefs[\"tcp.port\"] = Pref.range(\"HTCPCP TCP ports\", \"5030\"", lua);
        Assert.Contains("htcpcp:register_heuristic(\"tcp\", heuristic)", lua);
        Assert.Contains("pinfo.desegment_len", lua);
        Assert.DoesNotContain("dissect_tcp_pdus(", lua);
        Assert.Equal(declaration.Fields.Count, lua.Split("\n    fields.").Length - 1);
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("a \"quoted\" \\ back", "\"a \\\"quoted\\\" \\\\ back\"")]
    [InlineData("line\nbreak\r\ttab", "\"line\\nbreak\\r\\ttab\"")]
    [InlineData("\u0000\u00071", "\"\\000\\0071\"")]
    [InlineData("caf\u00e9", "\"caf\\195\\169\"")]
    [InlineData("]] --[[ end", "\"]] --[[ end\"")]
    public void Strings_from_csharp_become_lua_literals_that_cannot_break_out(string text, string literal)
    {
        Assert.Equal(literal, LuaString.Quote(text));
    }

    [Fact]
    public void A_declaration_with_hostile_names_generates_lua_the_real_lua_reads_back_unchanged()
    {
        if (!ExternalTools.HasTshark)
            return;
        string[] hostile = ["quote \" and \\ backslash", "new\nline", "\u0001\u001f\u007f", "caf\u00e9 \u2615", "\"); os.exit(1) --", "]]..[[", "%s %d"];
        var lua = new StringBuilder();
        foreach (var s in hostile)
            lua.Append("print(").Append(LuaString.Quote(s)).Append(")\n");
        string path = Path.Combine(Path.GetTempPath(), "sniffer-lua-escape.lua");
        File.WriteAllText(path, lua.ToString());
        var run = ExternalTools.Tshark("-X", "lua_script:" + path, "-r", Path.Combine(Corpus.SampleCaptures, "htcpcp-lab.pcapng"), "-c", "1");
        var printed = run.StdOut.Split('\n');
        foreach (var s in hostile)
            Assert.Contains(s, run.StdOut);
        Assert.DoesNotContain("Lua Error", run.StdOut + run.StdErr);
        Assert.True(printed.Length > hostile.Length);
    }

    [Fact]
    public void Help_explains_how_to_load_the_plugin_for_one_run()
    {
        var help = SnifferProcess.Run("export-lua", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("tshark -X lua_script:FILE", help.StdOut);
        Assert.Contains("--install", help.StdOut);
    }

    [Fact]
    public void An_unknown_protocol_is_refused_in_one_line()
    {
        var run = SnifferProcess.Run("export-lua", "tcp");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("sniffer: \"tcp\" cannot be exported as a Lua dissector; exportable: htcpcp", run.StdErr.Trim());
        Assert.Empty(run.StdOut);
    }

    [Fact]
    public void Install_copies_the_plugin_into_the_personal_lua_plugins_folder_and_says_where()
    {
        string home = Path.Combine(Path.GetTempPath(), "sniffer-lua-home-" + Guid.NewGuid().ToString("N"));
        try
        {
            var environment = new Dictionary<string, string> { ["HOME"] = home, ["APPDATA"] = Path.Combine(home, "AppData", "Roaming") };
            var run = SnifferProcess.RunWithEnvironment(environment, "export-lua", "htcpcp", "--install");
            Assert.Equal(0, run.ExitCode);
            string expected = OperatingSystem.IsWindows()
                ? Path.Combine(home, "AppData", "Roaming", "Wireshark", "plugins", "htcpcp.lua")
                : Path.Combine(home, ".local", "lib", "wireshark", "plugins", "htcpcp.lua");
            Assert.True(File.Exists(expected), run.StdErr);
            Assert.Contains(expected, run.StdErr);
            Assert.Equal(File.ReadAllText(Committed).Replace("\r\n", "\n"), File.ReadAllText(expected));
        }
        finally
        {
            if (Directory.Exists(home))
                Directory.Delete(home, recursive: true);
        }
    }

    [Fact]
    public void The_output_option_writes_the_same_bytes_as_standard_output()
    {
        string path = Path.Combine(Path.GetTempPath(), "sniffer-export-" + Guid.NewGuid().ToString("N") + ".lua");
        try
        {
            var toFile = SnifferProcess.Run("export-lua", "htcpcp", "-o", path);
            var toStdout = SnifferProcess.Run("export-lua", "htcpcp");
            Assert.Equal(0, toFile.ExitCode);
            Assert.Equal(toStdout.StdOut, File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_lua_words_are_the_csharp_dialects()
    {
        string lua = LuaExporter.Generate(HtcpcpLuaExport.Instance);
        Assert.Contains("local METHODS = " + LuaDeclarations.List(HtcpcpStartLine.Methods), lua);
        Assert.Contains("local VERSION_PREFIXES = " + LuaDeclarations.List(HtcpcpStartLine.VersionPrefixes), lua);
        foreach (var scheme in HtcpcpUri.KnownSchemes)
            Assert.Contains("[" + LuaString.Quote(scheme) + "] = true", lua);
        Assert.Contains("local MAX_CHUNK_SIZE = 2147483647", lua);
        Assert.Equal(FieldType.UInt16, HtcpcpFields.ResponseCode.Type);
    }
}
