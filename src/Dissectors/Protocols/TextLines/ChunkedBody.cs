namespace Sniffer.Dissectors.Protocols.TextLines;

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

/// <summary>What scanning a chunked body found: its status, its length on the wire and the data it carries.</summary>
public readonly record struct ChunkedBody(ChunkedBodyStatus Status, int Length, long DataLength, int ChunkCount)
{
    /// <summary>Where the scan stopped (the start of the bad size line, or the bytes consumed so far).</summary>
    public int StoppedAt => Length;
}
