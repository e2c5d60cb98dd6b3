using System.IO.Compression;
using K4os.Compression.LZ4.Streams;
using Sniffer.Files.Compression;
using ZstdSharp;

namespace Sniffer.Tests.Files;

/// <summary>Compresses test bytes with the libraries' own encoders (and, where present, the gzip/zstd/lz4 tools) for reader tests.</summary>
internal static class CompressionFixtures
{
    public static byte[] Compress(byte[] data, CompressionFormat format)
    {
        var output = new MemoryStream();
        using (Stream encoder = format switch
        {
            CompressionFormat.Gzip => new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true),
            CompressionFormat.Zstd => new CompressionStream(output, 1, leaveOpen: true),
            CompressionFormat.Lz4 => LZ4Stream.Encode(output, leaveOpen: true),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        })
            encoder.Write(data);
        return output.ToArray();
    }

    /// <summary>A small pcapng with two interfaces, packets, comments and a DSB: every kind of block a copy must carry.</summary>
    public static byte[] SmallPcapng() => new PcapngFixture()
        .SectionHeader(options: [PcapngTestOption.Text(2, "Test CPU"), PcapngTestOption.Text(3, "TestOS 1"), PcapngTestOption.Text(4, "Fixture 1"), PcapngTestOption.Comment("section")])
        .InterfaceDescription(1, 65535, PcapngTestOption.Text(2, "eth0"), PcapngTestOption.Raw(9, 6))
        .InterfaceDescription(113, 0, PcapngTestOption.Text(2, "any"), PcapngTestOption.Raw(9, 9))
        .EnhancedPacket(0, 1_394_575_569_493_357, Enumerable.Range(0, 60).Select(i => (byte)i).ToArray(), 60, PcapngTestOption.Comment("first"))
        .DecryptionSecrets(0x544C534B, "CLIENT_RANDOM 00 11\n"u8.ToArray())
        .EnhancedPacket(1, 1_394_575_569_493_371_123, Enumerable.Range(0, 44).Select(i => (byte)(i * 3)).ToArray(), 1500)
        .EnhancedPacket(0, 1_394_575_570_000_000, new byte[14], 14)
        .ToArray();

    public static IEnumerable<object[]> Formats() =>
        [[CompressionFormat.Gzip], [CompressionFormat.Zstd], [CompressionFormat.Lz4]];
}
