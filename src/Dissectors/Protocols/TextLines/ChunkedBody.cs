namespace Sniffer.Dissectors.Protocols.TextLines;

/// <summary>What scanning a chunked body found: its status, its length on the wire and the data it carries.</summary>
public readonly record struct ChunkedBody(ChunkedBodyStatus Status, int Length, long DataLength, int ChunkCount)
{
    /// <summary>Where the scan stopped (the start of the bad size line, or the bytes consumed so far).</summary>
    public int StoppedAt => Length;
}
