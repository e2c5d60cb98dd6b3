namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// The framer's memory of the message in progress in one direction, kept between deliveries so each byte is examined
/// once (<see cref="HttpStyleFramer"/>): what it found so far (the layout and facts) and where it stopped. It belongs
/// to the PDU whose start <see cref="Streams.StreamSide.Scan"/> bookmarks; a reset bookmark makes it start afresh.
/// </summary>
public struct HttpFraming
{
    /// <summary>The message's parts found so far; whole once the framer answered Complete.</summary>
    public HttpMessageLayout Layout;

    /// <summary>What the headers read so far say.</summary>
    public HttpMessageFacts Facts;

    /// <summary>The length the framer answered Complete with, or 0 while the message is not whole.</summary>
    public int CompletedLength;

    /// <summary>Chunks of a chunked body found so far.</summary>
    public int ChunkCount;

    /// <summary>How often the framer was asked, in this direction so far (kept across PDUs; for tests and benchmarks).</summary>
    public long Calls;

    /// <summary>How many bytes the framer looked at, in this direction so far (kept across PDUs): linear in the bytes.</summary>
    public long BytesExamined;

    // Where the line being read starts (first line, a header, a chunk size line, a trailer line).
    internal int LineStart;
    // First line not ended yet: bytes already checked to be printable, so each is looked at once.
    internal int CheckedUpTo;
    // Chunked body: where the current chunk's data and boundary end, once its size line was read (0 otherwise).
    internal long ChunkEnd;
}
