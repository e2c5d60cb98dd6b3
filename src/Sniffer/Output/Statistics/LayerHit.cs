namespace Sniffer.Output.Statistics;

/// <summary>One header of a counted layer in a frame: its source and destination (with ports and tcp.stream for TCP/UDP).</summary>
public readonly record struct LayerHit(NetAddress Source, NetAddress Destination, ushort SourcePort, ushort DestinationPort, long Stream);
