using Sniffer.Dissectors.Model;

namespace Sniffer.Capture;

/// <summary>
/// One open capture handle, as a <see cref="ICaptureBackend"/> made it. Only the capture thread reads packets from it;
/// <see cref="RequestBreak"/> may be called from any thread.
/// </summary>
public interface ILiveCapture : IDisposable
{
    LiveInterfaceSettings Settings { get; }

    /// <summary>As dumpcap names it in messages: "Loopback: lo".</summary>
    string DisplayName { get; }

    /// <summary>The handle's data link type (pcap_datalink), in the platform's DLT_ numbering.</summary>
    int Dlt { get; }

    /// <summary>The link type written to files (tcpdump.org's LINKTYPE_ numbering).</summary>
    LinkType LinkType { get; }

    /// <summary>A warning the library gave while activating (promiscuous mode not supported, …), or null.</summary>
    string? Warning { get; }

    /// <summary>
    /// The next packet: <see cref="PacketReadStatus.Packet"/> with its time stamp in nanoseconds, its length on the wire
    /// and a span over the library's buffer (valid until the next call), or why there is none.
    /// </summary>
    PacketReadStatus TryReadNext(out long timestampNs, out int originalLength, out ReadOnlySpan<byte> data);

    /// <summary>The library's text for the last failure of <see cref="TryReadNext"/>.</summary>
    string LastError { get; }

    /// <summary>Makes a blocked <see cref="TryReadNext"/> return <see cref="PacketReadStatus.Stopped"/> soon; safe from any thread.</summary>
    void RequestBreak();

    /// <summary>The kernel's counters (pcap_stats): call it from the capture thread, or after that thread has finished.</summary>
    bool TryGetStatistics(out uint received, out uint dropped, out uint interfaceDropped);
}
