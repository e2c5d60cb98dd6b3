using System.CommandLine;

namespace Sniffer.Commands;

/// <summary><c>sniffer export-lua PROTO [-o FILE] [--install]</c>: a Wireshark Lua plugin made from Sniffer's own dissector.</summary>
internal static class ExportLuaCommandDefinition
{
    public static readonly Argument<string> Protocol = new("PROTO")
    {
        Description = "The protocol to export, by its filter name (htcpcp)",
    };

    public static readonly Option<string?> Output = new("-o", "--output")
    {
        Description = "Write the plugin to FILE instead of standard output",
        HelpName = "FILE",
    };

    public static readonly Option<bool> Install = new("--install")
    {
        Description = "Copy the plugin into Wireshark's personal Lua plugins folder (Linux and macOS: ~/.local/lib/wireshark/plugins, "
            + "Windows: %APPDATA%\\Wireshark\\plugins) and say where; Wireshark and tshark load it at start",
    };

    public static Command Create()
    {
        var command = new Command("export-lua",
            "Write a Wireshark 4.x Lua dissector generated from Sniffer's own (same fields, experts and preferences). "
            + "Load it for one run with: tshark -X lua_script:FILE -r CAPTURE (Wireshark: wireshark -X lua_script:FILE); "
            + "with --install, Wireshark and tshark load it every time")
        {
            Protocol, Output, Install,
        };
        command.SetAction(ExportLuaCommand.Run);
        return command;
    }
}
