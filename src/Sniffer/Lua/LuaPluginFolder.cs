namespace Sniffer.Lua;

/// <summary>
/// Wireshark's personal Lua plugins folder for this OS, as its user guide ("Plugin folders") documents it for 4.x and
/// <c>tshark -G folders</c> prints it ("Personal Lua Plugins"): <c>%APPDATA%\Wireshark\plugins</c> on Windows,
/// <c>~/.local/lib/wireshark/plugins</c> on Linux and macOS. Lua plugins sit in it directly, not in a version folder.
/// </summary>
public static class LuaPluginFolder
{
    public static string Personal()
    {
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify), "Wireshark", "plugins");
        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify), ".local", "lib", "wireshark", "plugins");
    }
}
