namespace Sniffer.Output;

/// <summary>
/// Where Wireshark keeps the name files tshark reads (hosts, services, manuf, ethers): the personal configuration
/// folder ($WIRESHARK_CONFIG_DIR, else ~/.config/wireshark, %APPDATA%\Wireshark on Windows) and the global data folder
/// of an installed Wireshark ($WIRESHARK_DATA_DIR, else /usr/share/wireshark and the other usual places), and the
/// system's own files for when Wireshark is not installed (/etc/services).
/// </summary>
public sealed class WiresharkFiles(IReadOnlyList<string> personal, IReadOnlyList<string> global, IReadOnlyList<string> system)
{
    public static WiresharkFiles Default { get; } = FromEnvironment();

    /// <summary>No files at all.</summary>
    public static WiresharkFiles Empty { get; } = new([], [], []);

    public IEnumerable<string> Personal(string name) => Existing(personal, name);

    public IEnumerable<string> Global(string name) => Existing(global, name);

    public IEnumerable<string> System(string name) => Existing(system, name);

    private static IEnumerable<string> Existing(IReadOnlyList<string> folders, string name) =>
        folders.Select(f => Path.Combine(f, name)).Where(File.Exists).Take(1);

    private static WiresharkFiles FromEnvironment()
    {
        var personal = new List<string>();
        if (Environment.GetEnvironmentVariable("WIRESHARK_CONFIG_DIR") is { Length: > 0 } configured)
            personal.Add(configured);
        else if (OperatingSystem.IsWindows())
            personal.Add(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "Wireshark"));
        else
        {
            string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            string config = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(home, ".config");
            personal.Add(Path.Combine(config, "wireshark"));
            personal.Add(Path.Combine(home, ".wireshark"));
        }

        var global = new List<string>();
        if (Environment.GetEnvironmentVariable("WIRESHARK_DATA_DIR") is { Length: > 0 } data)
            global.Add(data);
        if (OperatingSystem.IsWindows())
            global.Add(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles), "Wireshark"));
        else if (OperatingSystem.IsMacOS())
            global.Add("/Applications/Wireshark.app/Contents/Resources/share/wireshark");
        global.AddRange(["/usr/share/wireshark", "/usr/local/share/wireshark", "/opt/homebrew/share/wireshark"]);

        var system = OperatingSystem.IsWindows()
            ? new List<string> { Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.System), "drivers", "etc") }
            : ["/etc"];
        return new WiresharkFiles(personal, global, system);
    }
}
