using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Files;

namespace Sniffer.Tests.Files;

public sealed class PcapReaderTests
{
    private static readonly byte[] Hello = Encoding.ASCII.GetBytes("hello, pcap");

    [Theory]
    [InlineData(false, false, 1_539_199_544L * 1_000_000_000 + 286_001_000, 6)]
    [InlineData(false, true, 1_539_199_544L * 1_000_000_000 + 286_001_000, 6)]
    [InlineData(true, false, 1_539_199_544L * 1_000_000_000 + 286_001, 9)]
    [InlineData(true, true, 1_539_199_544L * 1_000_000_000 + 286_001, 9)]
    public void Microsecond_and_nanosecond_files_of_either_byte_order_give_the_same_frames(bool nanoseconds, bool bigEndian, long expectedNs, int digits)
    {
        var file = new PcapFixture(nanoseconds, bigEndian, snapLength: 65535, network: 1)
            .Record(1_539_199_544, 286_001, Hello)
            .Record(1_539_199_545, 0, Hello, originalLength: 1514);

        var read = CaptureReading.ReadAll(file.ToArray(), "x.pcap");

        Assert.Null(read.Error);
        Assert.Equal(CaptureFormat.Pcap, read.Reader.Format);
        Assert.Equal(new CaptureInterface(0, LinkType.Ethernet, null, null, null, null, 65535, digits), Assert.Single(read.Reader.Interfaces));
        Assert.Empty(read.Reader.DecryptionSecrets);
        Assert.Equal(2, read.Frames.Count);
        Assert.Equal(new ReadFrame(1, expectedNs, digits, 0, LinkType.Ethernet, Hello.Length, Hello, null), read.Frames[0], FrameComparer.Instance);
        Assert.Equal(1_539_199_545L * 1_000_000_000, read.Frames[1].Timestamp);
        Assert.Equal(1514, read.Frames[1].OriginalLength);
        Assert.Equal(bigEndian, Assert.IsType<PcapReader>(read.Reader).BigEndian);
    }

    [Fact]
    public void The_fcs_bits_above_the_link_type_are_masked_off()
    {
        uint fcsPresentFourBytes = 0x04000000 | (2u << 28);
        var file = new PcapFixture(network: fcsPresentFourBytes | 113).Record(0, 0, Hello);

        var read = CaptureReading.ReadAll(file.ToArray(), "x.pcap");

        Assert.Equal(LinkType.LinuxSll, read.Reader.Interfaces[0].Link);
        Assert.Equal(LinkType.LinuxSll, Assert.Single(read.Frames).Link);
    }

    [Fact]
    public void An_empty_record_is_a_frame_with_no_bytes()
    {
        var file = new PcapFixture().Record(1, 2, []).Record(3, 4, Hello);

        var read = CaptureReading.ReadAll(file.ToArray(), "x.pcap");

        Assert.Null(read.Error);
        Assert.Equal([0, Hello.Length], read.Frames.Select(f => f.Data.Length));
    }

    [Fact]
    public void A_file_of_an_unknown_major_version_stops_before_any_frame()
    {
        var file = new PcapFixture(major: 3, minor: 0).Record(0, 0, Hello);

        var read = CaptureReading.ReadAll(file.ToArray(), "x.pcap");

        Assert.Empty(read.Frames);
        Assert.Empty(read.Reader.Interfaces);
        Assert.Equal(new CaptureFileError("x.pcap", 0, "unsupported pcap version 3.0 at 0x4"), read.Error);
    }

    [Fact]
    public void A_record_length_above_the_cap_is_refused_before_anything_is_allocated()
    {
        var file = new PcapFixture().Record(0, 0, Hello);
        int at = file.Length;
        byte[] bytes = [.. file.ToArray(), .. new PcapFixture().Record(0, 0, Hello).ToArray().AsSpan(24)];
        bytes[at + 8] = 0xF0;
        bytes[at + 9] = 0xFF;
        bytes[at + 10] = 0xFF;
        bytes[at + 11] = 0xFF;                         // captured length 0xFFFFFFF0

        long before = GC.GetAllocatedBytesForCurrentThread();
        var read = CaptureReading.ReadAll(bytes, "x.pcap");
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Single(read.Frames);
        Assert.Equal($"bad captured length 4294967280 in pcap record at 0x{at:X}: above the 134217728-byte cap", read.Error!.Reason);
        Assert.True(allocated < 1_000_000, $"{allocated} bytes allocated");
    }
}
