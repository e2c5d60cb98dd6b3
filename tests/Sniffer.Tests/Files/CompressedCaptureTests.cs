using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Sniffer.Files;
using Sniffer.Files.Compression;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Files;

/// <summary>
/// Compressed captures: gzip (as tshark 4.0 reads it), zstd and LZ4 (as later Wireshark reads them), by
/// magic, from files and standard input; broken compressed data reported after the frames that decoded;
/// writing compressed by the output's name; a gzip bomb read in bounded memory and time.
/// </summary>
public class CompressedCaptureTests
{
    private static readonly string WiresharkCorpus = Path.Combine(Corpus.SharedCorpus, "..", "corpus-wireshark");

    [Theory]
    [MemberData(nameof(CompressionFixtures.Formats), MemberType = typeof(CompressionFixtures))]
    public void A_compressed_capture_reads_as_the_uncompressed_one(CompressionFormat format)
    {
        byte[] plain = CompressionFixtures.SmallPcapng();
        var expected = CaptureReading.ReadAll(plain);
        var read = CaptureReading.ReadAll(CompressionFixtures.Compress(plain, format), "test.pcapng.x");

        Assert.Null(read.Error);
        Assert.Equal(expected.Frames, read.Frames, FrameComparer.Instance);
        Assert.Equal(2, read.Reader.Interfaces.Count);
        Assert.Single(read.Reader.DecryptionSecrets);
    }

    [Fact]
    public void Gzip_members_back_to_back_read_as_one_stream_and_trailing_zeros_are_ignored()
    {
        byte[] plain = CompressionFixtures.SmallPcapng();
        int cut = new PcapngFixture().SectionHeader(options: [PcapngTestOption.Text(2, "Test CPU"), PcapngTestOption.Text(3, "TestOS 1"), PcapngTestOption.Text(4, "Fixture 1"), PcapngTestOption.Comment("section")]).Length;
        byte[] twoMembers = [.. CompressionFixtures.Compress(plain[..cut], CompressionFormat.Gzip), .. CompressionFixtures.Compress(plain[cut..], CompressionFormat.Gzip), 0, 0, 0, 0];

        var read = CaptureReading.ReadAll(twoMembers);

        Assert.Null(read.Error);
        Assert.Equal(CaptureReading.ReadAll(plain).Frames, read.Frames, FrameComparer.Instance);
    }

    [Theory]
    [MemberData(nameof(CompressionFixtures.Formats), MemberType = typeof(CompressionFixtures))]
    public void A_compressed_stream_cut_short_gives_the_frames_before_the_cut_then_one_error(CompressionFormat format)
    {
        byte[] plain = ManyPackets(400);
        byte[] compressed = CompressionFixtures.Compress(plain, format);
        byte[] cut = compressed[..(compressed.Length * 3 / 4)];

        var read = CaptureReading.ReadAll(cut, "cut.pcapng.z");

        Assert.NotNull(read.Error);
        Assert.Contains($"{CompressionText.Name(format)} data is cut short", read.Error!.Reason);
        Assert.Matches(@"at 0x[0-9A-F]+ of the compressed file, after \d+ bytes of capture data$", read.Error.Reason);
        Assert.Equal(CaptureReading.ReadAll(plain).Frames.Take(read.Frames.Count), read.Frames, FrameComparer.Instance);
    }

    [Fact]
    public void A_gzip_stream_cut_exactly_at_a_block_boundary_is_still_named_as_cut()
    {
        // The decompressed bytes end on a whole block, so only the missing gzip trailer tells.
        byte[] compressed = CompressionFixtures.Compress(CompressionFixtures.SmallPcapng(), CompressionFormat.Gzip);
        var read = CaptureReading.ReadAll(compressed[..^8], "cut.pcapng.gz");

        Assert.Equal(3, read.Frames.Count);
        Assert.Contains("gzip data is cut short", read.Error?.Reason);
    }

