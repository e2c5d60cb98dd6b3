using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// HTTP's fields, declared once with the abbreviations, display names, types and descriptions tshark 4.0
/// lists for them (<c>tshark -G fields</c>). Every field of tshark's http protocol is declared so filters and
/// the Lua export know them all; the dissector fills the ones HTTP/1.x messages carry.
/// </summary>
public static class HttpFields
{
    public static readonly ProtocolDef Protocol = new("http", "HTTP", "Hypertext Transfer Protocol");

    public static readonly FieldDef Notification = new("http.notification", "Notification", FieldType.Boolean, description: "TRUE if HTTP notification");
    public static readonly FieldDef Response = new("http.response", "Response", FieldType.Boolean, description: "TRUE if HTTP response");
    public static readonly FieldDef Request = new("http.request", "Request", FieldType.Boolean, description: "TRUE if HTTP request");
    public static readonly FieldDef ResponseNumber = new("http.response_number", "Response number", FieldType.UInt32);
    public static readonly FieldDef RequestNumber = new("http.request_number", "Request number", FieldType.UInt32);
    public static readonly FieldDef Authbasic = new("http.authbasic", "Credentials", FieldType.String);
    public static readonly FieldDef Authcitrix = new("http.authcitrix", "Citrix AG Auth", FieldType.Boolean, description: "TRUE if CitrixAGBasic Auth");
    public static readonly FieldDef AuthcitrixUser = new("http.authcitrix.user", "Citrix AG Username", FieldType.String);
    public static readonly FieldDef AuthcitrixDomain = new("http.authcitrix.domain", "Citrix AG Domain", FieldType.String);
    public static readonly FieldDef AuthcitrixPassword = new("http.authcitrix.password", "Citrix AG Password", FieldType.String);
    public static readonly FieldDef AuthcitrixSession = new("http.authcitrix.session", "Citrix AG Session ID", FieldType.String);
    public static readonly FieldDef ResponseLine = new("http.response.line", "Response line", FieldType.String);
    public static readonly FieldDef RequestLine = new("http.request.line", "Request line", FieldType.String);
    public static readonly FieldDef RequestMethod = new("http.request.method", "Request Method", FieldType.String, description: "HTTP Request Method");
    public static readonly FieldDef RequestUri = new("http.request.uri", "Request URI", FieldType.String, description: "HTTP Request-URI");
    public static readonly FieldDef RequestUriPath = new("http.request.uri.path", "Request URI Path", FieldType.String, description: "HTTP Request-URI Path");
    public static readonly FieldDef RequestUriQuery = new("http.request.uri.query", "Request URI Query", FieldType.String, description: "HTTP Request-URI Query");
    public static readonly FieldDef RequestUriQueryParameter = new("http.request.uri.query.parameter", "Request URI Query Parameter", FieldType.String, description: "HTTP Request-URI Query Parameter");
    public static readonly FieldDef RequestVersion = new("http.request.version", "Request Version", FieldType.String, description: "HTTP Request HTTP-Version");
    public static readonly FieldDef ResponseVersion = new("http.response.version", "Response Version", FieldType.String, description: "HTTP Response HTTP-Version");
    public static readonly FieldDef RequestFullUri = new("http.request.full_uri", "Full request URI", FieldType.String, description: "The full requested URI (including host name)");
    public static readonly FieldDef ResponseCode = new("http.response.code", "Status Code", FieldType.UInt16, description: "HTTP Response Status Code");
    public static readonly FieldDef ResponseCodeDesc = new("http.response.code.desc", "Status Code Description", FieldType.String, description: "HTTP Response Status Code Description");
    public static readonly FieldDef ResponseForUri = new("http.response_for.uri", "Request URI", FieldType.String, description: "HTTP Response For-URI");
    public static readonly FieldDef ResponsePhrase = new("http.response.phrase", "Response Phrase", FieldType.String, description: "HTTP Response Reason Phrase");
    public static readonly FieldDef Authorization = new("http.authorization", "Authorization", FieldType.String, description: "HTTP Authorization header");
    public static readonly FieldDef ProxyAuthenticate = new("http.proxy_authenticate", "Proxy-Authenticate", FieldType.String, description: "HTTP Proxy-Authenticate header");
    public static readonly FieldDef ProxyAuthorization = new("http.proxy_authorization", "Proxy-Authorization", FieldType.String, description: "HTTP Proxy-Authorization header");
    public static readonly FieldDef ProxyConnectHost = new("http.proxy_connect_host", "Proxy-Connect-Hostname", FieldType.String, description: "HTTP Proxy Connect Hostname");
    public static readonly FieldDef ProxyConnectPort = new("http.proxy_connect_port", "Proxy-Connect-Port", FieldType.UInt16, description: "HTTP Proxy Connect Port");
    public static readonly FieldDef WwwAuthenticate = new("http.www_authenticate", "WWW-Authenticate", FieldType.String, description: "HTTP WWW-Authenticate header");
    public static readonly FieldDef ContentType = new("http.content_type", "Content-Type", FieldType.String, description: "HTTP Content-Type header");
    public static readonly FieldDef ContentLengthHeader = new("http.content_length_header", "Content-Length", FieldType.String, description: "HTTP Content-Length header");
    public static readonly FieldDef ContentLength = new("http.content_length", "Content length", FieldType.UInt64);
    public static readonly FieldDef ContentEncoding = new("http.content_encoding", "Content-Encoding", FieldType.String, description: "HTTP Content-Encoding header");
    public static readonly FieldDef TransferEncoding = new("http.transfer_encoding", "Transfer-Encoding", FieldType.String, description: "HTTP Transfer-Encoding header");
    public static readonly FieldDef Upgrade = new("http.upgrade", "Upgrade", FieldType.String, description: "HTTP Upgrade header");
    public static readonly FieldDef UserAgent = new("http.user_agent", "User-Agent", FieldType.String, description: "HTTP User-Agent header");
    public static readonly FieldDef Host = new("http.host", "Host", FieldType.String, description: "HTTP Host");
    public static readonly FieldDef Connection = new("http.connection", "Connection", FieldType.String, description: "HTTP Connection");
    public static readonly FieldDef Cookie = new("http.cookie", "Cookie", FieldType.String, description: "HTTP Cookie");
    public static readonly FieldDef CookiePair = new("http.cookie_pair", "Cookie pair", FieldType.String, description: "A name/value HTTP cookie pair");
    public static readonly FieldDef Accept = new("http.accept", "Accept", FieldType.String, description: "HTTP Accept");
    public static readonly FieldDef Referer = new("http.referer", "Referer", FieldType.String, description: "HTTP Referer");
    public static readonly FieldDef AcceptLanguage = new("http.accept_language", "Accept-Language", FieldType.String, description: "HTTP Accept Language");
    public static readonly FieldDef AcceptEncoding = new("http.accept_encoding", "Accept Encoding", FieldType.String, description: "HTTP Accept Encoding");
    public static readonly FieldDef Date = new("http.date", "Date", FieldType.String, description: "HTTP Date");
    public static readonly FieldDef CacheControl = new("http.cache_control", "Cache-Control", FieldType.String, description: "HTTP Cache Control");
    public static readonly FieldDef Server = new("http.server", "Server", FieldType.String, description: "HTTP Server");
    public static readonly FieldDef Location = new("http.location", "Location", FieldType.String, description: "HTTP Location");
    public static readonly FieldDef SecWebsocketAccept = new("http.sec_websocket_accept", "Sec-WebSocket-Accept", FieldType.String);
    public static readonly FieldDef SecWebsocketExtensions = new("http.sec_websocket_extensions", "Sec-WebSocket-Extensions", FieldType.String);
    public static readonly FieldDef SecWebsocketKey = new("http.sec_websocket_key", "Sec-WebSocket-Key", FieldType.String);
    public static readonly FieldDef SecWebsocketProtocol = new("http.sec_websocket_protocol", "Sec-WebSocket-Protocol", FieldType.String);
    public static readonly FieldDef SecWebsocketVersion = new("http.sec_websocket_version", "Sec-WebSocket-Version", FieldType.String);
    public static readonly FieldDef SetCookie = new("http.set_cookie", "Set-Cookie", FieldType.String, description: "HTTP Set Cookie");
    public static readonly FieldDef LastModified = new("http.last_modified", "Last-Modified", FieldType.String, description: "HTTP Last Modified");
    public static readonly FieldDef XForwardedFor = new("http.x_forwarded_for", "X-Forwarded-For", FieldType.String, description: "HTTP X-Forwarded-For");
    public static readonly FieldDef Http2Settings = new("http.http2_settings", "HTTP2-Settings", FieldType.String);
    public static readonly FieldDef RequestIn = new("http.request_in", "Request in frame", FieldType.FrameNum, description: "This packet is a response to the packet with this number");
    public static readonly FieldDef ResponseIn = new("http.response_in", "Response in frame", FieldType.FrameNum, description: "This packet will be responded in the packet with this number");
    public static readonly FieldDef NextRequestIn = new("http.next_request_in", "Next request in frame", FieldType.FrameNum, description: "The next HTTP request starts in packet number");
    public static readonly FieldDef NextResponseIn = new("http.next_response_in", "Next response in frame", FieldType.FrameNum, description: "The next HTTP response starts in packet number");
    public static readonly FieldDef PrevRequestIn = new("http.prev_request_in", "Prev request in frame", FieldType.FrameNum, description: "The previous HTTP request starts in packet number");
    public static readonly FieldDef PrevResponseIn = new("http.prev_response_in", "Prev response in frame", FieldType.FrameNum, description: "The previous HTTP response starts in packet number");
    public static readonly FieldDef Time = new("http.time", "Time since request", FieldType.RelativeTime, description: "Time since the request was sent");
    public static readonly FieldDef ChunkedTrailerPart = new("http.chunked_trailer_part", "trailer-part", FieldType.String, description: "Optional trailer in a chunked body");
    public static readonly FieldDef ChunkBoundary = new("http.chunk_boundary", "Chunk boundary", FieldType.Bytes);
    public static readonly FieldDef ChunkSize = new("http.chunk_size", "Chunk size", FieldType.UInt32);
    public static readonly FieldDef ChunkData = new("http.chunk_data", "Chunk data", FieldType.Bytes);
    public static readonly FieldDef FileData = new("http.file_data", "File Data", FieldType.String);
    public static readonly FieldDef UnknownHeader = new("http.unknown_header", "Unknown header", FieldType.String);
    public static readonly FieldDef Http2SettingsUri = new("http.http2_settings_uri", "HTTP2 Settings URI", FieldType.Bytes);
    public static readonly FieldDef PathSegment = new("http.path_segment", "Path segment", FieldType.String);
    public static readonly FieldDef PathSubSegment = new("http.path_sub_segment", "Path sub segment", FieldType.String);

