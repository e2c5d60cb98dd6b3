using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;
using Sniffer.Tests.Decoding;
using static Sniffer.Tests.Decoding.DissectionHarness;
using static Sniffer.Tests.Decoding.LinkAndNetworkDecodingTests;

namespace Sniffer.Tests.Streams;

public class TcpStreamTests
{
    private const int Syn = 0x02, Ack = 0x10, Psh = 0x08, Fin = 0x01, Rst = 0x04;

    private static (DissectionHarness Harness, LineDissector Lines) WithLineProtocol(ushort port = 80)
    {
        var registry = DefaultDissectors.CreateRegistry();
        var lines = new LineDissector();
        registry.Declare(lines);
        registry.AddTcpPorts(lines, port);
        return (new DissectionHarness(registry), lines);
    }

    private static byte[] C2S(int flags, string payload, uint seq, uint ack = 5000) =>
        BuildEthernetIpv4Tcp(flags, System.Text.Encoding.ASCII.GetBytes(payload), seq, ack);

    private static byte[] S2C(int flags, string payload, uint seq, uint ack) =>
        BuildEthernetIpv4Tcp(flags, System.Text.Encoding.ASCII.GetBytes(payload), seq, ack, 80, 1234, reverse: true);

    [Fact]
    public void Analysis_flags_match_tshark_on_a_midstream_capture()
    {
        // The same nine segments were given to tshark 4.0 (see the session notes): its Info column is quoted.
        var h = new DissectionHarness();
        var infos = new List<string>();
        byte[][] frames =
        [
            C2S(Ack | Psh, "hello", 1000), S2C(Ack, "", 5000, 1005), C2S(Ack | Psh, "world", 1005), C2S(Ack | Psh, "world", 1005),
            C2S(Ack | Psh, "gap", 1020), S2C(Ack, "", 5000, 1005), S2C(Ack, "", 5000, 1005),
            BuildEthernetIpv4Tcp(Ack, [], 5000, 1005, 80, 1234, reverse: true, window: 0),
            BuildEthernetIpv4Tcp(Ack, [], 5000, 1005, 80, 1234, reverse: true, window: 100),
        ];
        var seqs = new List<string>();
        foreach (var f in frames)
        {
            var p = h.Dissect(f, LinkType.Ethernet);
            infos.Add(p.Columns.Info.ToString());
            seqs.Add(Value(p, "tcp.seq") + "/" + Value(p, "tcp.ack"));
        }
        Assert.Equal(["1/1", "1/6", "6/1", "6/1", "21/1", "1/6", "1/6", "1/6", "1/6"], seqs);
        Assert.StartsWith("[TCP Retransmission] 1234 → 80 [PSH, ACK] Seq=6 Ack=1", infos[3]);
        Assert.StartsWith("[TCP Previous segment not captured] 1234 → 80 [PSH, ACK] Seq=21", infos[4]);
        Assert.StartsWith("[TCP Dup ACK 2#1] 80 → 1234 [ACK] Seq=1 Ack=6", infos[5]);
        Assert.StartsWith("[TCP Dup ACK 2#2] 80 → 1234 [ACK]", infos[6]);
        Assert.StartsWith("[TCP ZeroWindow] 80 → 1234 [ACK] Seq=1 Ack=6 Win=0", infos[7]);
        Assert.StartsWith("[TCP Window Update] 80 → 1234 [ACK] Seq=1 Ack=6 Win=100", infos[8]);
    }

    [Fact]
    public void Handshake_gives_relative_numbers_from_zero_and_is_recorded()
    {
        var h = new DissectionHarness();
        var p1 = h.Dissect(C2S(Syn, "", 7000, 0), LinkType.Ethernet);
        Assert.Equal("0", Value(p1, "tcp.seq"));
        var p2 = h.Dissect(S2C(Syn | Ack, "", 9000, 7001), LinkType.Ethernet);
        Assert.Equal("0/1", Value(p2, "tcp.seq") + "/" + Value(p2, "tcp.ack"));
        var p3 = h.Dissect(C2S(Ack, "", 7001, 9001), LinkType.Ethernet);
        Assert.Equal("1/1", Value(p3, "tcp.seq") + "/" + Value(p3, "tcp.ack"));
        var c = Assert.Single(h.Dissector.Conversations.All);
        Assert.Equal((1, 2, 3), (c.SynFrame, c.SynAckFrame, c.HandshakeAckFrame));
    }

