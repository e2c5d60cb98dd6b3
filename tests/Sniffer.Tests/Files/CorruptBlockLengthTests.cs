using System.Buffers.Binary;
using System.Text;
using Sniffer.Files;

namespace Sniffer.Tests.Files;

/// <summary>A corrupted block length is reported, never trusted: no allocation is sized from it.</summary>
public sealed class CorruptBlockLengthTests
{
    private static readonly byte[] Data = Encoding.ASCII.GetBytes("0123456789");

    /// <summary>A file of SHB, IDB, one good EPB, then an EPB whose leading length is replaced by <paramref name="length"/>.</summary>
    private static (byte[] Bytes, int BadBlockAt) WithSecondPacketLength(uint length, bool bigEndian = false)
    {
        var file = new PcapngFixture().SectionHeader(bigEndian).InterfaceDescription().EnhancedPacket(0, 0, Data);
        int at = file.Length;
        file.EnhancedPacket(0, 0, Data).EnhancedPacket(0, 0, Data);
        byte[] bytes = file.ToArray();
        if (bigEndian) BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(at + 4), length);
        else BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 4), length);
        return (bytes, at);
    }

    [Theory]
    [InlineData(0xFFFFFFFCu, "bad block total length 4294967292 at 0x{0:X}: above the 134217728-byte cap")]
    [InlineData(0x08000004u, "bad block total length 134217732 at 0x{0:X}: above the 134217728-byte cap")]
    [InlineData(7u, "bad block total length 7 at 0x{0:X}")]
    [InlineData(0u, "bad block total length 0 at 0x{0:X}")]
    [InlineData(46u, "bad block total length 46 at 0x{0:X}: not a multiple of 4")]
    [InlineData(20u, "bad block total length 20 at 0x{0:X}: the minimum for an Enhanced Packet Block is 32")]
    public void A_corrupted_length_stops_reading_after_the_good_frames_without_allocating_for_it(uint length, string reason)
    {
        foreach (bool bigEndian in new[] { false, true })
        {
            var (bytes, at) = WithSecondPacketLength(length, bigEndian);

            long before = GC.GetAllocatedBytesForCurrentThread();
            var read = CaptureReading.ReadAll(bytes);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.Single(read.Frames);
            Assert.Equal(at, read.Error!.Offset);
            Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, reason, at), read.Error.Reason);
            Assert.True(allocated < 1_000_000, $"{allocated} bytes allocated");
        }
    }

    [Fact]
    public void A_length_larger_than_the_rest_of_the_file_is_a_truncated_block()
    {
        var (bytes, at) = WithSecondPacketLength(4096);

        var read = CaptureReading.ReadAll(bytes);

        Assert.Single(read.Frames);
        Assert.Equal($"truncated Enhanced Packet Block at 0x{at:X}: needs 4096 bytes, {bytes.Length - at} left", read.Error!.Reason);
    }

    [Fact]
    public void A_trailing_length_that_differs_from_the_leading_one_stops_reading()
    {
        var file = new PcapngFixture().SectionHeader().InterfaceDescription().EnhancedPacket(0, 0, Data);
        int at = file.Length;
        file.EnhancedPacket(0, 0, Data);
        byte[] bytes = file.ToArray();
        bytes[^4] = 40;                                // the block is 44 bytes long

        var read = CaptureReading.ReadAll(bytes);

        Assert.Single(read.Frames);
        Assert.Equal($"Enhanced Packet Block at 0x{at:X}: trailing length 40 does not match leading length 44", read.Error!.Reason);
    }

    [Fact]
    public void A_skipped_block_whose_trailer_differs_stops_reading_too()
    {
        var file = new PcapngFixture().SectionHeader();
        int at = file.Length;
        file.Raw(0x00000BAD, [1, 2, 3, 4]);
        byte[] bytes = file.ToArray();
        bytes[^4] = 20;

        var read = CaptureReading.ReadAll(bytes);

        Assert.Equal($"Custom Block at 0x{at:X}: trailing length 20 does not match leading length 16", read.Error!.Reason);
    }

    [Fact]
    public void A_huge_section_header_length_is_refused_before_allocating()
    {
        byte[] bytes = new PcapngFixture().SectionHeader().ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), 0x7FFFFFFC);

        var read = CaptureReading.ReadAll(bytes);

        Assert.Equal("bad block total length 2147483644 at 0x0: above the 134217728-byte cap", read.Error!.Reason);
    }
}
