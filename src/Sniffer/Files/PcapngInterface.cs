using Sniffer.Dissectors.Model;

namespace Sniffer.Files;

/// <summary>
/// An interface to describe with an Interface Description Block: a new one (named by the properties below,
/// if_tsresol 9: nanoseconds), or one copied from a file with all its <see cref="Options"/>.
/// </summary>
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

    /// <summary>
    /// When set, the block's options as a read file carried them (numbers little-endian), written as they are
    /// in place of the properties above; if_tsresol and if_tsoffset among them set the units of its packets.
    /// </summary>
    public IReadOnlyList<PcapngOption>? Options { get; init; }
}
