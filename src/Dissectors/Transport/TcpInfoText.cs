using System.Runtime.InteropServices;
using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Transport;

/// <summary>
/// TCP's Info text after the analysis notes, "80 → 52314 [PSH, ACK] Seq=1 Ack=1 Win=65535 Len=12", kept as numbers by
/// <see cref="Defer"/> and formatted only when the column is read: a filter that prints one frame in ten formats one in ten.
/// </summary>
public sealed class TcpInfoText : IDeferredInfo
{
    private static readonly TcpInfoText Instance = new();

    private TcpInfoText()
    {
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct State
    {
        public uint Seq;
        public uint Ack;
        public uint Window;
        public int SegmentLength;
        public int Flags;
        public ushort SourcePort;
        public ushort DestinationPort;
        public ushort UrgentPointer;
        public bool HasAck;
    }

    /// <summary>Records the text's values in <paramref name="info"/>; <paramref name="ports"/> names ports as -N t does.</summary>
    public static void Defer(InfoColumn info, IPortNames? ports, ushort srcPort, ushort dstPort, int flags, uint seq, bool hasAck,
        uint ack, uint window, ushort urgentPointer, int segmentLength)
    {
        var state = new State
        {
            Seq = seq,
            Ack = ack,
            Window = window,
            SegmentLength = segmentLength,
            Flags = flags,
            SourcePort = srcPort,
            DestinationPort = dstPort,
            UrgentPointer = urgentPointer,
            HasAck = hasAck,
        };
        info.Defer(Instance, ports, MemoryMarshal.AsBytes(new ReadOnlySpan<State>(in state)));
    }

    public bool NeverEmpty => true;

    public void Write(InfoColumn info, object? context, ReadOnlySpan<byte> state)
    {
        var s = MemoryMarshal.Read<State>(state);
        var ports = (IPortNames?)context;
        PacketContext.AppendPort(info, ports, s.SourcePort, udp: false);
        info.Append(" \u2192 ");
        PacketContext.AppendPort(info, ports, s.DestinationPort, udp: false);
        info.Append(" [");
        Span<char> names = stackalloc char[64];
        info.Append(names[..TcpTreeText.WriteFlagNames(s.Flags, names)]);
        info.Append("] Seq=");
        info.Append(s.Seq);
        if (s.HasAck)
        {
            info.Append(" Ack=");
            info.Append(s.Ack);
        }
        info.Append(" Win=");
        info.Append(s.Window);
        if ((s.Flags & TcpFlagBits.Urg) != 0)
        {
            info.Append(" Urg=");
            info.Append(s.UrgentPointer);
        }
        info.Append(" Len=");
        info.Append(s.SegmentLength);
    }
}
