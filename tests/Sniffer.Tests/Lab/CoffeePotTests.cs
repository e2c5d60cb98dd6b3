using System.Text;
using Sniffer.Lab;

namespace Sniffer.Tests.Lab;

/// <summary>The lab coffee pot's rules (RFC 2324, RFC 7168) and the bytes of its replies, lab-style and strict.</summary>
public class CoffeePotTests
{
    private readonly CoffeePotServer _pot = new(new CoffeePot(), strict: false, LabLog.None);

    private LabResponse Ask(string method, string target, string? body = null, params KeyValuePair<string, string>[] headers) =>
        _pot.Respond(new LabHttpMessage(method, target, "HTCPCP/1.0", headers, body is null ? [] : Encoding.ASCII.GetBytes(body)));

    private static string Text(LabResponse r) => Encoding.UTF8.GetString(r.Body);

    private static readonly KeyValuePair<string, string> Coffee = new("Content-Type", "message/coffeepot");

    [Fact]
    public void Brewing_with_milk_and_syrup_starts_the_pot_and_GET_then_WHEN_follow_it()
    {
        var brew = Ask("BREW", "coffee://pot.lab/pot-0", "start", Coffee, new("Accept-Additions", "Cream; Vanilla"));
        Assert.Equal(200, brew.Code);
        Assert.Equal("pot-0 is brewing coffee with Cream and Vanilla, milk pouring", Text(brew));
        Assert.Equal(Text(brew), Text(Ask("GET", "coffee://pot.lab/pot-0")));
        Assert.Equal("pot-0 stopped pouring milk", Text(Ask("WHEN", "coffee://pot.lab/pot-0")));
        Assert.Equal("pot-0 was not pouring milk", Text(Ask("WHEN", "coffee://pot.lab/pot-0")));
        Assert.Equal("pot-0 stopped brewing", Text(Ask("POST", "/pot-0", "stop", Coffee)));
        Assert.Equal("pot-0 is idle and ready to brew", Text(Ask("GET", "/pot-0")));
    }

    [Theory]
    [InlineData("tea://pot.lab/pot-0", "message/coffeepot")]
    [InlineData("/pot-0/darjeeling", "message/coffeepot")]
    [InlineData("coffee://pot.lab/pot-1", "message/teapot")]
    public void Asking_a_coffee_pot_for_tea_gets_418(string target, string contentType)
    {
        var r = Ask("BREW", target, "start", new KeyValuePair<string, string>("Content-Type", contentType));
        Assert.Equal(418, r.Code);
        Assert.Equal("I'm a teapot", r.Reason);
    }

    [Theory]
    [InlineData("Whisky", "Whisky is not served")]
    [InlineData("Cream, Ketchup, Rum", "Ketchup and Rum are not served")]
    public void An_addition_the_pot_does_not_serve_gets_406_naming_it_and_the_menu(string additions, string expected)
    {
        var r = Ask("BREW", "/pot-0", "start", Coffee, new("Accept-Additions", additions));
        Assert.Equal(406, r.Code);
        Assert.StartsWith(expected, Text(r));
        Assert.Contains("Cream, Half-and-half", Text(r));
    }

    [Fact]
    public void Parameters_of_an_addition_are_not_additions()
    {
        Assert.Equal(200, Ask("BREW", "/pot-0", "start", Coffee, new("Accept-Additions", "Whole-milk;q=0.5, Sugar")).Code);
    }

    [Fact]
    public void PROPFIND_describes_the_pot_other_methods_get_405_and_unknown_pots_404()
    {
        Assert.StartsWith("pot-1 brews coffee, adds Cream", Text(Ask("PROPFIND", "coffee://pot-1")));
        var put = Ask("PUT", "/pot-0");
        Assert.Equal(405, put.Code);
        Assert.Contains(put.Headers, h => h.Key == "Allow" && h.Value == "BREW, POST, GET, PROPFIND, WHEN");
        Assert.Equal(404, Ask("GET", "/pot-9").Code);
        Assert.Equal(404, Ask("GET", "/kitchen").Code);
        Assert.Equal(415, Ask("BREW", "/pot-0", "start", new KeyValuePair<string, string>("Content-Type", "text/plain")).Code);
        Assert.Equal(400, Ask("BREW", "/pot-0", "espresso please", Coffee).Code);
    }

    [Fact]
    public void No_reply_body_looks_like_a_header_line_so_the_lab_style_reply_still_parses()
    {
        var replies = new[]
        {
            Ask("BREW", "/pot-0", "start", Coffee, new("Accept-Additions", "Cream")), Ask("GET", "/pot-0"), Ask("WHEN", "/pot-0"),
            Ask("PROPFIND", "/pot-0"), Ask("BREW", "/pot-0", "start", Coffee, new("Accept-Additions", "Whisky")), Ask("BREW", "tea://x/pot-0", "start"),
        };
        foreach (var r in replies)
            Assert.False(LabHttpReader.TrySplitHeader(Text(r), out _), Text(r));
    }

    [Fact]
    public void The_lab_style_reply_has_no_blank_line_and_no_length_and_the_strict_one_has_both()
    {
        var reply = LabResponse.Text(200, "OK", "message/coffeepot", "pot-0 is idle and ready to brew");
        Assert.Equal("HTCPCP/1.0 200 OK\r\nContent-Type: message/coffeepot\r\npot-0 is idle and ready to brew\r\n",
            Encoding.UTF8.GetString(CoffeePotServer.ReplyBytes("HTCPCP/1.0", reply, strict: false)));
        Assert.Equal("HTCPCP/1.0 200 OK\r\nContent-Type: message/coffeepot\r\nContent-Length: 31\r\n\r\npot-0 is idle and ready to brew",
            Encoding.UTF8.GetString(CoffeePotServer.ReplyBytes("HTCPCP/1.0", reply, strict: true)));
    }

    [Theory]
    [InlineData("coffee://pot.lab/pot-0", "coffee", "pot-0", null)]
    [InlineData("coffee://pot-1", "coffee", "pot-1", null)]
    [InlineData("/pot-0", "coffee", "pot-0", null)]
    [InlineData("TEA://host/pot-1/earl-grey", "tea", "pot-1", "earl-grey")]
    public void A_target_names_its_pot_scheme_and_tea_variety(string target, string scheme, string pot, string? variety)
    {
        Assert.True(CoffeePotServer.TryFindPot(target, out string s, out string p, out string? v));
        Assert.Equal((scheme, pot, variety), (s, p, v));
    }
}