    [Fact]
    public void A_bad_gzip_crc_is_named_after_every_frame()
    {
        byte[] compressed = CompressionFixtures.Compress(CompressionFixtures.SmallPcapng(), CompressionFormat.Gzip);
        compressed[^6] ^= 0xFF;                                   // inside the CRC-32 of the trailer

        var read = CaptureReading.ReadAll(compressed, "crc.pcapng.gz");

        Assert.Equal(3, read.Frames.Count);
        Assert.StartsWith("gzip data has a bad CRC at 0x", read.Error?.Reason);
    }

    [Fact]
    public void A_file_that_is_only_a_gzip_header_is_one_error_line()
    {
        byte[] header = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3];        // a gzip member's header and nothing after it
        var read = CaptureReading.ReadAll(header, "h.gz");
        Assert.Empty(read.Frames);
        Assert.Contains("gzip data is cut short", read.Error?.Reason);
    }

    [CorpusTsharkFact]
    public void Wireshark_gz_captures_read_as_tshark_reads_them_from_a_file_and_from_standard_input()
    {
        foreach (string name in new[] { "dhe1.pcapng.gz", "grpc_web.pcapng.gz" })
        {
            string file = Path.Combine(WiresharkCorpus, name);
            var expected = ExternalTools.Tshark("-n", "-r", file, "-T", "fields", "-e", "frame.number", "-e", "frame.time_epoch", "-e", "frame.len", "-e", "ip.src", "-e", "tcp.stream");
            var fromFile = SnifferProcess.Run("read", "-r", file, "-T", "fields", "-e", "frame.number", "-e", "frame.time_epoch", "-e", "frame.len", "-e", "ip.src", "-e", "tcp.stream");
            var fromStdin = SnifferProcess.Run(File.ReadAllBytes(file), "read", "-r", "-", "-T", "fields", "-e", "frame.number", "-e", "frame.time_epoch", "-e", "frame.len", "-e", "ip.src", "-e", "tcp.stream");
            Assert.Equal(0, fromFile.ExitCode);
            Assert.Equal(expected.StdOut, fromFile.StdOut);
            Assert.Equal(expected.StdOut, fromStdin.StdOut);
        }
        var derived = CaptureReading.ReadAll(CaptureFileReader.Open(Path.Combine(WiresharkCorpus, "derived", "dhe1.pcapng")));
        var gz = CaptureReading.ReadAll(CaptureFileReader.Open(Path.Combine(WiresharkCorpus, "dhe1.pcapng.gz")));
        Assert.Equal(derived.Frames, gz.Frames, FrameComparer.Instance);
    }

    [TsharkFact]
    public void A_truncated_gz_prints_the_frames_then_one_line_and_exits_2_as_tshark_does()
    {
        string file = Path.Combine(Path.GetTempPath(), $"sniffer-cut-{Guid.NewGuid():N}.pcapng.gz");
        byte[] compressed = CompressionFixtures.Compress(ManyPackets(300), CompressionFormat.Gzip);
        File.WriteAllBytes(file, compressed[..(compressed.Length / 2)]);
        try
        {
            var tshark = ExternalTools.TsharkUncached("-n", "-r", file, "-T", "fields", "-e", "frame.number");
            var sniffer = SnifferProcess.Run("read", "-r", file, "-T", "fields", "-e", "frame.number");
            Assert.Equal(2, tshark.ExitCode);
            Assert.Equal(2, sniffer.ExitCode);
            Assert.Equal(tshark.StdOut, sniffer.StdOut);
            var line = Assert.Single(sniffer.StdErr.TrimEnd('\n').Split('\n'));
            Assert.Matches($@"^sniffer: {Regex.Escape(file)}: gzip data is cut short .* at 0x[0-9A-F]+ of the compressed file", line);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TsharkTheory]
    [InlineData(".gz", new byte[] { 0x1F, 0x8B })]
    [InlineData(".zst", new byte[] { 0x28, 0xB5, 0x2F, 0xFD })]
    [InlineData(".lz4", new byte[] { 0x04, 0x22, 0x4D, 0x18 })]
    public void Read_w_compresses_when_the_name_says_so_and_the_copy_reads_back_the_same(string extension, byte[] magic)
    {
        string input = Path.Combine(Path.GetTempPath(), $"sniffer-in-{Guid.NewGuid():N}.pcapng");
        string output = Path.Combine(Path.GetTempPath(), $"sniffer-out-{Guid.NewGuid():N}.pcapng{extension}");
        File.WriteAllBytes(input, CompressionFixtures.SmallPcapng());
        try
        {
            var r = SnifferProcess.Run("read", "-r", input, "-q", "-w", output);
            Assert.Equal(0, r.ExitCode);
            Assert.Equal(magic, File.ReadAllBytes(output)[..magic.Length]);
            var original = CaptureReading.ReadAll(CaptureFileReader.Open(input));
            var copy = CaptureReading.ReadAll(CaptureFileReader.Open(output));
            Assert.Null(copy.Error);
            Assert.Equal(original.Frames, copy.Frames, FrameComparer.Instance);
            if (extension == ".gz")
            {
                // tshark 4.0 reads gzip: the compressed copy is a capture it accepts as is.
                var fields = new[] { "-T", "fields", "-e", "frame.number", "-e", "frame.time_epoch", "-e", "frame.comment", "-e", "frame.interface_name" };
                Assert.Equal(ExternalTools.Tshark(["-r", input, .. fields]).StdOut, ExternalTools.Tshark(["-r", output, .. fields]).StdOut);
            }
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    /// <summary>
    /// A small .gz that expands to hundreds of megabytes. Reading streams, so it takes time linear in the
    /// decompressed size and no memory beyond the reader's buffers: there is no cap on the decompressed size,
    /// as tshark has none, because a capture that large is a capture, not an attack on a streaming reader.
    /// A bomb of zeros stops at the first block (a zero block length is malformed).
    /// </summary>
    [Fact]
    public void A_gzip_bomb_reads_in_linear_time_and_constant_memory()
    {
        const long decompressed = 200L * 1024 * 1024;
        byte[] bomb = BombOfPackets(decompressed);
        Assert.True(bomb.Length < decompressed / 200, $"the bomb is {bomb.Length} bytes");

        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        long frames = 0, bytes = 0;
        using (var reader = CaptureFileReader.Open(new MemoryStream(bomb), "bomb.pcapng.gz"))
        {
            while (reader.TryReadNext(out var frame))
            {
                frames++;
                bytes += frame.Data.Length;
            }
            Assert.Null(reader.Error);
        }
        clock.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.True(bytes > decompressed * 9 / 10, $"{bytes} bytes of packets");
        Assert.True(allocated < 8 * 1024 * 1024, $"reading {decompressed >> 20} MiB of decompressed capture allocated {allocated} bytes");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");

        byte[] zeros = ZerosBomb(256L * 1024 * 1024);
        clock.Restart();
        var zeroRead = CaptureReading.ReadAll(zeros, "zeros.gz");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.StartsWith("not a capture file: unknown magic 0x00000000", zeroRead.Error?.Reason);
    }

    private static byte[] ManyPackets(int count)
    {
        var fixture = new PcapngFixture().SectionHeader().InterfaceDescription(1, 0, PcapngTestOption.Raw(9, 9));
        var random = new Random(7);
        for (int i = 0; i < count; i++)
        {
            byte[] data = new byte[60 + random.Next(200)];
            random.NextBytes(data);
            fixture.EnhancedPacket(0, 1_700_000_000_000_000_000UL + (ulong)i * 1000, data);
        }
        return fixture.ToArray();
    }

    private static byte[] BombOfPackets(long decompressedBytes)
    {
        byte[] head = new PcapngFixture().SectionHeader().InterfaceDescription(1, 0).ToArray();
        byte[] packet = new PcapngFixture().EnhancedPacket(0, 1, new byte[65000]).ToArray();
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(head);
            for (long written = head.Length; written < decompressedBytes; written += packet.Length)
                gzip.Write(packet);
        }
        return output.ToArray();
    }

    private static byte[] ZerosBomb(long decompressedBytes)
    {
        byte[] zeros = new byte[1024 * 1024];
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            for (long written = 0; written < decompressedBytes; written += zeros.Length)
                gzip.Write(zeros);
        }
        return output.ToArray();
    }
}
