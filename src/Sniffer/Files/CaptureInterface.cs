using Sniffer.Dissectors.Model;

namespace Sniffer.Files;

/// <summary>
/// One capture interface as the file describes it (a pcapng Interface Description Block, or the
/// classic pcap file header). <see cref="Index"/> is global across the whole file: pcapng interface ids
/// restart at 0 in every section, and the reader numbers them on in the order the IDBs appear.
/// </summary>
/// <param name="Index">Global interface index: the value frames carry in <see cref="Frame.InterfaceId"/>.</param>
/// <param name="Link">Link-layer type of every packet on this interface.</param>
/// <param name="Name">if_name, when given.</param>
/// <param name="Description">if_description, when given.</param>
/// <param name="Filter">if_filter as a libpcap filter string, when given in that form.</param>
/// <param name="OperatingSystem">if_os, when given.</param>
/// <param name="SnapLength">Snapshot length; 0 means "no limit" (values past int.MaxValue read as int.MaxValue).</param>
/// <param name="TimePrecisionDigits">Sub-second digits the timestamps carry: 6 for µs, 9 for ns, capped at 9.</param>
public sealed record CaptureInterface(
    int Index,
    LinkType Link,
    string? Name,
    string? Description,
    string? Filter,
    string? OperatingSystem,
    int SnapLength,
    int TimePrecisionDigits)
{
    /// <summary>opt_comment of the Interface Description Block, when there was one.</summary>
    public string? Comment { get; init; }

    /// <summary>The name tshark gives the interface (frame.interface_name): if_name, else if_description, else "unknown".</summary>
    public string ShownName => Name ?? Description ?? "unknown";

    /// <summary>if_tsoffset: seconds added to every timestamp of this interface (already applied to frames).</summary>
    public long TimestampOffsetSeconds { get; init; }
}
