using System.Buffers.Binary;
using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Tests.Decoding;

/// <summary>The dissector tables a protocol plugs into without touching the core: ethertype, ip.proto, udp.port, wtap_encap.</summary>
public class PluginTableTests
{
    private static readonly ProtocolDef Echo = new("testecho", "TESTECHO", "Test datagram protocol");
    private static readonly FieldDef EchoText = new("testecho.text", "Text", FieldType.String);
    private static readonly ProtocolDef Marker = new("testmark", "TESTMARK", "Test packet protocol");

    private sealed class EchoDissector : IDatagramDissector
    {
        public ProtocolDef Protocol => Echo;
        public int Seen;
        public bool LooksLikeMine(ReadOnlySpan<byte> payload, DatagramContext context) => payload.StartsWith("ECHO"u8);

        public bool Dissect(ReadOnlySpan<byte> payload, DatagramContext context, PacketContext packet, int source, int offset)
        {
            var count = context.Conversation.GetState(this, () => new int[1]);
            count[0]++;
            Seen = count[0];
            packet.AddProtocolName("testecho");
            packet.Columns.Protocol = "TESTECHO";
            packet.Columns.Info.Set($"stream {context.StreamIndex} datagram {count[0]}");
            int node = packet.Tree.AddNode(-1, Echo, source, offset, payload.Length);
            packet.Tree.AddBytesInPlace(node, EchoText, source, offset, payload.Length);
            return true;
        }
    }

    private sealed class MarkDissector : IPacketDissector
    {
        public ProtocolDef Protocol => Marker;

        public int Dissect(PacketContext packet, ReadOnlySpan<byte> frame, int offset, int captured, int declared)
        {
            packet.AddProtocolName("testmark");
            packet.Columns.Protocol = "TESTMARK";
            packet.Columns.Info.Set($"{captured} bytes");
            packet.Tree.AddNode(-1, Marker, 0, offset, captured);
            return offset + captured;
        }
    }

    private static byte[] Udp(ushort src, ushort dst, string text, bool reply = false)
    {
        var payload = Encoding.ASCII.GetBytes(text);
        var f = new byte[14 + 20 + 8 + payload.Length];
        f[12] = 0x08;
        f[14] = 0x45;
        BinaryPrimitives.WriteUInt16BigEndian(f.AsSpan(16), (ushort)(20 + 8 + payload.Length));
        f[22] = 64;
        f[23] = 17;
        f[26] = 10; f[29] = reply ? (byte)2 : (byte)1; f[30] = 10; f[33] = reply ? (byte)1 : (byte)2;
        BinaryPrimitives.WriteUInt16BigEndian(f.AsSpan(34), src);
        BinaryPrimitives.WriteUInt16BigEndian(f.AsSpan(36), dst);
        BinaryPrimitives.WriteUInt16BigEndian(f.AsSpan(38), (ushort)(8 + payload.Length));
        payload.CopyTo(f, 42);
        return f;
    }

    [Fact]
    public void A_datagram_protocol_on_its_udp_port_gets_the_payload_and_a_state_slot_per_conversation()
    {
        var registry = DefaultDissectors.CreateRegistry();
        var echo = new EchoDissector();
        registry.Declare(echo);
        registry.UdpPorts.Add(7777, echo);
        var h = new DissectionHarness(registry);
        h.Dissect(Udp(40000, 7777, "hello"), LinkType.Ethernet);
        var p = h.Dissect(Udp(7777, 40000, "world", reply: true), LinkType.Ethernet);
        Assert.Equal("world", DissectionHarness.Value(p, "testecho.text"));
        Assert.Equal("stream 0 datagram 2", p.Columns.Info.Text.ToString());
        Assert.Equal("", DissectionHarness.Value(p, "data.data"));
        p = h.Dissect(Udp(40001, 7777, "again"), LinkType.Ethernet);
        Assert.Equal("stream 1 datagram 1", p.Columns.Info.Text.ToString());
    }

    [Fact]
    public void Heuristics_and_decode_as_pick_a_datagram_protocol_on_other_ports()
    {
        var registry = DefaultDissectors.CreateRegistry();
        var echo = new EchoDissector();
        registry.Declare(echo);
        registry.AddUdpHeuristic(echo);
        var h = new DissectionHarness(registry);
        Assert.Equal("ECHO!", DissectionHarness.Value(h.Dissect(Udp(1000, 2000, "ECHO!"), LinkType.Ethernet), "testecho.text"));
        Assert.Equal("", DissectionHarness.Value(h.Dissect(Udp(1000, 2000, "other"), LinkType.Ethernet), "testecho.text"));
        Assert.Null(registry.AddDecodeAs("udp.port==2000,testecho"));
        Assert.Equal("other", DissectionHarness.Value(h.Dissect(Udp(1000, 2000, "other"), LinkType.Ethernet), "testecho.text"));
        Assert.Null(registry.Disable("testecho"));
        Assert.Equal("", DissectionHarness.Value(h.Dissect(Udp(1000, 2000, "ECHO?"), LinkType.Ethernet), "testecho.text"));
    }

    [Fact]
    public void An_ethertype_plugin_takes_what_the_core_does_not_decode()
    {
        var registry = DefaultDissectors.CreateRegistry();
        registry.EtherTypes.Add(0x88B5, new MarkDissector());
        var h = new DissectionHarness(registry);
        var f = new byte[60];
        f[12] = 0x88;
        f[13] = 0xB5;
        var p = h.Dissect(f, LinkType.Ethernet);
        Assert.Equal("TESTMARK", p.Columns.Protocol);
        Assert.Equal("46 bytes", p.Columns.Info.Text.ToString());
        Assert.Equal("eth:ethertype:testmark", DissectionHarness.Value(p, "frame.protocols"));
    }

    [Fact]
    public void Udp_state_of_a_quiet_conversation_is_let_go_but_its_stream_number_stays()
    {
        var table = new Sniffer.Dissectors.Streams.UdpConversationTable();
        byte[] a = [10, 0, 0, 1], b = [10, 0, 0, 2];
        long second = 1_000_000_000;
        var (first, state) = table.Lookup(a, 1, b, 2, 0);
        for (int i = 0; i < 1000; i++)
            table.Lookup(a, (ushort)(100 + i), b, 2, 0);
        Assert.Equal(1001, table.LiveCount);
        table.Lookup(a, 5000, b, 2, 200 * second);
        Assert.Equal(1, table.LiveCount);
        var (again, newState) = table.Lookup(b, 2, a, 1, 201 * second);
        Assert.Equal(first, again);
        Assert.NotSame(state, newState);
    }
}
