namespace Sniffer.Dissectors.Streams;

/// <summary>
/// Finds or starts the conversation a segment belongs to, numbering them as tcp.stream does: by first
/// appearance, with a new index when a fresh SYN reuses the ports of a finished conversation.
/// <para>
/// Memory stays flat on long captures: a conversation that has closed (FIN both ways, or RST) lingers
/// while late packets may still come — until it has been quiet for <see cref="CloseLingerNs"/> of capture
/// time or more than <see cref="MaxLingering"/> others closed after it — and is then forgotten, leaving a
/// small tombstone (its index and base sequence numbers) so a straggler still lands in the same tcp.stream
/// and a reused port pair is still recognised. Tombstones are bounded too (<see cref="TcpTombstones"/>: the latest
/// 32,768 closed conversations and the latest 2^20 evicted live ones). Reports that list every
/// conversation set <see cref="RetainAll"/>.
/// </para>
/// </summary>
public sealed class TcpConversationTable
{
    public const long CloseLingerNs = 1_000_000_000;
    public const int MaxLingering = 256;

    /// <summary>Default for <see cref="MaxLive"/>: open connections tracked at once (about 1 KB each).</summary>
    public const int DefaultMaxLive = 1 << 18;

    /// <summary>
    /// Most connections tracked at once when they need not all be kept: past it, the one idle the longest is forgotten
    /// (a tombstone keeps its tcp.stream number for stragglers) and a note says how many were. tshark never forgets;
    /// this bounds memory on hostile captures (a million SYNs to a million ports).
    /// </summary>
    public int MaxLive { get; set; } = DefaultMaxLive;

    /// <summary>Connections forgotten because <see cref="MaxLive"/> was reached.</summary>
    public long Evicted { get; private set; }

    private readonly Queue<(ConversationKey Key, long Index, long StampFrame)> _byActivity = new();

    private readonly Dictionary<ConversationKey, TcpConversation> _current = new();
    private readonly List<TcpConversation> _all = new();
    private readonly Queue<TcpConversation> _closing = new();
    private readonly TcpTombstones _tombstones = new();
    private long _nextIndex;

    // The conversation found last and its key: consecutive segments are mostly of one connection. Always the entry
    // _current holds for that key (set wherever _current gains an entry, cleared wherever it loses one).
    private ConversationKey _lastKey;
    private TcpConversation? _last;

    /// <summary>Keep every conversation for reports that list them all (-z http,connections, analysis).</summary>
    public bool RetainAll { get; set; } = true;

    /// <summary>
    /// Called with a conversation just before it is forgotten (its protocols' state released) when
    /// <see cref="RetainAll"/> is off: after its close and linger, or when a new SYN takes its ports. A report that reads
    /// connections as they end (the analysis) keeps what it needs from it here, so memory stays bounded by the open ones.
    /// </summary>
    public Action<TcpConversation>? Forgetting { get; set; }

    /// <summary>Every conversation in tcp.stream order when <see cref="RetainAll"/> is set; otherwise the live ones.</summary>
    public IReadOnlyList<TcpConversation> All => RetainAll ? _all : [.. _current.Values.OrderBy(c => c.Index)];

    /// <summary>Conversations still held in memory (open or lingering after their close).</summary>
    public int LiveCount => _current.Count;

    /// <summary>
    /// Returns the conversation for a segment. <paramref name="portsReused"/> is true when a SYN started a new
    /// conversation on the ports of an earlier one ("[TCP Port numbers reused]").
    /// </summary>
    public TcpConversation Lookup(ReadOnlySpan<byte> src, ushort srcPort, ReadOnlySpan<byte> dst, ushort dstPort,
        bool syn, bool ack, uint seq, long frame, long time, out StreamDirection direction, out bool portsReused)
    {
        ForgetQuietClosed(time);
        var key = ConversationKey.From(src, srcPort, dst, dstPort, out bool aIsSource);
        portsReused = false;
        bool newSyn = syn && !ack;
        TcpConversation? conversation = _last;
        if (conversation is null || !_lastKey.Equals(key))
        {
            if (_current.TryGetValue(key, out conversation))
                Remember(key, conversation);
        }
        if (conversation is not null)
        {
            direction = aIsSource == conversation.AIsClient ? StreamDirection.ClientToServer : StreamDirection.ServerToClient;
            if (!newSyn)
                return conversation;
            var half = conversation.Half(direction);
            // As Wireshark: a SYN whose ISN differs from the base sequence number already seen in that
            // direction starts a new session on the same ports; the same ISN is a retransmitted SYN.
            if (!half.BaseSeqSet || half.BaseSeq == seq)
                return conversation;
            portsReused = true;
            if (!RetainAll)
                Forgetting?.Invoke(conversation);
        }
        else if (_tombstones.TryTake(key, out var tomb))
        {
            var d = aIsSource == tomb.AIsClient ? StreamDirection.ClientToServer : StreamDirection.ServerToClient;
            uint baseSeq = d == StreamDirection.ClientToServer ? tomb.ClientBase : tomb.ServerBase;
            bool baseSet = d == StreamDirection.ClientToServer ? tomb.ClientBaseSet : tomb.ServerBaseSet;
            if (!newSyn || (baseSet && baseSeq == seq))
            {
                // A straggler of a forgotten conversation: bring it back under its own tcp.stream index.
                conversation = NewConversation(tomb.Index, key, tomb.AIsClient, tomb.ClientPort, tomb.ServerPort, frame, time);
                conversation.State.RecordsExchanges = RetainAll || Forgetting is not null;
                Restore(conversation.ClientToServer, tomb.ClientBaseSet, tomb.ClientBase);
                Restore(conversation.ServerToClient, tomb.ServerBaseSet, tomb.ServerBase);
                _current[key] = conversation;
                Remember(key, conversation);
                if (!RetainAll)
                    TrackActivity(conversation, frame);
                direction = d;
                return conversation;
            }
            portsReused = true;
        }
        bool aIsClient = syn && ack ? !aIsSource : aIsSource;
        ushort clientPort = syn && ack ? dstPort : srcPort;
        ushort serverPort = syn && ack ? srcPort : dstPort;
        conversation = NewConversation(_nextIndex++, key, aIsClient, clientPort, serverPort, frame, time);
        conversation.State.RecordsExchanges = RetainAll || Forgetting is not null;
        _current[key] = conversation;
        Remember(key, conversation);
        if (RetainAll)
            _all.Add(conversation);
        else
            TrackActivity(conversation, frame);
        direction = syn && ack ? StreamDirection.ServerToClient : StreamDirection.ClientToServer;
        return conversation;
    }

