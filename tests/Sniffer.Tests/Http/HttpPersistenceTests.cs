using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Tests.Http;

/// <summary>The persistence decision table, fed with transactions built by the dissector itself.</summary>
public class HttpPersistenceTests
{
    private const StreamDirection Client = StreamDirection.ClientToServer;
    private const StreamDirection Server = StreamDirection.ServerToClient;

    private static IReadOnlyList<HttpTransaction> Exchanges(params (string Request, string Response)[] exchanges)
    {
        var h = new StreamHarness(HttpDissector.OverTcp);
        foreach (var (request, response) in exchanges)
        {
            h.Request(request);
            if (response.Length > 0)
                h.Response(response);
        }
        return HttpDissector.ConversationOf(h.Conversation)?.Transactions ?? [];
    }

    private const string Get11 = "GET / HTTP/1.1\r\nHost: a\r\n\r\n";
    private const string Get10 = "GET / HTTP/1.0\r\n\r\n";
    private const string Ok11 = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
    private const string Ok10 = "HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n";

    [Fact]
    public void Two_exchanges_on_one_connection_are_persistent_whoever_closes()
    {
        var decision = HttpPersistence.Decide(Exchanges((Get11, Ok11), (Get11, Ok11)), new TcpCloseInfo(Server, 9));
        Assert.Equal(HttpPersistenceVerdict.Persistent, decision.Verdict);
        Assert.Equal(2, decision.Requests);
        Assert.Contains("2 exchanges shared one connection", decision.Evidence);
        Assert.Contains("the server sent the first FIN, in frame 9", decision.Evidence);
    }

    [Fact]
    public void One_exchange_left_open_until_the_capture_ended_is_persistent()
    {
        var decision = HttpPersistence.Decide(Exchanges((Get11, Ok11)), TcpCloseInfo.StillOpen);
        Assert.Equal(HttpPersistenceVerdict.Persistent, decision.Verdict);
        Assert.True(decision.ExpectedPersistent);
        Assert.Contains("no FIN or RST before the capture ended", decision.Evidence);
        Assert.Contains("request in frame 1 is HTTP/1.1: connections persist by default", decision.Evidence);
    }

    [Fact]
    public void An_http_1_0_exchange_closed_by_the_server_is_closed_by_server_after_response_as_expected()
    {
        var decision = HttpPersistence.Decide(Exchanges((Get10, Ok10)), new TcpCloseInfo(Server, 3));
        Assert.Equal(HttpPersistenceVerdict.ClosedByServerAfterResponse, decision.Verdict);
        Assert.False(decision.ExpectedPersistent);
        Assert.DoesNotContain(decision.Evidence, e => e.Contains("although", StringComparison.Ordinal));
    }

    [Fact]
    public void An_http_1_0_server_answering_an_http_1_1_request_makes_closing_expected_and_both_versions_are_quoted()
    {
        var decision = HttpPersistence.Decide(Exchanges((Get11, Ok10)), new TcpCloseInfo(Server, 3));
        Assert.Equal(HttpPersistenceVerdict.ClosedByServerAfterResponse, decision.Verdict);
        Assert.False(decision.ExpectedPersistent);
        Assert.Contains("request in frame 1 is HTTP/1.1: connections persist by default", decision.Evidence);
        Assert.Contains("response in frame 2 is HTTP/1.0: the connection closes after the response unless both sides send keep-alive", decision.Evidence);
    }

    [Fact]
    public void A_server_closing_an_http_1_1_keep_alive_exchange_is_noted_as_unexpected()
    {
        var decision = HttpPersistence.Decide(Exchanges((Get11, Ok11)), new TcpCloseInfo(Server, 3));
        Assert.Equal(HttpPersistenceVerdict.ClosedByServerAfterResponse, decision.Verdict);
        Assert.Contains("the server closed although the exchange allowed the connection to persist", decision.Evidence);
    }

    [Fact]
    public void Connection_close_in_the_response_makes_closing_expected_and_is_quoted()
    {
        var decision = HttpPersistence.Decide(
            Exchanges((Get11, "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")), new TcpCloseInfo(Server, 3));
        Assert.False(decision.ExpectedPersistent);
        Assert.Contains("response in frame 2 sent Connection: close", decision.Evidence);
    }

    [Fact]
    public void Http_1_0_with_keep_alive_on_both_sides_is_expected_to_persist()
    {
        var decision = HttpPersistence.Decide(
            Exchanges(("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", "HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 0\r\n\r\n")),
            TcpCloseInfo.StillOpen);
        Assert.True(decision.ExpectedPersistent);
        Assert.Equal(HttpPersistenceVerdict.Persistent, decision.Verdict);
    }

    [Fact]
    public void The_client_sending_the_first_fin_after_one_exchange_is_closed_by_client()
    {
        var decision = HttpPersistence.Decide(Exchanges((Get11, Ok11)), new TcpCloseInfo(Client, 3));
        Assert.Equal(HttpPersistenceVerdict.ClosedByClient, decision.Verdict);
        Assert.Contains("the client sent the first FIN, in frame 3", decision.Evidence);
    }

    [Fact]
    public void A_reset_before_any_fin_decides_who_closed()
    {
        var decision = HttpPersistence.Decide(Exchanges((Get11, Ok11)), new TcpCloseInfo(Client, 7, Server, 5));
        Assert.Equal(HttpPersistenceVerdict.ClosedByServerAfterResponse, decision.Verdict);
        Assert.Contains("the server sent a RST, in frame 5", decision.Evidence);
    }

    [Fact]
    public void A_request_that_never_got_a_response_says_so()
    {
        var decision = HttpPersistence.Decide(Exchanges((Get11, "")), new TcpCloseInfo(Client, 2));
        Assert.Equal(HttpPersistenceVerdict.NoResponse, decision.Verdict);
        Assert.Equal(1, decision.Requests);
        Assert.Equal(0, decision.Responses);
    }

    [Fact]
    public void A_connection_without_http_has_no_exchange()
    {
        var decision = HttpPersistence.Decide([], new TcpCloseInfo(Client, 4));
        Assert.Equal(HttpPersistenceVerdict.NoExchange, decision.Verdict);
        Assert.Contains("the client sent the first FIN, in frame 4", decision.Evidence);
    }
}
