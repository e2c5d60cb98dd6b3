namespace Sniffer.Dissectors.Streams.IpReassembly;

/// <summary>One fragment of a datagram: the frame that carried it, where its bytes go and how many (reassemble.c's fragment_item).</summary>
public readonly record struct IpFragment(long Frame, int Offset, int Length, IpFragmentFlags Flags);
