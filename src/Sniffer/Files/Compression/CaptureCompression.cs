using System.IO.Compression;
using K4os.Compression.LZ4;
using K4os.Compression.LZ4.Streams;
using ZstdSharp;

namespace Sniffer.Files.Compression;

/// <summary>
/// Recognises a compressed capture by its first bytes (never by its name, as tshark) and wraps it in a
/// streaming decoder; wraps an output in an encoder when its name asks for one (.gz, .zst, .lz4).
/// </summary>
public static class CaptureCompression
{
    /// <summary>Bytes needed to tell every format apart.</summary>
    public const int MagicLength = 4;

    private const int ZstdLevel = 3;               // zstd's own default
    private const int DecoderBufferLength = 64 * 1024;

    /// <summary>The compression that starts with <paramref name="magic"/> (at least 2 bytes for gzip, 4 for the others).</summary>
    public static CompressionFormat Detect(ReadOnlySpan<byte> magic)
    {
        if (magic.Length >= 2 && magic[0] == 0x1F && magic[1] == 0x8B)
            return CompressionFormat.Gzip;
        if (magic.Length >= 4 && magic[0] == 0x28 && magic[1] == 0xB5 && magic[2] == 0x2F && magic[3] == 0xFD)
            return CompressionFormat.Zstd;
        if (magic.Length >= 4 && magic[0] == 0x04 && magic[1] == 0x22 && magic[2] == 0x4D && magic[3] == 0x18)
            return CompressionFormat.Lz4;
        return CompressionFormat.None;
    }

    /// <summary>A stream of the decompressed bytes of <paramref name="compressed"/>, which it owns.</summary>
    public static Stream Decompress(Stream compressed, CompressionFormat format) => format switch
    {
        CompressionFormat.Gzip => GzipReadStream.Open(compressed),
        CompressionFormat.Zstd => CheckedDecoderStream.Create(compressed, format,
            s => new DecompressionStream(s, DecoderBufferLength, checkEndOfStream: true, leaveOpen: false)),
        CompressionFormat.Lz4 => CheckedDecoderStream.Create(compressed, format, s => LZ4Stream.Decode(s, leaveOpen: false)),
        _ => compressed,
    };

    /// <summary>
    /// <paramref name="output"/> wrapped in the encoder <paramref name="format"/> names (owning it); disposing
    /// the result writes the compressed stream's end. zstd frames carry a checksum, LZ4 frames a content checksum.
    /// </summary>
    public static Stream Compress(Stream output, CompressionFormat format)
    {
        switch (format)
        {
            case CompressionFormat.Gzip:
                return new GZipStream(output, CompressionLevel.Optimal, leaveOpen: false);
            case CompressionFormat.Zstd:
                var zstd = new CompressionStream(output, ZstdLevel, leaveOpen: false);
                zstd.SetParameter(ZstdSharp.Unsafe.ZSTD_cParameter.ZSTD_c_checksumFlag, 1);
                return zstd;
            case CompressionFormat.Lz4:
                return LZ4Stream.Encode(output, new LZ4EncoderSettings { ContentChecksum = true, CompressionLevel = LZ4Level.L00_FAST }, leaveOpen: false);
            default:
                return output;
        }
    }
}
