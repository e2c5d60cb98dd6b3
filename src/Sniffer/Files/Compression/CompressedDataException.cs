namespace Sniffer.Files.Compression;

/// <summary>
/// A compressed capture whose compressed bytes are broken: cut short, a bad checksum, data no decoder
/// accepts. <see cref="CompressedOffset"/> is how far into the compressed file the decoder had read.
/// The capture readers turn it into their usual error line (file and offset), after the frames that decoded.
/// </summary>
public sealed class CompressedDataException(CompressionFormat format, string problem, long compressedOffset)
    : IOException($"{CompressionText.Name(format)} data {problem}")
{
    public CompressionFormat Format { get; } = format;

    /// <summary>What is wrong, in a few words ("is cut short", "has a bad CRC").</summary>
    public string Problem { get; } = problem;

    public long CompressedOffset { get; } = compressedOffset;
}
