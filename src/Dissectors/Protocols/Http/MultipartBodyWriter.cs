using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// Shows a multipart body (RFC 2046 §5.1; a 206's multipart/byteranges, RFC 9110 §14.6) the way tshark's
/// mime_multipart dissector does: first boundary, each part with its headers, the boundaries between parts
/// and the last boundary. The Content-Range of each part goes to the transaction.
/// </summary>
internal static class MultipartBodyWriter
{
    /// <summary>RFC 2046 allows 70 characters; longer boundaries are not searched for.</summary>
    private const int MaxBoundaryLength = 200;

    /// <summary>Media types longer than this are shortened in tree lines (the stack buffers are sized from it).</summary>
    private const int MaxShownTypeLength = 256;

    private readonly record struct PartHeader(byte[] LowerName, FieldDef Field);

    private static readonly PartHeader[] PartHeaders =
    [
        new("content-type"u8.ToArray(), MimeMultipartFields.HeaderContentType),
        new("content-length"u8.ToArray(), MimeMultipartFields.HeaderContentLength),
        new("content-encoding"u8.ToArray(), MimeMultipartFields.HeaderContentEncoding),
        new("content-disposition"u8.ToArray(), MimeMultipartFields.HeaderContentDisposition),
        new("content-id"u8.ToArray(), MimeMultipartFields.HeaderContentId),
        new("content-language"u8.ToArray(), MimeMultipartFields.HeaderContentLanguage),
        new("content-description"u8.ToArray(), MimeMultipartFields.HeaderContentDescription),
        new("content-transfer-encoding"u8.ToArray(), MimeMultipartFields.HeaderContentTransferEncoding),
    ];

    /// <summary>The boundary parameter of a Content-Type's parameters ("boundary=XX" or quoted), or empty.</summary>
    public static ReadOnlySpan<byte> Boundary(ReadOnlySpan<byte> parameters)
    {
        while (!parameters.IsEmpty)
        {
            int semicolon = parameters.IndexOf(TextBytes.Semicolon);
            var parameter = TextBytes.TrimBlanks(semicolon < 0 ? parameters : parameters[..semicolon]);
            parameters = semicolon < 0 ? default : parameters[(semicolon + 1)..];
            int equals = parameter.IndexOf(TextBytes.EqualsSign);
            if (equals < 0 || !TextBytes.EqualsIgnoreCase(TextBytes.TrimBlanks(parameter[..equals]), "boundary"u8))
                continue;
            var value = TextBytes.TrimBlanks(parameter[(equals + 1)..]);
            if (value.Length >= 2 && value[0] == (byte)'"' && value[^1] == (byte)'"')
                value = value[1..^1];
            return value;
        }
        return default;
    }

    /// <returns>False when the body has no part delimited by the boundary (nothing is added then).</returns>
    public static bool Write(PacketContext packet, int source, int offset, ReadOnlySpan<byte> body,
        ReadOnlySpan<byte> mediaType, ReadOnlySpan<byte> boundary, HttpTransaction? transaction)
    {
        if (boundary.IsEmpty || boundary.Length > MaxBoundaryLength)
            return false;
        Span<byte> delimiterBuffer = stackalloc byte[MaxBoundaryLength + 4];
        "\r\n--"u8.CopyTo(delimiterBuffer);
        boundary.CopyTo(delimiterBuffer[4..]);
        var delimiter = delimiterBuffer[..(boundary.Length + 4)];
        var dashBoundary = delimiter[2..];

        int first = FirstBoundary(body, dashBoundary);
        if (first < 0)
            return false;
        LineScanner.TryReadLine(body, first, atEnd: true, out var firstLine);

        var tree = packet.Tree;
        packet.AddProtocolName(MimeMultipartFields.Protocol.Abbrev);
        int node = tree.AddNode(-1, MimeMultipartFields.Protocol, source, offset, body.Length);
        SetProtocolText(tree, node, mediaType, boundary);
        TextTree.AddAsciiString(tree, node, MimeMultipartFields.Type, source, offset, 0, mediaType, NodeFlags.Generated);
        if (first > 0)
            tree.AddBytes(node, MimeMultipartFields.Preamble, source, offset, first, body[..first]);
        var firstBoundary = body.Slice(first, firstLine.FullLength);
        int firstNode = TextTree.AddAsciiString(tree, node, MimeMultipartFields.FirstBoundary, source, offset + first, firstBoundary.Length, firstBoundary);
        TextTree.SetFormattedText(tree, firstNode, "First boundary: ", firstBoundary, default);

        int position = firstLine.Next;
        while (position <= body.Length)
        {
            int next = body[position..].IndexOf(delimiter);
            int partEnd = next < 0 ? body.Length : position + next;
            WritePart(packet, node, source, offset, body, position, partEnd, transaction);
            if (next < 0)
                break;
            int afterDelimiter = partEnd + delimiter.Length;
            bool last = body[afterDelimiter..].StartsWith("--"u8);
            LineScanner.TryReadLine(body, afterDelimiter, atEnd: true, out var rest);
            int boundaryEnd = rest.TerminatorLength > 0 || rest.Length > 0 ? rest.Next : afterDelimiter;
            var boundaryBytes = body[partEnd..boundaryEnd];
            var field = last ? MimeMultipartFields.LastBoundary : MimeMultipartFields.Boundary;
            int boundaryNode = TextTree.AddAsciiString(tree, node, field, source, offset + partEnd, boundaryBytes.Length, boundaryBytes);
            TextTree.SetFormattedText(tree, boundaryNode, last ? "Last boundary: " : "Boundary: ", boundaryBytes, default);
            if (last)
            {
                if (boundaryEnd < body.Length)
                    tree.AddBytes(node, MimeMultipartFields.Trailer, source, offset + boundaryEnd, body.Length - boundaryEnd, body[boundaryEnd..]);
                break;
            }
            position = boundaryEnd;
        }
        return true;
    }

