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
            var boundary = HtcpcpMessageFramer.Find(bytes.AsSpan(0, length), endOfStream: false, out _);
            Assert.True(boundary.Status == PduStatus.NeedMore, $"prefix of {length} bytes gave {boundary}");
        }
        Assert.Equal(PduBoundary.Complete(bytes.Length), HtcpcpMessageFramer.Find(bytes, endOfStream: false, out _));
    }

    [Theory]
    [MemberData(nameof(HtcpcpFixtures.All), MemberType = typeof(HtcpcpFixtures))]
    public void A_message_followed_by_the_next_request_ends_where_it_ends(HtcpcpFixtures.Message message)
    {
        var bytes = message.Bytes.Concat(HtcpcpFixtures.When.Bytes).ToArray();
        Assert.Equal(PduBoundary.Complete(message.Bytes.Length), HtcpcpMessageFramer.Find(bytes, endOfStream: false, out _));
    }

    [Theory]
    [MemberData(nameof(HtcpcpFixtures.All), MemberType = typeof(HtcpcpFixtures))]
    public void Every_prefix_at_the_end_of_the_stream_is_complete_or_not_htcpcp_and_never_throws(HtcpcpFixtures.Message message)
    {
        var bytes = message.Bytes;
        for (int length = 1; length <= bytes.Length; length++)
        {
            var boundary = HtcpcpMessageFramer.Find(bytes.AsSpan(0, length), endOfStream: true, out _);
            Assert.True(boundary == PduBoundary.Complete(length) || boundary.Status == PduStatus.NotMine, $"prefix of {length} bytes gave {boundary}");
        }
    }

    [Fact]
    public void A_lab_body_without_line_end_runs_until_the_stream_ends()
    {
        var text = "BREW coffee://pot-1 HTCPCP/1.0\r\nContent-Type: message/coffeepot\r\nstart"u8;
        Assert.Equal(PduBoundary.NeedMore(), HtcpcpMessageFramer.Find(text, endOfStream: false, out _));
        Assert.Equal(PduBoundary.Complete(text.Length), HtcpcpMessageFramer.Find(text, endOfStream: true, out var layout));
        Assert.True(layout.NoBlankLine);
        Assert.Equal(HttpBodyKind.OneLine, layout.Framing.Kind);
    }

    [Fact]
    public void A_request_whose_body_follows_the_blank_line_without_a_length_takes_that_line()
    {
        var text = "BREW coffee://pot-1 HTCPCP/1.0\r\nContent-Type: message/coffeepot\r\n\r\nstart\r\nWHEN coffee://pot-1 HTCPCP/1.0\r\n\r\n"u8;
        Assert.Equal(PduBoundary.Complete(text.Length - 34), HtcpcpMessageFramer.Find(text, endOfStream: false, out var layout));
        Assert.Equal(HttpBodyKind.OneLine, layout.Framing.Kind);
        Assert.False(layout.NoBlankLine);
    }

    [Fact]
    public void A_request_without_length_and_nothing_after_it_has_no_body()
    {
        Assert.Equal(PduBoundary.Complete(HtcpcpFixtures.When.Bytes.Length),
            HtcpcpMessageFramer.Find(HtcpcpFixtures.When.Bytes, endOfStream: false, out var layout));
        Assert.Equal(HttpBodyKind.None, layout.Framing.Kind);
    }

    [Fact]
    public void A_reply_without_length_after_a_blank_line_runs_until_close()
    {
        var text = "HTCPCP/1.0 200 OK\r\nContent-Type: message/coffeepot\r\n\r\nbrewing"u8;
        Assert.True(HtcpcpMessageFramer.Find(text, endOfStream: false, out _).RunsUntilEndOfStream);
        Assert.Equal(PduBoundary.Complete(text.Length), HtcpcpMessageFramer.Find(text, endOfStream: true, out _));
    }

    [Theory]
    [InlineData("GET / HTTP/1.1\r\n\r\n", true)]
    [InlineData("DELETE /pot-1 HTCPCP/1.0\r\n\r\n", false)]
    [InlineData("\u0016\u0003\u0001", false)]
    public void Only_htcpcp_methods_and_versions_start_a_message(string text, bool isMessage)
    {
        var boundary = HtcpcpMessageFramer.Find(System.Text.Encoding.Latin1.GetBytes(text), endOfStream: false, out _);
        Assert.Equal(isMessage, boundary.Status == PduStatus.Complete);
    }
}
