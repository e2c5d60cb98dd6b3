using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Htcpcp;
using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Streams;
using Sniffer.Tests.Http;

namespace Sniffer.Tests.Htcpcp;

public class HtcpcpDissectorTests
{
    private static StreamHarness NewHarness() => new(HtcpcpDissector.Instance, serverPort: (ushort)5030);

    [Fact]
    public void A_brew_and_its_teapot_reply_fill_the_htcpcp_fields_and_info()
    {
        var h = NewHarness();
        var request = h.Request(HtcpcpFixtures.Brew.Text);
        var reply = h.Response(HtcpcpFixtures.Teapot.Text);
        Assert.Equal("BREW coffee://pot-1 HTCPCP/1.0 ", request.Info);
        Assert.Equal("HTCPCP", request.Protocol);
        Assert.Equal("BREW", request.Value(HtcpcpFields.RequestMethod));
        Assert.Equal("coffee://pot-1", request.Value(HtcpcpFields.RequestUri));
        Assert.Equal("HTCPCP/1.0", request.Value(HtcpcpFields.RequestVersion));
        Assert.Equal("coffee", request.Value(HtcpcpFields.UriScheme));
        Assert.Equal("pot-1", request.Value(HtcpcpFields.UriPot));
        Assert.Equal(["Cream", "Whole-milk"], request.Values(HtcpcpFields.AcceptAdditions));
        Assert.Equal("message/coffeepot", request.Value(HtcpcpFields.ContentType));
        Assert.Equal("5", request.Value(HtcpcpFields.ContentLength));
        Assert.Equal("start", request.Value(HtcpcpFields.Body));
        Assert.Equal("1", request.Value(HtcpcpFields.Request));

        Assert.Equal("HTCPCP/1.0 418 I'm a teapot ", reply.Info);
        Assert.Equal("418", reply.Value(HtcpcpFields.ResponseCode));
        Assert.Equal("I'm a teapot", reply.Value(HtcpcpFields.ResponsePhrase));
        Assert.Equal(request.Number.ToString(), reply.Value(HtcpcpFields.RequestIn));
        Assert.Equal("1.000000000", reply.Value(HtcpcpFields.Time));
        Assert.False(reply.Has(HtcpcpFields.ResponseIn));
    }

    [Fact]
    public void The_lab_pots_body_without_blank_line_is_flagged_and_runs_until_the_pot_closes()
    {
        var h = NewHarness();
        h.Request(HtcpcpFixtures.Brew.Text);
        var reply = h.Response(HtcpcpFixtures.LabReply.Text);
        Assert.Empty(reply.Pdus);
        Assert.Equal("HTCPCP/1.0 200 OK ", reply.Info);
        var fin = h.Fin(StreamDirection.ServerToClient);
        Assert.True(fin.Has(HtcpcpExperts.NoBlankLine));
        Assert.Equal(["message/coffeepot"], fin.Values(HtcpcpFields.ContentType));
        Assert.Equal("start", fin.Value(HtcpcpFields.Body));
        Assert.False(fin.Has(HtcpcpFields.Header));
        var exchange = Assert.Single(HtcpcpDissector.ConversationOf(h.Conversation)!.Transactions);
        Assert.Equal((reply.Number, fin.Number), (exchange.ResponseFirstFrame, exchange.ResponseFrame));
    }

    [Fact]
    public void The_lab_web_apps_brew_without_content_length_is_reported_on_the_frame_that_carries_it()
    {
        var h = NewHarness();
        var brew = h.Request("BREW coffee://ducky HTTP/1.1\r\nContent-Type: message/coffeepot\r\n\r\nstart");
        Assert.Single(brew.Pdus);
        Assert.Equal("BREW", brew.Value(HtcpcpFields.RequestMethod));
        Assert.Equal("start", brew.Value(HtcpcpFields.Body));
        Assert.True(brew.Has(HtcpcpExperts.UnframedBody));
        var reply = h.Response("HTCPCP/1.1 200 OK\r\nContent-Type: message/coffeepot\r\nducky is brewing\r\n");
        var fin = h.Fin(StreamDirection.ServerToClient);
        Assert.Empty(reply.Pdus);
        Assert.Equal(brew.Number.ToString(), fin.Value(HtcpcpFields.RequestIn));
        Assert.Equal("ducky is brewing", fin.Value(HtcpcpFields.Body));
    }

    [Fact]
    public void Unknown_methods_in_an_htcpcp_version_and_status_lines_without_a_code_are_flagged()
    {
        var h = NewHarness();
        var request = h.Request("STIR coffee://pot-1 HTCPCP/1.0\r\n\r\n");
        Assert.Equal("STIR", request.Value(HtcpcpFields.RequestMethod));
        Assert.True(request.Has(HtcpcpExperts.UnknownMethod));
        var reply = h.Response("HTCPCP/1.0 teapot\r\nContent-Length: 0\r\n\r\n");
        Assert.True(reply.Has(HtcpcpExperts.BadStatusLine));
        Assert.False(request.Has(HtcpcpExperts.BadStatusLine));
    }

