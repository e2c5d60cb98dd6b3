using System.Text;
using Sniffer.Files;

namespace Sniffer.Tests.Files;

public sealed class CaptureFileReaderTests : IDisposable
{
    private static readonly byte[] Payload = Encoding.ASCII.GetBytes("payload");
    private readonly string _dir = Directory.CreateTempSubdirectory("sniffer-files-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static byte[] SmallPcapng() => new PcapngFixture().SectionHeader().InterfaceDescription()
        .EnhancedPacket(0, 1, Payload).EnhancedPacket(0, 2, Payload, 100, PcapngTestOption.Comment("c")).ToArray();

    private static byte[] SmallPcap() => new PcapFixture(nanoseconds: true, bigEndian: true).Record(1, 2, Payload).Record(3, 4, Payload, 99).ToArray();

    [Fact]
    public void The_format_comes_from_the_magic_number_not_the_file_name()
    {
        string pcapngNamedPcap = Path.Combine(_dir, "really-pcapng.pcap");
        string pcapNamedPcapng = Path.Combine(_dir, "really-pcap.pcapng");
        File.WriteAllBytes(pcapngNamedPcap, SmallPcapng());
        File.WriteAllBytes(pcapNamedPcapng, SmallPcap());

        using var ng = CaptureFileReader.Open(pcapngNamedPcap);
        using var classic = CaptureFileReader.Open(pcapNamedPcapng);

        Assert.Equal(CaptureFormat.PcapNg, ng.Format);
        Assert.Equal(CaptureFormat.Pcap, classic.Format);
        Assert.Equal(2, CaptureReading.ReadAll(ng).Frames.Count);
        Assert.Equal(2, CaptureReading.ReadAll(classic).Frames.Count);
    }

    [Fact]
    public void A_missing_file_gives_a_reader_with_an_error_instead_of_an_exception()
    {
        string missing = Path.Combine(_dir, "nope.pcapng");

        using var reader = CaptureFileReader.Open(missing);

        Assert.Equal(CaptureFormat.Unknown, reader.Format);
        Assert.False(reader.TryReadNext(out _));
        Assert.Equal(missing, reader.Error!.File);
        Assert.Equal("cannot open: the file doesn't exist", reader.Error.Reason);
    }

    [Fact]
    public void A_directory_gives_a_reader_with_an_error_instead_of_an_exception()
    {
        using var reader = CaptureFileReader.Open(_dir);

        Assert.False(reader.TryReadNext(out _));
        Assert.Equal("cannot open: it is a directory (folder), not a file", reader.Error!.Reason);
    }

    [Theory]
    [InlineData(new byte[0], "not a capture file: it is empty")]
    [InlineData(new byte[] { 0x0A, 0x0D, 0x0D }, "not a capture file: only 3 bytes, too short for a magic number")]
    [InlineData(new byte[] { 0x12, 0x34, 0x56, 0x78, 0, 0, 0, 0 }, "not a capture file: unknown magic 0x12345678")]
    [InlineData(new byte[] { (byte)'G', (byte)'E', (byte)'T', (byte)' ', (byte)'/' }, "not a capture file: unknown magic 0x47455420")]
    public void Input_that_is_not_a_capture_file_says_so_without_throwing(byte[] bytes, string reason)
    {
        var read = CaptureReading.ReadAll(bytes, "in.bin");

        Assert.Empty(read.Frames);
        Assert.Equal(CaptureFormat.Unknown, read.Reader.Format);
        Assert.Empty(read.Reader.Interfaces);
        Assert.Equal(new CaptureFileError("in.bin", 0, reason), read.Error);
        Assert.Equal($"in.bin: {reason}", read.Error!.ToString());
    }

    [Fact]
    public void A_stream_that_cannot_seek_and_trickles_bytes_reads_the_same_as_a_file()
    {
        foreach (byte[] bytes in new[] { SmallPcapng(), SmallPcap() })
        {
            var fromMemory = CaptureReading.ReadAll(bytes);
            var fromPipe = CaptureReading.ReadAll(CaptureFileReader.Open(new NonSeekableStream(bytes, maxBytesPerRead: 3), "-"));

            Assert.Null(fromPipe.Error);
            Assert.Equal(fromMemory.Frames, fromPipe.Frames, FrameComparer.Instance);
        }
    }

    [Fact]
    public void A_stream_that_cannot_seek_skips_a_large_unknown_block()
    {
        var file = new PcapngFixture().SectionHeader().InterfaceDescription().EnhancedPacket(0, 1, Payload)
            .Raw(0x40000BAD, new byte[300_000]).EnhancedPacket(0, 2, Payload);

        var read = CaptureReading.ReadAll(CaptureFileReader.Open(new NonSeekableStream(file.ToArray(), 4096), "-"));

        Assert.Null(read.Error);
        Assert.Equal(2, read.Frames.Count);
    }

    [Fact]
    public void Disposing_the_reader_disposes_the_stream_it_was_given()
    {
        var stream = new MemoryStream(SmallPcapng());

        CaptureFileReader.Open(stream, "m").Dispose();

        Assert.False(stream.CanRead);
    }
}
