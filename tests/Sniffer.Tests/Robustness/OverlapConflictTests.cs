using Sniffer.Dissectors.Model;
using Sniffer.Tests.Decoding;

namespace Sniffer.Tests.Robustness;

/// <summary>
/// Issue 11: a retransmission that overlaps waiting bytes with different ones is flagged (tcp.segment.overlap.conflict,
/// as tshark) and never turns into a message no one sent ("GET /original HTZXY/1.1").
/// </summary>
public class OverlapConflictTests
{
    private const int Syn = 0x02, Ack = 0x10, Psh = 0x08;

    [Fact]
    public void Conflicting_overlap_is_flagged_and_no_invented_request_appears()
    {
        var h = new DissectionHarness();
        byte[] B(string s) => System.Text.Encoding.ASCII.GetBytes(s);
        h.Dissect(LinkAndNetworkDecodingTests.BuildEthernetIpv4Tcp(Syn, [], seq: 0, ack: 0, srcPort: 40000, dstPort: 80), LinkType.Ethernet);
        var frames = new[]
        {
            LinkAndNetworkDecodingTests.BuildEthernetIpv4Tcp(Ack | Psh, B("GET /original HT"), seq: 1, ack: 1, srcPort: 40000, dstPort: 80),
            LinkAndNetworkDecodingTests.BuildEthernetIpv4Tcp(Ack | Psh, B("GET /XYZXYZXYZXYZXY"), seq: 1, ack: 1, srcPort: 40000, dstPort: 80),
            LinkAndNetworkDecodingTests.BuildEthernetIpv4Tcp(Ack | Psh, B("P/1.1\r\nHost: a\r\n\r\n"), seq: 19, ack: 1, srcPort: 40000, dstPort: 80),
        };
        var conflicts = new List<string>();
        var uris = new List<string>();
        foreach (var f in frames)
        {
            var p = h.Dissect(f, LinkType.Ethernet);
            conflicts.Add(DissectionHarness.Value(p, "tcp.segment.overlap.conflict"));
            uris.Add(DissectionHarness.Value(p, "http.request.uri"));
        }
        Assert.Equal("", conflicts[0]);
        Assert.Equal("1", conflicts[1]);
        Assert.DoesNotContain(uris, u => u.Contains("ZXY", StringComparison.Ordinal) || u.Contains("origi", StringComparison.Ordinal));
    }

    [Fact]
    public void Identical_retransmitted_bytes_are_no_conflict()
    {
        var h = new DissectionHarness();
        byte[] B(string s) => System.Text.Encoding.ASCII.GetBytes(s);
        h.Dissect(LinkAndNetworkDecodingTests.BuildEthernetIpv4Tcp(Syn, [], seq: 0, ack: 0, srcPort: 40001, dstPort: 80), LinkType.Ethernet);
        h.Dissect(LinkAndNetworkDecodingTests.BuildEthernetIpv4Tcp(Ack | Psh, B("GET /a HT"), seq: 1, ack: 1, srcPort: 40001, dstPort: 80), LinkType.Ethernet);
        var again = h.Dissect(LinkAndNetworkDecodingTests.BuildEthernetIpv4Tcp(Ack | Psh, B("GET /a HTTP/1.1\r\nHost: a\r\n\r\n"), seq: 1, ack: 1, srcPort: 40001, dstPort: 80), LinkType.Ethernet);
        Assert.Equal("", DissectionHarness.Value(again, "tcp.segment.overlap.conflict"));
        Assert.Equal("/a", DissectionHarness.Value(again, "http.request.uri"));
    }
}
