using System.Text;
using Sniffer.Files;
using static Sniffer.Tests.Files.PcapngTestOption;

namespace Sniffer.Tests.Files;

/// <summary>
/// Every prefix of a valid file: the reader returns exactly the frames wholly inside the prefix, then
/// either ends cleanly (the cut fell on a block or record boundary) or names the offset of the cut block.
/// </summary>
public sealed class TruncationTests
{
    private static readonly byte[] First = Encoding.ASCII.GetBytes("first frame");
    private static readonly byte[] Second = [.. Enumerable.Range(0, 61).Select(i => (byte)i)];
    private static readonly byte[] Third = Encoding.UTF8.GetBytes("drittes Paket ✓");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_pcapng_cut_at_every_byte_yields_the_frames_before_the_cut_then_an_error_at_the_cut_block(bool bigEndian)
    {
        var file = new PcapngFixture()
            .SectionHeader(bigEndian, 1, 0, Text(4, "test"))
            .InterfaceDescription(1, 0, Text(2, "eth0"), Raw(9, 9))
            .EnhancedPacket(0, 1, First)
            .DecryptionSecrets(0x544C534B, Encoding.ASCII.GetBytes("CLIENT_RANDOM a b\n"))
            .EnhancedPacket(0, 2, Second, 100, Comment("kommentar"))
            .Raw(0x00000BAD, [1, 2, 3, 4, 5, 6, 7, 8])
            .SimplePacket(15, Third[..15])
            .InterfaceStatistics(0, 3, UInt64(4, 3));
        byte[] whole = file.ToArray();
        int sectionHeaderEnd = file.BlockStarts[1];

        for (int cut = 0; cut <= whole.Length; cut++)
        {
            var read = CaptureReading.ReadAll(whole[..cut], "cut.pcapng");

            int expectedFrames = file.PacketEnds.Count(end => end <= cut);
            Assert.True(expectedFrames == read.Frames.Count, $"cut at {cut}: {read.Frames.Count} frames, expected {expectedFrames}");
            bool onBoundary = cut >= sectionHeaderEnd && (cut == whole.Length || file.BlockStarts.Contains(cut));
            if (onBoundary)
            {
                Assert.True(read.Error is null, $"cut at {cut}: {read.Error}");
                continue;
            }
            Assert.True(read.Error is not null, $"cut at {cut}: no error");
            int cutBlock = file.BlockStarts.Last(start => start <= cut && (start < cut || cut == 0));
            Assert.Equal(cutBlock, read.Error!.Offset);
            if (cut >= 4)
                Assert.Contains($"at 0x{cutBlock:X}", read.Error.Reason);
            if (cut >= 12 && cut - cutBlock >= 8)
                Assert.Equal($"needs {BlockLength(file, cutBlock, whole)} bytes, {cut - cutBlock} left", read.Error.Reason[(read.Error.Reason.IndexOf(": ", StringComparison.Ordinal) + 2)..]);
        }
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void A_pcap_cut_at_every_byte_yields_the_records_before_the_cut_then_an_error_at_the_cut_record(bool nanoseconds, bool bigEndian)
    {
        var file = new PcapFixture(nanoseconds, bigEndian).Record(1, 1, First).Record(2, 2, Second, 1514).Record(3, 3, Third);
        byte[] whole = file.ToArray();
        int headerEnd = file.RecordEnds[0];

        for (int cut = 0; cut <= whole.Length; cut++)
        {
            var read = CaptureReading.ReadAll(whole[..cut], "cut.pcap");

            int expectedFrames = file.RecordEnds.Skip(1).Count(end => end <= cut);
            Assert.True(expectedFrames == read.Frames.Count, $"cut at {cut}: {read.Frames.Count} frames, expected {expectedFrames}");
            if (file.RecordEnds.Contains(cut))
            {
                Assert.True(read.Error is null, $"cut at {cut}: {read.Error}");
                continue;
            }
            Assert.True(read.Error is not null, $"cut at {cut}: no error");
            int cutRecord = cut < headerEnd ? 0 : file.RecordEnds.Last(end => end <= cut);
            Assert.Equal(cutRecord, read.Error!.Offset);
            string expected = cut switch
            {
                0 => "not a capture file: it is empty",
                < 4 => $"not a capture file: only {cut} bytes, too short for a magic number",
                _ when cut < headerEnd => $"truncated pcap file header at 0x0: needs 24 bytes, {cut} left",
                _ when cut - cutRecord < 16 => $"truncated pcap record header at 0x{cutRecord:X}: needs 16 bytes, {cut - cutRecord} left",
                _ => $"truncated pcap record at 0x{cutRecord:X}: needs {RecordLength(whole, cutRecord, bigEndian)} bytes, {cut - cutRecord} left",
            };
            Assert.Equal(expected, read.Error.Reason);
        }
    }

    private static long BlockLength(PcapngFixture file, int start, byte[] whole)
    {
        int next = file.BlockStarts.FirstOrDefault(s => s > start, whole.Length);
        return next - start;
    }

    private static int RecordLength(byte[] whole, int start, bool bigEndian)
    {
        var lengthBytes = whole.AsSpan(start + 8, 4);
        uint captured = bigEndian
            ? System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(lengthBytes)
            : System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(lengthBytes);
        return 16 + (int)captured;
    }
}
