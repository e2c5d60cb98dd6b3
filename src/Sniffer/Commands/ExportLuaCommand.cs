using System.CommandLine;
using System.Text;
using Sniffer.Lua;
using Sniffer.Pipeline;

namespace Sniffer.Commands;

internal static class ExportLuaCommand
{
    public static int Run(ParseResult parse)
    {
        string name = parse.GetValue(ExportLuaCommandDefinition.Protocol)!;
        var export = LuaExporter.Find(name);
        if (export is null)
        {
            ConsoleOutput.Error($"\"{name}\" cannot be exported as a Lua dissector; exportable: {string.Join(", ", LuaExporter.Exportable.Select(e => e.Name))}");
            return 1;
        }
        string lua = LuaExporter.Generate(export);
        var bytes = new UTF8Encoding(false).GetBytes(lua);
        string? output = parse.GetValue(ExportLuaCommandDefinition.Output);
        bool install = parse.GetValue(ExportLuaCommandDefinition.Install);
        try
        {
            if (output is not null)
                File.WriteAllBytes(output, bytes);
            if (install)
            {
                string folder = LuaPluginFolder.Personal();
                Directory.CreateDirectory(folder);
                string path = Path.Combine(folder, export.Name + ".lua");
                File.WriteAllBytes(path, bytes);
                Console.Error.Write($"sniffer: installed {path}; Wireshark and tshark load it when they start (Wireshark: Analyze > Reload Lua Plugins)\n");
            }
            if (output is null && !install)
            {
                using var stdout = Console.OpenStandardOutput();
                stdout.Write(bytes);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ConsoleOutput.Error($"cannot write the Lua plugin: {e.Message}");
            return 1;
        }
        return 0;
    }
}
