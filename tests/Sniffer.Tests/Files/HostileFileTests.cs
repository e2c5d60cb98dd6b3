using System.Buffers.Binary;
using System.Diagnostics;
using Sniffer.Files;

namespace Sniffer.Tests.Files;

/// <summary>
/// Hostile pcapng shapes from issue 11, built here from bytes: each is read in time linear in its size and
/// memory bounded by what it holds, not by what its lengths claim, ending in one error line when malformed.
/// </summary>
public class HostileFileTests
{
    [Fact]
    public void A_hundred_thousand_interfaces_read_in_linear_time_and_copy_whole()
    {
        const int interfaces = 100_000;
        var fixture = new PcapngFixture().SectionHeader();
        for (int i = 0; i < interfaces; i++)
            fixture.InterfaceDescription(1, 0, PcapngTestOption.Text(2, $"if{i}"), PcapngTestOption.Raw(9, 9));
        fixture.EnhancedPacket(interfaces - 1, 5, new byte[60]);
        byte[] bytes = fixture.ToArray();

        var clock = Stopwatch.StartNew();
        long before = GC.GetAllocatedBytesForCurrentThread();
        var read = CaptureReading.ReadAll(bytes);
        var copy = new MemoryStream();
        using (var reader = CaptureFileReader.Open(new MemoryStream(bytes), "idbs.pcapng"))
        using (var copier = new CaptureCopier(reader, copy))
        {
            while (reader.TryReadNext(out var frame))
                copier.Write(frame);
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        clock.Stop();

        Assert.Null(read.Error);
        Assert.Equal(interfaces, read.Reader.Interfaces.Count);
        Assert.Equal(interfaces - 1, Assert.Single(read.Frames).InterfaceId);
        var again = CaptureReading.ReadAll(copy.ToArray());
        Assert.Equal(interfaces, again.Reader.Interfaces.Count);
        Assert.Equal("if99999", again.Reader.Interfaces[^1].Name);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.True(allocated < 400L * 1024 * 1024, $"{allocated >> 20} MiB allocated for {bytes.Length >> 10} KiB of interfaces");
    }

    [Theory]
    [InlineData(0xFFFF_FFF0u)]
    [InlineData(0x8000_0000u)]
    [InlineData(0x0800_0000u + 4)]
    public void A_huge_block_length_is_refused_before_anything_is_allocated(uint length)
    {
        byte[] bytes = [.. new PcapngFixture().SectionHeader().InterfaceDescription(1, 0).ToArray(), .. EpbHeader(length)];
        long before = GC.GetAllocatedBytesForCurrentThread();
        var read = CaptureReading.ReadAll(bytes);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.StartsWith($"bad block total length {length} at 0x", read.Error?.Reason);
        Assert.True(allocated < 4 * 1024 * 1024, $"{allocated} bytes allocated");
    }

    [Fact]
    public void A_block_claiming_a_hundred_megabytes_in_a_small_file_costs_only_what_is_there()
    {
        const uint claimed = 100 * 1024 * 1024;
        byte[] bytes = [.. new PcapngFixture().SectionHeader().InterfaceDescription(1, 0).ToArray(), .. EpbHeader(claimed), .. new byte[4096]];
        long before = GC.GetAllocatedBytesForCurrentThread();
        var read = CaptureReading.ReadAll(bytes);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.StartsWith("truncated Enhanced Packet Block at 0x", read.Error?.Reason);
        Assert.True(allocated < 4 * 1024 * 1024, $"{allocated} bytes allocated for a {claimed}-byte claim in a {bytes.Length}-byte file");
    }

    [Fact]
    public void An_option_length_past_its_block_is_one_error_naming_the_block_and_option()
    {
        var fixture = new PcapngFixture().SectionHeader().InterfaceDescription(1, 0);
        int idbAt = fixture.Length;
        fixture.InterfaceDescription(1, 0, PcapngTestOption.Text(2, "eth0"));
        byte[] bytes = fixture.ToArray();
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(idbAt + 16 + 2), 0xFFF0);   // if_name's length

        var read = CaptureReading.ReadAll(bytes);

        Assert.Equal($"Interface Description Block at 0x{idbAt:X}: option 2 of length 65520 runs past the end of the block", read.Error?.Reason);
    }

    private static byte[] EpbHeader(uint length)
    {
        byte[] header = new byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), length);
        return header;
    }
}
