namespace Sniffer.Dissectors.Streams;

/// <summary>
/// Numbers UDP conversations as udp.stream does (by first appearance of the address/port pair, either direction)
/// and keeps each live one's protocol state slot. Memory stays bounded: a conversation quiet for
/// <see cref="IdleNs"/> of capture time gives up its state (its number is kept in a compact table so a later datagram
/// gets the same udp.stream), and that table holds at most <see cref="MaxRemembered"/> numbers, oldest forgotten first.
/// </summary>
public sealed class UdpConversationTable
{
    public const long IdleNs = 120L * 1_000_000_000;
    public const int MaxLive = 65_536;
    public const int MaxRemembered = 1 << 20;

    private readonly Dictionary<ConversationKey, Live> _live = new();
    private readonly Queue<(ConversationKey Key, long LastTime)> _byAge = new();
    private readonly Dictionary<ConversationKey, long> _remembered = new();
    private readonly Queue<ConversationKey> _rememberedOrder = new();
    private long _next;

    private sealed class Live(long index, ConversationState state)
    {
        public long Index = index;
        public ConversationState State = state;
        public long LastTime;
        public long FirstTime;
    }

    /// <summary>How many conversations hold state right now.</summary>
    public int LiveCount => _live.Count;

    /// <summary>The conversation of a datagram: its udp.stream index and its state slot.</summary>
    public (long Index, ConversationState State) Lookup(ReadOnlySpan<byte> src, ushort srcPort, ReadOnlySpan<byte> dst, ushort dstPort, long time)
        => Lookup(src, srcPort, dst, dstPort, time, out _, out _);

    /// <summary>The conversation of a datagram, with the time of its first datagram and of the one before this (udp.time_*).</summary>
    public (long Index, ConversationState State) Lookup(ReadOnlySpan<byte> src, ushort srcPort, ReadOnlySpan<byte> dst, ushort dstPort, long time,
        out long firstTime, out long previousTime)
    {
        Prune(time);
        var key = ConversationKey.From(src, srcPort, dst, dstPort, out _);
        if (!_live.TryGetValue(key, out var live))
        {
            if (!_remembered.Remove(key, out long index))
                index = _next++;
            live = new Live(index, new ConversationState(index, 0, 0)) { FirstTime = time, LastTime = time };
            _live[key] = live;
            _byAge.Enqueue((key, time));
        }
        firstTime = live.FirstTime;
        previousTime = live.LastTime;
        live.LastTime = time;
        return (live.Index, live.State);
    }

    private void Prune(long now)
    {
        while (_byAge.Count > 0)
        {
            var (key, enqueued) = _byAge.Peek();
            if (now - enqueued < IdleNs && _live.Count <= MaxLive)
                return;
            _byAge.Dequeue();
            if (!_live.TryGetValue(key, out var live))
                continue;
            if (now - live.LastTime < IdleNs && _live.Count <= MaxLive)
            {
                _byAge.Enqueue((key, live.LastTime)); // still active: look again later
                continue;
            }
            _live.Remove(key);
            live.State.Release();
            _remembered[key] = live.Index;
            _rememberedOrder.Enqueue(key);
            while (_rememberedOrder.Count > MaxRemembered)
                _remembered.Remove(_rememberedOrder.Dequeue());
        }
    }
}
