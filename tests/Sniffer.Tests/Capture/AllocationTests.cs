using Sniffer.Capture;
using Sniffer.Dissectors.Model;
using Sniffer.Files;

namespace Sniffer.Tests.Capture;

/// <summary>The per-packet path allocates nothing once warm: the ring, and the file sink writing to disk.</summary>
public class AllocationTests
{
    [Fact]
    public void Passing_packets_through_the_ring_allocates_nothing()
    {
        var ring = new PacketRing(1 << 20);
        var packet = new byte[1514];
        Cycle(ring, packet, 100);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Cycle(ring, packet, 10_000);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Writing_packets_to_the_pcapng_file_allocates_nothing_per_packet()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sniffer-alloc-{Guid.NewGuid():N}.pcapng");
        try
        {
            Assert.True(PcapngCaptureSink.TryCreate(new PcapngSinkSettings { Path = path, Header = new PcapngWriterOptions() }, out var sink, out _));
            sink!.Begin(new CaptureStart([new CaptureInterfaceInfo(0, "lo", "Loopback", LinkType.Ethernet, 262144, null)], 0));
            var data = new ReadOnlyMemory<byte>(new byte[600]);
            for (int i = 1; i <= 2_000; i++)
                sink.Accept(new CapturedPacket(i, 0, 1_000 + i, 600, data));
            sink.Tick(0);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 2_001; i <= 20_000; i++)
                sink.Accept(new CapturedPacket(i, 0, 1_000 + i, 600, data));
            sink.Tick(0);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            sink.End(new CaptureSummary(CaptureStopReason.Requested, 20_000, [], CaptureError.None));
            // Less than a byte per packet: any object made per packet (24 bytes at least) fails this, while a one-off
            // allocation somewhere on the thread during a loaded full run (seen once in CI) does not.
            Assert.True(allocated < 18_000, $"{allocated} bytes allocated for 18000 packets");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void Cycle(PacketRing ring, byte[] packet, int count)
    {
        for (int i = 0; i < count; i++)
        {
            ring.TryWrite(i, packet.Length, packet);
            ring.TryPeek(out _, out _, out _);
            ring.Release();
        }
    }
}
