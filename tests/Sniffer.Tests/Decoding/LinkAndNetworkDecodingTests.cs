using Sniffer.Dissectors.Model;
using Sniffer.Tests.Infrastructure;
using static Sniffer.Tests.Decoding.DissectionHarness;

namespace Sniffer.Tests.Decoding;

public class LinkAndNetworkDecodingTests
{
    // tshark -x of frame 1 of ../shared/corpus/local/tcpdump_http10.pcap (Linux lo, Ethernet, IPv4, TCP SYN)
    internal static readonly byte[] EthernetIpv4Syn = Hex.Parse("""
        00 00 00 00 00 00 00 00 00 00 00 00 08 00 45 00
        00 3c 4c f4 40 00 40 06 ef c5 7f 00 00 01 7f 00
        00 01 ac 0c 6d b0 d8 b8 9d 54 00 00 00 00 a0 02
        ff d7 fe 30 00 00 02 04 ff d7 04 02 08 0a 11 69
        c7 55 00 00 00 00 01 03 03 0a
        """);

    // tshark -x of frame 1 of illustrated-tls12.pcap (macOS lo0: NULL family 30, IPv6, TCP SYN)
    internal static readonly byte[] NullIpv6Syn = Hex.Parse("""
        1e 00 00 00 60 01 c8 4e 00 2c 06 40 00 00 00 00
        00 00 00 00 00 00 00 00 00 00 00 01 00 00 00 00
        00 00 00 00 00 00 00 00 00 00 00 01 c3 ef 20 fb
        4c 23 e2 49 00 00 00 00 b0 02 ff ff 00 34 00 00
        02 04 3f c4 01 03 03 06 01 01 08 0a 1b 01 f3 97
        00 00 00 00 04 02 00 00
        """);

    // tshark -x of frame 1 of any_sll2_http.pcapng (Linux cooked v1, IPv4, TCP SYN)
    internal static readonly byte[] SllIpv4Syn = Hex.Parse("""
        00 00 03 04 00 06 00 00 00 00 00 00 00 00 08 00
        45 00 00 3c 76 ef 40 00 40 06 c5 ca 7f 00 00 01
        7f 00 00 01 ac 22 6d b0 ef a2 ea 94 00 00 00 00
        a0 02 ff d7 fe 30 00 00 02 04 ff d7 04 02 08 0a
        f6 fb 20 dc 00 00 00 00 01 03 03 0a
        """);

    [Fact]
    public void Ethernet_ipv4_syn_gives_tshark_fields_and_summary()
    {
        var h = new DissectionHarness();
        var p = h.Dissect(EthernetIpv4Syn, LinkType.Ethernet);
        Assert.Equal("00:00:00:00:00:00", Value(p, "eth.src"));
        Assert.Equal("0x0800", Value(p, "eth.type"));
        Assert.Equal("127.0.0.1", Value(p, "ip.src"));
        Assert.Equal("127.0.0.1,127.0.0.1", Value(p, "ip.addr"));
        Assert.Equal("0x4cf4", Value(p, "ip.id"));
        Assert.Equal("0x02", Value(p, "ip.flags"));
        Assert.Equal("1", Value(p, "ip.flags.df"));
        Assert.Equal("64", Value(p, "ip.ttl"));
        Assert.Equal("6", Value(p, "ip.proto"));
        Assert.Equal("44044", Value(p, "tcp.srcport"));
        Assert.Equal("28080", Value(p, "tcp.dstport"));
        Assert.Equal("44044,28080", Value(p, "tcp.port"));
        Assert.Equal("0", Value(p, "tcp.stream"));
        Assert.Equal("··········S·", Value(p, "tcp.flags.str"));
        Assert.Equal("1", Value(p, "tcp.flags.syn"));
        Assert.Equal("0x0002", Value(p, "tcp.flags"));
        Assert.Equal("65495", Value(p, "tcp.options.mss_val"));
        Assert.Equal("eth:ethertype:ip:tcp", Value(p, "frame.protocols"));
        Assert.Equal("    1 0.000000000    127.0.0.1 → 127.0.0.1    TCP 74 44044 → 28080 [SYN] Seq=0 Win=65495 Len=0 MSS=65495 SACK_PERM TSval=292144981 TSecr=0 WS=1024",
            Summary(p));
    }

