using Sniffer.Dissectors.Streams.IpReassembly;

namespace Sniffer.Tests.Streams;

/// <summary>
/// The fragment table's bounds: a flood of fragments that never complete, or one datagram cut into more fragments than
/// the table keeps, holds no more than its limits (generous memory bounds, not timings), and a datagram still completes
/// after the flood.
/// </summary>
public class IpFragmentTableTests
{
    private static IpFragmentKey Key(uint id) => new(0x0A000001, 0x0A000002, id, false);

    [Fact]
    public void A_flood_of_never_completed_fragments_stays_within_the_total_and_datagram_limits()
    {
        var table = new IpFragmentTable(maxDatagrams: 4096, maxTotalBytes: 16L * 1024 * 1024);
        var payload = new byte[1400];
        // 200,000 first fragments (280 MB of payload), each of its own datagram, none ever completed.
        for (int i = 0; i < 200_000; i++)
        {
            Assert.Null(table.Add(Key((uint)i), i + 1, 0, payload, more: true));
            Assert.True(table.Count <= table.MaxDatagrams);
            Assert.True(table.HeldBytes <= table.MaxTotalBytes);
        }
        // The table's own account (the process heap is shared with tests running in parallel, so it proves nothing here):
        // at most MaxDatagrams datagrams and MaxTotalBytes of fragment bytes are held, whatever the flood.
        Assert.True(table.HeldBytes <= 16L * 1024 * 1024);
        Assert.True(table.Evictions >= 200_000 - 4096);

        // The table still reassembles once the flood is over.
        var first = new byte[16];
        Assert.Null(table.Add(Key(999_999), 300_000, 0, first, more: true));
        var whole = table.Add(Key(999_999), 300_001, 16, new byte[8], more: false);
        Assert.NotNull(whole);
        Assert.Equal(24, whole!.Data.Length);
    }

    [Fact]
    public void A_datagram_of_too_many_fragments_gives_its_bytes_up_and_never_completes()
    {
        var table = new IpFragmentTable(maxFragmentsPerDatagram: 64);
        var piece = new byte[8];
        for (int i = 0; i < 10_000; i++)
            Assert.Null(table.Add(Key(7), i + 1, i * 8, piece, more: true));
        Assert.Equal(0, table.HeldBytes);
        Assert.Null(table.Add(Key(7), 10_001, 10_000 * 8, piece, more: false));
        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void Overlapping_fragments_keep_the_first_bytes_and_are_flagged()
    {
        var table = new IpFragmentTable();
        Assert.Null(table.Add(Key(1), 1, 0, [1, 2, 3, 4, 5, 6, 7, 8], more: true));
        Assert.Null(table.Add(Key(1), 2, 0, [1, 2, 3, 4, 9, 9, 9, 9], more: true));
        var whole = table.Add(Key(1), 3, 8, [10, 11], more: false);
        Assert.NotNull(whole);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 10, 11 }, whole!.Data);
        Assert.Equal([1L, 2L, 3L], whole.Fragments.Select(f => f.Frame));
        Assert.Equal(IpFragmentFlags.Overlap | IpFragmentFlags.OverlapConflict, whole.Fragments[1].Flags);
        Assert.Equal(0, table.Count);
    }

    [Fact]
    public void A_fragment_past_the_largest_datagram_is_refused_before_anything_is_sized_by_it()
    {
        var table = new IpFragmentTable();
        Assert.Null(table.Add(Key(2), 1, int.MaxValue - 8, new byte[16], more: false));
        Assert.Equal(0, table.HeldBytes);
    }
}
