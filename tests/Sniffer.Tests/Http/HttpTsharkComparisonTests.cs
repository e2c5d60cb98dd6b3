using System.IO.Compression;
using Sniffer.Dissectors.Streams;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Http;

/// <summary>
/// Representative exchanges written to captures, dissected by tshark 4.0 and by Sniffer: for every frame,
/// the http.* values and the Info column must be the same.
/// </summary>
public class HttpTsharkComparisonTests
{
    private const StreamDirection ToServer = StreamDirection.ClientToServer;
    private const StreamDirection ToClient = StreamDirection.ServerToClient;

    private static void AssertSameAsTshark(TcpCaptureBuilder capture)
    {
        var differences = TsharkComparison.Differences(capture);
        differences.AddRange(TsharkComparison.TreeTextDifferences(capture));
        Assert.True(differences.Count == 0, string.Join('\n', differences.Take(30)));
    }

    [TsharkFact]
    public void A_get_with_common_headers_and_a_text_response_match_tshark()
    {
        AssertSameAsTshark(new TcpCaptureBuilder()
            .Request("GET /index.html?lang=en&&q=coffee%20pot HTTP/1.1\r\nHost: example.com\r\nUser-Agent: curl/8.5.0\r\n"
                + "Accept: text/html, */*;q=0.8\r\nAccept-Encoding: gzip, deflate\r\nAccept-Language: en-GB\r\n"
                + "Referer: http://example.com/\r\nCookie: a=1; b=two ; c\r\nAuthorization: Basic dXNlcjpwYXNz\r\n"
                + "X-Custom: yes\r\nConnection: keep-alive\r\n\r\n")
            .Response("HTTP/1.1 200 OK\r\nServer: nginx\r\nDate: Tue, 01 Apr 2025 10:00:00 GMT\r\n"
                + "Last-Modified: Mon, 31 Mar 2025 09:00:00 GMT\r\nCache-Control: max-age=60\r\nSet-Cookie: s=1; Path=/\r\n"
                + "Content-Type: Text/HTML; charset=utf-8\r\nContent-Length: 12\r\nConnection: keep-alive\r\n\r\n<p>hello</p>"));
    }

