using Sniffer.Dissectors.Protocols.Htcpcp;
using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Tests.Htcpcp;

public class HtcpcpFramingTests
{
    [Theory]
    [MemberData(nameof(HtcpcpFixtures.All), MemberType = typeof(HtcpcpFixtures))]
    public void Every_prefix_needs_more_and_the_whole_message_is_complete(HtcpcpFixtures.Message message)
    {
        var bytes = message.Bytes;
        for (int length = 0; length < bytes.Length; length++)
        {
            var boundary = HttpStyleFramer.Find(bytes.AsSpan(0, length), HtcpcpDialect.Instance, HttpRequestHint.Other, endOfStream: false, out _);
            Assert.True(boundary.Status == PduStatus.NeedMore, $"prefix of {length} bytes gave {boundary}");
        }
        var whole = HttpStyleFramer.Find(bytes, HtcpcpDialect.Instance, HttpRequestHint.Other, endOfStream: false, out _);
        if (message.RunsUntilClose)
            Assert.True(whole.RunsUntilEndOfStream, $"gave {whole}");
        else
            Assert.Equal(PduBoundary.Complete(bytes.Length), whole);
    }

    [Theory]
    [MemberData(nameof(HtcpcpFixtures.All), MemberType = typeof(HtcpcpFixtures))]
    public void Fed_one_byte_at_a_time_the_resumed_search_ends_where_a_fresh_one_does(HtcpcpFixtures.Message message)
    {
        var bytes = message.Bytes;
        var scan = default(PduScan);
        var framing = default(HttpFraming);
        PduBoundary last = default;
        for (int length = 1; length <= bytes.Length; length++)
        {
            last = HttpStyleFramer.Find(bytes.AsSpan(0, length), ref scan, ref framing, HtcpcpDialect.Instance, HttpRequestHint.Other, endOfStream: false);
            var fresh = HttpStyleFramer.Find(bytes.AsSpan(0, length), HtcpcpDialect.Instance, HttpRequestHint.Other, endOfStream: false, out _);
            Assert.Equal(fresh, last);
        }
        var ended = HttpStyleFramer.Find(bytes, ref scan, ref framing, HtcpcpDialect.Instance, HttpRequestHint.Other, endOfStream: true);
        Assert.Equal(PduBoundary.Complete(bytes.Length), ended);
    }

    [Theory]
    [MemberData(nameof(HtcpcpFixtures.All), MemberType = typeof(HtcpcpFixtures))]
    public void A_message_followed_by_the_next_request_ends_where_it_ends(HtcpcpFixtures.Message message)
    {
        if (message.RunsUntilClose)
            return;
        var bytes = message.Bytes.Concat(HtcpcpFixtures.When.Bytes).ToArray();
        Assert.Equal(PduBoundary.Complete(message.Bytes.Length), HttpStyleFramer.Find(bytes, HtcpcpDialect.Instance, HttpRequestHint.Other, endOfStream: false, out _));
    }

    [Theory]
    [MemberData(nameof(HtcpcpFixtures.All), MemberType = typeof(HtcpcpFixtures))]
    public void Every_prefix_at_the_end_of_the_stream_is_complete_or_not_htcpcp_and_never_throws(HtcpcpFixtures.Message message)
    {
        var bytes = message.Bytes;
        for (int length = 1; length <= bytes.Length; length++)
        {
            var boundary = HttpStyleFramer.Find(bytes.AsSpan(0, length), HtcpcpDialect.Instance, HttpRequestHint.Other, endOfStream: true, out _);
            Assert.True(boundary == PduBoundary.Complete(length) || boundary.Status == PduStatus.NotMine, $"prefix of {length} bytes gave {boundary}");
        }
    }

    [Fact]
    public void A_header_line_without_line_end_and_without_blank_line_waits_for_the_end_of_the_stream()
    {
        // "start" might still become "start-time: 5": with no blank line, only the end of the stream tells.
        var text = "BREW coffee://pot-1 HTCPCP/1.0\r\nContent-Type: message/coffeepot\r\nstart"u8;
        Assert.Equal(PduBoundary.NeedMore(), HttpStyleFramer.Find(text, HtcpcpDialect.Instance, HttpRequestHint.Other, endOfStream: false, out _));
        Assert.Equal(PduBoundary.Complete(text.Length), HttpStyleFramer.Find(text, HtcpcpDialect.Instance, HttpRequestHint.Other, endOfStream: true, out var layout));
        Assert.True(layout.NoBlankLine);
        Assert.Equal(HttpBodyKind.Unframed, layout.Framing.Kind);
    }

