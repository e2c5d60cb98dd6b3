namespace Sniffer.Dissectors.Streams;

/// <summary>
/// What is remembered of a forgotten TCP conversation so that a late segment of it gets its old tcp.stream number back
/// (as Wireshark, which never forgets): its index, which side was the client, its ports and its base sequence numbers.
/// </summary>
/// <remarks>
/// Memory is what bounds this, so an entry is small (a 64-bit fingerprint of the conversation's addresses and ports in
/// place of the 40-byte key, about 60 bytes in all with its index entry) and there are two rings: conversations that
/// closed and went quiet, where a straggler is rare (the most recent <see cref="MaxClosed"/>), and live conversations
/// evicted by the connection limit, whose next segments are certain (the most recent <see cref="MaxEvicted"/>). A
/// fingerprint collision can only give a late segment a wrong old number: the ports are checked too.
/// </remarks>
internal sealed class TcpTombstones
{
    /// <summary>Closed conversations remembered: enough for any straggler within thousands of later connections.</summary>
    public const int MaxClosed = 1 << 15;

    /// <summary>Live conversations evicted by <c>--max-connections</c> remembered (a hostile capture's flood).</summary>
    public const int MaxEvicted = 1 << 20;

    [Flags]
    private enum Bits : byte
    {
        None = 0,
        Used = 1,
        AIsClient = 2,
        ClientBaseSet = 4,
        ServerBaseSet = 8,
    }

    private struct Slot
    {
        public ulong Fingerprint;
        public long Index;
        public uint ClientBase, ServerBase;
        public ushort ClientPort, ServerPort;
        public Bits Bits;
    }

    private sealed class Ring(int capacity, int ring)
    {
        public Slot[] Slots = new Slot[Math.Min(capacity, 1024)];
        public readonly int Capacity = capacity;
        public readonly int Id = ring;
        public int Next;
        public int Count;
    }

    private readonly Ring _closed = new(MaxClosed, 0);
    private readonly Ring _evicted = new(MaxEvicted, 1);
    // fingerprint → ring id in the top bit, slot below
    // Room from the start for as many as a ring holds at first, so a read of a thousand connections does not grow it.
    private readonly Dictionary<ulong, int> _index = new(1024);

    public int Count => _index.Count;

    /// <summary>Remembers <paramref name="c"/>; <paramref name="evicted"/> when it was live when forgotten.</summary>
    public void Add(TcpConversation c, bool evicted)
    {
        var ring = evicted ? _evicted : _closed;
        ulong fp = Fingerprint(c.Key);
        Remove(fp);
        if (ring.Count == ring.Capacity)
        {
            ref var old = ref ring.Slots[ring.Next];
            if ((old.Bits & Bits.Used) != 0 && _index.TryGetValue(old.Fingerprint, out int at) && at == Locator(ring, ring.Next))
                _index.Remove(old.Fingerprint);
            old = default;
        }
        else
        {
            if (ring.Next == ring.Slots.Length)
                Array.Resize(ref ring.Slots, Math.Min(ring.Capacity, ring.Slots.Length * 2));
            ring.Count++;
        }
        ring.Slots[ring.Next] = new Slot
        {
            Fingerprint = fp,
            Index = c.Index,
            ClientBase = c.ClientToServer.BaseSeq,
            ServerBase = c.ServerToClient.BaseSeq,
            ClientPort = c.State.ClientPort,
            ServerPort = c.State.ServerPort,
            Bits = Bits.Used | (c.AIsClient ? Bits.AIsClient : 0)
                | (c.ClientToServer.BaseSeqSet ? Bits.ClientBaseSet : 0) | (c.ServerToClient.BaseSeqSet ? Bits.ServerBaseSet : 0),
        };
        _index[fp] = Locator(ring, ring.Next);
        ring.Next = (ring.Next + 1) % ring.Capacity;
    }

    /// <summary>Takes the tombstone of the conversation on <paramref name="key"/>'s addresses and ports, if there is one.</summary>
    public bool TryTake(in ConversationKey key, out TcpTombstone tombstone)
    {
        ulong fp = Fingerprint(key);
        tombstone = default;
        if (!_index.TryGetValue(fp, out int at))
            return false;
        ref var slot = ref SlotAt(at);
        _index.Remove(fp);
        var s = slot;
        slot.Bits = Bits.None;
        bool aIsClient = (s.Bits & Bits.AIsClient) != 0;
        // The ports are kept whole: a fingerprint that matches other ports is not this conversation.
        ushort clientPort = aIsClient ? key.PortA : key.PortB, serverPort = aIsClient ? key.PortB : key.PortA;
        if (clientPort != s.ClientPort || serverPort != s.ServerPort)
            return false;
        tombstone = new TcpTombstone(s.Index, aIsClient, s.ClientPort, s.ServerPort,
            (s.Bits & Bits.ClientBaseSet) != 0, s.ClientBase, (s.Bits & Bits.ServerBaseSet) != 0, s.ServerBase);
        return true;
    }

    private void Remove(ulong fp)
    {
        if (_index.Remove(fp, out int at))
            SlotAt(at).Bits = Bits.None;
    }

    private ref Slot SlotAt(int locator)
        => ref (locator < 0 ? _evicted : _closed).Slots[locator & int.MaxValue];

    private static int Locator(Ring ring, int slot) => ring.Id == 1 ? slot | int.MinValue : slot;

    /// <summary>A 64-bit mix of the key (splitmix64 finaliser over its parts): fixed per run, no allocation.</summary>
    private static ulong Fingerprint(in ConversationKey key)
    {
        ulong h = Mix((ulong)key.AddressA ^ ((ulong)key.PortA << 48));
        h = Mix(h ^ (ulong)(key.AddressA >> 64));
        h = Mix(h ^ (ulong)key.AddressB ^ ((ulong)key.PortB << 32));
        return Mix(h ^ (ulong)(key.AddressB >> 64));
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
