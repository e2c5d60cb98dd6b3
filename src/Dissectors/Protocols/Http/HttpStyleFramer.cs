using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.TextLines;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// Finds where an HTTP-style message ends (RFC 9112 §6), for HTTP and HTCPCP alike (<see cref="HttpDialect"/>): the
/// header block up to its blank line, then a body of Content-Length bytes, a chunked body, no body (requests without
/// either, HEAD responses, 1xx, 204, 304, 2xx to CONNECT) or, for a response with neither, everything until the server
/// closes. It reads each header once, collecting the facts the writer needs (<see cref="HttpMessageFacts"/>).
/// <para>
/// The search is resumable, so work is linear in the bytes however they are cut into segments: the stream's
/// <see cref="PduScan"/> bookmark says which part of the grammar the search is in (Phase) and how far it looked
/// (Examined), <see cref="HttpFraming"/> keeps what it found. Asked again with more bytes of the same PDU, it goes on
/// from there; a line whose end has not come is searched from where the last search stopped, not from its start.
/// </para>
/// </summary>
public static class HttpStyleFramer
{
    /// <summary>Where the search is (kept in <see cref="PduScan.Phase"/>; 0 is the stream's "new PDU").</summary>
    private static class Phase
    {
        public const int New = 0, LeadingLines = 1, FirstLine = 2, Headers = 3, FixedBody = 4, Chunks = 5, Trailer = 6,
            UntilClose = 7, Done = 8;
    }

    /// <summary>True once <paramref name="scan"/> says the framer answered Complete for the PDU it bookmarks.</summary>
    public static bool IsDone(in PduScan scan) => scan.Phase == Phase.Done;

    /// <summary>True once the first line of the PDU <paramref name="scan"/> bookmarks is known (so Layout.FirstLine and Kind are).</summary>
    public static bool KnowsFirstLine(in PduScan scan) => scan.Phase >= Phase.Headers;

    /// <summary>
    /// Records that the first <paramref name="length"/> bytes are a PDU that is not a message (a "Continuation"), so
    /// the writer reads the answer instead of framing again.
    /// </summary>
    public static void MarkNotAMessage(ref PduScan scan, ref HttpFraming f, int length)
    {
        f.Layout = HttpMessageLayout.NotAMessage(f.Layout.MessageStart, f.Layout.FirstLine, length);
        Done(ref scan, ref f, length);
    }

    /// <summary>Frames the message at the start of <paramref name="pending"/> in one call (a fresh search, nothing kept).</summary>
    public static PduBoundary Find(ReadOnlySpan<byte> pending, HttpDialect dialect, HttpRequestHint request, bool endOfStream,
        out HttpMessageLayout layout)
    {
        PduScan scan = default;
        HttpFraming framing = default;
        var boundary = Find(pending, ref scan, ref framing, dialect, request, endOfStream);
        layout = framing.Layout;
        return boundary;
    }

    /// <summary>
    /// Frames the message at the start of <paramref name="pending"/>, going on from <paramref name="scan"/> and
    /// <paramref name="f"/> when they hold an earlier search of the same PDU.
    /// </summary>
    /// <param name="pending">Bytes of one direction not yet consumed, starting where a message should start.</param>
    /// <param name="request">What the request a response answers says about its framing (ignored for requests).</param>
    /// <param name="endOfStream">True when the direction has ended: a message cut short is then complete with what there is.</param>
    /// <returns>Complete(length), NeedMore (with the total length once a Content-Length is known), NeedMoreUntilEndOfStream,
    /// or NotMine when the bytes do not start a message (then Layout.Kind is Other).</returns>
    public static PduBoundary Find(ReadOnlySpan<byte> pending, ref PduScan scan, ref HttpFraming f, HttpDialect dialect,
        HttpRequestHint request, bool endOfStream)
        => Find(pending, ref scan, ref f, dialect, request, endOfStream, default);

