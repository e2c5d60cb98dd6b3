namespace Sniffer.Analysis;

/// <summary>
/// One TCP connection (tcp.stream): who opened it and how we know, what it carried, its handshake and teardown frames,
/// its duration and traffic each way, the requests it carried and the persistence verdict, and whether its ports were
/// used again by a later connection.
/// </summary>
public sealed record ConnectionReport
{
    public required long Stream { get; init; }
    public required string ClientAddress { get; init; }
    public required int ClientPort { get; init; }
    public required string ServerAddress { get; init; }
    public required int ServerPort { get; init; }
    /// <summary>How the client was told apart: "SYN" (it sent the SYN), "request" (it sent the requests) or "ephemeral port".</summary>
    public required string ClientBasis { get; init; }
    /// <summary>The application protocol ("HTTP", "HTCPCP", "TLS", "HTTP over TLS", "data").</summary>
    public required string Protocol { get; init; }
    public long? SynFrame { get; init; }
    public long? SynAckFrame { get; init; }
    public long? AckFrame { get; init; }
    /// <summary>The handshake round trip (SYN to the ACK of the SYN-ACK), in milliseconds.</summary>
    public double? HandshakeRttMs { get; init; }
    public FrameBySide? FirstFin { get; init; }
    public FrameBySide? Rst { get; init; }
    public required long FirstFrame { get; init; }
    public required long LastFrame { get; init; }
    /// <summary>Seconds since the first frame of the capture.</summary>
    public required double Start { get; init; }
    public required double DurationSeconds { get; init; }
    public required long FramesClientToServer { get; init; }
    public required long BytesClientToServer { get; init; }
    public required long FramesServerToClient { get; init; }
    public required long BytesServerToClient { get; init; }
    public required int Requests { get; init; }
    public required int Responses { get; init; }
    public IReadOnlyList<int> StatusCodes { get; init; } = [];
    public PersistenceReport? Persistence { get; init; }
    /// <summary>A later connection that used the same client and server ports (tcp.stream), or null.</summary>
    public long? PortsReusedBy { get; init; }
    /// <summary>This connection's SYN reused the ports of an earlier one ("[TCP Port numbers reused]").</summary>
    public bool ReusesPorts { get; init; }
    /// <summary>For a connection without a known application protocol: its first line of text payload (echo), or null.</summary>
    public string? PayloadSample { get; init; }
    /// <summary>The map node of each end.</summary>
    public required string ClientNode { get; init; }
    public required string ServerNode { get; init; }

    public string Client => EndpointText.Of(ClientAddress, ClientPort);
    public string Server => EndpointText.Of(ServerAddress, ServerPort);
    public long Frames => FramesClientToServer + FramesServerToClient;
    public long Bytes => BytesClientToServer + BytesServerToClient;
    /// <summary>The display filter that shows this connection alone.</summary>
    public string Filter => $"tcp.stream == {Stream}";
}
