using FsCheck;
using FsCheck.Fluent;
using Sniffer.Files;
using Sniffer.Files.Compression;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Files.Writing;

/// <summary>
/// Read → write → read identity: a copy (plain or compressed) reads back with the same frames (times,
/// bytes, lengths, interfaces, comments), the same section options and the same interface options as the
/// input — over every sample and corpus capture, and over random captures whose interfaces have random
/// resolutions (powers of 10 and 2, up to a nanosecond), offsets, byte orders and options.
/// </summary>
public class CopyRoundTripProperties
{
    public static IEnumerable<object[]> CapturesAndFormats() =>
        from capture in CopyMetadata.Captures()
        from format in new[] { CompressionFormat.None, CompressionFormat.Gzip, CompressionFormat.Zstd, CompressionFormat.Lz4 }
        select new object[] { capture[0], format };

    [Theory]
    [MemberData(nameof(CapturesAndFormats))]
    public void A_copy_of_a_real_capture_reads_back_as_the_original(string capture, CompressionFormat format)
    {
        byte[] original = File.ReadAllBytes(Path.Combine(Corpus.RepoRoot, capture));
        AssertCopyIsIdentical(original, format);
    }

    [Fact]
    public void A_copy_of_a_random_capture_reads_back_as_the_original()
    {
        // Resolutions up to a nanosecond: Frame times count nanoseconds, so finer ones lose digits when read (in Wireshark too).
        var resolutions = Gen.Elements<byte>(0, 3, 6, 9, 0x80 | 1, 0x80 | 10, 0x80 | 20, 0x80 | 29);
        var iface =
            from resolution in resolutions
            from offset in Gen.Elements(0L, 1L, 3600L, -3600L)
            from name in Gen.Elements("eth0", "wlan0", "any", "日本")
            from speed in Gen.Choose(0, int.MaxValue)
            select (resolution, offset, name, (ulong)speed);
        var packet =
            from ifIndex in Gen.Choose(0, 7)
            from units in Gen.Choose(0, int.MaxValue)
            from length in Gen.Choose(0, 300)
            from originalDelta in Gen.Choose(-20, 20)
            from comment in Gen.Elements<string?>(null, "note", "€ and 😀")
            select (ifIndex, (ulong)units * 977, length, originalDelta, comment);
        var captures =
            from bigEndian in Gen.Elements(false, true)
            from interfaces in iface.NonEmptyListOf()
            from packets in packet.ListOf()
            from format in Gen.Elements(CompressionFormat.None, CompressionFormat.Gzip, CompressionFormat.Zstd, CompressionFormat.Lz4)
            select (bigEndian, interfaces, packets, format);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(captures.ToArbitrary(), c =>
        {
            var fixture = new PcapngFixture().SectionHeader(c.bigEndian, options: [PcapngTestOption.Text(2, "hw"), PcapngTestOption.Comment("one"), PcapngTestOption.Comment("two")]);
            foreach (var (resolution, offset, name, speed) in c.interfaces)
                fixture.InterfaceDescription(1, 65535, PcapngTestOption.Text(2, name), PcapngTestOption.Raw(9, resolution),
                    PcapngTestOption.UInt64(14, (ulong)offset), PcapngTestOption.UInt64(8, speed));
            var random = new Random(c.packets.Count);
            foreach (var (ifIndex, units, length, originalDelta, comment) in c.packets)
            {
                byte[] data = new byte[length];
                random.NextBytes(data);
                int id = ifIndex % c.interfaces.Count;
                // A packet before the interface's if_tsoffset cannot be written in its units: keep units past it.
                ulong at = c.interfaces[id].offset < 0 ? units + 1_000_000_000_000UL : units;
                fixture.EnhancedPacket((uint)id, at, data, (uint)Math.Max(0, length + originalDelta), comment is null ? [] : [PcapngTestOption.Comment(comment)]);
            }
            AssertCopyIsIdentical(fixture.ToArray(), c.format);
        }));
    }

    private static void AssertCopyIsIdentical(byte[] original, CompressionFormat format)
    {
        var output = new MemoryStream();
        var before = CaptureReading.ReadAll(original);
        using (var reader = CaptureFileReader.Open(new MemoryStream(original), "in"))
        using (var copier = new CaptureCopier(reader, CaptureCompression.Compress(output, format)))
        {
            while (reader.TryReadNext(out var frame))
                copier.Write(frame);
        }
        var after = CaptureReading.ReadAll(output.ToArray());

        Assert.Null(after.Error);
        Assert.Equal(before.Frames, after.Frames, FrameComparer.Instance);
        Assert.Equal(before.Reader.DecryptionSecrets.Select(s => (s.SecretsType, Convert.ToHexString(s.Data.Span))),
            after.Reader.DecryptionSecrets.Select(s => (s.SecretsType, Convert.ToHexString(s.Data.Span))));
        if (before.Reader is PcapngReader pcapng)
        {
            var copy = Assert.IsType<PcapngReader>(after.Reader);
            // As tshark, the copy names its writer in shb_userappl only when the input named none.
            var expected = Options(pcapng.SectionOptions(0));
            var actual = Options(copy.SectionOptions(0));
            if (!pcapng.SectionOptions(0).Any(o => o.Code == 4))
                actual = [.. actual.Where(o => !o.StartsWith("4=", StringComparison.Ordinal))];
            Assert.Equal(expected, actual);
            Assert.Equal(pcapng.Interfaces.Count, copy.Interfaces.Count);
            for (int i = 0; i < pcapng.Interfaces.Count; i++)
            {
                Assert.Equal(Options(pcapng.InterfaceOptions(i)), Options(copy.InterfaceOptions(i)));
                Assert.Equal(pcapng.Interfaces[i], copy.Interfaces[i]);
            }
        }
        else if (before.Frames.Count > 0)                // as tshark, no interface is written for an empty pcap
            Assert.Equal(before.Reader.Interfaces.Select(i => (i.Link, i.SnapLength, i.TimePrecisionDigits)),
                after.Reader.Interfaces.Select(i => (i.Link, i.SnapLength, i.TimePrecisionDigits)));
    }

    private static string[] Options(IReadOnlyList<PcapngOption> options) =>
        [.. options.Select(o => $"{o.Code}={Convert.ToHexString(o.Value.Span)}")];
}
