namespace Sniffer.Dissectors.Protocols.TextLines;

/// <summary>
/// One chunk of a chunked body (RFC 9112 §7.1), offsets relative to the body's start: the size line
/// (with extensions and terminator), the data, and the two boundary bytes that follow the data.
/// </summary>
public readonly record struct Chunk(int SizeLineStart, int SizeLineLength, int Size)
{
    public int DataStart => SizeLineStart + SizeLineLength;
    public int BoundaryStart => DataStart + Size;
    public const int BoundaryLength = 2;
    public int End => BoundaryStart + BoundaryLength;
}
