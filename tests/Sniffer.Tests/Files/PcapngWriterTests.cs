using System.Buffers.Binary;
using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Files;

namespace Sniffer.Tests.Files;

public sealed class PcapngWriterTests
{
    private static readonly byte[] Packet = Encoding.ASCII.GetBytes("a packet of some bytes");

    private static readonly PcapngInterface Loopback = new() { LinkType = LinkType.Ethernet, SnapLength = 262144, Name = "lo" };

    private static (byte[] Bytes, RecordingStream Stream) Write(Action<PcapngWriter> body, PcapngWriterOptions? options = null)
    {
        var stream = new RecordingStream();
        using (var writer = new PcapngWriter(stream, options ?? new PcapngWriterOptions()))
            body(writer);
        return (stream.AllBytes(), stream);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_section_header_carries_hardware_os_application_and_comment_in_the_chosen_byte_order(bool bigEndian)
    {
        var (bytes, _) = Write(_ => { }, new PcapngWriterOptions
        {
            Hardware = "Intel(R) Xeon(R)",
            OperatingSystem = "Linux 6.1",
            Application = "Sniffer 1.0",
            Comment = "Prüfung",
            BigEndian = bigEndian,
        });

        var read = CaptureReading.ReadAll(bytes);

        Assert.Null(read.Error);
        Assert.Equal(new PcapngSection(0, bigEndian, 1, 0, "Intel(R) Xeon(R)", "Linux 6.1", "Sniffer 1.0", "Prüfung"),
            Assert.Single(Assert.IsType<PcapngReader>(read.Reader).Sections));
        Assert.Equal(bigEndian ? new byte[] { 0x1A, 0x2B, 0x3C, 0x4D } : [0x4D, 0x3C, 0x2B, 0x1A], bytes[8..12]);
    }

    [Fact]
    public void Interfaces_packets_secrets_and_statistics_read_back_as_written()
    {
        var (bytes, _) = Write(w =>
        {
            int eth = w.AddInterface(new PcapngInterface
            {
                LinkType = LinkType.Ethernet, SnapLength = 96, Name = "eth0", Description = "Onboard", Filter = "tcp port 443", OperatingSystem = "Linux",
            });
            int any = w.AddInterface(new PcapngInterface { LinkType = LinkType.LinuxSll2 });
            w.WriteDecryptionSecrets(DecryptionSecret.TlsKeyLog, Encoding.ASCII.GetBytes("CLIENT_RANDOM 01 02\n"));
            w.WritePacket(eth, 1_795_298_537_886_771_022, Packet, 1514, "first ✓");
            w.WritePacket(any, 1_795_298_537_900_000_001, [], 0);
            w.WriteInterfaceStatistics(eth, new InterfaceStatistics
            {
                StartTimeNs = 1_795_298_537_000_000_000, EndTimeNs = 1_795_298_540_000_000_000, Received = 10, DroppedByInterface = 1, DroppedByOs = 2,
            });
            w.WriteInterfaceStatistics(any, new InterfaceStatistics { Received = 5 });
        });

        var read = CaptureReading.ReadAll(bytes);
        var reader = Assert.IsType<PcapngReader>(read.Reader);

        Assert.Null(read.Error);
        Assert.Equal(new CaptureInterface(0, LinkType.Ethernet, "eth0", "Onboard", "tcp port 443", "Linux", 96, 9), reader.Interfaces[0]);
        Assert.Equal(new CaptureInterface(1, LinkType.LinuxSll2, null, null, null, null, 0, 9), reader.Interfaces[1]);
        Assert.Equal(new ReadFrame(1, 1_795_298_537_886_771_022, 9, 0, LinkType.Ethernet, 1514, Packet, "first ✓"), read.Frames[0], FrameComparer.Instance);
        Assert.Equal(new ReadFrame(2, 1_795_298_537_900_000_001, 9, 1, LinkType.LinuxSll2, 0, [], null), read.Frames[1], FrameComparer.Instance);
        Assert.Equal("CLIENT_RANDOM 01 02\n", Encoding.ASCII.GetString(Assert.Single(reader.DecryptionSecrets).Data.Span));
        Assert.Equal(new InterfaceStatistics
        {
            TimestampNs = 1_795_298_540_000_000_000, StartTimeNs = 1_795_298_537_000_000_000, EndTimeNs = 1_795_298_540_000_000_000,
            Received = 10, DroppedByInterface = 1, DroppedByOs = 2,
        }, reader.StatisticsOf(0));
        Assert.Equal(new InterfaceStatistics { TimestampNs = 0, Received = 5 }, reader.StatisticsOf(1));
    }

    [Fact]
    public void Every_interface_says_its_timestamps_are_nanoseconds()
    {
        var (bytes, _) = Write(w => w.AddInterface(Loopback));

        int idbAt = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4));
        // IDB: 16 fixed bytes, then if_name "lo" (4 + 4 padded), then if_tsresol.
        Assert.Equal(new byte[] { 9, 0, 1, 0, 9 }, bytes[(idbAt + 24)..(idbAt + 29)]);
    }

    [Fact]
    public void Every_write_reaching_the_stream_holds_whole_blocks_only()
    {
        var stream = new RecordingStream();
        var writer = new PcapngWriter(stream, new PcapngWriterOptions { Application = "test" });
        int id = writer.AddInterface(Loopback);
        byte[] big = new byte[1400];
        for (int i = 0; i < 1000; i++)
            writer.WritePacket(id, i, big.AsSpan(0, i % big.Length), 1400, i % 7 == 0 ? "c" : null);
        int writesBeforeFlush = stream.Writes.Count;
        writer.Flush();
        writer.WritePacket(id, 5000, Packet, Packet.Length);
        int writesAfterLastPacket = stream.Writes.Count;

        Assert.True(writesBeforeFlush >= 2, "enough data to be written out before any Flush");
        Assert.Equal(writesBeforeFlush + 1, writesAfterLastPacket);
        Assert.Equal(1, stream.Flushes);
        foreach (var chunk in stream.Writes)
            Assert.True(IsWholeBlocks(chunk), $"a write of {chunk.Length} bytes ends inside a block");
        Assert.Equal(1000, CaptureReading.ReadAll(stream.AllBytes()).Frames.Count);

        writer.Dispose();
        Assert.Equal(1001, CaptureReading.ReadAll(stream.AllBytes()).Frames.Count);
        Assert.True(stream.Disposed);
    }

    [Fact]
    public void A_file_flushed_while_the_writer_is_still_open_reads_cleanly_up_to_the_last_flush()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sniffer-flush-{Guid.NewGuid():N}.pcapng");
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize: 0);
            using var writer = new PcapngWriter(file, new PcapngWriterOptions());
            int id = writer.AddInterface(Loopback);
            writer.WritePacket(id, 1, Packet, Packet.Length);
            writer.WritePacket(id, 2, Packet, Packet.Length);
            writer.Flush();
            writer.WritePacket(id, 3, Packet, Packet.Length);     // not flushed: must not show, not even in part

            var read = CaptureReading.ReadAll(CaptureFileReader.Open(path));

            Assert.Null(read.Error);
            Assert.Equal([1L, 2L], read.Frames.Select(f => f.Timestamp));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Dispose_writes_no_statistics_by_itself_and_can_leave_the_stream_open()
    {
        var (bytes, stream) = Write(w => w.WritePacket(w.AddInterface(Loopback), 1, Packet, Packet.Length), new PcapngWriterOptions { LeaveOpen = true });

        var reader = Assert.IsType<PcapngReader>(CaptureReading.ReadAll(bytes).Reader);

        Assert.Null(reader.StatisticsOf(0));
        Assert.False(stream.Disposed);
    }

    [Fact]
    public void Refused_arguments_throw_and_leave_no_part_of_their_block_behind()
    {
        var (bytes, _) = Write(w =>
        {
            int id = w.AddInterface(Loopback);
            Assert.Throws<ArgumentOutOfRangeException>(() => w.WritePacket(1, 0, Packet, Packet.Length));
            Assert.Throws<ArgumentOutOfRangeException>(() => w.WritePacket(id, -1, Packet, Packet.Length));
            Assert.Throws<ArgumentException>(() => w.WritePacket(id, 0, Packet, Packet.Length, new string('x', 70_000)));
            Assert.Throws<ArgumentOutOfRangeException>(() => w.WriteInterfaceStatistics(id, new InterfaceStatistics { StartTimeNs = 5, EndTimeNs = -5 }));
            Assert.Throws<ArgumentException>(() => w.AddInterface(Loopback with { Description = new string('é', 40_000) }));
            w.WritePacket(id, 7, Packet, Packet.Length);
        });

        var read = CaptureReading.ReadAll(bytes);

        Assert.Null(read.Error);
        Assert.Single(read.Reader.Interfaces);
        Assert.Equal(7, Assert.Single(read.Frames).Timestamp);
        Assert.Null(Assert.IsType<PcapngReader>(read.Reader).StatisticsOf(0));
    }

    [Fact]
    public void Writing_after_dispose_is_refused()
    {
        var writer = new PcapngWriter(new MemoryStream(), new PcapngWriterOptions());
        writer.Dispose();

        Assert.Throws<ObjectDisposedException>(() => writer.AddInterface(Loopback));
        Assert.Throws<ObjectDisposedException>(() => writer.Flush());
        writer.Dispose();
    }

    /// <summary>True when the chunk is a sequence of complete little-endian blocks.</summary>
    private static bool IsWholeBlocks(byte[] chunk)
    {
        int at = 0;
        while (at < chunk.Length)
        {
            if (chunk.Length - at < 12)
                return false;
            int length = (int)BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(at + 4));
            if (length < 12 || length > chunk.Length - at || BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(at + length - 4)) != length)
                return false;
            at += length;
        }
        return true;
    }
}
