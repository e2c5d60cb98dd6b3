using Sniffer.Analysis;

namespace Sniffer.Tests.Analysis;

/// <summary>
/// Asset grouping and nesting as rules over transactions: assets under the page their Referer names (or, without one,
/// style sheets, scripts and images fetched after it from the same host), on the same or a new connection; a server's
/// calls under the request it was serving, and never a client's own parallel requests.
/// </summary>
public class GroupingTests
{
    private static TransactionReport T(int id, long stream, string client, string server, long request, long response, string uri,
        string? type = "text/html", string? referer = null, string host = "shop.example") => new()
    {
        Id = id, Stream = stream, Protocol = "HTTP", Client = client, Server = server, RequestFrame = request, ResponseFrame = response,
        Method = "GET", Uri = uri, Path = FormDecoding.Path(uri), Host = host, Referer = referer, Status = 200, ContentType = type,
        IsPage = type?.StartsWith("text/html", StringComparison.Ordinal) == true,
    };

    [Fact]
    public void Assets_group_under_their_page_by_referer_or_by_kind_and_say_which_connection()
    {
        var list = new List<TransactionReport>
        {
            T(1, 0, "10.0.0.1:5000", "10.0.0.2:80", 4, 6, "/index.html"),
            T(2, 0, "10.0.0.1:5000", "10.0.0.2:80", 8, 9, "/style.css", "text/css", "http://shop.example/index.html"),
            T(3, 1, "10.0.0.1:5002", "10.0.0.2:80", 10, 12, "/app.js", "application/javascript", "http://shop.example/index.html"),
            T(4, 0, "10.0.0.1:5000", "10.0.0.2:80", 14, 15, "/favicon.ico", "image/x-icon"),
            T(5, 2, "10.0.0.1:5004", "10.0.0.3:80", 16, 18, "/logo.png", "image/png", "http://shop.example/index.html", "cdn.example"),
            T(6, 0, "10.0.0.1:5000", "10.0.0.2:80", 20, 21, "/about.html"),
            T(7, 0, "10.0.0.1:5000", "10.0.0.2:80", 22, 23, "/data.txt", "text/plain"),
            T(8, 0, "10.0.0.1:5000", "10.0.0.2:80", 24, 25, "/img.png", "image/png", "http://shop.example/other.html"),
        };
        var grouped = AssetGrouping.Group(list).ToDictionary(t => t.Id);
        Assert.Equal(new AssetReport(1, true, "Referer: http://shop.example/index.html"), grouped[2].Asset);
        Assert.Equal(new AssetReport(1, false, "Referer: http://shop.example/index.html"), grouped[3].Asset);
        Assert.Equal(new AssetReport(1, true, "requested after the page (no Referer)"), grouped[4].Asset);
        Assert.Equal(1, grouped[5].Asset!.PageId);           // another host, tied by its Referer
        Assert.Null(grouped[6].Asset);                        // a page of its own
        Assert.Null(grouped[7].Asset);                        // not an asset kind, no Referer
        Assert.Null(grouped[8].Asset);                        // its Referer names a page not in the capture
        var table = ReportTables.Ordered([.. grouped.Values.OrderBy(t => t.Id)]);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], table.Select(t => t.Id));
    }

    [Fact]
    public void A_call_nests_under_the_request_its_server_was_serving_and_parallel_client_requests_do_not()
    {
        var browser = T(1, 0, "127.0.0.1:40000", "127.0.0.1:5031", 4, 20, "/brew?additions=Cream");
        var call = T(2, 1, "127.0.0.1:40002", "127.0.0.1:5030", 10, 14, "coffee://127.0.0.1/pot-0") with { Protocol = "HTCPCP" };
        var late = T(3, 2, "127.0.0.1:40004", "127.0.0.1:5030", 22, 24, "coffee://127.0.0.1/pot-0") with { Protocol = "HTCPCP" };
        var sameServer = T(4, 3, "127.0.0.1:40006", "127.0.0.1:5031", 11, 13, "/status");
        var sameClient = T(5, 0, "127.0.0.1:40000", "127.0.0.1:5031", 12, 13, "/x");
        var nested = TransactionNesting.Nest([browser, call, late, sameServer, sameClient]).ToDictionary(t => t.Id);
        Assert.Equal(1, nested[2].ParentId);
        Assert.Null(nested[3].ParentId);      // after the browser's response
        Assert.Null(nested[4].ParentId);      // to the same server: a parallel request, not a call
        Assert.Null(nested[5].ParentId);      // the browser's next request on its own connection
        Assert.Null(nested[1].ParentId);
    }

    [Theory]
    [InlineData("password", true)]
    [InlineData("user_password", true)]
    [InlineData("passwd", true)]
    [InlineData("pwd", true)]
    [InlineData("api_key", true)]
    [InlineData("apiKey", true)]
    [InlineData("accessToken", true)]
    [InlineData("card", true)]
    [InlineData("ssn", true)]
    [InlineData("user", false)]
    [InlineData("classname", false)]
    [InlineData("shipping", false)]
    [InlineData("additions", false)]
    public void Credential_names_match_words_not_fragments(string name, bool credential)
        => Assert.Equal(credential, SecretNames.LooksLikeCredential(name));

    [Fact]
    public void Masks_keep_the_first_and_last_character_and_payload_secrets_need_a_value_or_a_valid_number()
    {
        Assert.Equal("w********d", SecretMask.Mask("wonderland"));
        Assert.Equal("**", SecretMask.Mask("ab"));
        Assert.Equal([("password", "hunter2")], PayloadSecrets.Find("my password is hunter2"));
        Assert.Equal([("card number", "4111 1111 1111 1111")], PayloadSecrets.Find("card 4111 1111 1111 1111 ok"));
        Assert.Empty(PayloadSecrets.Find("order 4111 1111 1111 1112 shipped"));   // fails the Luhn check
        Assert.Empty(PayloadSecrets.Find("message 1 of 3: hello from the sniffer lab"));
        Assert.Contains(("ssn", "123-45-6789"), PayloadSecrets.Find("ssn: 123-45-6789"));
    }
}
