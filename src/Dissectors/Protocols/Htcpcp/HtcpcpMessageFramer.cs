using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Protocols.TextLines;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Htcpcp;

/// <summary>
/// Finds where an HTCPCP message ends. HTTP's rules (Content-Length, chunked, no body for 1xx/204/304,
/// a response without length runs until close), with two allowances for real coffee pots: a line that is
/// not a header ends the headers and starts the body (the lab server sends no blank line), and a body with
/// no length given is one line.
/// </summary>
public static class HtcpcpMessageFramer
{
    public static PduBoundary Find(ReadOnlySpan<byte> pending, bool endOfStream, out HtcpcpMessageLayout layout)
    {
        layout = default;
        int start = 0;
        while (start < pending.Length && pending[start] is TextBytes.Cr or TextBytes.Lf)
            start++;
        if (start == pending.Length)
        {
            if (!endOfStream || pending.IsEmpty)
                return PduBoundary.NeedMore();
            layout = new HtcpcpMessageLayout(start, default, HttpMessageKind.Other, default, HeaderBlockEnding.EndOfData,
                start, HttpBodyFraming.None, pending.Length, false);
            return PduBoundary.Complete(pending.Length);
        }
        if (LineScanner.TryReadLine(pending, start, endOfStream, out var first) == LineStatus.NeedMore)
            return HttpMethods.CouldStartMessage(pending[start..]) ? PduBoundary.NeedMore() : NotMine(start, out layout);

        var line = pending.Slice(first.Start, first.Length);
        var kind = HtcpcpStartLine.Classify(line);
        if (kind == HttpMessageKind.Other)
            return NotMine(start, out layout);
        var startLine = HttpStartLine.Parse(line, kind);

        var headers = new HttpFramingHeaders();
        var block = HeaderBlockScanner.Scan(pending, first.Next, endOfStream, nonHeaderLineEndsBlock: true, ref headers);
        if (block.Status == HeaderBlockStatus.NeedMore)
            return PduBoundary.NeedMore();
        int bodyStart = block.BodyStart;
        layout = new HtcpcpMessageLayout(start, first, kind, startLine, block.Ending, bodyStart, HttpBodyFraming.None, bodyStart, false);
        if (block.Ending == HeaderBlockEnding.EndOfData)
        {
            layout = layout with { End = pending.Length, Truncated = true };
            return PduBoundary.Complete(pending.Length);
        }

        int code = startLine.FramingStatusCode(line);
        if (kind == HttpMessageKind.Response && (code / 100 == 1 || code == 204 || code == 304))
            return PduBoundary.Complete(bodyStart);

        if (headers.Chunked)
        {
            layout = layout with { Framing = HttpBodyFraming.Chunked };
            var noVisitor = new ChunkedBodyScanner.NoVisitor();
            var body = ChunkedBodyScanner.Scan(pending[bodyStart..], endOfStream, ref noVisitor);
            if (body.Status == ChunkedBodyStatus.Complete)
                return Ends(ref layout, bodyStart + body.Length, truncated: false);
            if (body.Status == ChunkedBodyStatus.NeedMore && !endOfStream)
                return PduBoundary.NeedMore();
            return Ends(ref layout, pending.Length, truncated: body.Status == ChunkedBodyStatus.NeedMore);
        }
        if (headers.HasContentLength)
        {
            layout = layout with { Framing = HttpBodyFraming.Length(headers.ContentLength) };
            long end = bodyStart + headers.ContentLength;
            if (end <= pending.Length)
                return Ends(ref layout, (int)end, truncated: false);
            if (endOfStream)
                return Ends(ref layout, pending.Length, truncated: true);
            return PduBoundary.NeedMore((int)Math.Min(end, PduBoundary.UntilEndOfStream - 1));
        }
        if (block.Ending == HeaderBlockEnding.NonHeaderLine)
            return OneLineBody(pending, bodyStart, endOfStream, ref layout);
        if (kind == HttpMessageKind.Response)
        {
            layout = layout with { Framing = HttpBodyFraming.UntilClose };
            return endOfStream ? Ends(ref layout, pending.Length, truncated: false) : PduBoundary.NeedMoreUntilEndOfStream;
        }
        return RequestTrailingLine(pending, bodyStart, endOfStream, ref layout);
    }

    /// <summary>The body is the line that ended the headers, up to its line end (or the end of the stream).</summary>
    private static PduBoundary OneLineBody(ReadOnlySpan<byte> pending, int bodyStart, bool endOfStream, ref HtcpcpMessageLayout layout)
    {
        if (LineScanner.TryReadLine(pending, bodyStart, endOfStream, out var bodyLine) == LineStatus.NeedMore)
            return PduBoundary.NeedMore();
        // The next request or response right after the headers: this message has no body.
        if (HtcpcpStartLine.Classify(pending.Slice(bodyLine.Start, bodyLine.Length)) != HttpMessageKind.Other)
            return PduBoundary.Complete(bodyStart);
        layout = layout with { Framing = HttpBodyFraming.OneLine };
        return Ends(ref layout, bodyLine.Next, truncated: false);
    }

    /// <summary>
    /// A request whose blank line is followed by a line that starts no message ("start"): that line is its body.
    /// Nothing after the blank line, or the next request, means no body.
    /// </summary>
    private static PduBoundary RequestTrailingLine(ReadOnlySpan<byte> pending, int bodyStart, bool endOfStream, ref HtcpcpMessageLayout layout)
    {
        if (bodyStart >= pending.Length)
            return PduBoundary.Complete(bodyStart);
        var rest = pending[bodyStart..];
        if (LineScanner.TryReadLine(pending, bodyStart, endOfStream, out var next) == LineStatus.NeedMore)
            return CouldBeStartLine(rest) ? PduBoundary.Complete(bodyStart) : PduBoundary.NeedMore();
        var text = pending.Slice(next.Start, next.Length);
        if (next.IsBlank || HtcpcpStartLine.Classify(text) != HttpMessageKind.Other)
            return PduBoundary.Complete(bodyStart);
        layout = layout with { Framing = HttpBodyFraming.OneLine };
        return Ends(ref layout, next.Next, truncated: false);
    }

    /// <summary>True while <paramref name="partial"/> could still become a request or status line.</summary>
    private static bool CouldBeStartLine(ReadOnlySpan<byte> partial)
    {
        ReadOnlySpan<string> starts = ["BREW ", "POST ", "GET ", "PROPFIND ", "WHEN ", "HTCPCP", "HTTP/1."];
        foreach (var s in starts)
        {
            int n = Math.Min(s.Length, partial.Length);
            bool same = true;
            for (int i = 0; i < n && same; i++)
                same = partial[i] == s[i];
            if (same)
                return true;
        }
        return partial[0] is TextBytes.Cr or TextBytes.Lf;
    }

    private static PduBoundary Ends(ref HtcpcpMessageLayout layout, int end, bool truncated)
    {
        layout = layout with { End = end, Truncated = truncated };
        return PduBoundary.Complete(end);
    }

    private static PduBoundary NotMine(int start, out HtcpcpMessageLayout layout)
    {
        layout = new HtcpcpMessageLayout(start, default, HttpMessageKind.Other, default, HeaderBlockEnding.EndOfData, start,
            HttpBodyFraming.None, start, false);
        return PduBoundary.NotMine;
    }
}
