using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.TextLines;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// Writes one framed HTTP message into the tree of the frame that completed it, field for field as tshark
/// 4.0 does in a single pass, and records it in the conversation's transactions.
/// </summary>
internal static class HttpMessageWriter
{
    private const int NoValue = -1;

    /// <summary>The pieces every step needs: the message bytes, where they are in the tree's source, and the tree.</summary>
    private readonly ref struct Message(ReadOnlySpan<byte> bytes, FieldTree tree, int source, int baseOffset, HttpMessageKind kind)
    {
        public readonly ReadOnlySpan<byte> Bytes = bytes;
        public readonly FieldTree Tree = tree;
        public readonly int Source = source;
        public readonly int BaseOffset = baseOffset;
        public readonly HttpMessageKind Kind = kind;

        public int At(int offsetInMessage) => BaseOffset + offsetInMessage;

        /// <summary>The field that holds a header line in this kind of message (http.request.line, http.response.line, http.unknown_header).</summary>
        public FieldDef LineField => Kind switch
        {
            HttpMessageKind.Request => HttpFields.RequestLine,
            HttpMessageKind.Response => HttpFields.ResponseLine,
            _ => HttpFields.UnknownHeader,
        };
    }

    public static void Write(ReadOnlySpan<byte> pdu, in HttpMessageLayout layout, HttpConversation state, StreamSide side,
        PacketContext packet, int source, bool carriedInTls)
    {
        var tree = packet.Tree;
        var message = new Message(pdu, tree, source, side.PduSourceOffset, layout.Kind);
        var first = layout.FirstLine;
        var lineText = pdu.Slice(first.Start, first.Length);
        var lineFull = pdu.Slice(first.Start, first.FullLength);
        int start = layout.MessageStart;

        packet.Columns.Protocol = HttpFields.Protocol.ColumnName;
        packet.AddProtocolName(HttpFields.Protocol.Abbrev);
        TextTree.SetInfoToFirstLine(packet.Columns.Info, lineText);

        int http = tree.AddNode(-1, HttpFields.Protocol, source, message.At(start), pdu.Length - start);
        if (start > 0)
            tree.AddExpert(http, HttpExperts.LeadingCrlf, source, message.At(0), start);
        if (!carriedInTls && (packet.SourcePort == 443 || packet.DestinationPort == 443))
            tree.AddExpert(http, HttpExperts.TlsPort, source, message.At(start), 0);

        int lineNode = TextTree.AddTextLine(tree, http, source, message.At(first.Start), lineFull);
        TextTree.AddExpertWithLine(tree, lineNode, HttpExperts.Chat, source, message.At(first.Start), 0, lineFull);
        var startLine = layout.StartLine;
        string? uri = null;
        if (layout.Kind is HttpMessageKind.Request or HttpMessageKind.Notification)
            uri = WriteRequestLine(message, lineNode, first.Start, lineText, startLine);
        else
            WriteStatusLine(message, lineNode, first.Start, lineText, startLine);

        var facts = new HttpMessageFacts();
        int position = first.Next;
        int end = layout.HeadersComplete ? layout.BodyStart : pdu.Length;
        while (position < end)
        {
            LineScanner.TryReadLine(pdu, position, atEnd: true, out var line);
            if (line.IsBlank)
            {
                TextTree.AddTextLine(tree, http, source, message.At(line.Start), pdu.Slice(line.Start, line.FullLength));
                break;
            }
            WriteHeader(message, http, line, ref facts);
            position = line.Next;
        }

        if (uri is not null)
        {
            state.LastRequestUri = uri;
            if (facts.HasHost)
            {
                string fullUri = FullUri(uri, pdu[facts.Host], startLine.First(lineText), carriedInTls);
                tree.AddString(http, HttpFields.RequestFullUri, source, message.At(start), 0, fullUri, NodeFlags.Generated);
                state.LastFullUri = fullUri;
            }
        }

        long frame = packet.Frame.Number;
        long time = packet.Frame.Timestamp;
        var transaction = Record(pdu, layout, lineText, uri, facts, state, frame, time, tree, http, message);

        WriteGenerated(message, http, start, state, time);
        if (layout.Truncated)
            tree.AddExpert(http, HttpExperts.MessageTruncated, source, message.At(start), 0);
        if (layout.ChunkedStatus is ChunkedBodyStatus.BadChunkSize or ChunkedBodyStatus.ChunkTooLarge)
            tree.AddExpert(http, HttpExperts.BadChunkSize, source, message.At(layout.BodyStart), 0);

        if (layout.BodyLength > 0)
            HttpBodyWriter.Write(packet, http, source, message.BaseOffset, pdu, layout, facts, transaction);

        packet.Columns.Info.SetFence();
    }

