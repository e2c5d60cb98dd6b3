namespace Sniffer.Dissectors.Streams;

/// <summary>Which way bytes flow in a conversation; the client is the side that sent the first SYN (or, without one, the first packet).</summary>
public enum StreamDirection : byte
{
    ClientToServer = 0,
    ServerToClient = 1,
}
