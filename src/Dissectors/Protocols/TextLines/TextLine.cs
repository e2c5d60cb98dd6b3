namespace Sniffer.Dissectors.Protocols.TextLines;

/// <summary>
/// One line found in a buffer: where its text starts, how long it is without its terminator, and how long
/// the terminator is (2 for CR LF, 1 for a lone LF or CR, 0 for a last line cut by the end of the data).
/// </summary>
public readonly record struct TextLine(int Start, int Length, int TerminatorLength)
{
    public int End => Start + Length;

    /// <summary>Where the next line starts.</summary>
    public int Next => Start + Length + TerminatorLength;

    /// <summary>The line's length with its terminator.</summary>
    public int FullLength => Length + TerminatorLength;

    public bool IsBlank => Length == 0 && TerminatorLength > 0;
}
