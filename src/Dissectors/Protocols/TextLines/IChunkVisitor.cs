namespace Sniffer.Dissectors.Protocols.TextLines;

/// <summary>Receives the parts of a chunked body in order as <see cref="ChunkedBodyScanner"/> finds them.</summary>
public interface IChunkVisitor
{
    /// <summary>A chunk with data (size above zero).</summary>
    void OnChunk(in Chunk chunk);

    /// <summary>The last chunk: its size line ("0", maybe with extensions).</summary>
    void OnLastChunk(int sizeLineStart, int sizeLineLength);

    /// <summary>One trailer field line, terminator included.</summary>
    void OnTrailerLine(int start, int length);

    /// <summary>The blank line that ends the chunked body.</summary>
    void OnFinalLine(int start, int length);
}
