using FsCheck;
using FsCheck.Fluent;
using Sniffer.Capture;

namespace Sniffer.Tests.Capture;

/// <summary>The ring between a capture thread and the writer thread: order, bounds, wrap-around, and two threads at once.</summary>
public class PacketRingTests
{
    private static byte[] Bytes(int length, byte seed)
    {
        var b = new byte[length];
        for (int i = 0; i < length; i++)
            b[i] = (byte)(seed + i);
        return b;
    }

    [Fact]
    public void Packets_come_out_in_the_order_they_went_in_with_their_time_stamps_and_lengths()
    {
        var ring = new PacketRing(4096);
        Assert.True(ring.TryWrite(1_000, 60, Bytes(60, 1)));
        Assert.True(ring.TryWrite(2_000, 1514, Bytes(100, 2)));

        Assert.True(ring.TryPeek(out long ts, out int original, out var data));
        Assert.Equal(1_000, ts);
        Assert.Equal(60, original);
        Assert.Equal(Bytes(60, 1), data.ToArray());
        ring.Release();

        Assert.True(ring.TryPeek(out ts, out original, out data));
        Assert.Equal(2_000, ts);
        Assert.Equal(1514, original);
        Assert.Equal(Bytes(100, 2), data.ToArray());
        ring.Release();

        Assert.False(ring.TryPeek(out _, out _, out _));
        Assert.True(ring.IsEmpty);
    }

    [Fact]
    public void A_packet_that_does_not_fit_is_refused_and_what_is_queued_stays_intact()
    {
        var ring = new PacketRing(256);
        Assert.True(ring.TryWrite(1, 100, Bytes(100, 7)));
        Assert.False(ring.TryWrite(2, 200, Bytes(200, 9)));
        Assert.True(ring.TryPeek(out long ts, out _, out var data));
        Assert.Equal(1, ts);
        Assert.Equal(Bytes(100, 7), data.ToArray());
    }

    [Fact]
    public void A_packet_larger_than_the_whole_ring_is_refused_even_when_the_ring_is_empty()
    {
        var ring = new PacketRing(256);
        Assert.False(ring.TryWrite(1, 300, Bytes(300, 0)));
        Assert.True(ring.IsEmpty);
    }

    [Fact]
    public void A_record_that_would_cross_the_end_starts_again_at_the_beginning_in_one_piece()
    {
        var ring = new PacketRing(256);                 // 256 bytes: records of 24 + 100 → 128 each
        Assert.True(ring.TryWrite(1, 100, Bytes(100, 1)));
        Assert.True(ring.TryWrite(2, 60, Bytes(60, 2)));  // 88 bytes, ends at 216: 40 left before the end
        Assert.True(ring.TryPeek(out _, out _, out _));
        ring.Release();                                  // frees the first 128
        Assert.True(ring.TryWrite(3, 80, Bytes(80, 3)));  // 104 bytes do not fit in the 40 at the end: written at 0
        Assert.True(ring.TryPeek(out long ts, out _, out var data));
        Assert.Equal(2, ts);
        Assert.Equal(Bytes(60, 2), data.ToArray());
        ring.Release();
        Assert.True(ring.TryPeek(out ts, out _, out data));
        Assert.Equal(3, ts);
        Assert.Equal(Bytes(80, 3), data.ToArray());
        ring.Release();
        Assert.True(ring.IsEmpty);
    }

    [Fact]
    public void Any_sequence_of_writes_and_reads_behaves_like_a_bounded_queue()
    {
        // Each step: a positive size writes a packet of that size, 0 reads one. The ring must return exactly
        // what a queue would, and refuse a write only when the bytes it holds leave no room for the record.
        Prop.ForAll(Gen.ListOf(Gen.Choose(0, 300)).ToArbitrary(), steps =>
        {
            var ring = new PacketRing(1024);
            var model = new Queue<byte[]>();
            int seed = 0;
            foreach (int step in steps)
            {
                if (step == 0)
                {
                    bool had = ring.TryPeek(out _, out _, out var data);
                    if (had != model.Count > 0)
                        return false;
                    if (had)
                    {
                        if (!data.Span.SequenceEqual(model.Dequeue()))
                            return false;
                        ring.Release();
                    }
                }
                else
                {
                    var packet = Bytes(step, (byte)seed++);
                    if (ring.TryWrite(seed, step, packet))
                        model.Enqueue(packet);
                    else if (model.Count == 0 && step + PacketRing.HeaderSize <= 512)
                        return false;   // an empty ring must take any packet up to half its size
                }
            }
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_producer_thread_and_a_consumer_thread_pass_every_packet_intact_and_in_order()
    {
        const int count = 200_000;
        var ring = new PacketRing(64 * 1024);
        var producer = new Thread(() =>
        {
            var buffer = new byte[1500];
            for (int i = 0; i < count; i++)
            {
                int length = 40 + i % 1400;
                System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(buffer, i);
                buffer[length - 1] = (byte)i;
                while (!ring.TryWrite(i, length, buffer.AsSpan(0, length)))
                    Thread.Yield();
            }
        });
        producer.Start();
        int expected = 0;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (expected < count && DateTime.UtcNow < deadline)
        {
            if (!ring.TryPeek(out long ts, out int original, out var data))
            {
                Thread.Yield();
                continue;
            }
            Assert.Equal(expected, ts);
            Assert.Equal(40 + expected % 1400, original);
            Assert.Equal(expected, System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(data.Span));
            Assert.Equal((byte)expected, data.Span[^1]);
            ring.Release();
            expected++;
        }
        producer.Join();
        Assert.Equal(count, expected);
    }
}
