using Sniffer.Dissectors.Protocols.Http;

namespace Sniffer.Tests.Http;

/// <summary>Valid HTTP/1.x messages used across the tests, each with the framing it must get.</summary>
public static class HttpFixtures
{
    public sealed record Message(string Name, string Text, HttpBodyKind Framing, HttpRequestHint Hint = HttpRequestHint.Other)
    {
        public byte[] Bytes => System.Text.Encoding.Latin1.GetBytes(Text);
        public override string ToString() => Name;
    }

    public static readonly Message SimpleGet = new("simple GET",
        "GET /hello.txt HTTP/1.1\r\nHost: example.com\r\nUser-Agent: curl/8.5.0\r\nAccept: */*\r\n\r\n", HttpBodyKind.None);

    public static readonly Message PostWithBody = new("POST with Content-Length",
        "POST /form HTTP/1.1\r\nHost: a\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\n\r\na=1&b=2", HttpBodyKind.ContentLength);

    public static readonly Message TextResponse = new("200 with Content-Length",
        "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello", HttpBodyKind.ContentLength);

    public static readonly Message ChunkedResponse = new("chunked with extension and trailer",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n"
        + "4\r\nWiki\r\n5;ext=\"v\"\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\nExpires: never\r\nX-Trail: 1\r\n\r\n", HttpBodyKind.Chunked);

    public static readonly Message ChunkedUpperHex = new("chunked with upper-case hex sizes",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1A\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\n\r\n", HttpBodyKind.Chunked);

    public static readonly Message NoContent = new("204", "HTTP/1.1 204 No Content\r\nServer: x\r\n\r\n", HttpBodyKind.None);

    public static readonly Message NotModified = new("304 with a Content-Length it must ignore",
        "HTTP/1.1 304 Not Modified\r\nContent-Length: 1234\r\n\r\n", HttpBodyKind.None);

    public static readonly Message Continue = new("100 Continue", "HTTP/1.1 100 Continue\r\n\r\n", HttpBodyKind.None);

    public static readonly Message HeadResponse = new("200 to HEAD with a Content-Length",
        "HTTP/1.1 200 OK\r\nContent-Length: 100\r\nContent-Type: text/html\r\n\r\n", HttpBodyKind.None, HttpRequestHint.Head);

    public static readonly Message ConnectAccepted = new("200 to CONNECT",
        "HTTP/1.1 200 Connection established\r\n\r\n", HttpBodyKind.None, HttpRequestHint.Connect);

    public static readonly Message UntilClose = new("HTTP/1.0 response without length",
        "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nall of this until the server closes", HttpBodyKind.UntilClose);

    public static readonly Message TransferEncodingAndLength = new("chunked and Content-Length together",
        "HTTP/1.1 201 Created\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", HttpBodyKind.Chunked);

    public static readonly Message BareLineFeeds = new("request with bare LF line ends",
        "GET /lf HTTP/1.1\nHost: a\n\n", HttpBodyKind.None);

    /// <summary>Messages that end by their own framing (not by the connection's close).</summary>
    public static IEnumerable<object[]> SelfDelimited() =>
        new[] { SimpleGet, PostWithBody, TextResponse, ChunkedResponse, ChunkedUpperHex, NoContent, NotModified, Continue,
            HeadResponse, ConnectAccepted, TransferEncodingAndLength, BareLineFeeds }.Select(m => new object[] { m });
}
