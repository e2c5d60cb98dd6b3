using System.Buffers;
using System.Globalization;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// Shows a message body as tshark 4.0 does: the chunked coding undone into a "De-chunked entity body",
/// a Content-Encoding undone into an "Uncompressed entity body", then http.file_data, then what the
/// media type leads to (multipart parts, raw data, the Info column's " (type)"). What one body may cost is bounded by
/// <see cref="HttpOptions"/>: the chunks listed one by one, and the bytes a compressed body expands to.
/// </summary>
internal static class HttpBodyWriter
{
    public static void Write(in HttpStyleMessage m, HttpTransaction? transaction, HttpOptions options)
    {
        var packet = m.Packet;
        var tree = packet.Tree;
        ref readonly var layout = ref m.Layout;
        ref readonly var facts = ref m.Facts;
        int http = m.Node;
        var body = m.Bytes[layout.BodyStart..layout.End];
        int bodySource = m.Source;
        int bodyOffset = m.At(layout.BodyStart);
        byte[]? dechunked = null;
        byte[]? decoded = null;
        try
        {
            // Chunk-framed (also the chunks that came with a response that has no body, such as one to HEAD).
            if (facts.Chunked && facts.HasTransferEncoding && facts.LastTransferCodings.FinalIsChunked)
            {
                dechunked = ArrayPool<byte>.Shared.Rent(Math.Max(1, body.Length));
                int consumed = WriteChunks(tree, http, m.Source, bodyOffset, body, dechunked, options.MaxChunksShownPerBody, out int dataLength);
                if (consumed == 0)
                    return;
                body = dechunked.AsSpan(0, dataLength);
                bodySource = tree.AddDataSource("De-chunked entity body", body);
                bodyOffset = 0;
            }

            if (facts.OtherTransferCoding)
            {
                // tshark does not undo gzip or deflate used as a transfer coding: it shows the bytes as data.
                Common.PayloadData.Add(packet, http, bodySource, bodyOffset, body.Length);
                return;
            }

            if (facts.HasContentEncoding)
            {
                var encoding = m[facts.ContentEncoding];
                var coding = HttpContentDecoder.Classify(encoding);
                if (coding != HttpContentDecoder.Coding.Identity)
                {
                    int label = tree.AddNode(http, TextItem.Field, bodySource, bodyOffset, body.Length);
                    var status = HttpContentDecoder.TryDecode(coding, body, options.MaxUncompressedBodyBytes, out decoded, out int decodedLength);
                    if (status == HttpContentDecoder.DecodeStatus.Failed)
                    {
                        SetEncodedLabel(tree, label, encoding, body.Length, -1);
                        tree.AddExpert(label, HttpExperts.DecompressionFailed, bodySource, bodyOffset, body.Length);
                        Common.PayloadData.Add(packet, label, bodySource, bodyOffset, body.Length);
                        return;
                    }
                    SetEncodedLabel(tree, label, encoding, body.Length, decodedLength);
                    if (status == HttpContentDecoder.DecodeStatus.LimitReached)
                        AddLimitNote(tree, label, bodySource, bodyOffset, body.Length,
                            "Uncompressed entity body cut at ", decodedLength, " bytes (preference http.max_uncompressed_body)");
                    body = decoded!.AsSpan(0, decodedLength);
                    bodySource = tree.AddDataSource("Uncompressed entity body", body);
                    bodyOffset = 0;
                }
            }

            int fileData = TextTree.AddAsciiValue(tree, http, HttpFields.FileData, bodySource, bodyOffset, body);
            SetCountText(tree, fileData, "File Data: ", body.Length, " bytes");
            if (body.IsEmpty)
                return;

            if (!facts.HasContentType)
            {
                Common.PayloadData.Add(packet, http, bodySource, bodyOffset, body.Length);
                return;
            }
            var contentType = m[facts.ContentType];
            var mediaType = MultipartBodyWriter.MediaType(contentType);
            Span<byte> lower = stackalloc byte[Math.Min(mediaType.Length, 256)];
            System.Text.Ascii.ToLower(mediaType[..lower.Length], lower, out int lowered);
            lower = lower[..lowered];
            if (lower.StartsWith("multipart/"u8))
            {
                var parameters = contentType[mediaType.Length..];
                MultipartBodyWriter.Write(packet, bodySource, bodyOffset, body, lower, MultipartBodyWriter.Boundary(parameters), transaction);
            }
            HttpMediaInfo.AppendSuffix(packet.Columns.Info, lower);
            // A body another protocol dissected is not counted in the HTTP item (packet-http.c sets its length to the headers).
            if (Media.MediaTypeDissector.TryDissect(packet, bodySource, bodyOffset, body, lower, MediaParameters(contentType[mediaType.Length..])))
                tree.SetLength(http, layout.BodyStart - layout.MessageStart);
        }
        finally
        {
            if (dechunked is not null)
                ArrayPool<byte>.Shared.Return(dechunked);
            if (decoded is not null)
                ArrayPool<byte>.Shared.Return(decoded);
        }
    }

