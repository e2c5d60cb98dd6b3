using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Tests.Http;

public class HttpFramingTests
{
    [Theory]
    [MemberData(nameof(HttpFixtures.SelfDelimited), MemberType = typeof(HttpFixtures))]
    public void Every_prefix_of_a_message_needs_more_and_the_whole_message_is_complete(HttpFixtures.Message message)
    {
        var bytes = message.Bytes;
        for (int length = 0; length < bytes.Length; length++)
        {
            var boundary = HttpStyleFramer.Find(bytes.AsSpan(0, length), Http1Dialect.Instance, message.Hint, endOfStream: false, out _);
            Assert.True(boundary.Status == PduStatus.NeedMore, $"prefix of {length} bytes gave {boundary}");
        }
        var whole = HttpStyleFramer.Find(bytes, Http1Dialect.Instance, message.Hint, endOfStream: false, out var layout);
        Assert.Equal(PduBoundary.Complete(bytes.Length), whole);
        Assert.Equal(message.Framing, layout.Framing.Kind);
        Assert.False(layout.Truncated);
    }

    [Theory]
    [MemberData(nameof(HttpFixtures.SelfDelimited), MemberType = typeof(HttpFixtures))]
    public void A_message_followed_by_the_next_one_ends_where_it_ends(HttpFixtures.Message message)
    {
        var bytes = message.Bytes.Concat(HttpFixtures.SimpleGet.Bytes).ToArray();
        var boundary = HttpStyleFramer.Find(bytes, Http1Dialect.Instance, message.Hint, endOfStream: false, out _);
        // A response without a body by the RFC (304, to HEAD) waits for none, but, as tshark, takes up to its
        // Content-Length of the bytes that came with it.
        bool takesWhatFollows = message == HttpFixtures.NotModified || message == HttpFixtures.HeadResponse;
        Assert.Equal(PduBoundary.Complete(takesWhatFollows ? bytes.Length : message.Bytes.Length), boundary);
    }

    [Theory]
    [MemberData(nameof(HttpFixtures.SelfDelimited), MemberType = typeof(HttpFixtures))]
    public void Every_prefix_cut_by_the_end_of_the_stream_is_either_complete_and_marked_truncated_or_not_http(HttpFixtures.Message message)
    {
        var bytes = message.Bytes;
        for (int length = 1; length < bytes.Length; length++)
        {
            var prefix = bytes.AsSpan(0, length);
            var boundary = HttpStyleFramer.Find(prefix, Http1Dialect.Instance, message.Hint, endOfStream: true, out var layout);
            if (boundary.Status == PduStatus.NotMine)
            {
                // Too little of the first line to say what it is ("G", "HTT").
                Assert.Equal(HttpMessageKind.Other, layout.Kind);
                continue;
            }
            Assert.Equal(PduBoundary.Complete(length), boundary);
            // Only the cut that drops the final LF leaves a whole message: a last line ending in a lone CR is a line at the end.
            bool onlyFinalLineFeedMissing = length == bytes.Length - 1 && bytes[^1] == (byte)'\n';
            Assert.True(layout.Truncated || onlyFinalLineFeedMissing, $"prefix of {length} bytes was not marked truncated");
        }
    }

    [Fact]
    public void A_response_without_length_runs_until_the_server_closes()
    {
        var bytes = HttpFixtures.UntilClose.Bytes;
        int headerEnd = HttpFixtures.UntilClose.Text.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4;
        for (int length = headerEnd; length <= bytes.Length; length++)
            Assert.True(HttpStyleFramer.Find(bytes.AsSpan(0, length), Http1Dialect.Instance, HttpRequestHint.Other, false, out _).RunsUntilEndOfStream);
        var closed = HttpStyleFramer.Find(bytes, Http1Dialect.Instance, HttpRequestHint.Other, endOfStream: true, out var layout);
        Assert.Equal(PduBoundary.Complete(bytes.Length), closed);
        Assert.Equal(HttpBodyKind.UntilClose, layout.Framing.Kind);
        Assert.False(layout.Truncated);
    }

