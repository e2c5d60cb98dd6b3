using System.Globalization;
using Sniffer.Capture.Interop;
using Sniffer.Capture.Platform;

namespace Sniffer.Capture;

/// <summary>Gathers <see cref="CaptureRights"/> on this machine: who runs, with which capabilities and groups, and whether the loopback interface opens for capture.</summary>
public static class CaptureRightsProbe
{
    private const int CapNetAdmin = 12;
    private const int CapNetRaw = 13;
    private static readonly char[] Blanks = [' ', '\t'];

    public static CaptureRights Probe()
    {
        var platform = CapturePlatform.Current;
        bool loaded = LibPcapLibrary.TryLoad(out string failure);
        string executable = Environment.ProcessPath ?? "sniffer";
        bool underDotnet = Path.GetFileNameWithoutExtension(executable).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        bool canCapture = false;
        string probeMessage = "";
        if (loaded)
        {
            var settings = new LiveInterfaceSettings { Device = platform.LoopbackDevice, Promiscuous = false, SnapLength = 256, BufferSizeBytes = 1 << 20 };
            if (LiveInterface.TryOpen(settings, out var live, out var error))
            {
                canCapture = true;
                live!.Dispose();
            }
            else
                probeMessage = error.Message;
        }
        ulong capabilities = platform.Os == CaptureOs.Linux ? EffectiveCapabilities() : 0;
        bool admin = platform.Os == CaptureOs.Windows ? Environment.IsPrivilegedProcess : PrivilegeDrop.GetEffectiveUserId() == 0;
        return new CaptureRights
        {
            Os = platform.Os,
            UserName = Environment.UserName,
            UserId = platform.Os == CaptureOs.Windows ? null : PrivilegeDrop.GetEffectiveUserId(),
            IsAdministrator = admin,
            LibraryVersion = loaded ? LibPcap.Text(LibPcap.LibraryVersion()) : null,
            LibraryFailure = failure,
            HasNetRaw = (capabilities & (1UL << CapNetRaw)) != 0,
            HasNetAdmin = (capabilities & (1UL << CapNetAdmin)) != 0,
            Groups = platform.Os == CaptureOs.Windows ? [] : GroupNames(),
            ExecutablePath = executable,
            RunsUnderDotnetHost = underDotnet,
            ProbedDevice = platform.LoopbackDevice,
            CanCapture = canCapture,
            ProbeMessage = probeMessage,
            BpfDevicesReadable = platform.Os == CaptureOs.MacOs ? CanRead("/dev/bpf0") : null,
            NpcapInstalled = platform.Os == CaptureOs.Windows ? File.Exists(platform.LibraryCandidates[0]) : null,
            NpcapAdminOnly = platform.Os == CaptureOs.Windows ? NpcapAdminOnly() : null,
        };
    }

    /// <summary>CapEff from /proc/self/status (hex), or 0.</summary>
    private static ulong EffectiveCapabilities()
    {
        try
        {
            foreach (string line in File.ReadLines("/proc/self/status"))
                if (line.StartsWith("CapEff:", StringComparison.Ordinal)
                    && ulong.TryParse(line.AsSpan(7).Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out ulong value))
                    return value;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return 0;
    }

    /// <summary>The names of the groups this process belongs to (Groups: in /proc/self/status, named by /etc/group); on macOS from /etc/group membership.</summary>
    private static List<string> GroupNames()
    {
        var names = new List<string>();
        try
        {
            var byId = new Dictionary<string, string>();
            var members = new List<(string Name, string[] Users)>();
            foreach (string line in File.ReadLines("/etc/group"))
            {
                string[] parts = line.Split(':');
                if (parts.Length >= 4)
                {
                    byId.TryAdd(parts[2], parts[0]);
                    members.Add((parts[0], parts[3].Split(',', StringSplitOptions.RemoveEmptyEntries)));
                }
            }
            if (File.Exists("/proc/self/status"))
            {
                var ids = new List<string>();
                foreach (string line in File.ReadLines("/proc/self/status"))
                {
                    // Gid: real, effective, saved, fs — the effective group first, then the supplementary ones.
                    if (line.StartsWith("Gid:", StringComparison.Ordinal) && line[4..].Split(Blanks, StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } gids)
                        ids.Insert(0, gids[1]);
                    else if (line.StartsWith("Groups:", StringComparison.Ordinal))
                        ids.AddRange(line[7..].Split(Blanks, StringSplitOptions.RemoveEmptyEntries));
                }
                foreach (string id in ids.Distinct())
                    names.Add(byId.TryGetValue(id, out string? name) ? name : id);
            }
            else
            {
                foreach (var (name, users) in members)
                    if (users.Contains(Environment.UserName))
                        names.Add(name);
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return names;
    }

    private static bool CanRead(string path)
    {
        try
        {
            using var _ = new FileStream(path, FileMode.Open, FileAccess.Read);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>HKLM\SYSTEM\CurrentControlSet\Services\npcap\Parameters\AdminOnly, or null when unreadable.</summary>
    private static bool? NpcapAdminOnly()
    {
        if (!OperatingSystem.IsWindows())
            return null;
        try
        {
            using var key = Microsoft.Win32.Registry.LocalMachine.OpenSubKey(@"SYSTEM\CurrentControlSet\Services\npcap\Parameters");
            return key?.GetValue("AdminOnly") is int value ? value != 0 : null;
        }
        catch (Exception e) when (e is System.Security.SecurityException or UnauthorizedAccessException or IOException)
        {
            return null;
        }
    }
}
