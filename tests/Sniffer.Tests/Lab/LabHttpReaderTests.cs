using System.Text;
using Sniffer.Lab;

namespace Sniffer.Tests.Lab;

/// <summary>How the lab peers read HTTP and HTCPCP: framing, the coffee pots' missing blank line, limits, and cut-off input.</summary>
public class LabHttpReaderTests
{
    private static (LabHttpReadStatus Status, LabHttpMessage? Message) Request(string text, bool lenient = false) =>
        LabHttpReader.ReadRequestAsync(new LabStreamReader(new MemoryStream(Encoding.Latin1.GetBytes(text))), lenient, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    private static (LabHttpReadStatus Status, LabHttpMessage? Message) Response(string text, string method = "GET", bool lenient = false) =>
        LabHttpReader.ReadResponseAsync(new LabStreamReader(new MemoryStream(Encoding.Latin1.GetBytes(text))), method, lenient, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    private const string Post = "POST /login HTTP/1.1\r\nHost: lab\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 27\r\n\r\nuser=alice&password=guessed";

    [Fact]
    public void A_request_with_a_body_gives_its_start_line_headers_and_exactly_its_body()
    {
        var (status, request) = Request(Post);
        Assert.Equal(LabHttpReadStatus.Message, status);
        Assert.Equal("POST", request!.Method);
        Assert.Equal("/login", request.Target);
        Assert.Equal("HTTP/1.1", request.RequestVersion);
        Assert.Equal("lab", request.Header("host"));
        Assert.Equal("user=alice&password=guessed", request.BodyText);
    }

    [Fact]
    public void Every_prefix_of_a_request_cut_by_the_peer_closing_is_never_taken_for_a_whole_message()
    {
        for (int length = 0; length < Post.Length; length++)
        {
            var (status, _) = Request(Post[..length]);
            Assert.NotEqual(LabHttpReadStatus.Message, status);
            if (length == 0)
                Assert.Equal(LabHttpReadStatus.Closed, status);
        }
    }

    [Fact]
    public void A_chunked_response_is_reassembled_and_its_trailer_read()
    {
        var (status, response) = Response("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nX-Trailer: yes\r\n\r\n");
        Assert.Equal(LabHttpReadStatus.Message, status);
        Assert.Equal("hello, world", response!.BodyText);
    }

    [Theory]
    [InlineData("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the close", "GET", "until the close")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n", "HEAD", "")]
    [InlineData("HTTP/1.1 204 No Content\r\n\r\n", "GET", "")]
    [InlineData("HTTP/1.1 206 Partial Content\r\nContent-Length: 3\r\n\r\nabcdef", "GET", "abc")]
    public void A_response_body_is_framed_as_RFC_9112_says(string text, string method, string body)
    {
        var (status, response) = Response(text, method);
        Assert.Equal(LabHttpReadStatus.Message, status);
        Assert.Equal(body, response!.BodyText);
    }

    [Fact]
    public void A_coffee_pot_reply_without_the_blank_line_has_its_first_non_header_line_as_body()
    {
        var (status, response) = Response("HTCPCP/1.0 200 OK\r\nContent-Type: message/coffeepot\r\npot-0 is brewing\r\n", "BREW", lenient: true);
        Assert.Equal(LabHttpReadStatus.Message, status);
        Assert.Equal(200, response!.StatusCode);
        Assert.Equal("message/coffeepot", response.Header("Content-Type"));
        Assert.Equal("pot-0 is brewing", response.BodyText);
    }

    [Fact]
    public void A_lab_client_request_without_the_blank_line_is_read_by_a_lenient_pot_and_refused_by_a_strict_reader()
    {
        const string lab = "BREW /pot-1 HTTP/1.1\r\nHost: pot.lab\r\nContent-Type: message/coffeepot\r\nstop\r\n";
        var (status, request) = Request(lab, lenient: true);
        Assert.Equal(LabHttpReadStatus.Message, status);
        Assert.Equal("stop", request!.BodyText);
        Assert.Equal(LabHttpReadStatus.Malformed, Request(lab).Status);
    }

    [Fact]
    public void A_line_longer_than_the_limit_and_a_body_larger_than_the_limit_are_refused()
    {
        Assert.Equal(LabHttpReadStatus.TooLarge, Request("GET /" + new string('a', LabStreamReader.MaxLineLength + 10) + " HTTP/1.1\r\n\r\n").Status);
        Assert.Equal(LabHttpReadStatus.TooLarge, Request("POST / HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n").Status);
        Assert.Equal(LabHttpReadStatus.Malformed, Request("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n").Status);
        Assert.Equal(LabHttpReadStatus.Malformed, Response("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n").Status);
    }

    [Fact]
    public void Something_that_is_not_HTTP_is_malformed()
    {
        Assert.Equal(LabHttpReadStatus.Malformed, Request("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n").Status);
        Assert.Equal(LabHttpReadStatus.Malformed, Request("GET / HTTP/1.1\r\nbad header line\r\n\r\n").Status);
    }

    [Fact]
    public void Requests_written_by_the_lab_have_a_length_or_the_lab_clients_own_form()
    {
        var normal = Encoding.Latin1.GetString(LabHttpWriter.Request("BREW", "/pot-0", "HTCPCP/1.0", [new("Content-Type", "message/coffeepot")], "start"u8.ToArray()));
        Assert.Equal("BREW /pot-0 HTCPCP/1.0\r\nContent-Type: message/coffeepot\r\nContent-Length: 5\r\n\r\nstart", normal);
        var lab = Encoding.Latin1.GetString(LabHttpWriter.Request("BREW", "/pot-1", "HTTP/1.1", [new("Host", "pot.lab")], "stop"u8.ToArray(), omitBlankLine: true));
        Assert.Equal("BREW /pot-1 HTTP/1.1\r\nHost: pot.lab\r\nstop\r\n", lab);
    }
}
