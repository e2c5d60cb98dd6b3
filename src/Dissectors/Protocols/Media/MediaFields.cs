using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Media;

/// <summary>The protocols a message body reaches by its media type (Wireshark's media_type table), with 4.0's names.</summary>
public static class MediaFields
{
    /// <summary>"Line-based text data: text/html (12 lines)" (packet-text-media.c).</summary>
    public static readonly ProtocolDef TextLines = new("data-text-lines", "Line-based text data", "Line-based text data");

    /// <summary>"HTML Form URL Encoded: application/x-www-form-urlencoded" (packet-http-urlencoded.c).</summary>
    public static readonly ProtocolDef UrlEncodedForm = new("urlencoded-form", "URL Encoded Form Data", "HTML Form URL Encoded");
    public static readonly FieldDef FormKey = new("urlencoded-form.key", "Key", FieldType.StringZ);
    public static readonly FieldDef FormValue = new("urlencoded-form.value", "Value", FieldType.StringZ);

    /// <summary>"Media Type" for a media type no dissector takes (packet-media.c).</summary>
    public static readonly ProtocolDef Media = new("media", "Media", "Media Type");
    public static readonly FieldDef MediaType = new("media.type", "Media type", FieldType.Bytes);

    /// <summary>What these protocols declare, for the field catalog.</summary>
    public static IReadOnlyList<ProtocolDeclaration> Declarations { get; } =
    [
        new(TextLines, []),
        new(UrlEncodedForm, [FormKey, FormValue]),
        new(Media, [MediaType]),
    ];
}