    [Fact]
    public void A_lab_request_in_http_1_1_whose_body_has_no_line_end_is_reported_when_the_client_closes()
    {
        var h = NewHarness();
        var brew = h.Request("BREW /pot-1 HTTP/1.1\r\nContent-Type: message/coffeepot\r\nstart");
        Assert.Empty(brew.Pdus);
        Assert.Equal("BREW /pot-1 HTTP/1.1 ", brew.Info);
        var fin = h.Fin(StreamDirection.ClientToServer);
        Assert.Equal("start", fin.Value(HtcpcpFields.Body));
        Assert.Equal("HTTP/1.1", fin.Value(HtcpcpFields.RequestVersion));
        Assert.True(fin.Has(HtcpcpExperts.NoBlankLine));
        Assert.False(fin.Has(HtcpcpExperts.MessageTruncated));
    }

    [Fact]
    public void Post_is_accepted_as_brew_with_a_deprecation_note()
    {
        var frame = NewHarness().Request("POST coffee://pot-1 HTCPCP/1.0\r\nContent-Type: message/coffeepot\r\nContent-Length: 4\r\n\r\nstop");
        Assert.Equal("POST", frame.Value(HtcpcpFields.RequestMethod));
        Assert.True(frame.Has(HtcpcpExperts.PostDeprecated));
        Assert.Equal("stop", frame.Value(HtcpcpFields.Body));
    }

    [Theory]
    [InlineData("coffee://pot-1", "coffee", "pot-1", null)]
    [InlineData("coffee://kitchen/pot-3?Cream", "coffee", "pot-3", null)]
    [InlineData("tea://kitchen/darjeeling", "tea", null, "darjeeling")]
    [InlineData("/pot-0/earl-grey", null, "pot-0", "earl-grey")]
    [InlineData("/darjeeling", null, null, "darjeeling")]
    [InlineData("koffie://pot-2", "koffie", "pot-2", null)]
    [InlineData("%E3%82%B3%E3%83%BC%E3%83%92%E3%83%BC://pot-9", "%E3%82%B3%E3%83%BC%E3%83%92%E3%83%BC", "pot-9", null)]
    [InlineData("/", null, null, null)]
    public void Coffee_and_tea_uris_give_scheme_pot_and_variety(string uri, string? scheme, string? pot, string? variety)
    {
        var frame = NewHarness().Request($"GET {uri} HTCPCP/1.0\r\n\r\n");
        Assert.Equal(scheme, frame.Value(HtcpcpFields.UriScheme));
        Assert.Equal(pot, frame.Value(HtcpcpFields.UriPot));
        Assert.Equal(variety, frame.Value(HtcpcpFields.UriTeaVariety));
    }

    [Theory]
    [InlineData("Cream; Skim; Almond; Sugar", new[] { "Cream", "Skim", "Almond", "Sugar" })]
    [InlineData("Cream, Whole-milk;q=0.5, Vanilla", new[] { "Cream", "Whole-milk", "Vanilla" })]
    [InlineData("*", new[] { "*" })]
    [InlineData(" ;, ", new string[0])]
    public void Each_addition_is_its_own_value_without_its_parameters(string header, string[] additions)
    {
        var frame = NewHarness().Request($"BREW coffee://pot-1 HTCPCP/1.0\r\nAccept-Additions: {header}\r\n\r\n");
        Assert.Equal(additions, frame.Values(HtcpcpFields.AcceptAdditions));
    }

    [Fact]
    public void A_tea_brew_carries_its_variety_and_teapot_media_type()
    {
        var frame = NewHarness().Request(HtcpcpFixtures.TeaBrew.Text);
        Assert.Equal("darjeeling", frame.Value(HtcpcpFields.UriTeaVariety));
        Assert.Equal("message/teapot", frame.Value(HtcpcpFields.ContentType));
        Assert.Equal(["Sugar", "Stevia"], frame.Values(HtcpcpFields.AcceptAdditions));
    }

    [Fact]
    public void Unknown_headers_are_htcpcp_header_values()
    {
        var frame = NewHarness().Request("PROPFIND coffee://pot-0 HTCPCP/1.0\r\nAccept: message/coffeepot\r\nX-Beans: arabica\r\n\r\n");
        Assert.Equal(["Accept: message/coffeepot", "X-Beans: arabica"], frame.Values(HtcpcpFields.Header));
    }

