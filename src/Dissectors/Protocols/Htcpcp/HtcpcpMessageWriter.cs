using System.Buffers;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Protocols.TextLines;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Htcpcp;

/// <summary>Writes one framed HTCPCP message into the tree and records the exchange.</summary>
internal static class HtcpcpMessageWriter
{
    public static void Write(ReadOnlySpan<byte> pdu, in HtcpcpMessageLayout layout, HttpConversation state, StreamSide side,
        PacketContext packet, int source)
    {
        var tree = packet.Tree;
        int b = side.PduSourceOffset;
        var first = layout.FirstLine;
        var line = pdu.Slice(first.Start, first.Length);
        int start = layout.MessageStart;

        packet.Columns.Protocol = HtcpcpFields.Protocol.ColumnName;
        packet.AddProtocolName(HtcpcpFields.Protocol.Abbrev);
        TextTree.SetInfoToFirstLine(packet.Columns.Info, line);

        int node = tree.AddNode(-1, HtcpcpFields.Protocol, source, b + start, pdu.Length - start);
        int lineNode = TextTree.AddTextLine(tree, node, source, b + first.Start, pdu.Slice(first.Start, first.FullLength));
        var s = layout.StartLine;
        int at = b + first.Start;
        if (layout.Kind == HttpMessageKind.Request)
        {
            int method = TextTree.AddAsciiString(tree, lineNode, HtcpcpFields.RequestMethod, source, at + s.FirstStart, s.FirstLength, s.First(line));
            if (s.First(line).SequenceEqual("POST"u8))
                tree.AddExpert(method, HtcpcpExperts.PostDeprecated, source, at + s.FirstStart, s.FirstLength);
            var target = s.Second(line);
            int uriAt = at + s.SecondStart;
            int uri = TextTree.AddAsciiString(tree, lineNode, HtcpcpFields.RequestUri, source, uriAt, s.SecondLength, target);
            var parts = HtcpcpUri.Parse(target);
            AddPart(tree, uri, HtcpcpFields.UriScheme, source, uriAt, target, parts.Scheme);
            AddPart(tree, uri, HtcpcpFields.UriPot, source, uriAt, target, parts.Pot);
            AddPart(tree, uri, HtcpcpFields.UriTeaVariety, source, uriAt, target, parts.TeaVariety);
            TextTree.AddAsciiString(tree, lineNode, HtcpcpFields.RequestVersion, source, at + s.RestStart, s.RestLength, s.Rest(line));
        }
        else
        {
            TextTree.AddAsciiString(tree, lineNode, HtcpcpFields.ResponseVersion, source, at + s.FirstStart, s.FirstLength, s.First(line));
            if (s.HasStatusCode)
                tree.Add(lineNode, HtcpcpFields.ResponseCode, source, at + s.SecondStart, 3, (ulong)s.StatusCode);
            if (s.RestLength > 0)
                TextTree.AddAsciiString(tree, lineNode, HtcpcpFields.ResponsePhrase, source, at + s.RestStart, s.RestLength, s.Rest(line));
        }

        string? connection = null;
        string? contentType = null;
        int position = first.Next;
        int headersEnd = layout.HeaderEnding == HeaderBlockEnding.BlankLine ? pdu.Length : layout.BodyStart;
        while (position < headersEnd)
        {
            LineScanner.TryReadLine(pdu, position, atEnd: true, out var header);
            if (header.IsBlank)
            {
                TextTree.AddTextLine(tree, node, source, b + header.Start, pdu.Slice(header.Start, header.FullLength));
                break;
            }
            WriteHeader(tree, node, source, b, pdu, header, ref connection, ref contentType);
            position = header.Next;
        }
        if (layout.NoBlankLine)
            tree.AddExpert(node, HtcpcpExperts.NoBlankLine, source, b + layout.BodyStart, 0);

        var flag = layout.Kind == HttpMessageKind.Request ? HtcpcpFields.Request : HtcpcpFields.Response;
        tree.Add(node, flag, source, b + start, 0, 1, NodeFlags.Hidden);
        Record(tree, node, source, b + start, layout, line, connection, contentType, state, packet);
        if (layout.Truncated)
            tree.AddExpert(node, HtcpcpExperts.MessageTruncated, source, b + start, 0);
        if (layout.BodyLength > 0)
            WriteBody(tree, node, source, b, pdu, layout);
        packet.Columns.Info.SetFence();
    }

