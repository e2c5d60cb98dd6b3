namespace Sniffer.Files.Compression;

/// <summary>How a capture file's bytes are wrapped: read by magic number, written by file name.</summary>
public enum CompressionFormat
{
    /// <summary>Not compressed.</summary>
    None,

    /// <summary>gzip (RFC 1952), one or more members, as tshark 4.0 reads and writes with --compress gzip.</summary>
    Gzip,

    /// <summary>Zstandard frames (RFC 8878), as Wireshark 4.2 and later read.</summary>
    Zstd,

    /// <summary>LZ4 frames (the lz4 tool's format), as Wireshark 4.2 and later read.</summary>
    Lz4,
}