    /// <summary>The Content-Type parameters after the media type's ';', trimmed (what packet-media.c prints after "type; ").</summary>
    private static ReadOnlySpan<byte> MediaParameters(ReadOnlySpan<byte> afterType)
    {
        afterType = TextBytes.TrimBlanks(afterType);
        if (!afterType.IsEmpty && afterType[0] == (byte)';')
            afterType = TextBytes.TrimBlanks(afterType[1..]);
        return afterType;
    }

    /// <summary>
    /// Writes the "HTTP chunked response" subtree and copies the chunks' data; returns the bytes of the body it covered.
    /// Past <paramref name="maxShown"/> chunks, the data is still gathered but the chunks get no items of their own: a
    /// note says how many were left out (a body of a million one-byte chunks must not cost four million tree items).
    /// </summary>
    private static int WriteChunks(FieldTree tree, int http, int source, int offset, ReadOnlySpan<byte> body, byte[] data, int maxShown,
        out int dataLength)
    {
        int subtree = TextTree.AddLabel(tree, http, source, offset, body.Length, "HTTP chunked response");
        var visitor = new ChunkTreeVisitor(tree, subtree, source, offset, body, data, maxShown);
        var result = ChunkedBodyScanner.Scan(body, atEnd: true, ref visitor);
        int covered = result.Status == ChunkedBodyStatus.Complete ? result.Length : result.StoppedAt;
        if (result.Status == ChunkedBodyStatus.NeedMore)
            covered = visitor.WritePartialChunk(result.StoppedAt);
        tree.SetLength(subtree, covered);
        if (visitor.NotShown > 0)
            AddLimitNote(tree, subtree, source, offset, covered,
                "", visitor.NotShown, " more chunks not listed (preference http.max_chunks_shown)");
        dataLength = visitor.DataLength;
        return covered;
    }

    /// <summary>Adds the nodes of each chunk as the scanner finds it (up to a limit), and gathers the chunk data.</summary>
    private ref struct ChunkTreeVisitor(FieldTree tree, int parent, int source, int offset, ReadOnlySpan<byte> body, byte[] data, int maxShown)
        : IChunkVisitor
    {
        private readonly ReadOnlySpan<byte> _body = body;
        private readonly bool _wantsChunks = tree.Wants(HttpFields.ChunkSize) || tree.Wants(HttpFields.ChunkData)
            || tree.Wants(HttpFields.ChunkBoundary) || tree.BuildsText;
        private int _trailerStart = -1;
        private int _trailerLength;
        private int _shown;
        public int DataLength;
        public int NotShown;

        public void OnChunk(in Chunk chunk)
        {
            var chunkData = _body.Slice(chunk.DataStart, chunk.Size);
            chunkData.CopyTo(data.AsSpan(DataLength));
            DataLength += chunk.Size;
            if (!_wantsChunks)
                return;
            if (_shown >= maxShown)
            {
                NotShown++;
                return;
            }
            _shown++;
            int node = ChunkNode(chunk.SizeLineStart, chunk.SizeLineLength + chunk.Size + Chunk.BoundaryLength, chunk.Size);
            AddSize(node, chunk.SizeLineStart, chunk.SizeLineLength, chunk.Size);
            tree.AddBytesInPlace(node, HttpFields.ChunkData, source, offset + chunk.DataStart, chunk.Size);
            tree.AddBytesInPlace(node, HttpFields.ChunkBoundary, source, offset + chunk.BoundaryStart, Chunk.BoundaryLength);
        }

        public void OnLastChunk(int sizeLineStart, int sizeLineLength)
        {
            int length = Math.Min(sizeLineLength + Chunk.BoundaryLength, _body.Length - sizeLineStart);
            int node = TextTree.AddLabel(tree, parent, source, offset + sizeLineStart, length, "End of chunked encoding");
            AddSize(node, sizeLineStart, sizeLineLength, 0);
        }

        public void OnTrailerLine(int start, int length)
        {
            if (_trailerStart < 0)
                _trailerStart = start;
            _trailerLength = start + length - _trailerStart;
        }

        public void OnFinalLine(int start, int length)
        {
            if (_trailerStart >= 0)
                TextTree.AddAsciiValue(tree, parent, HttpFields.ChunkedTrailerPart, source, offset + _trailerStart,
                    _body.Slice(_trailerStart, _trailerLength));
            TextTree.AddTextLine(tree, parent, source, offset + start, _body.Slice(start, length));
        }

        /// <summary>
        /// For a body cut by the end of the stream: shows the chunk that was arriving with the data there is
        /// (tshark clamps the size the same way). Returns the bytes covered.
        /// </summary>
        public int WritePartialChunk(int start)
        {
            if (LineScanner.TryReadLine(_body, start, atEnd: true, out var line) != LineStatus.Complete || line.TerminatorLength == 0)
                return start;
            var sizeText = TextBytes.TrimBlanks(_body.Slice(line.Start, line.Length));
            if (TextBytes.TryParseHexPrefix(sizeText, out long size, out _) != NumberStatus.Ok || size == 0)
                return start;
            int available = (int)Math.Min(size, _body.Length - line.Next);
            _body.Slice(line.Next, available).CopyTo(data.AsSpan(DataLength));
            DataLength += available;
            if (_wantsChunks)
            {
                int node = ChunkNode(start, line.FullLength + available, available);
                AddSize(node, start, line.FullLength, available);
                tree.AddBytesInPlace(node, HttpFields.ChunkData, source, offset + line.Next, available);
            }
            return line.Next + available;
        }

        private readonly int ChunkNode(int start, int length, int size)
        {
            int node = tree.AddNode(parent, TextItem.Field, source, offset + start, length);
            SetCountText(tree, node, "Data chunk (", size, " octets)");
            return node;
        }

        private readonly void AddSize(int node, int start, int length, int size)
        {
            int sizeNode = tree.Add(node, HttpFields.ChunkSize, source, offset + start, length, (ulong)size);
            SetCountText(tree, sizeNode, "Chunk size: ", size, size == 1 ? " octet" : " octets");
        }
    }