    private static int FirstBoundary(ReadOnlySpan<byte> body, ReadOnlySpan<byte> dashBoundary)
    {
        if (body.StartsWith(dashBoundary))
            return 0;
        int at = body.IndexOf(dashBoundary);
        while (at > 0 && body[at - 1] != TextBytes.Lf)
        {
            int next = body[(at + 1)..].IndexOf(dashBoundary);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return at;
    }

    private static void WritePart(PacketContext packet, int parent, int source, int offset, ReadOnlySpan<byte> body, int start, int end,
        HttpTransaction? transaction)
    {
        var tree = packet.Tree;
        var part = body[start..end];
        int partNode = tree.AddBytes(parent, MimeMultipartFields.Part, source, offset + start, part.Length, default);
        ReadOnlySpan<byte> partType = default;
        int position = 0;
        int lastHeaderNode = -1;
        var lastHeaderLine = default(TextLine);
        while (position < part.Length)
        {
            if (LineScanner.TryReadLine(part, position, atEnd: true, out var line) == LineStatus.NeedMore)
                break;
            if (line.IsBlank)
            {
                position = line.Next;
                if (lastHeaderNode >= 0)
                {
                    // tshark shows the blank line as part of the last header's line.
                    var extended = part.Slice(lastHeaderLine.Start, lastHeaderLine.FullLength + line.FullLength);
                    tree.SetLength(lastHeaderNode, extended.Length);
                    TextTree.SetFormattedText(tree, lastHeaderNode, extended);
                }
                break;
            }
            var text = part.Slice(line.Start, line.Length);
            var full = part.Slice(line.Start, line.FullLength);
            int at = offset + start + line.Start;
            if (HeaderLineParser.TryParse(text, out var header) == HeaderLineStatus.Ok)
            {
                var name = header.Name(text);
                var value = header.Value(text);
                FieldDef? field = null;
                foreach (ref readonly var known in PartHeaders.AsSpan())
                    if (known.LowerName.Length == name.Length && TextBytes.EqualsIgnoreCase(name, known.LowerName))
                        field = known.Field;
                if (field is not null)
                {
                    lastHeaderNode = TextTree.AddAsciiString(tree, partNode, field, source, at, full.Length, value);
                    TextTree.SetFormattedText(tree, lastHeaderNode, full);
                }
                else
                {
                    lastHeaderNode = TextTree.AddTextLine(tree, partNode, source, at, full);
                }
                if (ReferenceEquals(field, MimeMultipartFields.HeaderContentType))
                    partType = MediaType(value);
                else if (TextBytes.EqualsIgnoreCase(name, "content-range"u8) && HttpContentRange.TryParse(value, out var range))
                    transaction?.AddContentRange(range);
            }
            else
            {
                lastHeaderNode = TextTree.AddTextLine(tree, partNode, source, at, full);
            }
            lastHeaderLine = line;
            position = line.Next;
        }
        SetPartText(tree, partNode, partType);
        // Each part's media type reaches its own dissector, which appends " (type)" to Info as for a whole body.
        if (!partType.IsEmpty && position < part.Length)
        {
            Span<byte> lower = stackalloc byte[Math.Min(partType.Length, 256)];
            System.Text.Ascii.ToLower(partType[..lower.Length], lower, out int lowered);
            if (!lower[..lowered].StartsWith("multipart/"u8))
                HttpMediaInfo.AppendSuffix(packet.Columns.Info, lower[..lowered]);
        }
    }

    /// <summary>The media type of a Content-Type value: up to the first ';' or blank.</summary>
    public static ReadOnlySpan<byte> MediaType(ReadOnlySpan<byte> contentType)
    {
        int end = 0;
        while (end < contentType.Length && contentType[end] != TextBytes.Semicolon && !TextBytes.IsWhiteSpace(contentType[end]))
            end++;
        return contentType[..end];
    }

    private static void SetProtocolText(FieldTree tree, int node, ReadOnlySpan<byte> mediaType, ReadOnlySpan<byte> boundary)
    {
        mediaType = mediaType[..Math.Min(mediaType.Length, MaxShownTypeLength)];
        boundary = boundary[..Math.Min(boundary.Length, MaxBoundaryLength)];
        Span<char> text = stackalloc char[96 + mediaType.Length * 4 + boundary.Length * 4];
        int n = 0;
        Append(text, ref n, "MIME Multipart Media Encapsulation, Type: ");
        n += DisplayText.FormatLine(mediaType, text[n..]);
        Append(text, ref n, ", Boundary: \"");
        n += DisplayText.FormatLine(boundary, text[n..]);
        Append(text, ref n, "\"");
        tree.SetText(node, text[..n]);
    }

    private static void SetPartText(FieldTree tree, int node, ReadOnlySpan<byte> partType)
    {
        partType = partType[..Math.Min(partType.Length, MaxShownTypeLength)];
        Span<char> text = stackalloc char[48 + partType.Length * 4];
        int n = 0;
        Append(text, ref n, "Encapsulated multipart part: ");
        if (!partType.IsEmpty)
        {
            Append(text, ref n, " (");
            int start = n;
            n += DisplayText.FormatLine(partType, text[n..]);
            for (int i = start; i < n; i++)
                text[i] = char.ToLowerInvariant(text[i]);
            Append(text, ref n, ")");
        }
        tree.SetText(node, text[..n]);
    }

    private static void Append(Span<char> text, ref int n, ReadOnlySpan<char> value)
    {
        value.CopyTo(text[n..]);
        n += value.Length;
    }
}
