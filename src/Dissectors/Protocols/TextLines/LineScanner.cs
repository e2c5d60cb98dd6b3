namespace Sniffer.Dissectors.Protocols.TextLines;

/// <summary>
/// Finds line ends the way Wireshark's tvb_find_line_end does when it may ask for more data: a line ends
/// at LF, at CR LF, or at a CR followed by anything else. A CR that is the last byte might be the first half
/// of CR LF, so the line is not complete yet unless the data has ended.
/// </summary>
public static class LineScanner
{
    /// <param name="text">The bytes to search.</param>
    /// <param name="start">Where the line starts.</param>
    /// <param name="atEnd">True when no more bytes will come: the rest of the data then is a last line without terminator.</param>
    public static LineStatus TryReadLine(ReadOnlySpan<byte> text, int start, bool atEnd, out TextLine line)
    {
        line = default;
        if ((uint)start >= (uint)text.Length)
            return LineStatus.NeedMore;
        var rest = text[start..];
        int at = rest.IndexOfAny(TextBytes.Cr, TextBytes.Lf);
        if (at < 0)
        {
            if (!atEnd)
                return LineStatus.NeedMore;
            line = new TextLine(start, rest.Length, 0);
            return LineStatus.Complete;
        }
        if (rest[at] == TextBytes.Lf)
        {
            line = new TextLine(start, at, 1);
            return LineStatus.Complete;
        }
        if (at + 1 < rest.Length)
        {
            line = new TextLine(start, at, rest[at + 1] == TextBytes.Lf ? 2 : 1);
            return LineStatus.Complete;
        }
        if (!atEnd)
            return LineStatus.NeedMore;
        line = new TextLine(start, at, 1);
        return LineStatus.Complete;
    }
}
