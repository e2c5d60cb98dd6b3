using Sniffer.Capture.Platform;

namespace Sniffer.Capture;

/// <summary>
/// What <c>sniffer doctor</c> found out about the current user's right to capture, gathered by
/// <see cref="CaptureRightsProbe"/> and turned into advice by <see cref="DoctorReport"/>. Plain data, so the advice for
/// every OS can be tested on any machine.
/// </summary>
public sealed record CaptureRights
{
    public required CaptureOs Os { get; init; }

    public required string UserName { get; init; }

    /// <summary>The effective user id (Linux, macOS); null on Windows.</summary>
    public uint? UserId { get; init; }

    /// <summary>Root, or an elevated administrator on Windows.</summary>
    public bool IsAdministrator { get; init; }

    /// <summary>The capture library's version text, or null when it could not be loaded.</summary>
    public string? LibraryVersion { get; init; }

    /// <summary>Why the library could not be loaded ("" when it was).</summary>
    public string LibraryFailure { get; init; } = "";

    /// <summary>Linux: CAP_NET_RAW and CAP_NET_ADMIN in this process's effective set.</summary>
    public bool HasNetRaw { get; init; }

    public bool HasNetAdmin { get; init; }

    /// <summary>The user's groups by name (wireshark, pcap, access_bpf are the ones that matter).</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>The file to give capabilities to: this executable, or the dotnet host when run as <c>dotnet sniffer.dll</c>.</summary>
    public required string ExecutablePath { get; init; }

    public bool RunsUnderDotnetHost { get; init; }

    /// <summary>The interface the probe tried to open (the loopback one).</summary>
    public required string ProbedDevice { get; init; }

    /// <summary>Whether opening it for capture worked, and if not, the message.</summary>
    public bool CanCapture { get; init; }

    public string ProbeMessage { get; init; } = "";

    /// <summary>macOS: whether /dev/bpf0 can be opened for reading (what ChmodBPF grants).</summary>
    public bool? BpfDevicesReadable { get; init; }

    /// <summary>Windows: Npcap installed (System32\Npcap\wpcap.dll), and its "restrict to administrators" setting.</summary>
    public bool? NpcapInstalled { get; init; }

    public bool? NpcapAdminOnly { get; init; }
}
