namespace Sniffer.Dissectors.Streams;

/// <summary>
/// A TCP conversation (Wireshark's tcp_analysis): its tcp.stream index, who is client and server,
/// the handshake and teardown frames, per-direction state, and the dissector pinned to it.
/// </summary>
public sealed class TcpConversation
{
    public TcpConversation(long index, ConversationKey key, bool aIsClient, ushort clientPort, ushort serverPort, long firstFrame, long firstTime)
    {
        Index = index;
        Key = key;
        AIsClient = aIsClient;
        State = new ConversationState(index, clientPort, serverPort);
        ClientToServer = new TcpHalf(State, StreamDirection.ClientToServer);
        ServerToClient = new TcpHalf(State, StreamDirection.ServerToClient);
        FirstFrame = firstFrame;
        FirstTime = firstTime;
        LastTime = firstTime;
    }

    /// <summary>
    /// Makes this forgotten conversation, which nothing else holds, a new one: every member as the constructor leaves it
    /// (its halves' and state's too), keeping only buffers small enough to be worth keeping. The conversation table
    /// reuses forgotten conversations this way so a long read allocates nothing per connection once warm.
    /// </summary>
    internal void Reuse(long index, ConversationKey key, bool aIsClient, ushort clientPort, ushort serverPort, long firstFrame, long firstTime)
    {
        Index = index;
        Key = key;
        AIsClient = aIsClient;
        State.Reuse(index, clientPort, serverPort);
        ClientToServer.Reuse();
        ServerToClient.Reuse();
        FirstFrame = firstFrame;
        FirstTime = firstTime;
        LastTime = firstTime;
        LastFrame = 0;
        SynFrame = 0;
        SynAckFrame = 0;
        HandshakeAckFrame = 0;
        FirstFinFrame = 0;
        FirstFinDirection = default;
        RstFrame = 0;
        RstDirection = default;
        Completeness = 0;
        InitialRtt = -1;
        SynTime = 0;
        MostRecentSynTime = 0;
        MostRecentSynSeen = false;
        Dissector = null;
        DissectorChosen = false;
        Lingering = false;
    }

    public long Index { get; private set; }
    public ConversationKey Key { get; private set; }
    /// <summary>True when endpoint A of <see cref="Key"/> is the client (sent the first SYN, or the first packet).</summary>
    public bool AIsClient { get; private set; }
    public ConversationState State { get; }
    public TcpHalf ClientToServer { get; }
    public TcpHalf ServerToClient { get; }

    public long FirstFrame { get; private set; }
    public long FirstTime { get; private set; }
    public long LastTime { get; set; }
    public long LastFrame { get; set; }

    // Handshake and teardown evidence for the lab report.
    public long SynFrame { get; set; }
    public long SynAckFrame { get; set; }
    public long HandshakeAckFrame { get; set; }
    public long FirstFinFrame { get; set; }
    public StreamDirection FirstFinDirection { get; set; }
    public long RstFrame { get; set; }
    public StreamDirection RstDirection { get; set; }
    /// <summary>Wireshark's tcp.completeness bits: 1 SYN, 2 SYN-ACK, 4 ACK, 8 data, 16 FIN, 32 RST.</summary>
    public int Completeness { get; set; }
    /// <summary>The first pure ACK's time minus the most recent SYN's (tcp.analysis.initial_rtt), in ns, or -1.</summary>
    public long InitialRtt { get; set; } = -1;
    public long SynTime { get; set; }
    public long MostRecentSynTime { get; set; }
    public bool MostRecentSynSeen { get; set; }

    /// <summary>The application dissector chosen for this conversation, or null for plain data.</summary>
    public IStreamDissector? Dissector { get; set; }
    public bool DissectorChosen { get; set; }

    public TcpHalf Half(StreamDirection direction) => direction == StreamDirection.ClientToServer ? ClientToServer : ServerToClient;

    public bool Closed => RstFrame != 0 || (ClientToServer.FinSeen && ServerToClient.FinSeen);

    /// <summary>Set once the table has been told the conversation closed and may forget it.</summary>
    public bool Lingering { get; set; }
}