    /// <summary>As above, noting each header line it reads in <paramref name="lines"/> for the writer.</summary>
    internal static PduBoundary Find(ReadOnlySpan<byte> pending, ref PduScan scan, ref HttpFraming f, HttpDialect dialect,
        HttpRequestHint request, bool endOfStream, in LineNotes lines)
    {
        f.Calls++;
        if (scan.Phase == Phase.New || scan.Examined > pending.Length)
        {
            // A new PDU: forget the last one, keep only the running counts.
            long calls = f.Calls, examined = f.BytesExamined;
            scan = default;
            f = default;
            (f.Calls, f.BytesExamined) = (calls, examined);
            scan.Phase = Phase.LeadingLines;
            lines.Lines?.Claim(lines.Owner!, lines.Direction);
        }
        while (true)
        {
            switch (scan.Phase)
            {
                case Phase.LeadingLines:
                {
                    int p = scan.Examined;
                    while (p < pending.Length && pending[p] is TextBytes.Cr or TextBytes.Lf)
                        p++;
                    f.BytesExamined += p - scan.Examined;
                    scan.Examined = p;
                    if (p == pending.Length)
                    {
                        if (!endOfStream || pending.IsEmpty)
                            return PduBoundary.NeedMore();
                        // Only line ends, and the stream is over: they are shown as what they are.
                        f.Layout = HttpMessageLayout.NotAMessage(p, default, pending.Length);
                        return Done(ref scan, ref f, pending.Length);
                    }
                    f.Layout = f.Layout with { MessageStart = p };
                    f.LineStart = p;
                    f.CheckedUpTo = p;
                    scan.Phase = Phase.FirstLine;
                    break;
                }
                case Phase.FirstLine:
                {
                    int start = f.LineStart;
                    if (ReadLine(pending, start, ref scan.Examined, endOfStream, out var first, ref f.BytesExamined) == LineStatus.NeedMore)
                    {
                        if (PartialLineMayStartMessage(pending, start, ref f.CheckedUpTo, ref f.BytesExamined))
                            return PduBoundary.NeedMore();
                        f.Layout = HttpMessageLayout.NotAMessage(start, default, start);
                        return PduBoundary.NotMine;
                    }
                    var line = pending.Slice(first.Start, first.Length);
                    var kind = dialect.Classify(line);
                    if (kind == HttpMessageKind.Other)
                    {
                        f.Layout = HttpMessageLayout.NotAMessage(start, first, start);
                        return PduBoundary.NotMine;
                    }
                    f.Layout = new HttpMessageLayout(start, first, kind, HttpStartLine.Parse(line, kind), HeaderBlockEnding.EndOfData,
                        first.Next, HttpBodyFraming.None, ChunkedBodyStatus.Complete, first.Next, Truncated: false);
                    f.LineStart = first.Next;
                    scan.Examined = first.Next;
                    scan.Phase = Phase.Headers;
                    break;
                }
                case Phase.Headers:
                {
                    if (ReadHeaders(pending, ref scan, ref f, dialect, request, endOfStream, lines) is { } answer)
                        return answer;
                    break;
                }
                case Phase.FixedBody:
                {
                    long end = f.Layout.BodyStart + f.Layout.Framing.ContentLength;
                    if (end <= pending.Length)
                        return Ends(ref scan, ref f, (int)end, truncated: false);
                    if (endOfStream)
                        return Ends(ref scan, ref f, pending.Length, truncated: true);
                    return PduBoundary.NeedMore((int)Math.Min(end, PduBoundary.UntilEndOfStream - 1));
                }
                case Phase.Chunks:
                case Phase.Trailer:
                    return ReadChunks(pending, ref scan, ref f, endOfStream);
                case Phase.UntilClose:
                    return endOfStream ? Ends(ref scan, ref f, pending.Length, truncated: false) : PduBoundary.NeedMoreUntilEndOfStream;
                default:
                    return PduBoundary.Complete(f.CompletedLength);
            }
        }
    }