    [Fact]
    public void A_new_syn_with_another_isn_on_used_ports_starts_a_new_stream()
    {
        var h = new DissectionHarness();
        h.Dissect(C2S(Syn, "", 7000, 0), LinkType.Ethernet);
        h.Dissect(C2S(Fin | Ack, "", 7001, 1), LinkType.Ethernet);
        var p = h.Dissect(C2S(Syn, "", 123456, 0), LinkType.Ethernet);
        Assert.Equal("1", Value(p, "tcp.stream"));
        Assert.StartsWith("[TCP Port numbers reused]", p.Columns.Info.ToString());
        var again = h.Dissect(C2S(Syn, "", 123456, 0), LinkType.Ethernet);
        Assert.Equal("1", Value(again, "tcp.stream"));
    }

    [Fact]
    public void A_pdu_split_over_segments_is_reported_on_the_frame_with_its_last_byte()
    {
        var (h, lines) = WithLineProtocol();
        var p1 = h.Dissect(C2S(Ack | Psh, "LINE o", 1000), LinkType.Ethernet);
        Assert.Equal("TCP", p1.Columns.Protocol);
        Assert.EndsWith("[TCP segment of a reassembled PDU]", p1.Columns.Info.ToString());
        Assert.Equal("4c494e45206f", Value(p1, "tcp.payload"));
        var p2 = h.Dissect(C2S(Ack | Psh, "ne\nLINE two\nLI", 1006), LinkType.Ethernet);
        Assert.Equal("LINE", p2.Columns.Protocol);
        Assert.Equal("1,2", Value(p2, "tcp.segment"));
        Assert.Equal("LINE one,LINE two", Value(p2, "testline.text"));
        var p3 = h.Dissect(C2S(Ack | Psh, "NE 3\n", 1020), LinkType.Ethernet);
        Assert.Equal("LINE 3", Value(p3, "testline.text"));
        Assert.Equal([(2L, "LINE one"), (2L, "LINE two"), (3L, "LINE 3")], lines.Reported.Select(r => (r.Frame, r.Text)));
    }

    [Fact]
    public void A_retransmission_is_not_delivered_twice_and_an_overlap_gives_only_new_bytes()
    {
        var (h, lines) = WithLineProtocol();
        h.Dissect(C2S(Ack | Psh, "LINE a\n", 1000), LinkType.Ethernet);
        h.Dissect(C2S(Ack | Psh, "LINE a\n", 1000), LinkType.Ethernet);
        h.Dissect(C2S(Ack | Psh, "a\nLINE b\n", 1005), LinkType.Ethernet);
        Assert.Equal(["LINE a", "LINE b"], lines.Reported.Select(r => r.Text));
    }

    [Fact]
    public void A_gap_drops_the_partial_pdu_and_later_data_still_flows()
    {
        var (h, lines) = WithLineProtocol();
        h.Dissect(C2S(Ack | Psh, "LINE cut", 1000), LinkType.Ethernet);
        var p = h.Dissect(C2S(Ack | Psh, "LINE after\n", 1100), LinkType.Ethernet);
        Assert.Equal(["LINE after"], lines.Reported.Select(r => r.Text));
        Assert.Equal("1", Value(p, "tcp.reassembly.gap"));
    }

    [Fact]
    public void Fin_completes_a_pdu_delimited_by_the_close()
    {
        var (h, lines) = WithLineProtocol();
        h.Dissect(C2S(Ack | Psh, "LINE no newline", 1000), LinkType.Ethernet);
        var fin = h.Dissect(C2S(Ack | Fin, "", 1015), LinkType.Ethernet);
        Assert.Equal([(2L, "LINE no newline")], lines.Reported.Select(r => (r.Frame, r.Text)));
        Assert.Equal("LINE", fin.Columns.Protocol);
    }

    [Fact]
    public void What_never_completes_is_reported_at_the_end_of_the_capture()
    {
        var (h, _) = WithLineProtocol();
        h.Dissect(C2S(Ack | Psh, "LINE cut by the end", 1000), LinkType.Ethernet);
        h.Dissector.Finish();
        var notice = Assert.Single(h.Dissector.Notices);
        Assert.Contains("tcp.stream 0: 19 bytes of LINE (client to server) never completed", notice);
    }