    private static string? WriteRequestLine(in Message m, int parent, int lineStart, ReadOnlySpan<byte> line, in HttpStartLine s)
    {
        if (s.FirstLength == 0)
            return null;
        var tree = m.Tree;
        TextTree.AddAsciiString(tree, parent, HttpFields.RequestMethod, m.Source, m.At(lineStart + s.FirstStart), s.FirstLength, s.First(line));
        var uriBytes = s.Second(line);
        int uriAt = m.At(lineStart + s.SecondStart);
        int uriNode = TextTree.AddAsciiString(tree, parent, HttpFields.RequestUri, m.Source, uriAt, s.SecondLength, uriBytes);
        WriteQuery(tree, uriNode, m.Source, uriAt, uriBytes);
        TextTree.AddAsciiString(tree, parent, HttpFields.RequestVersion, m.Source, m.At(lineStart + s.RestStart), s.RestLength, s.Rest(line));
        return AsciiString(uriBytes);
    }

    /// <summary>http.request.uri.path, .query and each .query.parameter, when the URI has a non-empty query.</summary>
    private static void WriteQuery(FieldTree tree, int uriNode, int source, int uriAt, ReadOnlySpan<byte> uri)
    {
        int question = uri.IndexOf(TextBytes.QuestionMark);
        if (question < 0 || question + 1 >= uri.Length)
            return;
        TextTree.AddAsciiString(tree, uriNode, HttpFields.RequestUriPath, source, uriAt, question, uri[..question]);
        var query = uri[(question + 1)..];
        int queryAt = uriAt + question + 1;
        int queryNode = TextTree.AddAsciiString(tree, uriNode, HttpFields.RequestUriQuery, source, queryAt, query.Length, query);
        int position = 0;
        while (position < query.Length)
        {
            int amp = query[position..].IndexOf(TextBytes.Ampersand);
            int length = amp < 0 ? query.Length - position : amp;
            if (length > 0)
                TextTree.AddAsciiString(tree, queryNode, HttpFields.RequestUriQueryParameter, source, queryAt + position, length,
                    query.Slice(position, length));
            position += length + 1;
        }
    }

    private static void WriteStatusLine(in Message m, int parent, int lineStart, ReadOnlySpan<byte> line, in HttpStartLine s)
    {
        if (s.FirstLength == 0)
            return;
        var tree = m.Tree;
        TextTree.AddAsciiString(tree, parent, HttpFields.ResponseVersion, m.Source, m.At(lineStart + s.FirstStart), s.FirstLength, s.First(line));
        if (!s.HasStatusCode)
            return;
        int codeAt = m.At(lineStart + s.SecondStart);
        tree.Add(parent, HttpFields.ResponseCode, m.Source, codeAt, 3, (ulong)s.StatusCode);
        tree.AddString(parent, HttpFields.ResponseCodeDesc, m.Source, codeAt, 3, HttpStatusCodes.Describe(s.StatusCode), NodeFlags.Generated);
        if (s.RestLength >= 1)
            TextTree.AddAsciiString(tree, parent, HttpFields.ResponsePhrase, m.Source, m.At(lineStart + s.RestStart), s.RestLength, s.Rest(line));
    }

