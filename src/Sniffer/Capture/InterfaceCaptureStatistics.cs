namespace Sniffer.Capture;

/// <summary>
/// The counters of one interface, named after dumpcap's report: <see cref="Captured"/> packets reached the
/// sinks; <see cref="PcapDropped"/> (ps_drop) were lost in the kernel buffer; <see cref="SnifferDropped"/> were
/// refused because the ring to the writer thread was full; <see cref="Flushed"/> were in that ring, never
/// delivered, when a sink stopped the capture (a size limit or a write error); <see cref="InterfaceDropped"/>
/// (ps_ifdrop) were lost by the interface; <see cref="KernelReceived"/> (ps_recv) passed the filter in the kernel.
/// </summary>
public sealed record InterfaceCaptureStatistics(
    int InterfaceId,
    string DisplayName,
    ulong Captured,
    ulong PcapDropped,
    ulong SnifferDropped,
    ulong Flushed,
    ulong InterfaceDropped,
    ulong KernelReceived,
    long StartTimeNs,
    long EndTimeNs)
{
    /// <summary>Packets delivered to the file sink but lost with a fault (a full disk, a closed pipe, a removed directory): never in any file.</summary>
    public ulong LostToFault { get; init; }

    /// <summary>Drops as dumpcap totals them: pcap + its own (ring full, lost to a fault) + flushed.</summary>
    public ulong TotalDropped => PcapDropped + SnifferDropped + LostToFault + Flushed;
}