    /// <summary>
    /// Reads header lines until the block ends, then decides how the body is framed. Returns the answer when there is
    /// one (NeedMore while the block goes on, Complete for a message without a body to wait for), or null with
    /// <paramref name="scan"/> moved to the body's phase.
    /// </summary>
    private static PduBoundary? ReadHeaders(ReadOnlySpan<byte> pending, ref PduScan scan, ref HttpFraming f, HttpDialect dialect,
        HttpRequestHint request, bool endOfStream, in LineNotes notes)
    {
        while (true)
        {
            int start = f.LineStart;
            if (start >= pending.Length)
            {
                if (!endOfStream)
                    return PduBoundary.NeedMore();
                // The stream ended inside the header block: the message is what there is.
                f.Layout = f.Layout with { BodyStart = pending.Length };
                return Ends(ref scan, ref f, pending.Length, truncated: true);
            }
            if (ReadLine(pending, start, ref scan.Examined, endOfStream, out var line, ref f.BytesExamined) == LineStatus.NeedMore)
                return PduBoundary.NeedMore();
            if (line.IsBlank)
            {
                f.Layout = f.Layout with { HeaderEnding = HeaderBlockEnding.BlankLine, BodyStart = line.Next };
                notes.Lines?.EndWithBlankLine(notes.Owner!, notes.Direction, f.Layout.MessageStart, line);
                break;
            }
            var text = pending.Slice(line.Start, line.Length);
            var status = HeaderLineParser.TryParse(text, out var header);
            f.BytesExamined += text.Length;
            if (status == HeaderLineStatus.NoColon && dialect.NonHeaderLineEndsHeaders)
            {
                f.Layout = f.Layout with { HeaderEnding = HeaderBlockEnding.NonHeaderLine, BodyStart = line.Start };
                break;
            }
            f.Facts.HeaderCount++;
            FieldDef? field = null;
            var role = HttpHeaderRole.Plain;
            if (status == HeaderLineStatus.Ok)
            {
                int valueStart = line.Start + header.ValueStart;
                HttpHeaderTable.TryFind(header.Name(text), out field, out role);
                f.Facts.OnHeader(line.Start, role, new Range(valueStart, valueStart + header.ValueLength), header.Value(text));
            }
            notes.Lines?.Add(notes.Owner!, notes.Direction, f.Layout.MessageStart, line, status, header, field, role);
            f.LineStart = line.Next;
            scan.Examined = line.Next;
        }

        var layout = f.Layout;
        int bodyStart = layout.BodyStart;
        var firstLine = pending.Slice(layout.FirstLine.Start, layout.FirstLine.Length);
        int statusCode = layout.StartLine.FramingStatusCode(firstLine);
        var framing = BodyFraming(layout.Kind, statusCode, request, f.Facts);
        f.Layout = layout with { Framing = framing, End = bodyStart };
        f.LineStart = bodyStart;
        scan.Examined = bodyStart;
        if (layout.Kind == HttpMessageKind.Response && framing.Kind == HttpBodyKind.None && !(request == HttpRequestHint.Connect && statusCode / 100 == 2))
            return Ends(ref scan, ref f, BytesShownWithoutBody(pending, bodyStart, statusCode, request, f.Facts), truncated: false);
        switch (framing.Kind)
        {
            case HttpBodyKind.ContentLength:
                scan.Phase = Phase.FixedBody;
                return null;
            case HttpBodyKind.Chunked:
                scan.Phase = Phase.Chunks;
                return null;
            case HttpBodyKind.UntilClose:
                scan.Phase = Phase.UntilClose;
                return null;
        }
        if (layout.Kind == HttpMessageKind.Request && dialect.UnframedRequestBody)
        {
            int end = UnframedBodyEnd(pending, bodyStart, endOfStream, dialect);
            f.BytesExamined += pending.Length - bodyStart;
            if (end > bodyStart)
            {
                f.Layout = f.Layout with { Framing = HttpBodyFraming.Unframed };
                return Ends(ref scan, ref f, end, truncated: false);
            }
        }
        return Ends(ref scan, ref f, bodyStart, truncated: false);
    }