    private static void WriteHeader(in Message m, int http, TextLine line, ref HttpMessageFacts facts)
    {
        var tree = m.Tree;
        var text = m.Bytes.Slice(line.Start, line.Length);
        var full = m.Bytes.Slice(line.Start, line.FullLength);
        int at = m.At(line.Start);
        var status = HeaderLineParser.TryParse(text, out var header);
        if (status != HeaderLineStatus.Ok)
        {
            int bad = TextTree.AddAsciiString(tree, http, m.LineField, m.Source, at, full.Length, full);
            TextTree.SetFormattedText(tree, bad, full);
            tree.AddExpert(bad, HttpExperts.BadHeaderName, m.Source, at, full.Length);
            return;
        }
        var name = header.Name(text);
        var value = header.Value(text);
        var valueRange = new Range(line.Start + header.ValueStart, line.Start + header.ValueStart + header.ValueLength);
        HttpHeaderTable.TryFind(name, out var field, out var role);
        int node;
        if (field is null)
        {
            node = TextTree.AddAsciiString(tree, http, m.LineField, m.Source, at, full.Length, full);
            TextTree.SetFormattedText(tree, node, full);
        }
        else
        {
            node = TextTree.AddAsciiString(tree, http, field, m.Source, at, full.Length, value);
            TextTree.SetFormattedText(tree, node, full);
            if (m.Kind is HttpMessageKind.Request or HttpMessageKind.Response)
            {
                int hidden = TextTree.AddAsciiString(tree, http, m.LineField, m.Source, at, full.Length, full, NodeFlags.Hidden);
                TextTree.SetFormattedText(tree, hidden, full);
            }
        }

        switch (role)
        {
            case HttpHeaderRole.ContentType:
                facts.HasContentType = true;
                facts.ContentType = valueRange;
                break;
            case HttpHeaderRole.ContentLength:
                if (TryParseContentLength(value, out long length))
                {
                    facts.HasContentLength = true;
                    facts.ContentLength = length;
                    tree.Add(node, HttpFields.ContentLength, m.Source, at, full.Length, (ulong)length, NodeFlags.Generated);
                    if (facts.HasTransferEncoding)
                        tree.AddExpert(node, HttpExperts.TeAndLength, m.Source, at, full.Length);
                }
                break;
            case HttpHeaderRole.ContentEncoding:
                facts.HasContentEncoding = true;
                facts.ContentEncoding = valueRange;
                break;
            case HttpHeaderRole.TransferEncoding:
                if (facts.HasContentLength)
                    tree.AddExpert(node, HttpExperts.TeAndLength, m.Source, at, full.Length);
                facts.HasTransferEncoding = true;
                if (!ParseTransferCodings(value, ref facts))
                    tree.AddExpert(node, HttpExperts.TeUnknown, m.Source, at, full.Length);
                break;
            case HttpHeaderRole.Host:
                facts.HasHost = true;
                facts.Host = valueRange;
                break;
            case HttpHeaderRole.Upgrade:
                facts.HasUpgrade = true;
                facts.Upgrade = valueRange;
                break;
            case HttpHeaderRole.Connection:
                facts.HasConnection = true;
                facts.Connection = valueRange;
                break;
            case HttpHeaderRole.Range:
                facts.HasRange = true;
                facts.RangeHeader = valueRange;
                break;
            case HttpHeaderRole.ContentRange:
                facts.HasContentRange = HttpContentRange.TryParse(value, out facts.ContentRange);
                break;
            case HttpHeaderRole.Cookie:
                WriteCookiePairs(m, node, valueRange.Start.Value, value);
                break;
            case HttpHeaderRole.Authorization:
                WriteBasicCredentials(m, node, value);
                break;
        }
    }

    /// <summary>Content-Length as g_ascii_strtoll reads it: digits, then nothing but white space; negative or overflowing values are refused.</summary>
    private static bool TryParseContentLength(ReadOnlySpan<byte> value, out long length)
    {
        int digits = 0;
        while (digits < value.Length && value[digits] is >= (byte)'0' and <= (byte)'9')
            digits++;
        length = 0;
        if (digits == 0 || TextBytes.TryParseDecimal(value[..digits], out length) != NumberStatus.Ok)
            return false;
        return value[digits..].IndexOfAnyExcept(" \t\r\n\v\f"u8) < 0;
    }

    /// <summary>Wireshark's http_parse_transfer_coding: chunked plus at most one other known coding; false when a name is unknown.</summary>
    private static bool ParseTransferCodings(ReadOnlySpan<byte> value, ref HttpMessageFacts facts)
    {
        bool fullyParsed = true;
        bool haveOther = false;
        while (!value.IsEmpty)
        {
            int comma = value.IndexOf(TextBytes.Comma);
            var coding = TextBytes.TrimBlanks(comma < 0 ? value : value[..comma]);
            value = comma < 0 ? default : value[(comma + 1)..];
            int semicolon = coding.IndexOf(TextBytes.Semicolon);
            if (semicolon >= 0)
                coding = TextBytes.TrimBlanks(coding[..semicolon]);
            if (coding.IsEmpty)
                continue;
            if (TextBytes.EqualsIgnoreCase(coding, "chunked"u8))
            {
                facts.Chunked = true;
                continue;
            }
            if (haveOther)
            {
                fullyParsed = false;
                break;
            }
            if (TextBytes.EqualsIgnoreCase(coding, "identity"u8))
            {
                haveOther = true;
            }
            else if (TextBytes.EqualsIgnoreCase(coding, "gzip"u8) || TextBytes.EqualsIgnoreCase(coding, "x-gzip"u8)
                || TextBytes.EqualsIgnoreCase(coding, "deflate"u8) || TextBytes.EqualsIgnoreCase(coding, "compress"u8)
                || TextBytes.EqualsIgnoreCase(coding, "x-compress"u8))
            {
                haveOther = true;
                facts.OtherTransferCoding = true;
            }
            else
            {
                fullyParsed = false;
            }
        }
        return fullyParsed;
    }