    /// <summary>What this protocol declares: its fields and expert items, for the field catalog.</summary>
    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [Notification, Response, Request, ResponseNumber, RequestNumber, Authbasic, Authcitrix, AuthcitrixUser, AuthcitrixDomain, AuthcitrixPassword, AuthcitrixSession, ResponseLine, RequestLine, RequestMethod, RequestUri, RequestUriPath, RequestUriQuery, RequestUriQueryParameter, RequestVersion, ResponseVersion, RequestFullUri, ResponseCode, ResponseCodeDesc, ResponseForUri, ResponsePhrase, Authorization, ProxyAuthenticate, ProxyAuthorization, ProxyConnectHost, ProxyConnectPort, WwwAuthenticate, ContentType, ContentLengthHeader, ContentLength, ContentEncoding, TransferEncoding, Upgrade, UserAgent, Host, Connection, Cookie, CookiePair, Accept, Referer, AcceptLanguage, AcceptEncoding, Date, CacheControl, Server, Location, SecWebsocketAccept, SecWebsocketExtensions, SecWebsocketKey, SecWebsocketProtocol, SecWebsocketVersion, SetCookie, LastModified, XForwardedFor, Http2Settings, RequestIn, ResponseIn, NextRequestIn, NextResponseIn, PrevRequestIn, PrevResponseIn, Time, ChunkedTrailerPart, ChunkBoundary, ChunkSize, ChunkData, FileData, UnknownHeader, Http2SettingsUri, PathSegment, PathSubSegment],
        [HttpExperts.Chat, HttpExperts.TeAndLength, HttpExperts.TeUnknown, HttpExperts.TlsPort, HttpExperts.LeadingCrlf, HttpExperts.BadHeaderName, HttpExperts.DecompressionFailed]);
}
