using System.Runtime.InteropServices;

namespace Sniffer.Capture.Interop;

/// <summary>struct pcap_addr (one address of an interface; every pointer may be null) on 64-bit Linux.</summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
internal struct PcapAddressEntry
{
    public const int Size = 40;

    [FieldOffset(0)] public nint Next;
    [FieldOffset(8)] public nint Address;
    [FieldOffset(16)] public nint Netmask;
    [FieldOffset(24)] public nint BroadcastAddress;
    [FieldOffset(32)] public nint DestinationAddress;
}