    [Fact]
    public void The_lab_web_apps_brew_without_content_length_ends_in_the_segment_that_carries_it()
    {
        // RFC 9112 §6.3: a request with neither Content-Length nor Transfer-Encoding has no body. The bytes that came
        // with it are its unframed body, so the request is whole now, not at the client's FIN.
        var text = "BREW coffee://ducky HTTP/1.1\r\nContent-Type: message/coffeepot\r\n\r\nstart"u8;
        Assert.Equal(PduBoundary.Complete(text.Length), HttpStyleFramer.Find(text, HtcpcpDialect.Instance, HttpRequestHint.Other, endOfStream: false, out var layout));
        Assert.Equal(HttpBodyKind.Unframed, layout.Framing.Kind);
        Assert.Equal("start"u8.ToArray(), text[layout.BodyStart..layout.End].ToArray());
    }

    [Fact]
    public void A_request_whose_body_follows_the_blank_line_without_a_length_takes_what_precedes_the_next_request()
    {
        var text = "BREW coffee://pot-1 HTCPCP/1.0\r\nContent-Type: message/coffeepot\r\n\r\nstart\r\nWHEN coffee://pot-1 HTCPCP/1.0\r\n\r\n"u8;
        Assert.Equal(PduBoundary.Complete(text.Length - 34), HttpStyleFramer.Find(text, HtcpcpDialect.Instance, HttpRequestHint.Other, endOfStream: false, out var layout));
        Assert.Equal(HttpBodyKind.Unframed, layout.Framing.Kind);
        Assert.False(layout.NoBlankLine);
    }

    [Theory]
    [InlineData("BRE")]
    [InlineData("WHEN coffee://po")]
    [InlineData("HTCPCP/1.")]
    public void The_start_of_the_next_request_line_is_not_taken_as_body(string next)
    {
        var head = "BREW coffee://pot-1 HTCPCP/1.0\r\n\r\nstart\r\n";
        var text = System.Text.Encoding.Latin1.GetBytes(head + next);
        Assert.Equal(PduBoundary.Complete(head.Length), HttpStyleFramer.Find(text, HtcpcpDialect.Instance, HttpRequestHint.Other, endOfStream: false, out _));
    }

    [Fact]
    public void Line_ends_alone_after_a_request_are_no_body()
    {
        var text = "WHEN coffee://pot-1 HTCPCP/1.0\r\n\r\n\r\n"u8;
        Assert.Equal(PduBoundary.Complete(text.Length - 2), HttpStyleFramer.Find(text, HtcpcpDialect.Instance, HttpRequestHint.Other, endOfStream: false, out var layout));
        Assert.Equal(HttpBodyKind.None, layout.Framing.Kind);
    }

    [Fact]
    public void The_lab_pots_reply_without_blank_line_or_length_runs_until_the_pot_closes()
    {
        var text = "HTCPCP/1.1 200 OK\r\nContent-Type: message/coffeepot\r\npot-1 is brewing\r\n"u8;
        Assert.True(HttpStyleFramer.Find(text, HtcpcpDialect.Instance, HttpRequestHint.Other, endOfStream: false, out _).RunsUntilEndOfStream);
        Assert.Equal(PduBoundary.Complete(text.Length), HttpStyleFramer.Find(text, HtcpcpDialect.Instance, HttpRequestHint.Other, endOfStream: true, out var layout));
        Assert.True(layout.NoBlankLine);
        Assert.Equal(HttpBodyKind.UntilClose, layout.Framing.Kind);
    }

    [Fact]
    public void A_request_without_length_and_nothing_after_it_has_no_body()
    {
        Assert.Equal(PduBoundary.Complete(HtcpcpFixtures.When.Bytes.Length),
            HttpStyleFramer.Find(HtcpcpFixtures.When.Bytes, HtcpcpDialect.Instance, HttpRequestHint.Other, endOfStream: false, out var layout));
        Assert.Equal(HttpBodyKind.None, layout.Framing.Kind);
    }

    [Fact]
    public void A_reply_without_length_after_a_blank_line_runs_until_close()
    {
        var text = "HTCPCP/1.0 200 OK\r\nContent-Type: message/coffeepot\r\n\r\nbrewing"u8;
        Assert.True(HttpStyleFramer.Find(text, HtcpcpDialect.Instance, HttpRequestHint.Other, endOfStream: false, out _).RunsUntilEndOfStream);
        Assert.Equal(PduBoundary.Complete(text.Length), HttpStyleFramer.Find(text, HtcpcpDialect.Instance, HttpRequestHint.Other, endOfStream: true, out _));
    }

    [Theory]
    [InlineData("GET / HTTP/1.1\r\n\r\n", true)]
    [InlineData("DELETE /pot-1 HTCPCP/1.0\r\n\r\n", true)]
    [InlineData("DELETE /pot-1 HTTP/1.1\r\n\r\n", false)]
    [InlineData("\u0016\u0003\u0001", false)]
    public void Htcpcp_methods_and_requests_in_an_htcpcp_version_start_a_message(string text, bool isMessage)
    {
        var boundary = HttpStyleFramer.Find(System.Text.Encoding.Latin1.GetBytes(text), HtcpcpDialect.Instance, HttpRequestHint.Other, endOfStream: false, out _);
        Assert.Equal(isMessage, boundary.Status == PduStatus.Complete);
    }
}
