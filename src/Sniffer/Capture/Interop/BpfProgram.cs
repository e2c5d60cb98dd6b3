using System.Runtime.InteropServices;

namespace Sniffer.Capture.Interop;

/// <summary>struct bpf_program: the instruction count and a pointer to the instructions pcap_compile allocated.</summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
internal struct BpfProgram
{
    public const int Size = 16;

    [FieldOffset(0)] public uint InstructionCount;
    [FieldOffset(8)] public nint Instructions;
}