    /// <summary>Goes on through a chunked body: size lines, chunk data, the last chunk, trailer lines, the final blank line.</summary>
    private static PduBoundary ReadChunks(ReadOnlySpan<byte> pending, ref PduScan scan, ref HttpFraming f, bool endOfStream)
    {
        while (scan.Phase == Phase.Chunks)
        {
            if (f.ChunkEnd > 0)
            {
                // Its size line was read: the chunk is whole once its data and the two boundary bytes are there.
                if (f.ChunkEnd > pending.Length)
                    return ChunksNeedMore(pending, ref scan, ref f, endOfStream);
                f.LineStart = (int)f.ChunkEnd;
                scan.Examined = f.LineStart;
                f.ChunkEnd = 0;
                f.ChunkCount++;
            }
            if (ReadLine(pending, f.LineStart, ref scan.Examined, endOfStream, out var sizeLine, ref f.BytesExamined) == LineStatus.NeedMore
                || sizeLine.TerminatorLength == 0)
                return ChunksNeedMore(pending, ref scan, ref f, endOfStream);
            var sizeStatus = ChunkedBodyScanner.ParseSize(pending.Slice(sizeLine.Start, sizeLine.Length), out long size);
            f.BytesExamined += sizeLine.Length;
            if (sizeStatus != ChunkedBodyStatus.Complete)
            {
                // A size line that is not a size: nothing says where the message ends, so it takes what there is.
                f.Layout = f.Layout with { ChunkedStatus = sizeStatus };
                return Ends(ref scan, ref f, pending.Length, truncated: false);
            }
            if (size == 0)
            {
                f.ChunkCount++;
                f.LineStart = sizeLine.Next;
                scan.Examined = sizeLine.Next;
                scan.Phase = Phase.Trailer;
                break;
            }
            f.ChunkEnd = (long)sizeLine.Next + size + Chunk.BoundaryLength;
        }
        while (true)
        {
            if (ReadLine(pending, f.LineStart, ref scan.Examined, endOfStream, out var line, ref f.BytesExamined) == LineStatus.NeedMore
                || line.TerminatorLength == 0)
                return ChunksNeedMore(pending, ref scan, ref f, endOfStream);
            if (line.IsBlank)
                return Ends(ref scan, ref f, line.Next, truncated: false);
            f.LineStart = line.Next;
            scan.Examined = line.Next;
        }
    }

    /// <summary>
    /// A chunked body goes on past the bytes there are. As tshark, the framer asks for one more segment each time (it
    /// never promises a total), so TCP calls it again on every segment; the bookmark keeps that linear. At the end of
    /// the stream the message is what there is.
    /// </summary>
    private static PduBoundary ChunksNeedMore(ReadOnlySpan<byte> pending, ref PduScan scan, ref HttpFraming f, bool endOfStream)
    {
        if (!endOfStream)
            return PduBoundary.NeedMore();
        f.Layout = f.Layout with { ChunkedStatus = ChunkedBodyStatus.NeedMore };
        return Ends(ref scan, ref f, pending.Length, truncated: true);
    }

    /// <summary>RFC 9112 §6.3 in the order Wireshark applies it.</summary>
    public static HttpBodyFraming BodyFraming(HttpMessageKind kind, int statusCode, HttpRequestHint request, in HttpMessageFacts headers)
    {
        if (kind == HttpMessageKind.Response)
        {
            if (request == HttpRequestHint.Head
                || (statusCode / 100 == 2 && request == HttpRequestHint.Connect)
                || statusCode / 100 == 1 || statusCode == 204 || statusCode == 304)
                return HttpBodyFraming.None;
        }
        if (headers.HasTransferEncoding && headers.LastTransferCodings.FinalIsChunked)
            return HttpBodyFraming.Chunked;
        if (headers.HasContentLength)
            return HttpBodyFraming.Length(headers.ContentLength);
        if (kind == HttpMessageKind.Response || headers.HasTransferEncoding)
            return HttpBodyFraming.UntilClose;
        return HttpBodyFraming.None;
    }

    /// <summary>
    /// Where a response that has no body by RFC 9112 §6.3 (to HEAD; 1xx, 204, 304) ends, as tshark 4.0 cuts it: it waits
    /// for no body, yet the body bytes that came with the headers are the message's — up to its Content-Length, its
    /// chunks, or, answering HEAD without either, all of them (a 1xx, 204 or 304 without either takes none).
    /// </summary>
    private static int BytesShownWithoutBody(ReadOnlySpan<byte> pending, int bodyStart, int statusCode, HttpRequestHint request,
        in HttpMessageFacts facts)
    {
        if (facts.HasTransferEncoding && facts.LastTransferCodings.FinalIsChunked)
            return pending.Length;
        if (facts.HasContentLength)
            return (int)Math.Min(bodyStart + facts.ContentLength, pending.Length);
        bool noBodyStatus = statusCode / 100 == 1 || statusCode == 204 || statusCode == 304;
        return request == HttpRequestHint.Head && !noBodyStatus ? pending.Length : bodyStart;
    }

