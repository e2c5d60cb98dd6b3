using System.Globalization;
using Sniffer.Tests.Infrastructure;
using static Sniffer.Tests.Files.PcapngTestOption;

namespace Sniffer.Tests.Files;

/// <summary>Unusual but valid files built byte by byte, read by Sniffer and by tshark 4.0: times and lengths must agree.</summary>
public sealed class ReaderTsharkAgreementTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sniffer-agree-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [TsharkFact]
    public void Binary_and_decimal_resolutions_offsets_sections_and_simple_packets_read_as_tshark_reads_them()
    {
        byte[] data = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02, 0, 0, 0, 0, 1, 0x88, 0xB5, .. new byte[46]];
        var file = new PcapngFixture()
            .SectionHeader(bigEndian: false)
            .InterfaceDescription(1, 0, Raw(9, 0x94))                                   // 2^-20 s
            .InterfaceDescription(1, 0, Raw(9, 3), UInt64(14, 1_600_000_000))           // ms, +1.6e9 s
            .InterfaceDescription(1, 0, Raw(9, 0x9E))                                   // 2^-30 s
            .EnhancedPacket(0, (1_700_000_000UL << 20) + 1, data)
            .EnhancedPacket(0, (1_700_000_000UL << 20) + 0xFFFFF, data)
            .EnhancedPacket(1, 123_456, data)
            .EnhancedPacket(2, (1_700_000_000UL << 30) + 123_456_789, data)
            .SectionHeader(bigEndian: true)
            .InterfaceDescription(1, 40)
            .EnhancedPacket(0, 1_700_000_000_999_999, data, 1514)
            .ObsoletePacket(0, 1_700_000_001_000_000, data, 70)
            .SimplePacket(60, data[..40]);
        string path = Path.Combine(_dir, "agree.pcapng");
        File.WriteAllBytes(path, file.ToArray());

        var tshark = ExternalTools.Tshark("-r", path, "-T", "fields", "-E", "separator=/t", "-e", "frame.time_epoch", "-e", "frame.len", "-e", "frame.cap_len");
        var read = CaptureReading.ReadAll(file.ToArray());

        Assert.Equal("", tshark.StdErr);
        Assert.Null(read.Error);
        string[] lines = tshark.StdOut.TrimEnd('\n').Split('\n');
        Assert.Equal(lines.Length, read.Frames.Count);
        for (int i = 0; i < lines.Length; i++)
        {
            string[] f = lines[i].Split('\t');
            var frame = read.Frames[i];
            long expected = f[0] == "" ? 0 : CorpusReadingTests.EpochNanoseconds(f[0]);   // a Simple Packet Block has no time
            Assert.True(expected == frame.Timestamp, $"frame {i + 1}: tshark {f[0]}, Sniffer {frame.Timestamp}");
            Assert.Equal(int.Parse(f[1], CultureInfo.InvariantCulture), frame.OriginalLength);
            Assert.Equal(int.Parse(f[2], CultureInfo.InvariantCulture), frame.Data.Length);
        }
    }
}