    [TsharkFact]
    public void Messages_split_across_segments_are_reported_on_the_last_one_with_the_first_line_shown_before()
    {
        AssertSameAsTshark(new TcpCaptureBuilder()
            .SendInPieces(ToServer, "GET /x HTTP/1.1\r\nHost: h\r\n\r\n", 19)
            .SendInPieces(ToClient, "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 10\r\n\r\n0123456789", 30, 35)
            .SendInPieces(ToServer, "GET /y HTTP/1.1\r\nHost: h\r\n\r\n", 9)
            .SendInPieces(ToClient, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n", 23));
    }

    [TsharkFact]
    public void Chunked_bodies_with_extensions_trailers_and_split_size_lines_match_tshark()
    {
        const string body = "3\r\nabc\r\nA;name=value\r\n0123456789\r\n1a\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\nX-Checksum: 1\r\n\r\n";
        AssertSameAsTshark(new TcpCaptureBuilder()
            .Request("GET /chunks HTTP/1.1\r\nHost: h\r\n\r\n")
            .SendInPieces(ToClient, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n" + body, 80, 1, 5, 20)
            .Request("GET /more HTTP/1.1\r\nHost: h\r\n\r\n")
            .SendInPieces(ToClient, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nF\r\n0123456789abcde\r\n0\r\n\r\n", 47, 1));
    }

    [TsharkFact]
    public void A_segment_that_completes_one_message_and_starts_the_next_shows_both_first_lines()
    {
        AssertSameAsTshark(new TcpCaptureBuilder()
            .Request("GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHo")
            .Request("st: h\r\n\r\nGET /c HT")
            .Request("TP/1.1\r\nHost: h\r\n\r\n")
            .Response("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n")
            .Response("0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab")
            .Response("cde")
            .Response("HTTP/1.1 200 OK\r\nContent-Length: 30\r\n\r\n0123456789")
            .Response("0123456789")
            .Response("0123456789"));
    }

    [TsharkFact]
    public void Pipelined_requests_and_responses_without_bodies_match_tsharks_pairing()
    {
        AssertSameAsTshark(new TcpCaptureBuilder()
            .Request("GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\n\r\n")
            .Response("HTTP/1.1 204 No Content\r\n\r\nHTTP/1.1 304 Not Modified\r\nConnection: close\r\n\r\n")
            .Request("HEAD /c HTTP/1.1\r\nHost: h\r\n\r\n")
            .Response("HTTP/1.1 200 OK\r\nContent-Length: 100\r\nContent-Type: text/html\r\n\r\n"));
    }

    [TsharkFact]
    public void An_expect_100_continue_upload_matches_tshark()
    {
        AssertSameAsTshark(new TcpCaptureBuilder()
            .Request("POST /up HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\n")
            .Response("HTTP/1.1 100 Continue\r\n\r\n")
            .Request("hello")
            .Response("HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n"));
    }

    [TsharkFact]
    public void A_response_delimited_by_the_servers_fin_matches_tshark()
    {
        AssertSameAsTshark(new TcpCaptureBuilder()
            .Request("GET /x HTTP/1.0\r\n\r\n")
            .Response("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nabc")
            .Response("def")
            .Fin(ToClient)
            .Fin(ToServer));
    }

    [TsharkFact]
    public void Gzip_and_deflate_bodies_are_uncompressed_as_tshark_does()
    {
        byte[] gzip = Compress(new MemoryStream(), s => new GZipStream(s, CompressionLevel.Optimal), "hello gzip world\n");
        byte[] zlib = Compress(new MemoryStream(), s => new ZLibStream(s, CompressionLevel.Optimal), "hello deflate\n");
        var latin1 = System.Text.Encoding.Latin1;
        AssertSameAsTshark(new TcpCaptureBuilder()
            .Request("GET /g HTTP/1.1\r\nHost: a\r\nAccept-Encoding: gzip, deflate\r\n\r\n")
            .Response($"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: gzip\r\nContent-Length: {gzip.Length}\r\n\r\n{latin1.GetString(gzip)}")
            .Request("GET /d HTTP/1.1\r\nHost: a\r\n\r\n")
            .Response($"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: deflate\r\nTransfer-Encoding: chunked\r\n\r\n{zlib.Length:x}\r\n{latin1.GetString(zlib)}\r\n0\r\n\r\n")
            .Request("GET /bad HTTP/1.1\r\nHost: a\r\n\r\n")
            .Response("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 5\r\n\r\nabcde"));
    }

    [TsharkFact]
    public void Range_requests_with_single_multipart_and_unsatisfiable_answers_match_tshark()
    {
        const string parts = "--XX\r\nContent-Type: text/plain\r\nContent-Range: bytes 0-3/100\r\n\r\nabcd\r\n"
            + "--XX\r\nContent-Type: text/plain\r\nContent-Range: bytes 10-13/100\r\n\r\nefgh\r\n--XX--\r\n";
        AssertSameAsTshark(new TcpCaptureBuilder()
            .Request("GET /file HTTP/1.1\r\nHost: a\r\nRange: bytes=0-3\r\n\r\n")
            .Response("HTTP/1.1 206 Partial Content\r\nContent-Type: text/plain\r\nContent-Range: bytes 0-3/100\r\nContent-Length: 4\r\n\r\nabcd")
            .Request("GET /file HTTP/1.1\r\nHost: a\r\nRange: bytes=0-3,10-13\r\n\r\n")
            .Response($"HTTP/1.1 206 Partial Content\r\nContent-Type: multipart/byteranges; boundary=XX\r\nContent-Length: {parts.Length}\r\n\r\n{parts}")
            .Request("GET /file HTTP/1.1\r\nHost: a\r\nRange: bytes=200-300\r\n\r\n")
            .Response("HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */100\r\nContent-Length: 0\r\n\r\n"));
    }

    [TsharkFact]
    public void A_response_without_request_and_conflicting_framing_headers_match_tshark()
    {
        AssertSameAsTshark(new TcpCaptureBuilder()
            .Response("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi")
            .Request("POST /form HTTP/1.1\r\nHost: a\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\n\r\na=1&b=2")
            .Response("HTTP/1.1 201 Created\r\nContent-Length: 0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
            .Request("\r\nGET /after-crlf HTTP/1.1\r\nHost: a\r\n\r\n")
            .Response("HTTP/1.1 302 Found\r\nLocation: /elsewhere\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"));
    }

    [TsharkFact]
    public void Responses_without_a_body_wait_for_none_but_keep_what_came_with_their_headers_as_tshark_does()
    {
        AssertSameAsTshark(new TcpCaptureBuilder()
            // Pipelined GET then HEAD: both responses are framed by the latest request, the HEAD.
            .Request("GET /a HTTP/1.1\r\nHost: x\r\n\r\nHEAD /b HTTP/1.1\r\nHost: x\r\n\r\n")
            .Response("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello")
            .Response("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n")
            // A HEAD response followed in its segment by another: its Content-Length's worth is taken.
            .Request("HEAD /c HTTP/1.1\r\nHost: x\r\n\r\n")
            .Response("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
            // 204 and 304 without a length take nothing; a 304 with one takes it.
            .Request("GET /d HTTP/1.1\r\nHost: x\r\n\r\n")
            .Response("HTTP/1.1 204 No Content\r\n\r\nzzHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
            .Request("GET /e HTTP/1.1\r\nHost: x\r\n\r\n")
            .Response("HTTP/1.1 304 Not Modified\r\nContent-Length: 2\r\n\r\nzzHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
            // A HEAD response with chunks, and one with neither length: what came with the headers is its body.
            .Request("HEAD /f HTTP/1.1\r\nHost: x\r\n\r\n")
            .Response("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n")
            .Request("HEAD /g HTTP/1.1\r\nHost: x\r\n\r\n")
            .Response("HTTP/1.1 200 OK\r\nServer: x\r\n\r\nextra"));
    }

    [TsharkFact]
    public void A_head_answered_after_a_pipelined_get_waits_for_the_body_the_get_would_have_as_tshark_does()
    {
        AssertSameAsTshark(new TcpCaptureBuilder()
            .Request("HEAD /b HTTP/1.1\r\nHost: x\r\n\r\nGET /a HTTP/1.1\r\nHost: x\r\n\r\n")
            .Response("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n")
            .Response("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello")
            .Request("POST /c HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n")
            .Response("HTTP/1.1 100 Continue\r\nContent-Length: 2\r\n\r\n")
            .Request("abc")
            .Response("zzHTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n"));
    }

    [TsharkFact]
    public void Every_status_code_gets_tsharks_description()
    {
        var capture = new TcpCaptureBuilder();
        foreach (int code in Enumerable.Range(100, 500).Append(0).Append(600).Append(999))
            capture.Request("GET / HTTP/1.1\r\nHost: h\r\n\r\n").Response($"HTTP/1.1 {code:D3} Phrase\r\nContent-Length: 0\r\n\r\n");
        AssertSameAsTshark(capture);
    }

    private static byte[] Compress(MemoryStream output, Func<Stream, Stream> wrap, string text)
    {
        using (var compressor = wrap(output))
            compressor.Write(System.Text.Encoding.ASCII.GetBytes(text));
        return output.ToArray();
    }
}
