using Sniffer.Dissectors.Model;
using Sniffer.Files;

namespace Sniffer.Tests.Files;

/// <summary>Reading keeps no list of frames and allocates nothing per packet, so a file of any size reads in constant memory.</summary>
public sealed class ConstantMemoryTests
{
    private const int Packets = 20_000;

    [Fact]
    public void Reading_twenty_thousand_pcapng_packets_allocates_nothing_per_packet()
    {
        var stream = new MemoryStream();
        using (var writer = new PcapngWriter(stream, new PcapngWriterOptions { LeaveOpen = true }))
        {
            int id = writer.AddInterface(new PcapngInterface { LinkType = LinkType.Ethernet });
            byte[] data = new byte[1500];
            for (int i = 0; i < Packets; i++)
                writer.WritePacket(id, i * 1_000L, data.AsSpan(0, 60 + i % 1400), 1500);
        }

        AssertReadsWithoutAllocating(stream.ToArray());
    }

    [Fact]
    public void Reading_twenty_thousand_pcap_records_allocates_nothing_per_packet()
    {
        var file = new PcapFixture();
        byte[] data = new byte[1500];
        for (int i = 0; i < Packets; i++)
            file.Record((uint)i, 0, data[..(60 + i % 1400)]);

        AssertReadsWithoutAllocating(file.ToArray());
    }

    private static void AssertReadsWithoutAllocating(byte[] bytes)
    {
        // One whole pass first, so JIT tiering and first-use type loading (which allocate on the running thread
        // when the suite is busy) are done before the measured pass.
        using (var warmUp = CaptureFileReader.Open(new MemoryStream(bytes), "warm-up"))
            while (warmUp.TryReadNext(out _)) { }

        using var reader = CaptureFileReader.Open(new MemoryStream(bytes), "big");
        reader.TryReadNext(out _);                      // warm up: the reader's buffer exists from here on
        int frames = 1;

        long before = GC.GetAllocatedBytesForCurrentThread();
        while (reader.TryReadNext(out _))
            frames++;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Null(reader.Error);
        Assert.Equal(Packets, frames);
        Assert.True(allocated < 4096, $"{allocated} bytes allocated reading {frames} frames");
    }
}