    /// <summary>http.cookie_pair for each "name=value" between semicolons (white space before a pair skipped, after it kept, as tshark does).</summary>
    private static void WriteCookiePairs(in Message m, int cookieNode, int valueStart, ReadOnlySpan<byte> value)
    {
        int i = 0;
        while (i < value.Length)
        {
            while (i < value.Length && (value[i] == TextBytes.Semicolon || TextBytes.IsWhiteSpace(value[i])))
                i++;
            if (i >= value.Length)
                break;
            int semicolon = value[i..].IndexOf(TextBytes.Semicolon);
            int length = semicolon < 0 ? value.Length - i : semicolon;
            TextTree.AddAsciiString(m.Tree, cookieNode, HttpFields.CookiePair, m.Source, m.At(valueStart + i), length, value.Slice(i, length));
            i += length;
        }
    }

    /// <summary>http.authbasic: the decoded "user:password" of a Basic Authorization (tshark shows it with no length).</summary>
    private static void WriteBasicCredentials(in Message m, int node, ReadOnlySpan<byte> value)
    {
        if (!value.StartsWith("Basic "u8))
            return;
        var encoded = value["Basic ".Length..];
        if (encoded.Length <= 1)
        {
            TextTree.AddAsciiString(m.Tree, node, HttpFields.Authbasic, m.Source, m.At(0), 0, encoded);
            return;
        }
        byte[] decoded = ArrayPool<byte>.Shared.Rent(Base64.GetMaxDecodedFromUtf8Length(encoded.Length));
        var status = Base64.DecodeFromUtf8(encoded, decoded, out _, out int written, isFinalBlock: true);
        if (status == OperationStatus.Done || written > 0)
            TextTree.AddAsciiString(m.Tree, node, HttpFields.Authbasic, m.Source, m.At(0), 0, decoded.AsSpan(0, written));
        ArrayPool<byte>.Shared.Return(decoded);
    }

    /// <summary>The full request URI as tshark builds it: the target itself when absolute or for CONNECT, else scheme://host + target.</summary>
    private static string FullUri(string uri, ReadOnlySpan<byte> host, ReadOnlySpan<byte> method, bool carriedInTls)
    {
        if (uri.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || uri.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || method.SequenceEqual("CONNECT"u8))
            return uri;
        string hostText = AsciiString(TextBytes.TrimBlanks(host));
        return string.Concat(carriedInTls ? "https://" : "http://", hostText, uri);
    }

    private static HttpTransaction? Record(ReadOnlySpan<byte> pdu, in HttpMessageLayout layout, ReadOnlySpan<byte> lineText, string? uri,
        in HttpMessageFacts facts, HttpConversation state, long frame, long time, FieldTree tree, int http, in Message m)
    {
        var s = layout.StartLine;
        switch (layout.Kind)
        {
            case HttpMessageKind.Request:
            {
                state.Numbering.PushRequest(frame, time);
                var t = state.AddRequest();
                t.RequestFrame = frame;
                t.RequestTime = time;
                t.Method = HttpMethods.Name(s.First(lineText)) ?? AsciiString(s.First(lineText));
                t.Uri = uri;
                t.RequestVersion = AsciiString(s.Rest(lineText));
                t.Host = facts.HasHost ? AsciiString(pdu[facts.Host]) : null;
                t.RequestConnection = facts.HasConnection ? AsciiString(pdu[facts.Connection]) : null;
                t.Range = facts.HasRange ? AsciiString(pdu[facts.RangeHeader]) : null;
                t.RequestBody = layout.Framing;
                t.RequestTruncated = layout.Truncated;
                return t;
            }
            case HttpMessageKind.Response:
            {
                state.Numbering.PushResponse(frame);
                int code = s.StatusCode;
                if (code / 100 == 1 && code != 101)
                {
                    state.AddInterimResponse(new HttpInterimResponse(frame, code));
                    return null;
                }
                var t = state.AddFinalResponse(out bool hadRequest);
                if (!hadRequest)
                    tree.AddExpert(http, HttpExperts.ResponseWithoutRequest, m.Source, m.At(layout.MessageStart), 0);
                t.ResponseFrame = frame;
                t.ResponseTime = time;
                t.StatusCode = s.HasStatusCode ? code : null;
                t.ReasonPhrase = s.RestLength > 0 ? AsciiString(s.Rest(lineText)) : null;
                t.ResponseVersion = AsciiString(s.First(lineText));
                t.ResponseConnection = facts.HasConnection ? AsciiString(pdu[facts.Connection]) : null;
                t.ContentType = facts.HasContentType ? AsciiString(pdu[facts.ContentType]) : null;
                t.ResponseBody = layout.Framing;
                t.ResponseTruncated = layout.Truncated;
                if (facts.HasContentRange)
                    t.AddContentRange(facts.ContentRange);
                // As tshark: a 101 switches only with an Upgrade header; a 2xx to CONNECT opens a tunnel.
                bool connectAccepted = code / 100 == 2 && t.Method == "CONNECT";
                if ((code == 101 && facts.HasUpgrade) || connectAccepted)
                    state.SwitchedProtocols = true;
                return t;
            }
            default:
                return null;
        }
    }

