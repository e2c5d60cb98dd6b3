using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Htcpcp;

/// <summary>
/// HTCPCP's fields (RFC 2324, RFC 7168). tshark has no HTCPCP dissector, so these follow the http.*
/// pattern: the same names and types for the same things, plus the coffee-specific ones.
/// </summary>
public static class HtcpcpFields
{
    public static readonly ProtocolDef Protocol = new("htcpcp", "HTCPCP", "Hyper Text Coffee Pot Control Protocol");

    public static readonly FieldDef Request = new("htcpcp.request", "Request", FieldType.Boolean, description: "TRUE if HTCPCP request");
    public static readonly FieldDef Response = new("htcpcp.response", "Response", FieldType.Boolean, description: "TRUE if HTCPCP response");
    public static readonly FieldDef RequestMethod = new("htcpcp.request.method", "Request Method", FieldType.String,
        description: "BREW, POST (deprecated synonym of BREW), GET, PROPFIND or WHEN");
    public static readonly FieldDef RequestUri = new("htcpcp.request.uri", "Request URI", FieldType.String);
    public static readonly FieldDef RequestVersion = new("htcpcp.request.version", "Request Version", FieldType.String);
    public static readonly FieldDef UriScheme = new("htcpcp.uri.scheme", "URI Scheme", FieldType.String,
        description: "coffee, tea, or one of RFC 2324's coffee schemes in other languages (koffie, kaffe, ...)");
    public static readonly FieldDef UriPot = new("htcpcp.uri.pot", "Pot Designator", FieldType.String, description: "pot-N (RFC 2324 section 3)");
    public static readonly FieldDef UriTeaVariety = new("htcpcp.uri.tea_variety", "Tea Variety", FieldType.String,
        description: "The tea named in the URI path (RFC 7168 section 2.1.2)");
    public static readonly FieldDef ResponseVersion = new("htcpcp.response.version", "Response Version", FieldType.String);
    public static readonly FieldDef ResponseCode = new("htcpcp.response.code", "Status Code", FieldType.UInt16);
    public static readonly FieldDef ResponsePhrase = new("htcpcp.response.phrase", "Response Phrase", FieldType.String);
    public static readonly FieldDef AcceptAdditions = new("htcpcp.accept_additions", "Accept-Additions", FieldType.String,
        description: "One addition asked for (Cream, Whole-milk, Vanilla, ...), without its parameters");
    public static readonly FieldDef ContentType = new("htcpcp.content_type", "Content-Type", FieldType.String);
    public static readonly FieldDef ContentLength = new("htcpcp.content_length", "Content length", FieldType.UInt64);
    public static readonly FieldDef Body = new("htcpcp.body", "Body", FieldType.String, description: "The message body (start, stop, ...)");
    public static readonly FieldDef Header = new("htcpcp.header", "Header", FieldType.String, description: "A header HTCPCP gives no field of its own");
    public static readonly FieldDef RequestIn = new("htcpcp.request_in", "Request in frame", FieldType.FrameNum,
        description: "This packet is a response to the packet with this number");
    /// <summary>
    /// Filled as http.response_in is: on a request whose response is already known when it is shown (a second pass,
    /// Wireshark's view of a selected packet). A single pass, as tshark's and Sniffer's default, never knows it.
    /// </summary>
    public static readonly FieldDef ResponseIn = new("htcpcp.response_in", "Response in frame", FieldType.FrameNum,
        description: "This packet will be responded in the packet with this number");
    public static readonly FieldDef Time = new("htcpcp.time", "Time since request", FieldType.RelativeTime,
        description: "Time since the request was sent");

    /// <summary>What this protocol declares: its fields and expert items, for the field catalog.</summary>
    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [Request, Response, RequestMethod, RequestUri, RequestVersion, UriScheme, UriPot, UriTeaVariety, ResponseVersion, ResponseCode, ResponsePhrase, AcceptAdditions, ContentType, ContentLength, Body, Header, RequestIn, ResponseIn, Time],
        [HtcpcpExperts.NoBlankLine, HtcpcpExperts.UnframedBody, HtcpcpExperts.PostDeprecated, HtcpcpExperts.UnknownMethod, HtcpcpExperts.BadStatusLine, HtcpcpExperts.MessageTruncated, HtcpcpExperts.ResponseWithoutRequest]);
}
