using Sniffer.Dissectors.Streams;

namespace Sniffer.Tests.Streams;

/// <summary>
/// What is kept of forgotten TCP conversations is bounded (so a long capture's memory stays flat) and gives a late
/// segment its conversation back: the latest closed conversations and, separately, the latest evicted live ones.
/// </summary>
public class TcpTombstonesTests
{
    private static TcpConversation Conversation(long index, uint clientAddress, ushort clientPort)
    {
        byte[] client = BitConverter.GetBytes(clientAddress), server = [10, 0, 0, 1];
        var key = ConversationKey.From(client, clientPort, server, 80, out bool aIsSource);
        var c = new TcpConversation(index, key, aIsSource, clientPort, 80, index, index);
        c.ClientToServer.BaseSeqSet = true;
        c.ClientToServer.BaseSeq = (uint)index * 7;
        return c;
    }

    [Fact]
    public void A_tombstone_gives_back_index_sides_ports_and_base_sequence_once()
    {
        var t = new TcpTombstones();
        var c = Conversation(41, 0x0A000002, 40000);
        t.Add(c, evicted: false);
        Assert.True(t.TryTake(c.Key, out var back));
        Assert.Equal((41L, c.AIsClient, (ushort)40000, (ushort)80, true, 287u, false),
            (back.Index, back.AIsClient, back.ClientPort, back.ServerPort, back.ClientBaseSet, back.ClientBase, back.ServerBaseSet));
        Assert.False(t.TryTake(c.Key, out _));
    }

    [Fact]
    public void Closed_conversations_are_remembered_up_to_their_bound_the_oldest_going_first_and_evicted_ones_apart()
    {
        var t = new TcpTombstones();
        var evicted = Conversation(0, 0x0B000001, 1000);
        t.Add(evicted, evicted: true);
        int n = TcpTombstones.MaxClosed + 10;
        var closed = new List<TcpConversation>(n);
        for (int i = 1; i <= n; i++)
        {
            var c = Conversation(i, 0x0A000000u + (uint)(i >> 16), (ushort)(i & 0xFFFF));
            closed.Add(c);
            t.Add(c, evicted: false);
        }
        Assert.Equal(TcpTombstones.MaxClosed + 1, t.Count);
        Assert.False(t.TryTake(closed[0].Key, out _));
        Assert.False(t.TryTake(closed[9].Key, out _));
        Assert.True(t.TryTake(closed[10].Key, out var oldestKept));
        Assert.Equal(11, oldestKept.Index);
        Assert.True(t.TryTake(closed[^1].Key, out var newest));
        Assert.Equal(n, newest.Index);
        // The flood of closed conversations did not push out the evicted live one.
        Assert.True(t.TryTake(evicted.Key, out var e));
        Assert.Equal(0, e.Index);
    }
}