    [Fact]
    public void A_request_without_length_has_no_body_even_when_bytes_follow()
    {
        var boundary = HttpStyleFramer.Find("GET / HTTP/1.1\r\nHost: a\r\n\r\nxyz"u8, Http1Dialect.Instance, HttpRequestHint.Other, false, out var layout);
        Assert.Equal(PduBoundary.Complete(27), boundary);
        Assert.Equal(HttpBodyKind.None, layout.Framing.Kind);
    }

    [Fact]
    public void A_content_length_that_is_not_a_number_is_ignored()
    {
        var boundary = HttpStyleFramer.Find("POST / HTTP/1.1\r\nContent-Length: 12abc\r\n\r\n"u8, Http1Dialect.Instance, HttpRequestHint.Other, false, out var layout);
        Assert.Equal(PduStatus.Complete, boundary.Status);
        Assert.Equal(HttpBodyKind.None, layout.Framing.Kind);
    }

    [Fact]
    public void A_huge_content_length_asks_for_more_without_sizing_anything()
    {
        var boundary = HttpStyleFramer.Find("HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999\r\n\r\nabc"u8, Http1Dialect.Instance, HttpRequestHint.Other, false, out _);
        Assert.Equal(PduStatus.NeedMore, boundary.Status);
        Assert.True(boundary.Length > 0);
    }

    [Fact]
    public void A_content_length_beyond_long_is_ignored_and_the_body_runs_until_close()
    {
        var boundary = HttpStyleFramer.Find("HTTP/1.1 200 OK\r\nContent-Length: 999999999999999999999999\r\n\r\n"u8, Http1Dialect.Instance, HttpRequestHint.Other, false, out var layout);
        Assert.True(boundary.RunsUntilEndOfStream);
        Assert.Equal(HttpBodyKind.UntilClose, layout.Framing.Kind);
    }

    [Theory]
    [InlineData("zz\r\nabc\r\n0\r\n\r\n")]
    [InlineData("FFFFFFFFFFFFFFFFFFFF\r\nabc\r\n")]
    [InlineData("100000000\r\nabc\r\n")]
    public void A_chunk_size_that_is_not_a_size_ends_the_message_with_what_there_is(string body)
    {
        var text = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + body;
        var bytes = System.Text.Encoding.ASCII.GetBytes(text);
        var boundary = HttpStyleFramer.Find(bytes, Http1Dialect.Instance, HttpRequestHint.Other, false, out var layout);
        Assert.Equal(PduBoundary.Complete(bytes.Length), boundary);
        Assert.NotEqual(Sniffer.Dissectors.Protocols.TextLines.ChunkedBodyStatus.Complete, layout.ChunkedStatus);
    }

    [Fact]
    public void A_chunk_size_line_split_after_its_cr_waits_for_the_lf()
    {
        var text = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r";
        var boundary = HttpStyleFramer.Find(System.Text.Encoding.ASCII.GetBytes(text), Http1Dialect.Instance, HttpRequestHint.Other, false, out _);
        Assert.Equal(PduBoundary.NeedMore(), boundary);
    }

    [Fact]
    public void Transfer_encoding_without_chunked_last_makes_a_response_run_until_close()
    {
        var boundary = HttpStyleFramer.Find("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, gzip\r\n\r\n"u8, Http1Dialect.Instance, HttpRequestHint.Other, false, out var layout);
        Assert.True(boundary.RunsUntilEndOfStream);
        Assert.Equal(HttpBodyKind.UntilClose, layout.Framing.Kind);
    }

    [Theory]
    [InlineData("\u0016\u0003\u0001\u0002\u0000")]
    [InlineData("SSH-2.0-OpenSSH_9.6\r\n")]
    [InlineData("garbage line\r\n\r\n")]
    public void Bytes_that_start_no_message_are_not_http(string text)
    {
        var boundary = HttpStyleFramer.Find(System.Text.Encoding.Latin1.GetBytes(text), Http1Dialect.Instance, HttpRequestHint.Other, false, out var layout);
        Assert.Equal(PduStatus.NotMine, boundary.Status);
        Assert.Equal(HttpMessageKind.Other, layout.Kind);
    }
}