    [Fact]
    public void Exchanges_are_paired_as_tshark_pairs_http_and_a_reply_alone_is_noted()
    {
        var h = NewHarness();
        var orphan = h.Response(HtcpcpFixtures.Teapot.Text);
        Assert.True(orphan.Has(HtcpcpExperts.ResponseWithoutRequest));
        h.Request(HtcpcpFixtures.Brew.Text);
        var reply = h.Response(HtcpcpFixtures.Teapot.Text);
        Assert.False(reply.Has(HtcpcpExperts.ResponseWithoutRequest));
        // Pipelined: each response pairs with the latest request that has none yet (tshark's rule for HTTP).
        h.Request(HtcpcpFixtures.Brew.Text + HtcpcpFixtures.When.Text);
        h.Response(HtcpcpFixtures.Teapot.Text + HtcpcpFixtures.NotAcceptable.Text);
        var exchanges = HtcpcpDissector.ConversationOf(h.Conversation)!.Transactions;
        Assert.Equal(
            [(null, 418), ("BREW", 418), ("BREW", null), ("WHEN", 418), (null, 406)],
            exchanges.Select(t => (t.Method, t.StatusCode)).ToArray());
    }

    [Fact]
    public void A_chunked_reply_body_is_dechunked()
    {
        var h = NewHarness();
        h.Request(HtcpcpFixtures.When.Text);
        Assert.Equal("no pot", h.Response(HtcpcpFixtures.ChunkedReply.Text).Value(HtcpcpFields.Body));
    }

    [Fact]
    public void A_reply_cut_by_the_end_of_the_stream_is_kept_and_marked()
    {
        var h = NewHarness();
        h.Request(HtcpcpFixtures.Brew.Text);
        h.Response("HTCPCP/1.0 200 OK\r\nContent-Length: 50\r\n\r\nbrewing");
        var fin = h.Fin(StreamDirection.ServerToClient);
        Assert.True(fin.Has(HtcpcpExperts.MessageTruncated));
        Assert.Equal("brewing", fin.Value(HtcpcpFields.Body));
    }

    [Fact]
    public void Stray_bytes_after_htcpcp_are_a_continuation_and_before_it_are_not_claimed()
    {
        var before = NewHarness().Request("\u0000\u0001junk");
        Assert.Equal(6, before.NotMineBytes);
        var h = NewHarness();
        h.Request(HtcpcpFixtures.When.Text);
        var after = h.Request("leftover\r\n");
        Assert.Equal("Continuation", after.Info);
        Assert.Equal("leftover\\r\\n", after.Value(HtcpcpFields.Body));
    }

    [Theory]
    [InlineData("BREW coffee://pot-1 HTCPCP/1.0\r\n", true)]
    [InlineData("BREW /pot-1 HTTP/1.1\r\n", true)]
    [InlineData("WHEN coffee://pot-1 HTCPCP/1.0\r\n", true)]
    [InlineData("PROPFIND coffee://pot-0 HTCPCP/1.0\r\n", true)]
    [InlineData("GET koffie://pot-2 HTTP/1.1\r\n", true)]
    [InlineData("GET tea://kitchen/darjeeling HTTP/1.1\r\n", true)]
    [InlineData("POST /pot-1 HTCPCP/1.0\r\n", true)]
    [InlineData("HTCPCP/1.0 418 I'm a teapot\r\n", true)]
    [InlineData("PROPFIND /dav HTTP/1.1\r\n", false)]
    [InlineData("GET / HTTP/1.1\r\n", false)]
    [InlineData("HTTP/1.1 200 OK\r\n", false)]
    [InlineData("BREWING", false)]
    [InlineData("", false)]
    public void The_heuristic_claims_brew_when_coffee_uris_and_htcpcp_versions(string firstBytes, bool expected)
    {
        Assert.Equal(expected, HtcpcpDissector.Instance.LooksLikeMine(System.Text.Encoding.Latin1.GetBytes(firstBytes), StreamDirection.ClientToServer));
    }

    [Fact]
    public void The_fields_and_experts_follow_the_http_naming_pattern()
    {
        Assert.All(HtcpcpFields.Declaration.Fields.Concat(HtcpcpFields.Declaration.Experts), f => Assert.StartsWith("htcpcp.", f.Abbrev));
        Assert.Equal(FieldType.UInt16, HtcpcpFields.ResponseCode.Type);
        Assert.Equal(FieldType.FrameNum, HtcpcpFields.RequestIn.Type);
        Assert.Equal((ExpertGroup.Malformed, ExpertSeverity.Warning), (HtcpcpExperts.NoBlankLine.Group, HtcpcpExperts.NoBlankLine.Severity));
        Assert.Equal("Body starts without the blank line that ends the headers", HtcpcpExperts.NoBlankLine.Message);
    }
}
