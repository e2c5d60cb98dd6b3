namespace Sniffer.Dissectors.Streams.IpReassembly;

/// <summary>A datagram put together from its fragments: its bytes, the fragments in offset order, and what went wrong.</summary>
public sealed record IpReassembled(byte[] Data, IReadOnlyList<IpFragment> Fragments, IpFragmentFlags Flags);
