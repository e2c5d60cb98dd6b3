using Sniffer.Dissectors.Model;

namespace Sniffer.Capture;

/// <summary>An interface being captured, as the sinks need to describe it (one pcapng IDB each).</summary>
public sealed record CaptureInterfaceInfo(
    int Id,
    string Name,
    string? Description,
    LinkType LinkType,
    int SnapLength,
    string? Filter)
{
    /// <summary>"Loopback: lo", as dumpcap names an interface in its messages.</summary>
    public string DisplayName => CaptureDevice.DisplayNameOf(Name, Description);
}