    [Fact]
    public void The_reassembly_cap_bounds_what_one_direction_holds()
    {
        var registry = DefaultDissectors.CreateRegistry(limits: new Sniffer.Dissectors.Streams.ReassemblyLimits(maxPerDirection: 100));
        var lines = new LineDissector();
        registry.Declare(lines);
        registry.AddTcpPorts(lines, 80);
        var dissector = new Sniffer.Dissectors.Frames.PacketDissector(registry);
        long n = 0;
        uint seq = 1000;
        bool limitSeen = false;
        for (int i = 0; i < 10; i++)
        {
            var bytes = C2S(Ack, new string('x', 40), seq);
            seq += 40;
            var p = dissector.Dissect(new Frame(++n, n * 1000, 9, 0, LinkType.Ethernet, bytes.Length, bytes));
            limitSeen |= Value(p, "tcp.reassembly.limit") == "1";
            Assert.True(dissector.Conversations.All[0].ClientToServer.PendingLength <= 100);
        }
        Assert.True(limitSeen);
    }

    [Fact]
    public void Heuristics_pick_a_protocol_on_an_unregistered_port()
    {
        var registry = DefaultDissectors.CreateRegistry();
        var lines = new LineDissector();
        registry.Declare(lines);
        registry.AddTcpHeuristic(lines);
        var h = new DissectionHarness(registry);
        var p = h.Dissect(BuildEthernetIpv4Tcp(Ack | Psh, "LINE x\n"u8.ToArray(), 1, 1, 40000, 40001), LinkType.Ethernet);
        Assert.Equal("LINE x", Value(p, "testline.text"));
    }

    [Fact]
    public void Decode_as_overrides_the_port_table()
    {
        var registry = DefaultDissectors.CreateRegistry();
        var lines = new LineDissector();
        registry.Declare(lines);
        Assert.Null(registry.AddDecodeAs("tcp.port==5030,testline"));
        Assert.Contains("not a protocol", registry.AddDecodeAs("tcp.port==5030,nosuch"));
        var h = new DissectionHarness(registry);
        var p = h.Dissect(BuildEthernetIpv4Tcp(Ack | Psh, "hi\n"u8.ToArray(), 1, 1, 40000, 5030), LinkType.Ethernet);
        Assert.Equal("hi", Value(p, "testline.text"));
    }

    [Fact]
    public void Closed_conversations_are_forgotten_but_stragglers_keep_their_stream_and_reuse_is_still_seen()
    {
        var h = new DissectionHarness();
        h.Dissector.RetainConversations = false;
        long t = 1_000_000_000;
        LinkType e = LinkType.Ethernet;
        h.Dissect(C2S(Syn, "", 7000, 0), e, t);
        h.Dissect(S2C(Syn | Ack, "", 9000, 7001), e, t += 1000);
        h.Dissect(C2S(Ack | Psh, "hello", 7001, 9001), e, t += 1000);
        h.Dissect(C2S(Fin | Ack, "", 7006, 9001), e, t += 1000);
        h.Dissect(S2C(Fin | Ack, "", 9001, 7007), e, t += 1000);
        Assert.Equal(1, h.Dissector.Conversations.LiveCount);

        // Another conversation three seconds later: the first one has been quiet long enough to be forgotten.
        t += 3_000_000_000;
        h.Dissect(BuildEthernetIpv4Tcp(Syn, [], 1, 0, 5555, 80), e, t);
        Assert.Equal(1, h.Dissector.Conversations.LiveCount);

        // A late ACK of the first conversation still lands in tcp.stream 0 with its relative numbers.
        var late = h.Dissect(C2S(Ack, "", 7007, 9002), e, t += 1000);
        Assert.Equal("0", Value(late, "tcp.stream"));
        Assert.Equal("7/2", Value(late, "tcp.seq") + "/" + Value(late, "tcp.ack"));

        // A fresh SYN with a new ISN on the same ports is a new stream, and tshark's reuse note appears.
        h.Dissect(C2S(Fin | Ack, "", 7007, 9002), e, t += 1000);
        t += 3_000_000_000;
        h.Dissect(BuildEthernetIpv4Tcp(Ack, [], 2, 1, 5555, 80), e, t);
        var again = h.Dissect(C2S(Syn, "", 424242, 0), e, t += 1000);
        Assert.Equal("2", Value(again, "tcp.stream"));
        Assert.StartsWith("[TCP Port numbers reused]", again.Columns.Info.ToString());
    }
}
