using Sniffer.Dissectors.Protocols.TextLines;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// Finds where an HTTP/1.x message ends (RFC 9112 §6): the header block up to its blank line, then a body
/// of Content-Length bytes, a chunked body, no body (requests without either, HEAD responses, 1xx, 204,
/// 304, 2xx to CONNECT) or, for a response with neither, everything until the server closes. Pure: it reads
/// the bytes and the hint and keeps nothing.
/// </summary>
public static class HttpMessageFramer
{
    /// <param name="pending">Bytes of one direction not yet consumed, starting where a message should start.</param>
    /// <param name="request">What the response being framed answers (ignored for requests).</param>
    /// <param name="endOfStream">True when the direction has ended: a message cut short is then complete with what there is.</param>
    /// <param name="layout">Where the message's parts are; <see cref="HttpMessageLayout.Kind"/> is Other when the bytes do not start a message.</param>
    /// <returns>Complete(length), NeedMore, NeedMoreUntilEndOfStream, or NotMine when the bytes do not start an HTTP message.</returns>
    public static PduBoundary Find(ReadOnlySpan<byte> pending, HttpRequestHint request, bool endOfStream, out HttpMessageLayout layout)
    {
        layout = default;
        int start = 0;
        while (start < pending.Length && pending[start] is TextBytes.Cr or TextBytes.Lf)
            start++;
        if (start == pending.Length)
        {
            if (endOfStream && pending.Length > 0)
            {
                layout = new HttpMessageLayout(start, default, HttpMessageKind.Other, default, start, false,
                    HttpBodyFraming.None, ChunkedBodyStatus.Complete, pending.Length, Truncated: false);
                return PduBoundary.Complete(pending.Length);
            }
            return PduBoundary.NeedMore();
        }

        if (LineScanner.TryReadLine(pending, start, endOfStream, out var first) == LineStatus.NeedMore)
        {
            if (HttpMethods.CouldStartMessage(pending[start..]))
                return PduBoundary.NeedMore();
            layout = layout with { MessageStart = start, Kind = HttpMessageKind.Other };
            return PduBoundary.NotMine;
        }

        var line = pending.Slice(first.Start, first.Length);
        var kind = HttpMethods.Classify(line, out _);
        if (kind == HttpMessageKind.Other)
        {
            layout = new HttpMessageLayout(start, first, kind, default, start, false, HttpBodyFraming.None,
                ChunkedBodyStatus.Complete, start, Truncated: false);
            return PduBoundary.NotMine;
        }
        var startLine = HttpStartLine.Parse(line, kind);

        var headers = new HttpFramingHeaders();
        var block = HeaderBlockScanner.Scan(pending, first.Next, endOfStream, nonHeaderLineEndsBlock: false, ref headers);
        if (block.Status == HeaderBlockStatus.NeedMore)
            return PduBoundary.NeedMore();
        if (block.Ending == HeaderBlockEnding.EndOfData)
        {
            layout = new HttpMessageLayout(start, first, kind, startLine, pending.Length, false, HttpBodyFraming.None,
                ChunkedBodyStatus.Complete, pending.Length, Truncated: true);
            return PduBoundary.Complete(pending.Length);
        }

        var framing = BodyFraming(kind, startLine.FramingStatusCode(line), request, headers);
        int bodyStart = block.BodyStart;
        layout = new HttpMessageLayout(start, first, kind, startLine, bodyStart, true, framing,
            ChunkedBodyStatus.Complete, bodyStart, Truncated: false);

        switch (framing.Kind)
        {
            case HttpBodyKind.ContentLength:
            {
                long end = bodyStart + framing.ContentLength;
                if (end <= pending.Length)
                {
                    layout = layout with { End = (int)end };
                    return PduBoundary.Complete((int)end);
                }
                if (endOfStream)
                {
                    layout = layout with { End = pending.Length, Truncated = true };
                    return PduBoundary.Complete(pending.Length);
                }
                return PduBoundary.NeedMore((int)Math.Min(end, PduBoundary.UntilEndOfStream - 1));
            }
            case HttpBodyKind.Chunked:
            {
                var noVisitor = new ChunkedBodyScanner.NoVisitor();
                var body = ChunkedBodyScanner.Scan(pending[bodyStart..], endOfStream, ref noVisitor);
                switch (body.Status)
                {
                    case ChunkedBodyStatus.Complete:
                        layout = layout with { End = bodyStart + body.Length };
                        return PduBoundary.Complete(layout.End);
                    case ChunkedBodyStatus.NeedMore when !endOfStream:
                        return PduBoundary.NeedMore();
                    case ChunkedBodyStatus.NeedMore:
                        layout = layout with { End = pending.Length, ChunkedStatus = body.Status, Truncated = true };
                        return PduBoundary.Complete(pending.Length);
                    default:
                        // A size line that is not a size: nothing says where the message ends, so it takes what there is.
                        layout = layout with { End = pending.Length, ChunkedStatus = body.Status };
                        return PduBoundary.Complete(pending.Length);
                }
            }
            case HttpBodyKind.UntilClose:
                if (!endOfStream)
                    return PduBoundary.NeedMoreUntilEndOfStream;
                layout = layout with { End = pending.Length };
                return PduBoundary.Complete(pending.Length);
            default:
                return PduBoundary.Complete(bodyStart);
        }
    }

    /// <summary>RFC 9112 §6.3 in the order Wireshark applies it.</summary>
    public static HttpBodyFraming BodyFraming(HttpMessageKind kind, int statusCode, HttpRequestHint request, in HttpFramingHeaders headers)
    {
        if (kind == HttpMessageKind.Response)
        {
            if (request == HttpRequestHint.Head
                || (statusCode / 100 == 2 && request == HttpRequestHint.Connect)
                || statusCode / 100 == 1 || statusCode == 204 || statusCode == 304)
                return HttpBodyFraming.None;
        }
        if (headers.Chunked)
            return HttpBodyFraming.Chunked;
        if (headers.HasContentLength)
            return HttpBodyFraming.Length(headers.ContentLength);
        if (kind == HttpMessageKind.Response || headers.HasTransferEncoding)
            return HttpBodyFraming.UntilClose;
        return HttpBodyFraming.None;
    }
}