    [Fact]
    public void Macos_loopback_null_header_with_ipv6_decodes()
    {
        var h = new DissectionHarness();
        var p = h.Dissect(NullIpv6Syn, LinkType.Null);
        Assert.Equal("30", Value(p, "null.family"));
        Assert.Equal("::1", Value(p, "ipv6.src"));
        Assert.Equal("::1", Value(p, "ipv6.dst"));
        Assert.Equal("0x01c84e", Value(p, "ipv6.flow"));
        Assert.Equal("null:ipv6:tcp", Value(p, "frame.protocols"));
        Assert.EndsWith("TCP 88 50159 → 8443 [SYN] Seq=0 Win=65535 Len=0 MSS=16324 WS=64 TSval=453112727 TSecr=0 SACK_PERM", Summary(p));
    }

    [Fact]
    public void Null_family_in_big_endian_order_is_read_too()
    {
        var bytes = (byte[])NullIpv6Syn.Clone();
        bytes[0] = 0; bytes[3] = 30;
        var p = new DissectionHarness().Dissect(bytes, LinkType.Null);
        Assert.Equal("30", Value(p, "null.family"));
        Assert.Equal("::1", Value(p, "ipv6.src"));
    }

    [Fact]
    public void Linux_cooked_capture_decodes_to_tcp()
    {
        var p = new DissectionHarness().Dissect(SllIpv4Syn, LinkType.LinuxSll);
        Assert.Equal("sll:ethertype:ip:tcp", Value(p, "frame.protocols"));
        Assert.Equal("772", Value(p, "sll.hatype"));
        Assert.Equal("44066", Value(p, "tcp.srcport"));
    }

    [Fact]
    public void Linux_cooked_v2_decodes_to_tcp()
    {
        // SLL2: protocol(2) reserved(2) ifindex(4) hatype(2) pkttype(1) halen(1) addr(8), then the IPv4 packet of the SLL fixture.
        var header = Hex.Parse("08 00 00 00 00 00 00 01 03 04 00 06 00 00 00 00 00 00 00 00");
        var p = new DissectionHarness().Dissect([.. header, .. SllIpv4Syn.AsSpan(16)], LinkType.LinuxSll2);
        Assert.Equal("1", Value(p, "sll.ifindex"));
        Assert.Equal("44066", Value(p, "tcp.srcport"));
        Assert.Equal("sll:ethertype:ip:tcp", Value(p, "frame.protocols"));
    }

    [Fact]
    public void Vlan_tags_are_followed_to_ip()
    {
        var f = EthernetIpv4Syn;
        byte[] tagged = [.. f.AsSpan(0, 12), 0x81, 0x00, 0x20, 0x0A, 0x88, 0xA8, 0x00, 0x05, .. f.AsSpan(12)];
        tagged[16] = 0x81; tagged[17] = 0x00;
        var p = new DissectionHarness().Dissect(tagged, LinkType.Ethernet);
        Assert.Equal("10,5", Value(p, "vlan.id"));
        Assert.Equal("1", Value(p, "vlan.priority").Split(',')[0]);
        Assert.Equal("44044", Value(p, "tcp.srcport"));
        Assert.Equal("eth:vlan:vlan:ethertype:ip:tcp", Value(p, "frame.protocols"));
    }

    [Fact]
    public void Raw_ip_link_type_reads_the_version_nibble()
    {
        var p = new DissectionHarness().Dissect(EthernetIpv4Syn.AsSpan(14).ToArray(), LinkType.Raw);
        Assert.Equal("127.0.0.1", Value(p, "ip.dst"));
        Assert.Equal("28080", Value(p, "tcp.dstport"));
    }

    [Fact]
    public void Ethernet_padding_is_not_tcp_payload()
    {
        // A 54-byte ACK padded to the 60-byte Ethernet minimum: tcp.len stays 0.
        var ack = BuildEthernetIpv4Tcp(flags: 0x10, payload: []);
        byte[] padded = [.. ack, 0, 0, 0, 0, 0, 0];
        var p = new DissectionHarness().Dissect(padded, LinkType.Ethernet);
        Assert.Equal("0", Value(p, "tcp.len"));
        Assert.Equal("000000000000", Value(p, "eth.padding"));
    }

    [Fact]
    public void Ipv4_fragments_wait_for_their_datagram_and_are_not_given_to_tcp()
    {
        var bytes = BuildEthernetIpv4Tcp(flags: 0x18, payload: "hello"u8.ToArray());
        bytes[14 + 6] = 0x20; // More Fragments
        var p = new DissectionHarness().Dissect(bytes, LinkType.Ethernet);
        Assert.Equal("1", Value(p, "ip.flags.mf"));
        Assert.Equal("", Value(p, "tcp.srcport"));
        Assert.Contains("Fragmented IP protocol", p.Columns.Info.ToString());
        Assert.Equal("", Value(p, "ip.fragment.count"));
    }

