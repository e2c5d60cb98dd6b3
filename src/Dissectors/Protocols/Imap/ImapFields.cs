using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Imap;

/// <summary>IMAP's fields, with tshark 4.0's abbreviations, names and types (packet-imap.c).</summary>
public static class ImapFields
{
    public static readonly ProtocolDef Protocol = new("imap", "IMAP", "Internet Message Access Protocol");

    public static readonly FieldDef IsRequest = new("imap.isrequest", "Request", FieldType.Boolean, description: "TRUE if IMAP request, FALSE otherwise");
    public static readonly FieldDef Line = new("imap.line", "Line", FieldType.StringZ, description: "A line of an IMAP message");
    public static readonly FieldDef Request = new("imap.request", "Request", FieldType.StringZ, description: "Remainder of request line");
    public static readonly FieldDef RequestTag = new("imap.request_tag", "Request Tag", FieldType.StringZ, description: "First token of request line");
    public static readonly FieldDef Response = new("imap.response", "Response", FieldType.StringZ, description: "Remainder of response line");
    public static readonly FieldDef ResponseTag = new("imap.response_tag", "Response Tag", FieldType.StringZ, description: "First token of response line");
    public static readonly FieldDef RequestCommand = new("imap.request.command", "Request Command", FieldType.StringZ, description: "Request command name");
    public static readonly FieldDef ResponseCommand = new("imap.response.command", "Response Command", FieldType.StringZ, description: "Response command name");
    public static readonly FieldDef ResponseStatus = new("imap.response.status", "Response Status", FieldType.StringZ, description: "Response status code");
    public static readonly FieldDef Tag = new("imap.tag", "Tag", FieldType.StringZ, description: "First token of line");
    public static readonly FieldDef Command = new("imap.command", "Command", FieldType.StringZ, description: "Request or Response command name");
    public static readonly FieldDef RequestFolder = new("imap.request.folder", "Request Folder", FieldType.StringZ, description: "Request command folder");
    public static readonly FieldDef RequestUid = new("imap.request.command.uid", "Request isUID", FieldType.Boolean, description: "Request command uid");
    public static readonly FieldDef RequestUsername = new("imap.request.username", "Request Username", FieldType.StringZ, description: "Request command username");
    public static readonly FieldDef RequestPassword = new("imap.request.password", "Request Password", FieldType.StringZ, description: "Request command password");
    public static readonly FieldDef ResponseIn = new("imap.response_in", "Response In", FieldType.FrameNum,
        description: "The response to this IMAP request is in this frame");
    public static readonly FieldDef ResponseTo = new("imap.response_to", "Request In", FieldType.FrameNum,
        description: "This is a response to the IMAP request in this frame");
    public static readonly FieldDef Time = new("imap.time", "Response Time", FieldType.RelativeTime, description: "The time between the request and response");

    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [IsRequest, Line, Request, RequestTag, Response, ResponseTag, RequestCommand, ResponseCommand, ResponseStatus, Tag, Command, RequestFolder,
         RequestUid, RequestUsername, RequestPassword, ResponseIn, ResponseTo, Time],
        [], [ImapRegistration.TcpPorts]);
}
