namespace Sniffer.Capture;

/// <summary>
/// The mutable counters of one interface during a session. The capture thread alone writes
/// <see cref="SnifferDropped"/> and the final kernel counters; the writer thread alone writes
/// <see cref="Delivered"/> and <see cref="Flushed"/>. They are read together only after both threads end.
/// </summary>
internal sealed class InterfaceCounters
{
    public ulong Delivered;
    public ulong Flushed;
    public ulong SnifferDropped;
    public ulong KernelReceived;
    public ulong KernelDropped;
    public ulong InterfaceDropped;
    public long EndTimeNs;
}