    [Fact]
    public void Ipv6_extension_headers_are_walked_to_tcp()
    {
        var v6 = NullIpv6Syn.AsSpan(4).ToArray(); // raw IPv6
        // Insert a hop-by-hop header (8 bytes: next=TCP, len=0, PadN) after the fixed header.
        byte[] hop = [6, 0, 1, 4, 0, 0, 0, 0];
        byte[] withExt = [.. v6.AsSpan(0, 40), .. hop, .. v6.AsSpan(40)];
        withExt[6] = 0; // next header: hop-by-hop
        int plen = (withExt[4] << 8 | withExt[5]) + 8;
        withExt[4] = (byte)(plen >> 8); withExt[5] = (byte)plen;
        var p = new DissectionHarness().Dissect(withExt, LinkType.Raw);
        Assert.Equal("6", Value(p, "ipv6.hopopts.nxt"));
        Assert.Equal("50159", Value(p, "tcp.srcport"));
    }

    [Fact]
    public void Every_truncation_of_a_frame_yields_a_tree_and_never_throws()
    {
        foreach (var (bytes, link) in new[] { (EthernetIpv4Syn, LinkType.Ethernet), (NullIpv6Syn, LinkType.Null), (SllIpv4Syn, LinkType.LinuxSll) })
        {
            for (int cut = 0; cut < bytes.Length; cut++)
            {
                var h = new DissectionHarness();
                var p = h.Dissect(bytes[..cut], link);
                Assert.True(p.Tree.Count > 0);
                Assert.DoesNotContain("Dissector bug", p.Columns.Info.ToString());
                // Too short for the headers the frame claims: malformed, unless the cut lands exactly on a layer end.
                if (cut < 14)
                    Assert.True(p.Malformed, $"cut at {cut} should be marked malformed");
            }
        }
    }

    [Fact]
    public void A_frame_cut_by_the_snapshot_length_is_marked_as_such_not_malformed()
    {
        var p = new DissectionHarness().Dissect(EthernetIpv4Syn[..40], LinkType.Ethernet, originalLength: EthernetIpv4Syn.Length);
        Assert.Contains("[Packet size limited during capture]", p.Columns.Info.ToString());
        Assert.Equal("", Value(p, "_ws.malformed"));
    }

    [Fact]
    public void A_truncated_tcp_header_is_malformed_packet()
    {
        var p = new DissectionHarness().Dissect(EthernetIpv4Syn[..40], LinkType.Ethernet);
        Assert.EndsWith("[Malformed Packet]", p.Columns.Info.ToString());
        // The item names the protocol whose header did not fit, as tshark's "[Malformed Packet: TCP]".
        Assert.Equal("[Malformed Packet: TCP]", Value(p, "_ws.malformed"));
        Assert.Equal("TCP", p.Columns.Protocol);
    }

    [Fact]
    public void A_tcp_data_offset_below_five_is_reported_with_the_ports_kept()
    {
        var bytes = (byte[])EthernetIpv4Syn.Clone();
        bytes[14 + 20 + 12] = 0x40; // data offset 4 words = 16 bytes
        var p = new DissectionHarness().Dissect(bytes, LinkType.Ethernet);
        Assert.Equal("44044", Value(p, "tcp.srcport"));
        Assert.Contains("BOGUS TCP HEADER LENGTH (16, must be at least 20)", p.Columns.Info.ToString());
    }

    /// <summary>Builds Ethernet/IPv4/TCP 10.0.0.1:1234 → 10.0.0.2:80 with the given flags and payload.</summary>
    internal static byte[] BuildEthernetIpv4Tcp(int flags, byte[] payload, uint seq = 1000, uint ack = 5000, ushort srcPort = 1234, ushort dstPort = 80,
        bool reverse = false, ushort window = 65535)
    {
        byte[] a = [10, 0, 0, 1], b = [10, 0, 0, 2];
        if (reverse)
            (a, b) = (b, a);
        var tcp = new byte[20];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(tcp, srcPort);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(tcp.AsSpan(2), dstPort);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(tcp.AsSpan(4), seq);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(tcp.AsSpan(8), ack);
        tcp[12] = 0x50;
        tcp[13] = (byte)flags;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(tcp.AsSpan(14), window);
        var ip = new byte[20];
        ip[0] = 0x45;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(ip.AsSpan(2), (ushort)(40 + payload.Length));
        ip[6] = 0x40;
        ip[8] = 64;
        ip[9] = 6;
        a.CopyTo(ip, 12);
        b.CopyTo(ip, 16);
        byte[] eth = [0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 1, 0x08, 0x00];
        return [.. eth, .. ip, .. tcp, .. payload];
    }
}
