namespace Sniffer.Dissectors.Streams;

/// <summary>What <see cref="TcpTombstones"/> gives back of a forgotten conversation.</summary>
internal readonly record struct TcpTombstone(long Index, bool AIsClient, ushort ClientPort, ushort ServerPort,
    bool ClientBaseSet, uint ClientBase, bool ServerBaseSet, uint ServerBase);
