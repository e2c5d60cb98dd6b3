namespace Sniffer.Dissectors.Streams;

/// <summary>
/// One direction of a TCP conversation as a stream dissector sees it: which way the bytes go, the
/// conversation's identity and the per-protocol state slot the dissector keeps between PDUs.
/// </summary>
public sealed class StreamSide
{
    public StreamSide(ConversationState conversation, StreamDirection direction)
    {
        Conversation = conversation;
        Direction = direction;
    }

    public ConversationState Conversation { get; }
    public StreamDirection Direction { get; }

    /// <summary>Frame number of the packet being processed (the one that completes a PDU when Dissect is called).</summary>
    public long CurrentFrame { get; set; }

    /// <summary>Absolute time (ns since the epoch) of the current frame.</summary>
    public long CurrentTime { get; set; }

    /// <summary>Stream offset (bytes of this direction before the pending data) of the first pending byte.</summary>
    public long ConsumedOffset { get; set; }

    /// <summary>The frame that carried the first byte of the PDU being dissected (for "reassembled from frames").</summary>
    public long PduFirstFrame { get; set; }

    /// <summary>
    /// Where the PDU passed to Dissect starts inside its data source: the payload offset in the frame when
    /// the PDU came whole in one segment (source 0), or 0 for a reassembled source.
    /// </summary>
    public int PduSourceOffset { get; set; }

    /// <summary>True when bytes were missing (a capture gap) just before the pending data.</summary>
    public bool GapBefore { get; set; }

    /// <summary>
    /// Where the dissector's search for the end of the pending PDU got to, for it to resume there when more bytes come
    /// (so finding a boundary is linear in the bytes). The stream resets it to default whenever the pending PDU's start
    /// moves; within one PDU the dissector owns it.
    /// </summary>
    public PduScan Scan;
}

/// <summary>
/// A stream dissector's own bookmark in the pending bytes (see <see cref="StreamSide.Scan"/>): how far it examined,
/// which phase of its grammar it was in, and two numbers of its choosing (a header length, a body length, a chunk count).
/// </summary>
public struct PduScan
{
    /// <summary>Bytes from the PDU's start already examined without finding what was looked for.</summary>
    public int Examined;
    /// <summary>The dissector's own phase (0 at the start of a PDU).</summary>
    public int Phase;
    public long Value1;
    public long Value2;
}

/// <summary>
/// What a conversation carries for the protocols riding on it: its tcp.stream index, ports, and one
/// state object per protocol (request queues, TLS sessions). Owned by the TCP conversation table.
/// </summary>
public sealed class ConversationState
{
    private object? _protocolState;
    private object? _protocolStateOwner;

    public ConversationState(long streamIndex, ushort clientPort, ushort serverPort)
    {
        StreamIndex = streamIndex;
        ClientPort = clientPort;
        ServerPort = serverPort;
    }

    public long StreamIndex { get; }
    public ushort ClientPort { get; }
    public ushort ServerPort { get; }

    /// <summary>
    /// Whether the protocols keep per-exchange records for readers of the conversation model (reports, analysis); off
    /// when nothing will read them, so a long capture allocates nothing per message. Set by the conversation table.
    /// </summary>
    public bool RecordsExchanges { get; set; } = true;

    /// <summary>
    /// The conversation of the protocol carried inside this one (HTTP in decrypted TLS data), set by the carrier, so a
    /// reader of the TCP conversation finds the application's state whether it runs on TCP or inside TLS.
    /// </summary>
    public ConversationState? Carried { get; set; }

    /// <summary>
    /// The state object of <paramref name="owner"/> for this conversation, created on first use. A
    /// conversation speaks one application protocol at a time, so one slot suffices; a different owner
    /// (after an upgrade or a TLS hand-over) replaces it.
    /// </summary>
    public T GetState<T>(object owner, Func<T> create) where T : class
    {
        if (!ReferenceEquals(_protocolStateOwner, owner) || _protocolState is not T state)
        {
            state = create();
            _protocolState = state;
            _protocolStateOwner = owner;
        }
        return state;
    }

    /// <summary>Lets go of the protocol state (disposing it when it holds native resources, as TLS keys do).</summary>
    public void Release()
    {
        (_protocolState as IDisposable)?.Dispose();
        _protocolState = null;
        _protocolStateOwner = null;
        Carried?.Release();
        Carried = null;
    }

    /// <summary>The state of <paramref name="owner"/> if it holds the slot, without creating or replacing anything (for readers such as the analysis).</summary>
    public bool TryGetState<T>(object owner, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? state) where T : class
    {
        state = ReferenceEquals(_protocolStateOwner, owner) ? _protocolState as T : null;
        return state is not null;
    }
}
