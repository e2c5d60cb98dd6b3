namespace Sniffer.Dissectors.Protocols.TextLines;

/// <summary>
/// Walks the header lines that follow a start line and finds where the block ends. Kestrel-style: the
/// caller's struct visitor sees each header, nothing is allocated, and an incomplete block is an
/// ordinary answer.
/// </summary>
public static class HeaderBlockScanner
{
    /// <param name="message">The message bytes from its start line on.</param>
    /// <param name="firstHeaderLine">Offset of the line after the start line.</param>
    /// <param name="atEnd">True when no more bytes will come (end of stream).</param>
    /// <param name="nonHeaderLineEndsBlock">
    /// True for peers that start the body without a blank line (the HTCPCP lab server): a line with no colon
    /// then ends the headers and is the body's first line. False for HTTP, where only a blank line ends them
    /// and other lines are kept as malformed headers.
    /// </param>
    public static HeaderBlock Scan<TVisitor>(ReadOnlySpan<byte> message, int firstHeaderLine, bool atEnd,
        bool nonHeaderLineEndsBlock, ref TVisitor visitor)
        where TVisitor : struct, IHeaderVisitor
    {
        int position = firstHeaderLine;
        while (true)
        {
            if (position >= message.Length)
                return atEnd
                    ? new HeaderBlock(HeaderBlockStatus.Complete, HeaderBlockEnding.EndOfData, message.Length)
                    : HeaderBlock.NeedMore;
            if (LineScanner.TryReadLine(message, position, atEnd, out var line) == LineStatus.NeedMore)
                return HeaderBlock.NeedMore;
            if (line.IsBlank)
                return new HeaderBlock(HeaderBlockStatus.Complete, HeaderBlockEnding.BlankLine, line.Next);
            var text = message.Slice(line.Start, line.Length);
            var status = HeaderLineParser.TryParse(text, out var header);
            if (status == HeaderLineStatus.NoColon && nonHeaderLineEndsBlock)
                return new HeaderBlock(HeaderBlockStatus.Complete, HeaderBlockEnding.NonHeaderLine, line.Start);
            if (status == HeaderLineStatus.Ok)
                visitor.OnHeader(header.Name(text), header.Value(text));
            position = line.Next;
        }
    }
}
