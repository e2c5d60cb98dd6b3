namespace Sniffer.Files.Compression;

/// <summary>The names compressed formats go by in messages, in file names and on the command line.</summary>
public static class CompressionText
{
    public static string Name(CompressionFormat format) => format switch
    {
        CompressionFormat.Gzip => "gzip",
        CompressionFormat.Zstd => "zstd",
        CompressionFormat.Lz4 => "lz4",
        _ => "uncompressed",
    };

    /// <summary>The format a file name asks for when written: .gz, .zst or .lz4 at its end (any case).</summary>
    public static CompressionFormat ForFileName(string path)
    {
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            return CompressionFormat.Gzip;
        if (path.EndsWith(".zst", StringComparison.OrdinalIgnoreCase))
            return CompressionFormat.Zstd;
        if (path.EndsWith(".lz4", StringComparison.OrdinalIgnoreCase))
            return CompressionFormat.Lz4;
        return CompressionFormat.None;
    }

    /// <summary>The file name extension (with its dot) of a format; empty for none.</summary>
    public static string Extension(CompressionFormat format) => format switch
    {
        CompressionFormat.Gzip => ".gz",
        CompressionFormat.Zstd => ".zst",
        CompressionFormat.Lz4 => ".lz4",
        _ => "",
    };
}
