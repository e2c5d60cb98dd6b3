using Sniffer.Dissectors.Model;

namespace Sniffer.Files;

/// <summary>An interface to describe with an Interface Description Block (its if_tsresol is always 9: nanoseconds).</summary>
public sealed record PcapngInterface
{
    public required LinkType LinkType { get; init; }

    /// <summary>Snapshot length; 0 means no limit.</summary>
    public int SnapLength { get; init; }

    /// <summary>if_name, e.g. "eth0".</summary>
    public string? Name { get; init; }

    /// <summary>if_description.</summary>
    public string? Description { get; init; }

    /// <summary>if_filter, written as a libpcap filter string.</summary>
    public string? Filter { get; init; }

    /// <summary>if_os.</summary>
    public string? OperatingSystem { get; init; }
}
