using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Tests.Http;

public class HttpSmokeTests
{
    [Fact]
    public void A_request_and_response_are_reported_with_tsharks_fields()
    {
        var h = new StreamHarness(HttpDissector.OverTcp);
        var req = h.Request("GET /hello.txt HTTP/1.1\r\nHost: example.com\r\nUser-Agent: curl/7.1\r\nAccept: */*\r\n\r\n");
        var res = h.Response("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello");
        Assert.Equal("GET /hello.txt HTTP/1.1 ", req.Info);
        Assert.Equal("HTTP/1.0 200 OK  (text/plain)", res.Info);
        Assert.Equal("http://example.com/hello.txt", req.Value(HttpFields.RequestFullUri));
        Assert.Equal("1", res.Value(HttpFields.RequestIn));
        Assert.Equal("hello", res.Value(HttpFields.FileData));
    }
}
