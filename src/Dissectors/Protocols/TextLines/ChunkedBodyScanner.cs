namespace Sniffer.Dissectors.Protocols.TextLines;

/// <summary>
/// Reads a chunked transfer coding (RFC 9112 §7.1): size lines in hex of either case with optional
/// extensions, chunk data, the CR LF after each chunk, the last chunk, trailer fields and the final blank
/// line. As Wireshark does, the two bytes after each chunk's data are taken as its boundary whatever they are.
/// </summary>
public static class ChunkedBodyScanner
{
    /// <summary>The largest chunk accepted; larger sizes are reported, not trusted.</summary>
    public const long MaxChunkSize = int.MaxValue;

    /// <summary>A visitor that ignores everything, for callers that only need the body's length.</summary>
    public struct NoVisitor : IChunkVisitor
    {
        public readonly void OnChunk(in Chunk chunk) { }
        public readonly void OnLastChunk(int sizeLineStart, int sizeLineLength) { }
        public readonly void OnTrailerLine(int start, int length) { }
        public readonly void OnFinalLine(int start, int length) { }
    }

    /// <param name="body">The bytes from the first chunk size line on.</param>
    /// <param name="atEnd">True when no more bytes will come.</param>
    public static ChunkedBody Scan<TVisitor>(ReadOnlySpan<byte> body, bool atEnd, ref TVisitor visitor)
        where TVisitor : struct, IChunkVisitor, allows ref struct
    {
        int position = 0;
        int chunks = 0;
        long data = 0;
        while (true)
        {
            if (LineScanner.TryReadLine(body, position, atEnd, out var sizeLine) == LineStatus.NeedMore
                || sizeLine.TerminatorLength == 0)
                return new ChunkedBody(ChunkedBodyStatus.NeedMore, position, data, chunks);

            var sizeStatus = ParseSize(body.Slice(sizeLine.Start, sizeLine.Length), out long size);
            if (sizeStatus != ChunkedBodyStatus.Complete)
                return new ChunkedBody(sizeStatus, position, data, chunks);

            if (size == 0)
            {
                visitor.OnLastChunk(sizeLine.Start, sizeLine.FullLength);
                chunks++;
                return ScanTrailer(body, sizeLine.Next, atEnd, data, chunks, ref visitor);
            }

            var chunk = new Chunk(sizeLine.Start, sizeLine.FullLength, (int)size);
            if ((long)chunk.DataStart + size + Chunk.BoundaryLength > body.Length)
                return new ChunkedBody(ChunkedBodyStatus.NeedMore, position, data, chunks);
            visitor.OnChunk(chunk);
            chunks++;
            data += size;
            position = chunk.End;
        }
    }

    /// <summary>
    /// Reads a chunk size line (without its terminator): blanks, hexadecimal digits, then anything (extensions).
    /// Complete with the size, BadChunkSize when no digit starts it, ChunkTooLarge past <see cref="MaxChunkSize"/>.
    /// </summary>
    public static ChunkedBodyStatus ParseSize(ReadOnlySpan<byte> sizeLine, out long size)
    {
        int blanks = 0;
        while (blanks < sizeLine.Length && TextBytes.IsBlank(sizeLine[blanks]))
            blanks++;
        var number = TextBytes.TryParseHexPrefix(sizeLine[blanks..], out size, out _);
        if (number == NumberStatus.TooLarge || (number == NumberStatus.Ok && size > MaxChunkSize))
            return ChunkedBodyStatus.ChunkTooLarge;
        return number == NumberStatus.Ok ? ChunkedBodyStatus.Complete : ChunkedBodyStatus.BadChunkSize;
    }

    private static ChunkedBody ScanTrailer<TVisitor>(ReadOnlySpan<byte> body, int position, bool atEnd, long data, int chunks,
        ref TVisitor visitor)
        where TVisitor : struct, IChunkVisitor, allows ref struct
    {
        int trailerStart = position;
        while (true)
        {
            if (LineScanner.TryReadLine(body, position, atEnd, out var line) == LineStatus.NeedMore
                || line.TerminatorLength == 0)
                return new ChunkedBody(ChunkedBodyStatus.NeedMore, trailerStart, data, chunks);
            if (line.IsBlank)
            {
                visitor.OnFinalLine(line.Start, line.FullLength);
                return new ChunkedBody(ChunkedBodyStatus.Complete, line.Next, data, chunks);
            }
            visitor.OnTrailerLine(line.Start, line.FullLength);
            position = line.Next;
        }
    }
}