    /// <summary>
    /// Where the unframed body of a request without length ends (<see cref="HttpDialect.UnframedRequestBody"/>): at the
    /// first line that starts a message, at a last line still too short to tell (it may be the next request line), or
    /// at the end of what has arrived. Line ends alone are no body: they are the next message's leading blank lines.
    /// </summary>
    private static int UnframedBodyEnd(ReadOnlySpan<byte> pending, int bodyStart, bool endOfStream, HttpDialect dialect)
    {
        int end = pending.Length;
        int position = bodyStart;
        while (position < pending.Length)
        {
            if (LineScanner.TryReadLine(pending, position, endOfStream, out var line) == LineStatus.NeedMore)
            {
                if (dialect.MayBecomeStartLine(pending[position..]))
                    end = position;
                break;
            }
            if (!line.IsBlank && dialect.Classify(pending.Slice(line.Start, line.Length)) != HttpMessageKind.Other)
            {
                end = position;
                break;
            }
            position = line.Next;
        }
        return pending[bodyStart..end].IndexOfAnyExcept(TextBytes.Cr, TextBytes.Lf) < 0 ? bodyStart : end;
    }

    private static PduBoundary Ends(ref PduScan scan, ref HttpFraming f, int end, bool truncated)
    {
        f.Layout = f.Layout with { End = end, Truncated = truncated };
        return Done(ref scan, ref f, end);
    }

    private static PduBoundary Done(ref PduScan scan, ref HttpFraming f, int length)
    {
        scan.Phase = Phase.Done;
        f.CompletedLength = length;
        return PduBoundary.Complete(length);
    }

    /// <summary>
    /// Reads the line that starts at <paramref name="start"/>, searching for its end from <paramref name="searchFrom"/>
    /// (the bytes before it were searched already); on NeedMore, <paramref name="searchFrom"/> is where to go on next
    /// time. Line ends as <see cref="LineScanner"/> finds them.
    /// </summary>
    private static LineStatus ReadLine(ReadOnlySpan<byte> text, int start, ref int searchFrom, bool atEnd, out TextLine line, ref long examined)
    {
        line = default;
        if ((uint)start >= (uint)text.Length)
            return LineStatus.NeedMore;
        int from = Math.Max(start, searchFrom);
        int at = from < text.Length ? text[from..].IndexOfAny(TextBytes.Cr, TextBytes.Lf) : -1;
        examined += (at < 0 ? text.Length - from : at + 1);
        if (at < 0)
        {
            searchFrom = text.Length;
            if (!atEnd)
                return LineStatus.NeedMore;
            line = new TextLine(start, text.Length - start, 0);
            return LineStatus.Complete;
        }
        at += from;
        if (text[at] == TextBytes.Lf)
        {
            line = new TextLine(start, at - start, 1);
            return LineStatus.Complete;
        }
        if (at + 1 < text.Length)
        {
            line = new TextLine(start, at - start, text[at + 1] == TextBytes.Lf ? 2 : 1);
            return LineStatus.Complete;
        }
        searchFrom = at; // a CR last: it may be the first half of CR LF
        if (!atEnd)
            return LineStatus.NeedMore;
        line = new TextLine(start, at - start, 1);
        return LineStatus.Complete;
    }

    /// <summary>
    /// True while a first line whose end has not come could still be a request or status line: printable text (tabs
    /// allowed) starting with a token character. Each byte is checked once (<paramref name="checkedUpTo"/>).
    /// </summary>
    private static bool PartialLineMayStartMessage(ReadOnlySpan<byte> pending, int start, ref int checkedUpTo, ref long examined)
    {
        int end = pending.Length;
        if (end > start && pending[end - 1] == TextBytes.Cr)
            end--;
        if (checkedUpTo == start && end > start && !TextBytes.IsTokenChar(pending[start]))
            return false;
        for (int i = Math.Max(checkedUpTo, start); i < end; i++)
        {
            byte b = pending[i];
            if (!TextBytes.IsPrintable(b) && b != TextBytes.Tab)
                return false;
        }
        examined += Math.Max(0, end - Math.Max(checkedUpTo, start));
        checkedUpTo = Math.Max(checkedUpTo, end);
        return true;
    }

    /// <summary>Where the framer notes the header lines it reads (<see cref="HttpHeaderLines"/>), and for whom.</summary>
    internal readonly record struct LineNotes(HttpHeaderLines? Lines, object? Owner, int Direction);
}