    /// <summary>Called once when a conversation closes (FIN both ways or RST): it starts to linger.</summary>
    public void MarkClosed(TcpConversation conversation)
    {
        if (conversation.Lingering)
            return;
        conversation.Lingering = true;
        _closing.Enqueue(conversation);
    }

    /// <summary>Keeps the live connections within <see cref="MaxLive"/>: the one idle the longest goes first.</summary>
    private void TrackActivity(TcpConversation added, long frame)
    {
        _byActivity.Enqueue((added.Key, added.Index, frame));
        while (_current.Count > MaxLive && _byActivity.Count > 0)
        {
            var (key, index, stamp) = _byActivity.Dequeue();
            if (!_current.TryGetValue(key, out var c) || c.Index != index || ReferenceEquals(c, added))
                continue;
            if (c.LastFrame > stamp)
            {
                _byActivity.Enqueue((key, index, c.LastFrame)); // active since: look again later
                continue;
            }
            Forget(c, evicted: true, queuedToClose: c.Lingering);
            Evicted++;
        }
        // Entries for connections already gone are dropped as they reach the head, or here, so the queue stays
        // within a small multiple of the live connections however many the capture has had (amortised O(1)).
        if (_byActivity.Count > 2 * _current.Count + 256)
        {
            // In place, oldest first as before: each entry goes round once and comes back only if its connection lives.
            for (int n = _byActivity.Count; n > 0; n--)
            {
                var e = _byActivity.Dequeue();
                if (_current.TryGetValue(e.Key, out var c) && c.Index == e.Index)
                    _byActivity.Enqueue(e);
            }
        }
    }

    private void Remember(ConversationKey key, TcpConversation conversation)
    {
        _lastKey = key;
        _last = conversation;
    }

    /// <param name="queuedToClose">Whether <paramref name="c"/> may still be in the closing queue.</param>
    private void Forget(TcpConversation c, bool evicted, bool queuedToClose)
    {
        _current.Remove(c.Key);
        if (_last is not null && _lastKey.Equals(c.Key))
            _last = null;
        Forgetting?.Invoke(c);
        c.ClientToServer.ReleaseBuffers();
        c.ServerToClient.ReleaseBuffers();
        _tombstones.Add(c, evicted);
        // Kept for a later connection when nothing can hold it any more: no reader was given it (Forgetting), and it is
        // not waiting in the closing queue (an evicted conversation that had closed may be).
        if (Forgetting is null && !queuedToClose && _spare.Count < MaxSpare)
        {
            c.State.ReleaseForReuse();
            _spare.Push(c);
        }
        else
        {
            c.State.Release();
        }
    }

    /// <summary>Forgotten conversations kept for reuse, so a long read allocates no per-connection state once warm.</summary>
    private readonly Stack<TcpConversation> _spare = new();

    /// <summary>Most forgotten conversations kept for reuse (a few KB each).</summary>
    private const int MaxSpare = 256;

    private TcpConversation NewConversation(long index, ConversationKey key, bool aIsClient, ushort clientPort, ushort serverPort, long frame, long time)
    {
        if (!_spare.TryPop(out var c))
            return new TcpConversation(index, key, aIsClient, clientPort, serverPort, frame, time);
        c.Reuse(index, key, aIsClient, clientPort, serverPort, frame, time);
        return c;
    }

    private void ForgetQuietClosed(long now)
    {
        while (_closing.Count > 0)
        {
            var c = _closing.Peek();
            bool quiet = now - c.LastTime >= CloseLingerNs;
            if (!quiet && _closing.Count <= MaxLingering)
                return;
            _closing.Dequeue();
            if (RetainAll || !_current.TryGetValue(c.Key, out var live) || !ReferenceEquals(live, c))
                continue;
            Forget(c, evicted: false, queuedToClose: false);
        }
    }

    private static void Restore(TcpHalf half, bool set, uint baseSeq)
    {
        half.BaseSeqSet = set;
        half.BaseSeq = baseSeq;
    }
}