    private static void WriteGenerated(in Message m, int http, int start, HttpConversation state, long time)
    {
        var tree = m.Tree;
        int at = m.At(start);
        ref readonly var n = ref state.Numbering;
        switch (m.Kind)
        {
            case HttpMessageKind.Notification:
                tree.Add(http, HttpFields.Notification, m.Source, at, 0, 1, NodeFlags.Hidden);
                break;
            case HttpMessageKind.Request:
            {
                tree.Add(http, HttpFields.Request, m.Source, at, 0, 1, NodeFlags.Hidden);
                int number = tree.Add(http, HttpFields.RequestNumber, m.Source, at, 0, n.TailNumber, NodeFlags.Generated);
                SetNumberText(tree, number, "HTTP request ", n.TailNumber, n.Count);
                if (n.PreviousRequestFrame > 0)
                    tree.Add(http, HttpFields.PrevRequestIn, m.Source, at, 0, (ulong)n.PreviousRequestFrame, NodeFlags.Generated);
                break;
            }
            case HttpMessageKind.Response:
            {
                tree.Add(http, HttpFields.Response, m.Source, at, 0, 1, NodeFlags.Hidden);
                int number = tree.Add(http, HttpFields.ResponseNumber, m.Source, at, 0, n.TailNumber, NodeFlags.Generated);
                SetNumberText(tree, number, "HTTP response ", n.TailNumber, n.Count);
                if (n.TailHasRequest)
                    tree.Add(http, HttpFields.Time, m.Source, at, 0, (ulong)(time - n.TailRequestTime), NodeFlags.Generated);
                if (n.PreviousRequestFrame > 0)
                    tree.Add(http, HttpFields.PrevRequestIn, m.Source, at, 0, (ulong)n.PreviousRequestFrame, NodeFlags.Generated);
                if (n.PreviousResponseFrame > 0)
                    tree.Add(http, HttpFields.PrevResponseIn, m.Source, at, 0, (ulong)n.PreviousResponseFrame, NodeFlags.Generated);
                if (n.TailRequestFrame > 0)
                    tree.Add(http, HttpFields.RequestIn, m.Source, at, 0, (ulong)n.TailRequestFrame, NodeFlags.Generated);
                var forUri = state.LastFullUri ?? state.LastRequestUri;
                if (forUri is not null)
                    tree.AddString(http, HttpFields.ResponseForUri, m.Source, at, 0, forUri, NodeFlags.Generated);
                break;
            }
        }
    }

    private static void SetNumberText(FieldTree tree, int node, ReadOnlySpan<char> prefix, uint number, uint count)
    {
        Span<char> text = stackalloc char[64];
        prefix.CopyTo(text);
        int n = prefix.Length;
        number.TryFormat(text[n..], out int w, default, CultureInfo.InvariantCulture);
        n += w;
        text[n++] = '/';
        count.TryFormat(text[n..], out w, default, CultureInfo.InvariantCulture);
        n += w;
        tree.SetText(node, text[..n]);
    }

    /// <summary>A model string from protocol text (ENC_ASCII rules); allocated once per transaction field.</summary>
    internal static string AsciiString(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
            return string.Empty;
        if (System.Text.Ascii.IsValid(bytes))
            return System.Text.Encoding.ASCII.GetString(bytes);
        char[] chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        for (int i = 0; i < bytes.Length; i++)
            chars[i] = bytes[i] < 0x80 ? (char)bytes[i] : '\uFFFD';
        var text = new string(chars, 0, bytes.Length);
        ArrayPool<char>.Shared.Return(chars);
        return text;
    }
}
