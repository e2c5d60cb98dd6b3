using System.Text;
using Sniffer.Lab;

namespace Sniffer.Tests.Lab;

/// <summary>The lab web site's pages: ranges, the login and its cookies, chunks, and the pages that do not exist.</summary>
public class HttpLabSiteTests
{
    private readonly HttpLabSite _site = new();

    private LabResponse Get(string target, params KeyValuePair<string, string>[] headers) =>
        _site.RespondAsync(new LabHttpMessage("GET", target, "HTTP/1.1", headers, []), CancellationToken.None).AsTask().GetAwaiter().GetResult();

    private LabResponse Post(string target, string form) =>
        _site.RespondAsync(new LabHttpMessage("POST", target, "HTTP/1.1", [new("Content-Type", "application/x-www-form-urlencoded")], Encoding.ASCII.GetBytes(form)),
            CancellationToken.None).AsTask().GetAwaiter().GetResult();

    private LabResponse Send(string method, string target) =>
        _site.RespondAsync(new LabHttpMessage(method, target, "HTTP/1.1", [], []), CancellationToken.None).AsTask().GetAwaiter().GetResult();

    private static string? Header(LabResponse r, string name) => r.Headers.FirstOrDefault(h => h.Key == name).Value;

    [Theory]
    [InlineData("bytes=0-99", "bytes 0-99/1000", 100)]
    [InlineData("bytes=950-", "bytes 950-999/1000", 50)]
    [InlineData("bytes=-10", "bytes 990-999/1000", 10)]
    [InlineData("bytes=990-5000", "bytes 990-999/1000", 10)]
    public void A_satisfiable_range_gets_206_with_its_content_range_and_those_bytes(string range, string contentRange, int length)
    {
        var whole = Get("/file.txt");
        var r = Get("/file.txt", new KeyValuePair<string, string>("Range", range));
        Assert.Equal(206, r.Code);
        Assert.Equal(contentRange, Header(r, "Content-Range"));
        Assert.Equal(length, r.Body.Length);
        int first = int.Parse(contentRange.Split(' ', '-')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(whole.Body.AsSpan(first, length).ToArray(), r.Body);
    }

    [Fact]
    public void A_range_past_the_end_gets_416_with_the_length_in_content_range()
    {
        var r = Get("/file.txt", new KeyValuePair<string, string>("Range", "bytes=5000-6000"));
        Assert.Equal(416, r.Code);
        Assert.Equal("bytes */1000", Header(r, "Content-Range"));
        Assert.Empty(r.Body);
    }

    [Theory]
    [InlineData("bytes=0-1,5-6")]
    [InlineData("items=0-1")]
    [InlineData("bytes=9-3")]
    public void A_range_the_site_does_not_serve_gets_the_whole_file(string range)
    {
        var r = Get("/file.txt", new KeyValuePair<string, string>("Range", range));
        Assert.Equal(200, r.Code);
        Assert.Equal(HttpLabSite.FileLength, r.Body.Length);
        Assert.Equal("bytes", Header(r, "Accept-Ranges"));
    }

    [Fact]
    public void Logging_in_sets_a_session_cookie_that_opens_the_members_page()
    {
        Assert.Equal(403, Get("/private").Code);
        Assert.Equal(403, Post("/login", "user=alice&password=wrong").Code);
        var login = Post("/login", "user=alice&password=wonderland");
        Assert.Equal(303, login.Code);
        Assert.Equal("/private", Header(login, "Location"));
        var cookies = login.Headers.Where(h => h.Key == "Set-Cookie").Select(h => h.Value).ToList();
        Assert.Equal(2, cookies.Count);
        Assert.Matches("^session=[0-9a-f]{32}; Path=/; HttpOnly; SameSite=Strict$", cookies[0]);
        var members = Get("/private", new KeyValuePair<string, string>("Cookie", cookies[0].Split(';')[0] + "; user=alice"));
        Assert.Equal(200, members.Code);
        Assert.Contains("Welcome back, alice", Encoding.UTF8.GetString(members.Body));
        Assert.Equal(403, Get("/private", new KeyValuePair<string, string>("Cookie", "session=0123")).Code);
    }

    [Fact]
    public void The_secret_page_shows_the_secret_in_the_clear_and_the_chunked_page_comes_in_chunks()
    {
        Assert.Contains(HttpLabSite.SecretMessage, Encoding.UTF8.GetString(Get("/secret").Body));
        var chunked = Get("/chunked");
        Assert.NotNull(chunked.Chunks);
        Assert.True(chunked.Chunks!.Count >= 3);
    }

    [Fact]
    public void Unknown_pages_are_404_and_unknown_methods_405()
    {
        Assert.Equal(404, Get("/nothing-here").Code);
        var delete = Send("DELETE", "/secret");
        Assert.Equal(405, delete.Code);
        Assert.Equal("GET, HEAD, POST", Header(delete, "Allow"));
    }
}
