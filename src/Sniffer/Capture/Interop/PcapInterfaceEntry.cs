using System.Runtime.InteropServices;

namespace Sniffer.Capture.Interop;

/// <summary>struct pcap_if (one element of pcap_findalldevs' linked list) on 64-bit Linux.</summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
internal struct PcapInterfaceEntry
{
    public const int Size = 40;

    [FieldOffset(0)] public nint Next;
    [FieldOffset(8)] public nint Name;
    [FieldOffset(16)] public nint Description;
    [FieldOffset(24)] public nint Addresses;
    [FieldOffset(32)] public uint Flags;
}
