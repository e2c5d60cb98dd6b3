using Sniffer.Dissectors.Model;

namespace Sniffer.Capture.Platform;

/// <summary>
/// Everything about packet capture that differs between Linux, macOS and Windows, in one value: which library to
/// load and how to install it, the layouts of the structures it returns, the loopback interface and its link type,
/// and how dumpcap names interfaces there. <see cref="Current"/> is this machine's; the others are there so the
/// platform layer can be tested on any machine.
/// </summary>
public sealed record CapturePlatform
{
    /// <summary>pcap_stat on Linux and macOS: ps_recv, ps_drop, ps_ifdrop.</summary>
    public const int UnixStatisticsSize = 12;

    /// <summary>Npcap's pcap_stat adds ps_capt, ps_sent and ps_netdrop (pcap/pcap.h under _WIN32): pcap_stats writes all six.</summary>
    public const int WindowsStatisticsSize = 24;

    public required CaptureOs Os { get; init; }

    /// <summary>The files tried in order to load the capture library (a full path or a name the loader searches for).</summary>
    public required IReadOnlyList<string> LibraryCandidates { get; init; }

    /// <summary>What to tell a user whose machine has no capture library.</summary>
    public required string InstallHint { get; init; }

    public required PcapHeaderLayout HeaderLayout { get; init; }

    public required SocketAddressLayout SocketAddresses { get; init; }

    /// <summary>Bytes pcap_stats writes into its struct pcap_stat.</summary>
    public required int StatisticsSize { get; init; }

    /// <summary>The loopback interface as libpcap names it.</summary>
    public required string LoopbackDevice { get; init; }

    /// <summary>The link type of a loopback capture: Ethernet with zero addresses on Linux, BSD loopback (DLT_NULL) on macOS and with Npcap.</summary>
    public required LinkType LoopbackLinkType { get; init; }

    public static readonly CapturePlatform Linux = new()
    {
        Os = CaptureOs.Linux,
        // Debian's libpcap0.8 installs only libpcap.so.0.8; the unversioned name comes with libpcap-dev.
        LibraryCandidates = ["libpcap.so.0.8", "libpcap.so.1", "libpcap.so"],
        InstallHint = "install it with: apt-get install libpcap0.8",
        HeaderLayout = PcapHeaderLayout.Linux64,
        SocketAddresses = SocketAddressLayout.Linux,
        StatisticsSize = UnixStatisticsSize,
        LoopbackDevice = "lo",
        LoopbackLinkType = LinkType.Ethernet,
    };

    public static readonly CapturePlatform MacOs = new()
    {
        Os = CaptureOs.MacOs,
        LibraryCandidates = ["/usr/lib/libpcap.A.dylib", "libpcap.A.dylib", "libpcap.dylib"],
        InstallHint = "libpcap is part of macOS (/usr/lib/libpcap.A.dylib); reinstall the Command Line Tools or install Wireshark",
        HeaderLayout = PcapHeaderLayout.MacOs64,
        SocketAddresses = SocketAddressLayout.MacOs,
        StatisticsSize = UnixStatisticsSize,
        LoopbackDevice = "lo0",
        LoopbackLinkType = LinkType.Null,
    };

    public static readonly CapturePlatform Windows = new()
    {
        Os = CaptureOs.Windows,
        // Npcap installs wpcap.dll in System32\Npcap, outside the default search path (WinPcap-compatible mode puts one in System32).
        LibraryCandidates = [Path.Combine(WindowsSystemDirectory(), "Npcap", "wpcap.dll"), "wpcap.dll"],
        InstallHint = "install Npcap from https://npcap.com (tick \"Support loopback traffic\" to capture on the loopback adapter)",
        HeaderLayout = PcapHeaderLayout.Windows,
        SocketAddresses = SocketAddressLayout.Windows,
        StatisticsSize = WindowsStatisticsSize,
        LoopbackDevice = @"\Device\NPF_Loopback",
        LoopbackLinkType = LinkType.Null,
    };

    /// <summary>This machine's platform.</summary>
    public static CapturePlatform Current { get; } =
        OperatingSystem.IsWindows() ? Windows : OperatingSystem.IsMacOS() ? MacOs : Linux;

    /// <summary>
    /// What dumpcap -D prints in parentheses after the name (and writes as if_description). On Linux: "Loopback" for
    /// a loopback interface and nothing else (Wireshark ignores libpcap's descriptions there). On macOS: "Loopback"
    /// for lo0, otherwise libpcap's description when it has one. On Windows: the adapter's friendly name ("Ethernet",
    /// "Wi-Fi", looked up by the GUID in \Device\NPF_{GUID}), else Npcap's description ("Adapter for loopback traffic
    /// capture" for \Device\NPF_Loopback).
    /// </summary>
    public string? FriendlyName(string name, string? pcapDescription, bool loopback, Func<string, string?> friendlyNameByAdapterId)
    {
        switch (Os)
        {
            case CaptureOs.Linux:
                return loopback ? "Loopback" : null;
            case CaptureOs.MacOs:
                return loopback ? "Loopback" : string.IsNullOrEmpty(pcapDescription) ? null : pcapDescription;
            default:
                const string NpfPrefix = @"\Device\NPF_";
                if (name.StartsWith(NpfPrefix, StringComparison.OrdinalIgnoreCase) && name.Length > NpfPrefix.Length
                    && name[NpfPrefix.Length] == '{' && friendlyNameByAdapterId(name[NpfPrefix.Length..]) is { Length: > 0 } friendly)
                    return friendly;
                return string.IsNullOrEmpty(pcapDescription) ? null : pcapDescription;
        }
    }

    private static string WindowsSystemDirectory()
    {
        string system = Environment.SystemDirectory;
        return string.IsNullOrEmpty(system) ? @"C:\Windows\System32" : system;
    }
}