    private static void AddPart(FieldTree tree, int parent, FieldDef field, int source, int uriAt, ReadOnlySpan<byte> target, Range part)
    {
        var (offset, length) = part.GetOffsetAndLength(target.Length);
        if (length > 0)
            TextTree.AddAsciiString(tree, parent, field, source, uriAt + offset, length, target.Slice(offset, length));
    }

    private static void WriteHeader(FieldTree tree, int parent, int source, int b, ReadOnlySpan<byte> pdu, TextLine line,
        ref string? connection, ref string? contentType)
    {
        var text = pdu.Slice(line.Start, line.Length);
        var full = pdu.Slice(line.Start, line.FullLength);
        int at = b + line.Start;
        if (HeaderLineParser.TryParse(text, out var header) != HeaderLineStatus.Ok)
        {
            int unknown = TextTree.AddAsciiString(tree, parent, HtcpcpFields.Header, source, at, full.Length, text);
            TextTree.SetFormattedText(tree, unknown, full);
            return;
        }
        var name = header.Name(text);
        var value = header.Value(text);
        int valueAt = at + header.ValueStart;
        if (TextBytes.EqualsIgnoreCase(name, "accept-additions"u8))
        {
            int item = TextTree.AddTextLine(tree, parent, source, at, full);
            var visitor = new AdditionNodes(tree, item, source, valueAt, value);
            HtcpcpAdditions.Split(value, ref visitor);
            return;
        }
        int node;
        if (TextBytes.EqualsIgnoreCase(name, "content-type"u8))
        {
            node = TextTree.AddAsciiString(tree, parent, HtcpcpFields.ContentType, source, at, full.Length, value);
            contentType = HttpMessageWriter.AsciiString(value);
        }
        else if (TextBytes.EqualsIgnoreCase(name, "content-length"u8)
            && TextBytes.TryParseDecimal(TextBytes.TrimBlanks(value), out long length) == NumberStatus.Ok)
        {
            node = tree.Add(parent, HtcpcpFields.ContentLength, source, at, full.Length, (ulong)length);
        }
        else
        {
            node = TextTree.AddAsciiString(tree, parent, HtcpcpFields.Header, source, at, full.Length, text);
            if (TextBytes.EqualsIgnoreCase(name, "connection"u8))
                connection = HttpMessageWriter.AsciiString(value);
        }
        TextTree.SetFormattedText(tree, node, full);
    }

    private ref struct AdditionNodes(FieldTree tree, int parent, int source, int valueAt, ReadOnlySpan<byte> value) : HtcpcpAdditions.IVisitor
    {
        private readonly ReadOnlySpan<byte> _value = value;

        public readonly void OnAddition(int start, int length)
            => TextTree.AddAsciiString(tree, parent, HtcpcpFields.AcceptAdditions, source, valueAt + start, length, _value.Slice(start, length));
    }