    /// <summary>A note that a resource bound cut what is shown: prefix + count + suffix.</summary>
    /// <summary>
    /// A line saying where one of Sniffer's limits cut what the tree shows (tshark has no such limit, and no expert for
    /// it: this is a text item, not a note -z expert would count).
    /// </summary>
    private static void AddLimitNote(FieldTree tree, int parent, int source, int offset, int length,
        ReadOnlySpan<char> prefix, long count, ReadOnlySpan<char> suffix)
    {
        Span<char> text = stackalloc char[prefix.Length + suffix.Length + 20];
        int n = Copy(text, 0, prefix);
        count.TryFormat(text[n..], out int w, default, CultureInfo.InvariantCulture);
        n += w;
        n += Copy(text, n, suffix);
        TextTree.AddLabel(tree, parent, source, offset, length, text[..n]);
    }

    /// <summary>"Content-encoded entity body (gzip): 37 bytes -> 17 bytes" (without the arrow when decoding failed).</summary>
    private static void SetEncodedLabel(FieldTree tree, int node, ReadOnlySpan<byte> encoding, int encodedLength, int decodedLength)
    {
        if (node < 0 || !tree.BuildsText)
            return;
        Span<char> text = stackalloc char[96 + Math.Min(encoding.Length, 64) * 4];
        int n = Copy(text, 0, "Content-encoded entity body (");
        n += DisplayText.FormatLine(encoding[..Math.Min(encoding.Length, 64)], text[n..]);
        n += Copy(text, n, "): ");
        encodedLength.TryFormat(text[n..], out int w, default, CultureInfo.InvariantCulture);
        n += w;
        n += Copy(text, n, " bytes");
        if (decodedLength >= 0)
        {
            n += Copy(text, n, " -> ");
            decodedLength.TryFormat(text[n..], out w, default, CultureInfo.InvariantCulture);
            n += w;
            n += Copy(text, n, " bytes");
        }
        tree.SetText(node, text[..n]);
    }

    /// <summary>Sets "prefix N suffix" as a node's text, when the tree builds text.</summary>
    internal static void SetCountText(FieldTree tree, int node, ReadOnlySpan<char> prefix, int count, ReadOnlySpan<char> suffix)
    {
        if (node < 0 || !tree.BuildsText)
            return;
        Span<char> text = stackalloc char[prefix.Length + suffix.Length + 12];
        int n = Copy(text, 0, prefix);
        count.TryFormat(text[n..], out int w, default, CultureInfo.InvariantCulture);
        n += w;
        n += Copy(text, n, suffix);
        tree.SetText(node, text[..n]);
    }

    private static int Copy(Span<char> text, int at, ReadOnlySpan<char> value)
    {
        value.CopyTo(text[at..]);
        return value.Length;
    }
}
