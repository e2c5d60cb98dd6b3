using System.Runtime.InteropServices;

namespace Sniffer.Capture.Interop;

/// <summary>
/// struct pcap_pkthdr on 64-bit Linux: a struct timeval (two 8-byte longs: seconds, then micro- or
/// nanoseconds depending on the handle's time-stamp precision), the captured length and the length on
/// the wire.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
internal struct PcapPacketHeader
{
    public const int Size = 24;

    [FieldOffset(0)] public long Seconds;
    [FieldOffset(8)] public long SubSecond;
    [FieldOffset(16)] public uint CapturedLength;
    [FieldOffset(20)] public uint OriginalLength;
}