    private static void Record(FieldTree tree, int node, int source, int at, in HtcpcpMessageLayout layout,
        ReadOnlySpan<byte> line, string? connection, string? contentType, HttpConversation state, PacketContext packet)
    {
        var s = layout.StartLine;
        long frame = packet.Frame.Number;
        long time = packet.Frame.Timestamp;
        if (layout.Kind == HttpMessageKind.Request)
        {
            var t = state.AddRequest();
            t.RequestFrame = frame;
            t.RequestTime = time;
            t.Method = HttpMethods.Name(s.First(line)) ?? HttpMessageWriter.AsciiString(s.First(line));
            t.Uri = HttpMessageWriter.AsciiString(s.Second(line));
            t.RequestVersion = HttpMessageWriter.AsciiString(s.Rest(line));
            t.RequestConnection = connection;
            t.RequestBody = layout.Framing;
            t.RequestTruncated = layout.Truncated;
            return;
        }
        int code = s.StatusCode;
        if (code / 100 == 1)
        {
            state.AddInterimResponse(new HttpInterimResponse(frame, code));
            return;
        }
        var transaction = state.AddFinalResponse(out bool hadRequest);
        if (hadRequest && transaction.RequestFrame is { } requestFrame)
        {
            tree.Add(node, HtcpcpFields.RequestIn, source, at, 0, (ulong)requestFrame, NodeFlags.Generated);
            if (transaction.RequestTime is { } requestTime)
                tree.Add(node, HtcpcpFields.Time, source, at, 0, (ulong)(time - requestTime), NodeFlags.Generated);
        }
        else
        {
            tree.AddExpert(node, HtcpcpExperts.ResponseWithoutRequest, source, at, 0);
        }
        transaction.ResponseFrame = frame;
        transaction.ResponseTime = time;
        transaction.StatusCode = s.HasStatusCode ? code : null;
        transaction.ReasonPhrase = s.RestLength > 0 ? HttpMessageWriter.AsciiString(s.Rest(line)) : null;
        transaction.ResponseVersion = HttpMessageWriter.AsciiString(s.First(line));
        transaction.ResponseConnection = connection;
        transaction.ContentType = contentType;
        transaction.ResponseBody = layout.Framing;
        transaction.ResponseTruncated = layout.Truncated;
    }

    private static void WriteBody(FieldTree tree, int node, int source, int b, ReadOnlySpan<byte> pdu, in HtcpcpMessageLayout layout)
    {
        var body = pdu[layout.BodyStart..layout.End];
        if (layout.Framing.Kind != HttpBodyKind.Chunked)
        {
            // A one-line body is the line's text; its line end only separates it from the next message.
            int length = body.Length;
            if (layout.Framing.Kind == HttpBodyKind.OneLine)
                while (length > 0 && body[length - 1] is TextBytes.Cr or TextBytes.Lf)
                    length--;
            TextTree.AddAsciiString(tree, node, HtcpcpFields.Body, source, b + layout.BodyStart, length, body[..length]);
            return;
        }
        byte[] data = ArrayPool<byte>.Shared.Rent(Math.Max(1, body.Length));
        var gather = new ChunkData(body, data);
        ChunkedBodyScanner.Scan(body, atEnd: true, ref gather);
        var dechunked = data.AsSpan(0, gather.Length);
        int dechunkedSource = tree.AddDataSource("De-chunked entity body", dechunked);
        TextTree.AddAsciiString(tree, node, HtcpcpFields.Body, dechunkedSource, 0, dechunked.Length, dechunked);
        ArrayPool<byte>.Shared.Return(data);
    }

    /// <summary>Copies each chunk's data, in order, into one buffer.</summary>
    private ref struct ChunkData(ReadOnlySpan<byte> body, byte[] data) : IChunkVisitor
    {
        private readonly ReadOnlySpan<byte> _body = body;
        public int Length;

        public void OnChunk(in Chunk chunk)
        {
            _body.Slice(chunk.DataStart, chunk.Size).CopyTo(data.AsSpan(Length));
            Length += chunk.Size;
        }

        public readonly void OnLastChunk(int sizeLineStart, int sizeLineLength) { }
        public readonly void OnTrailerLine(int start, int length) { }
        public readonly void OnFinalLine(int start, int length) { }
    }

    /// <summary>Bytes in a conversation that has spoken HTCPCP but that start no message: shown as the body of a "Continuation".</summary>
    public static void WriteContinuation(ReadOnlySpan<byte> pdu, StreamSide side, PacketContext packet, int source)
    {
        var tree = packet.Tree;
        int b = side.PduSourceOffset;
        packet.Columns.Protocol = HtcpcpFields.Protocol.ColumnName;
        packet.AddProtocolName(HtcpcpFields.Protocol.Abbrev);
        packet.Columns.Info.Set("Continuation");
        int node = tree.AddNode(-1, HtcpcpFields.Protocol, source, b, pdu.Length);
        TextTree.AddAsciiString(tree, node, HtcpcpFields.Body, source, b, pdu.Length, pdu);
        packet.Columns.Info.SetFence();
    }
}
