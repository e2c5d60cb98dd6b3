using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>HTTP's steps of the shared writer: field for field as tshark 4.0 does in a single pass.</summary>
public sealed partial class HttpDissector
{
    protected override void WriteBeforeFirstLine(in HttpStyleMessage m)
    {
        int start = m.Layout.MessageStart;
        if (start > 0)
            m.Tree.AddExpert(m.Node, HttpExperts.LeadingCrlf, m.Source, m.At(0), start);
        var packet = m.Packet;
        if (!_carriedInTls && (_options.IsTlsPort(packet.SourcePort) || _options.IsTlsPort(packet.DestinationPort)))
            m.Tree.AddExpert(m.Node, HttpExperts.TlsPort, m.Source, m.At(start), 0);
    }

    protected override void WriteFirstLine(in HttpStyleMessage m, int lineNode)
    {
        var tree = m.Tree;
        var first = m.Layout.FirstLine;
        var full = m.Bytes.Slice(first.Start, first.FullLength);
        TextTree.AddExpertWithLine(tree, lineNode, HttpExperts.Chat, m.Source, m.At(first.Start), 0, full);
        var line = m.FirstLine;
        var s = m.Layout.StartLine;
        if (s.FirstLength == 0)
            return;
        int lineAt = m.At(first.Start);
        if (m.IsRequest)
        {
            TextTree.AddAsciiValue(tree, lineNode, HttpFields.RequestMethod, m.Source, lineAt + s.FirstStart, s.First(line));
            var uri = s.Second(line);
            int uriAt = lineAt + s.SecondStart;
            int uriNode = TextTree.AddAsciiValue(tree, lineNode, HttpFields.RequestUri, m.Source, uriAt, uri);
            WriteQuery(tree, uriNode, m.Source, uriAt, uri);
            TextTree.AddAsciiValue(tree, lineNode, HttpFields.RequestVersion, m.Source, lineAt + s.RestStart, s.Rest(line));
            return;
        }
        TextTree.AddAsciiValue(tree, lineNode, HttpFields.ResponseVersion, m.Source, lineAt + s.FirstStart, s.First(line));
        if (!s.HasStatusCode)
            return;
        int codeAt = lineAt + s.SecondStart;
        tree.Add(lineNode, HttpFields.ResponseCode, m.Source, codeAt, 3, (ulong)s.StatusCode);
        if (tree.Wants(HttpFields.ResponseCodeDesc))
            tree.AddString(lineNode, HttpFields.ResponseCodeDesc, m.Source, codeAt, 3, HttpStatusCodes.Describe(s.StatusCode), NodeFlags.Generated);
        if (s.RestLength >= 1)
            TextTree.AddAsciiValue(tree, lineNode, HttpFields.ResponsePhrase, m.Source, lineAt + s.RestStart, s.Rest(line));
    }

    /// <summary>http.request.uri.path, .query and each .query.parameter, when the URI has a non-empty query.</summary>
    private static void WriteQuery(FieldTree tree, int uriNode, int source, int uriAt, ReadOnlySpan<byte> uri)
    {
        int question = uri.IndexOf(TextBytes.QuestionMark);
        if (question < 0 || question + 1 >= uri.Length)
            return;
        TextTree.AddAsciiValue(tree, uriNode, HttpFields.RequestUriPath, source, uriAt, uri[..question]);
        var query = uri[(question + 1)..];
        int queryAt = uriAt + question + 1;
        int queryNode = TextTree.AddAsciiValue(tree, uriNode, HttpFields.RequestUriQuery, source, queryAt, query);
        if (!tree.Wants(HttpFields.RequestUriQueryParameter))
            return;
        int position = 0;
        while (position < query.Length)
        {
            int amp = query[position..].IndexOf(TextBytes.Ampersand);
            int length = amp < 0 ? query.Length - position : amp;
            if (length > 0)
                TextTree.AddAsciiValue(tree, queryNode, HttpFields.RequestUriQueryParameter, source, queryAt + position,
                    query.Slice(position, length));
            position += length + 1;
        }
    }

    /// <summary>The field that holds a header line in this kind of message (http.request.line, http.response.line, http.unknown_header).</summary>
    private static FieldDef LineField(HttpMessageKind kind) => kind switch
    {
        HttpMessageKind.Request => HttpFields.RequestLine,
        HttpMessageKind.Response => HttpFields.ResponseLine,
        _ => HttpFields.UnknownHeader,
    };

