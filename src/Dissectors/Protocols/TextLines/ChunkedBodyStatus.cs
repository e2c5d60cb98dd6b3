namespace Sniffer.Dissectors.Protocols.TextLines;

/// <summary>What scanning a chunked body ended on.</summary>
public enum ChunkedBodyStatus : byte
{
    /// <summary>The last chunk, any trailers and the final blank line are all there.</summary>
    Complete,
    /// <summary>The body goes on past the bytes there are.</summary>
    NeedMore,
    /// <summary>A chunk size line does not start with a hexadecimal number.</summary>
    BadChunkSize,
    /// <summary>A chunk claims more than 2 GiB: no buffer will be sized from it.</summary>
    ChunkTooLarge,
}
