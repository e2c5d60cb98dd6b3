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

    /// <summary>
    /// For DescribeIncomplete: the data source holding the unfinished PDU's bytes of this frame (with
    /// <see cref="PduSourceOffset"/> where they start), or -1 when it began in an earlier frame.
    /// </summary>
    public int IncompleteSource { get; set; } = -1;

    /// <summary>True when bytes were missing (a capture gap) just before the pending data.</summary>
    public bool GapBefore { get; set; }

    /// <summary>
    /// Set by a dissector that took its last PDU without showing anything (tshark's HTTP before any HTTP was seen):
    /// a carrier that lets the protocol write the columns of a PDU it completed (TLS) then writes its own.
    /// </summary>
    public bool LastPduShownNothing { get; set; }

    /// <summary>
    /// Where the dissector's search for the end of the pending PDU got to, for it to resume there when more bytes come
    /// (so finding a boundary is linear in the bytes). The stream resets it to default whenever the pending PDU's start
    /// moves; within one PDU the dissector owns it.
    /// </summary>
    public PduScan Scan;

    /// <summary>
    /// Set for <see cref="IStreamDissector.FindPdu"/>: the pending bytes begin with the first byte this delivery brought
    /// (nothing waited from earlier frames, nothing of this one was taken yet), as a dissector tshark hands a segment sees it.
    /// </summary>
    public bool AtSegmentStart { get; set; }

    /// <summary>Every member as a new side has it, for a conversation that is reused (<see cref="TcpConversation.Reuse"/>).</summary>
    internal void Reuse()
    {
        CurrentFrame = 0;
        CurrentTime = 0;
        ConsumedOffset = 0;
        PduFirstFrame = 0;
        PduSourceOffset = 0;
        IncompleteSource = -1;
        GapBefore = false;
        LastPduShownNothing = false;
        Scan = default;
        AtSegmentStart = false;
    }
}

/// <summary>
/// A protocol's per-connection state that its protocol takes back for a later connection when the connection is
/// forgotten and nothing else holds it (the conversation table decides; see <see cref="ConversationState.Reuse"/>).
/// Recycle is called once, after the connection's state was released: the old connection does not use it again.
/// </summary>
public interface IReusableState
{
    void Recycle();
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
/// What a conversation carries for the protocols riding on it: its tcp.stream (or udp.stream) index, ports, and one
/// state object per protocol (request queues, TLS sessions). Owned by the conversation table. A protocol carried
/// inside another (HTTP inside decrypted TLS) gets an inner state whose <see cref="Outer"/> is the connection's; every
/// state object made in either is recorded as a layer of the outermost one, so reports find HTTP's transactions on a
/// connection whether HTTP ran on TCP or inside TLS (<see cref="Find{T}"/>).
/// </summary>
public sealed class ConversationState
{
    private object? _protocolState;
    private object? _protocolStateOwner;
    private List<object>? _layers;

    public ConversationState(long streamIndex, ushort clientPort, ushort serverPort, ConversationState? outer = null)
    {
        StreamIndex = streamIndex;
        ClientPort = clientPort;
        ServerPort = serverPort;
        Outer = outer;
    }

    public long StreamIndex { get; private set; }
    public ushort ClientPort { get; private set; }
    public ushort ServerPort { get; private set; }

    /// <summary>The state of the connection this one is carried inside (TLS's for HTTP inside TLS), or null.</summary>
    public ConversationState? Outer { get; }

    /// <summary>The connection's own state (following <see cref="Outer"/> to the end).</summary>
    public ConversationState Root
    {
        get
        {
            var s = this;
            while (s.Outer is not null)
                s = s.Outer;
            return s;
        }
    }

    /// <summary>
    /// Whether the protocols keep per-exchange records for readers of the conversation model (reports, analysis); off
    /// when nothing will read them, so a long capture allocates nothing per message. Set by the conversation table; a
    /// state carried inside another (<see cref="Outer"/>) follows its connection's.
    /// </summary>
    public bool RecordsExchanges
    {
        get => Outer?.RecordsExchanges ?? _recordsExchanges;
        set => _recordsExchanges = value;
    }

    private bool _recordsExchanges = true;

    /// <summary>
    /// The state object of <paramref name="owner"/> for this conversation, created on first use. A
    /// conversation speaks one application protocol at a time, so one slot suffices; a different owner
    /// (after an upgrade or a TLS hand-over) replaces it. Each object created is recorded as a layer of the connection.
    /// </summary>
    public T GetState<T>(object owner, Func<T> create) where T : class
        => GetState(owner, create, static create => create());

    /// <summary>
    /// <see cref="GetState{T}(object, Func{T})"/> whose factory takes <paramref name="argument"/>: a static factory then
    /// needs no closure, so a new connection allocates only its state.
    /// </summary>
    public T GetState<T, TArgument>(object owner, TArgument argument, Func<TArgument, T> create) where T : class
    {
        if (!ReferenceEquals(_protocolStateOwner, owner) || _protocolState is not T state)
        {
            state = create(argument);
            _protocolState = state;
            _protocolStateOwner = owner;
            var root = Root;
            root._layers ??= new List<object>(2);
            if (root._layers.Count < MaxLayers)
                root._layers.Add(state);
        }
        return state;
    }

    /// <summary>Most layers remembered per connection (protocol switches are rare; this only bounds a hostile stream).</summary>
    private const int MaxLayers = 16;

    /// <summary>Every protocol state recorded on this connection (its own and those of protocols carried inside it), oldest first.</summary>
    public IReadOnlyList<object> Layers => Root._layers ?? (IReadOnlyList<object>)[];

    /// <summary>The first layer of type <typeparamref name="T"/> recorded on this connection, or null.</summary>
    public T? Find<T>() where T : class
    {
        foreach (var layer in Layers)
            if (layer is T t)
                return t;
        return null;
    }

    /// <summary>Lets go of the protocol state (disposing what holds native resources, as TLS keys do).</summary>
    public void Release()
    {
        (_protocolState as IDisposable)?.Dispose();
        if (_layers is not null)
            foreach (var layer in _layers)
                if (!ReferenceEquals(layer, _protocolState))
                    (layer as IDisposable)?.Dispose();
        _layers = null;
        _protocolState = null;
        _protocolStateOwner = null;
    }

    /// <summary>
    /// <see cref="Release"/> for a connection's state that nothing else holds, kept to be reused
    /// (<see cref="TcpConversation.Reuse"/>): then the protocol states that can be reused go back to their protocols,
    /// and the list of layers is kept, emptied.
    /// </summary>
    internal void ReleaseForReuse()
    {
        var layers = _layers;
        var current = _protocolState as IReusableState;
        Release();
        if (layers is null)
        {
            current?.Recycle();
            return;
        }
        foreach (var layer in layers)
            (layer as IReusableState)?.Recycle();
        if (current is not null && !layers.Contains(current))
            current.Recycle();
        layers.Clear();
        _layers = layers;
    }

    /// <summary>Every member as a new state's, for a state released by <see cref="ReleaseForReuse"/>.</summary>
    internal void Reuse(long streamIndex, ushort clientPort, ushort serverPort)
    {
        StreamIndex = streamIndex;
        ClientPort = clientPort;
        ServerPort = serverPort;
        _recordsExchanges = true;
    }

    /// <summary>The state of <paramref name="owner"/> if it holds the slot, without creating or replacing anything.</summary>
    public bool TryGetState<T>(object owner, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? state) where T : class
    {
        state = ReferenceEquals(_protocolStateOwner, owner) ? _protocolState as T : null;
        return state is not null;
    }
}
