using System.Runtime.CompilerServices;

namespace Sniffer.Capture.Platform;

/// <summary>
/// Where struct pcap_pkthdr keeps its fields on one platform. The struct is a struct timeval, then the captured and
/// the wire length (two 32-bit unsigned ints), but timeval differs: 64-bit Linux has two 8-byte longs; 64-bit macOS
/// an 8-byte time_t and a 4-byte suseconds_t (then 4 bytes of padding); Windows (Npcap) two 4-byte longs, since a
/// Windows long is 32 bits even on x64.
/// </summary>
public sealed record PcapHeaderLayout(int Size, int SecondsWidth, int SubSecondOffset, int SubSecondWidth, int CapturedLengthOffset, int OriginalLengthOffset)
{
    public static readonly PcapHeaderLayout Linux64 = new(24, 8, 8, 8, 16, 20);
    public static readonly PcapHeaderLayout MacOs64 = new(24, 8, 8, 4, 16, 20);
    public static readonly PcapHeaderLayout Windows = new(16, 4, 4, 4, 8, 12);

    /// <summary>Reads one header (the seconds field is always at offset 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void Read(byte* header, out long seconds, out long subSecond, out uint capturedLength, out uint originalLength)
    {
        seconds = SecondsWidth == 8 ? *(long*)header : *(int*)header;
        subSecond = SubSecondWidth == 8 ? *(long*)(header + SubSecondOffset) : *(int*)(header + SubSecondOffset);
        capturedLength = *(uint*)(header + CapturedLengthOffset);
        originalLength = *(uint*)(header + OriginalLengthOffset);
    }
}
