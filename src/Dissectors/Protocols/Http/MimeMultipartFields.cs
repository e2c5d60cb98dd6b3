using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// tshark 4.0's MIME multipart fields, for multipart bodies carried by HTTP (a 206's multipart/byteranges
/// with one part per range). Declared with tshark's abbreviations, names and types.
/// </summary>
public static class MimeMultipartFields
{
    public static readonly ProtocolDef Protocol = new("mime_multipart", "MIME multipart", "MIME Multipart Media Encapsulation");

    public static readonly FieldDef Type = new("mime_multipart.type", "Type", FieldType.String, description: "MIME multipart encapsulation type");
    public static readonly FieldDef Part = new("mime_multipart.part", "Encapsulated multipart part", FieldType.String);
    public static readonly FieldDef HeaderSectokenLength = new("mime_multipart.header.sectoken-length", "Length of security token", FieldType.UInt32, description: "Length of the Kerberos BLOB which follows this token");
    public static readonly FieldDef HeaderContentDescription = new("mime_multipart.header.content-description", "Content-Description", FieldType.String, description: "Content-Description Header");
    public static readonly FieldDef HeaderContentDisposition = new("mime_multipart.header.content-disposition", "Content-Disposition", FieldType.String, description: "RFC 2183: Content-Disposition Header");
    public static readonly FieldDef HeaderContentEncoding = new("mime_multipart.header.content-encoding", "Content-Encoding", FieldType.String, description: "Content-Encoding Header");
    public static readonly FieldDef HeaderContentId = new("mime_multipart.header.content-id", "Content-Id", FieldType.String, description: "RFC 2045: Content-Id Header");
    public static readonly FieldDef HeaderContentLanguage = new("mime_multipart.header.content-language", "Content-Language", FieldType.String, description: "Content-Language Header");
    public static readonly FieldDef HeaderContentLength = new("mime_multipart.header.content-length", "Content-Length", FieldType.String, description: "Content-Length Header");
    public static readonly FieldDef HeaderContentTransferEncoding = new("mime_multipart.header.content-transfer-encoding", "Content-Transfer-Encoding", FieldType.String, description: "RFC 2045: Content-Transfer-Encoding Header");
    public static readonly FieldDef HeaderContentType = new("mime_multipart.header.content-type", "Content-Type", FieldType.String, description: "Content-Type Header");
    public static readonly FieldDef HeaderOriginalcontent = new("mime_multipart.header.originalcontent", "OriginalContent", FieldType.String, description: "Original Content-Type Header");
    public static readonly FieldDef FirstBoundary = new("mime_multipart.first_boundary", "First boundary", FieldType.String);
    public static readonly FieldDef Preamble = new("mime_multipart.preamble", "Preamble", FieldType.Bytes);
    public static readonly FieldDef LastBoundary = new("mime_multipart.last_boundary", "Last boundary", FieldType.String);
    public static readonly FieldDef Boundary = new("mime_multipart.boundary", "Boundary", FieldType.String);
    public static readonly FieldDef Trailer = new("mime_multipart.trailer", "Trailer", FieldType.Bytes);

    /// <summary>What this protocol declares: its fields and expert items, for the field catalog.</summary>
    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [Type, Part, HeaderSectokenLength, HeaderContentDescription, HeaderContentDisposition, HeaderContentEncoding, HeaderContentId, HeaderContentLanguage, HeaderContentLength, HeaderContentTransferEncoding, HeaderContentType, HeaderOriginalcontent, FirstBoundary, Preamble, LastBoundary, Boundary, Trailer]);
}
