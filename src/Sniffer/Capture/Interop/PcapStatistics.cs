using System.Runtime.InteropServices;

namespace Sniffer.Capture.Interop;

/// <summary>
/// The start of struct pcap_stat on every platform (Npcap's goes on with three more counters): packets the kernel passed the filter (ps_recv), packets dropped because the
/// capture buffer was full (ps_drop) and packets the interface dropped (ps_ifdrop).
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
internal struct PcapStatistics
{
    public const int Size = 12;

    [FieldOffset(0)] public uint Received;
    [FieldOffset(4)] public uint Dropped;
    [FieldOffset(8)] public uint InterfaceDropped;
}