    private static readonly FieldGroup HeaderLineItems = new(HttpHeaderTable.Fields,
        [HttpFields.RequestLine, HttpFields.ResponseLine, HttpFields.UnknownHeader, HttpFields.ContentLength, HttpFields.CookiePair,
            HttpFields.Authbasic, HttpExperts.BadHeaderName, HttpExperts.TeAndLength, HttpExperts.TeUnknown, TextItem.Field]);

    protected override FieldGroup? HeaderItems => HeaderLineItems;

    protected override void WriteHeader(in HttpStyleMessage m, TextLine line, ref HttpHeaderWriting seen)
    {
        var text = m.Bytes.Slice(line.Start, line.Length);
        var status = HeaderLineParser.TryParse(text, out var header);
        FieldDef? field = null;
        var role = HttpHeaderRole.Plain;
        if (status == HeaderLineStatus.Ok)
            HttpHeaderTable.TryFind(header.Name(text), out field, out role);
        WriteHeader(m, line, status, header, field, role, ref seen);
    }

    private protected override void WriteParsedHeader(in HttpStyleMessage m, in HttpHeaderLines.Line line, ref HttpHeaderWriting seen)
        => WriteHeader(m, line.Text, line.Status, line.Header, line.Field, line.Role, ref seen);

    /// <summary>One header line, parsed (<paramref name="status"/>, <paramref name="header"/>) and looked up in HttpHeaderTable.</summary>
    private void WriteHeader(in HttpStyleMessage m, TextLine line, HeaderLineStatus status, HeaderField header, FieldDef? field,
        HttpHeaderRole role, ref HttpHeaderWriting seen)
    {
        var tree = m.Tree;
        var text = m.Bytes.Slice(line.Start, line.Length);
        var full = m.Bytes.Slice(line.Start, line.FullLength);
        int at = m.At(line.Start);
        var lineField = LineField(m.Kind);
        if (status != HeaderLineStatus.Ok)
        {
            int bad = TextTree.AddAsciiValue(tree, m.Node, lineField, m.Source, at, full);
            if (tree.BuildsText)
                TextTree.SetFormattedText(tree, bad, full);
            tree.AddExpert(bad, HttpExperts.BadHeaderName, m.Source, at, full.Length);
            return;
        }
        var value = header.Value(text);
        int node;
        if (field is null && lineField == HttpFields.UnknownHeader)
        {
            // packet-http.c stores an unknown "Name: value" line as format_text gives it: CR LF become the text \r\n.
            node = TextTree.AddFormattedString(tree, m.Node, lineField, m.Source, at, full);
        }
        else if (field is null)
        {
            node = TextTree.AddAsciiValue(tree, m.Node, lineField, m.Source, at, full);
            if (tree.BuildsText)
                TextTree.SetFormattedText(tree, node, full);
        }
        else
        {
            node = TextTree.AddAsciiValue(tree, m.Node, field, m.Source, at, full.Length, m.At(line.Start + header.ValueStart), value);
            if (tree.BuildsText)
                TextTree.SetFormattedText(tree, node, full);
            if (m.Kind is HttpMessageKind.Request or HttpMessageKind.Response)
            {
                int hidden = TextTree.AddAsciiValue(tree, m.Node, lineField, m.Source, at, full, NodeFlags.Hidden);
                if (tree.BuildsText)
                    TextTree.SetFormattedText(tree, hidden, full);
            }
        }

        ref readonly var facts = ref m.Facts;
        switch (role)
        {
            case HttpHeaderRole.ContentLength:
            {
                // The framer read the header that frames the message; only a repeated Content-Length is read again here.
                long length;
                if (line.Start == facts.ContentLengthLine && facts.HasContentLength)
                    length = facts.ContentLength;
                else if (!HttpHeaderValues.TryParseContentLength(value, out length))
                    break;
                tree.Add(node, HttpFields.ContentLength, m.Source, at, full.Length, (ulong)length, NodeFlags.Generated);
                if (seen.SawTransferEncoding)
                    tree.AddExpert(node, HttpExperts.TeAndLength, m.Source, at, full.Length);
                seen.SawContentLength = true;
                break;
            }
            case HttpHeaderRole.TransferEncoding:
            {
                if (seen.SawContentLength)
                    tree.AddExpert(node, HttpExperts.TeAndLength, m.Source, at, full.Length);
                seen.SawTransferEncoding = true;
                var codings = line.Start == facts.TransferEncodingLine && facts.HasTransferEncoding
                    ? facts.LastTransferCodings
                    : HttpHeaderValues.ParseTransferCodings(value);
                if (!codings.FullyParsed)
                    tree.AddExpert(node, HttpExperts.TeUnknown, m.Source, at, full.Length);
                break;
            }
            case HttpHeaderRole.Cookie:
                if (tree.Wants(HttpFields.CookiePair))
                    WriteCookiePairs(m, node, line.Start + header.ValueStart, value);
                break;
            case HttpHeaderRole.Authorization:
                if (tree.Wants(HttpFields.Authbasic))
                    WriteBasicCredentials(m, node, value);
                break;
        }
    }

