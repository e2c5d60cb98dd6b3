using Sniffer.Dissectors.Model;
using Sniffer.Tests.Decoding;

namespace Sniffer.Tests.Robustness;

/// <summary>
/// Issue 11: sequence numbers that wrap past 2^32 inside a message, and a segment 2^31 away, neither overflow nor lose
/// the stream: the message across the wrap is put together, the stray segment is only a stray.
/// </summary>
public class SequenceWrapTests
{
    private const int Syn = 0x02, Ack = 0x10, Psh = 0x08;

    private static byte[] B(string s) => System.Text.Encoding.ASCII.GetBytes(s);

    [Fact]
    public void A_request_whose_bytes_wrap_past_two_to_the_32_is_reassembled()
    {
        var h = new DissectionHarness();
        uint isn = 0xFFFFFFF0;
        h.Dissect(LinkAndNetworkDecodingTests.BuildEthernetIpv4Tcp(Syn, [], seq: isn, ack: 0, srcPort: 40010, dstPort: 80), LinkType.Ethernet);
        string request = "GET /wrapped HTTP/1.1\r\nHost: a\r\n\r\n";
        // The harness reuses one tree per frame: each frame is read before the next is dissected.
        var first = h.Dissect(LinkAndNetworkDecodingTests.BuildEthernetIpv4Tcp(Ack | Psh, B(request[..20]), seq: isn + 1, ack: 1, srcPort: 40010, dstPort: 80), LinkType.Ethernet);
        Assert.Equal("", DissectionHarness.Value(first, "http.request.uri"));
        var second = h.Dissect(LinkAndNetworkDecodingTests.BuildEthernetIpv4Tcp(Ack | Psh, B(request[20..]), seq: unchecked(isn + 21), ack: 1, srcPort: 40010, dstPort: 80), LinkType.Ethernet);
        Assert.Equal("/wrapped", DissectionHarness.Value(second, "http.request.uri"));
        Assert.DoesNotContain("Dissector bug", DissectionHarness.Summary(second));
    }

    [Theory]
    [InlineData(0x80000000u)]
    [InlineData(0x7FFFFFFFu)]
    [InlineData(0xFFFFFFFFu)]
    [InlineData(0x40000000u)]
    public void A_segment_far_away_is_a_stray_and_the_stream_goes_on(uint distance)
    {
        var h = new DissectionHarness();
        h.Dissect(LinkAndNetworkDecodingTests.BuildEthernetIpv4Tcp(Syn, [], seq: 1000, ack: 0, srcPort: 40011, dstPort: 80), LinkType.Ethernet);
        h.Dissect(LinkAndNetworkDecodingTests.BuildEthernetIpv4Tcp(Ack | Psh, B("GET /a HTTP/1.1\r\nHost: a\r\n\r\n"), seq: 1001, ack: 1, srcPort: 40011, dstPort: 80), LinkType.Ethernet);
        var stray = h.Dissect(LinkAndNetworkDecodingTests.BuildEthernetIpv4Tcp(Ack | Psh, B("junk junk"), seq: unchecked(1001 + 28 + distance), ack: 1, srcPort: 40011, dstPort: 80), LinkType.Ethernet);
        Assert.DoesNotContain("Dissector bug", DissectionHarness.Summary(stray));
        var next = h.Dissect(LinkAndNetworkDecodingTests.BuildEthernetIpv4Tcp(Ack | Psh, B("GET /b HTTP/1.1\r\nHost: a\r\n\r\n"), seq: 1029, ack: 1, srcPort: 40011, dstPort: 80), LinkType.Ethernet);
        Assert.DoesNotContain("Dissector bug", DissectionHarness.Summary(next));
    }
}