    /// <summary>http.cookie_pair for each "name=value" between semicolons (white space before a pair skipped, after it kept, as tshark does).</summary>
    private static void WriteCookiePairs(in HttpStyleMessage m, int cookieNode, int valueStart, ReadOnlySpan<byte> value)
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
            TextTree.AddAsciiValue(m.Tree, cookieNode, HttpFields.CookiePair, m.Source, m.At(valueStart + i), value.Slice(i, length));
            i += length;
        }
    }

    /// <summary>http.authbasic: the decoded "user:password" of a Basic Authorization (tshark shows it with no length).</summary>
    private static void WriteBasicCredentials(in HttpStyleMessage m, int node, ReadOnlySpan<byte> value)
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

    /// <summary>
    /// Remembers the request's target for the responses' http.response_for.uri, and shows the full URI as tshark builds
    /// it: the target itself when absolute or for CONNECT, else scheme://host + target (for a request with a Host).
    /// </summary>
    protected override void WriteAfterHeaders(in HttpStyleMessage m)
    {
        var s = m.Layout.StartLine;
        if (!m.IsRequest || s.FirstLength == 0)
            return;
        var line = m.FirstLine;
        var uri = s.Second(line);
        var state = m.State;
        state.LastRequestUri.Set(uri);
        if (!m.Facts.HasHost)
            return;
        if (TextBytes.StartsWithIgnoreCase(uri, "http://"u8) || TextBytes.StartsWithIgnoreCase(uri, "https://"u8)
            || s.First(line).SequenceEqual("CONNECT"u8))
            state.LastFullUri.Set(uri);
        else
            state.LastFullUri.Set(_carriedInTls ? "https://"u8 : "http://"u8, TextBytes.TrimBlanks(m[m.Facts.Host]), uri);
        TextTree.AddAsciiString(m.Tree, m.Node, HttpFields.RequestFullUri, m.Source, m.At(m.Layout.MessageStart), 0,
            state.LastFullUri.Value, NodeFlags.Generated);
    }

    /// <summary>
    /// The "/N" of "HTTP request n/N": the records of the connection so far; in a two-pass read (-2) all of them, as
    /// tshark's second pass reads the count its first pass ended with (noted under the connection's stream index).
    /// </summary>
    private static uint RecordCount(in HttpStyleMessage m) => m.Packet.Annotations is { } notes
        ? (uint)notes.AsConversationEnded(m.Side.Conversation.StreamIndex, HttpFields.RequestNumber, m.State.Pairing.Count)
        : m.State.Pairing.Count;

    protected override void WriteGenerated(in HttpStyleMessage m, bool answered)
    {
        var tree = m.Tree;
        int http = m.Node;
        int at = m.At(m.Layout.MessageStart);
        var state = m.State;
        var shown = ShownRecord.Of(m, state.Pairing);
        switch (m.Kind)
        {
            case HttpMessageKind.Notification:
                tree.Add(http, HttpFields.Notification, m.Source, at, 0, 1, NodeFlags.Hidden);
                break;
            case HttpMessageKind.Request:
            {
                tree.Add(http, HttpFields.Request, m.Source, at, 0, 1, NodeFlags.Hidden);
                int number = tree.Add(http, HttpFields.RequestNumber, m.Source, at, 0, shown.Number, NodeFlags.Generated);
                SetNumberText(tree, number, "HTTP request ", (uint)shown.Number, RecordCount(m));
                if (shown.PreviousRequestFrame > 0)
                    tree.Add(http, HttpFields.PrevRequestIn, m.Source, at, 0, shown.PreviousRequestFrame, NodeFlags.Generated);
                AddNoted(m, HttpFields.ResponseIn, at);
                AddNoted(m, HttpFields.NextRequestIn, at);
                break;
            }
            case HttpMessageKind.Response:
            {
                tree.Add(http, HttpFields.Response, m.Source, at, 0, 1, NodeFlags.Hidden);
                int number = tree.Add(http, HttpFields.ResponseNumber, m.Source, at, 0, shown.Number, NodeFlags.Generated);
                SetNumberText(tree, number, "HTTP response ", (uint)shown.Number, RecordCount(m));
                if (shown.TimePlusOne > 0)
                    tree.Add(http, HttpFields.Time, m.Source, at, 0, shown.TimePlusOne - 1, NodeFlags.Generated);
                if (shown.PreviousRequestFrame > 0)
                    tree.Add(http, HttpFields.PrevRequestIn, m.Source, at, 0, shown.PreviousRequestFrame, NodeFlags.Generated);
                if (shown.PreviousResponseFrame > 0)
                    tree.Add(http, HttpFields.PrevResponseIn, m.Source, at, 0, shown.PreviousResponseFrame, NodeFlags.Generated);
                if (shown.RequestFrame > 0)
                    tree.Add(http, HttpFields.RequestIn, m.Source, at, 0, shown.RequestFrame, NodeFlags.Generated);
                AddNoted(m, HttpFields.NextRequestIn, at);
                AddNoted(m, HttpFields.NextResponseIn, at);
                var forUri = state.LastFullUri.HasValue ? state.LastFullUri : state.LastRequestUri;
                if (forUri.HasValue)
                    TextTree.AddAsciiString(tree, http, HttpFields.ResponseForUri, m.Source, at, 0, forUri.Value, NodeFlags.Generated);
                break;
            }
        }
    }

    /// <summary>
    /// The pairing record a message's fields show. A single pass shows the record the message just joined. A two-pass
    /// read shows, as tshark's second pass does, the record the first pass kept for the frame — one per frame, so every
    /// message of a frame that carries several shows the last one's (tshark's per-frame proto data).
    /// </summary>
    private readonly record struct ShownRecord(ulong Number, ulong PreviousRequestFrame, ulong PreviousResponseFrame, ulong RequestFrame, ulong TimePlusOne)
    {
        public static ShownRecord Of(in HttpStyleMessage m, in HttpPairing n)
        {
            var own = new ShownRecord(n.TailNumber, (ulong)n.PreviousRequestFrame, (ulong)n.PreviousResponseFrame, (ulong)n.TailRequestFrame,
                n.TailHasRequest ? (ulong)(m.Packet.Frame.Timestamp - n.TailRequestTime) + 1 : 0);
            if (m.Packet.Annotations is not { } notes)
                return own;
            long frame = m.Packet.Frame.Number;
            if (!notes.FirstPassEnded && notes.TryGet(frame, HttpFields.RequestNumber, out ulong earlier) && earlier != own.Number)
            {
                // The frame's record is now this message's: what was noted for the earlier one's successors does not hold.
                notes.Note(frame, HttpFields.ResponseIn, 0);
                notes.Note(frame, HttpFields.NextRequestIn, 0);
                notes.Note(frame, HttpFields.NextResponseIn, 0);
            }
            notes.Note(frame, HttpFields.RequestNumber, own.Number);
            notes.Note(frame, HttpFields.PrevRequestIn, own.PreviousRequestFrame);
            notes.Note(frame, HttpFields.PrevResponseIn, own.PreviousResponseFrame);
            notes.Note(frame, HttpFields.RequestIn, own.RequestFrame);
            notes.Note(frame, HttpFields.Time, own.TimePlusOne);
            return new ShownRecord(Get(HttpFields.RequestNumber), Get(HttpFields.PrevRequestIn), Get(HttpFields.PrevResponseIn),
                Get(HttpFields.RequestIn), Get(HttpFields.Time));

            ulong Get(FieldDef field) => notes.TryGet(frame, field, out ulong value) ? value : 0;
        }
    }

    /// <summary>A frame number only a two-pass read knows here (response_in, next_request_in, next_response_in).</summary>
    private static void AddNoted(in HttpStyleMessage m, FieldDef field, int at)
    {
        ulong frame = Noted(m, field);
        if (frame > 0)
            m.Tree.Add(m.Node, field, m.Source, at, 0, frame, NodeFlags.Generated);
    }

    protected override void WriteBody(in HttpStyleMessage m, HttpTransaction? transaction)
        => HttpBodyWriter.Write(m, transaction, _options);

    private static void SetNumberText(FieldTree tree, int node, ReadOnlySpan<char> prefix, uint number, uint count)
    {
        if (node < 0 || !tree.BuildsText)
            return;
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
}
