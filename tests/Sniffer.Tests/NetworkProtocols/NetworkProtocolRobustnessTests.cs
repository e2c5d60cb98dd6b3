using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Dns;
using Sniffer.Files;
using Sniffer.Tests.Decoding;
using Sniffer.Tests.Files;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.NetworkProtocols;

/// <summary>
/// Hostile input for ARP, ICMP, ICMPv6, DNS/mDNS/LLMNR, DHCP, NTP and SSDP: random and bit-flipped payloads never throw
/// (no "Dissector bug"), and DNS names — compression pointers in loops and chains — cost bounded work, so a message's
/// dissection stays linear in its size.
/// </summary>
public class NetworkProtocolRobustnessTests
{
    private static readonly string[] SeedCaptures = ["dns-icmp-arp.pcapng", "ndp-icmpv6.pcapng", "dhcp-lease.pcapng", "udp-services.pcapng"];

    /// <summary>Every frame of the sample captures made for these protocols: real ARP, ICMP, NDP, DNS, DHCP, NTP, mDNS, LLMNR, SSDP.</summary>
    private static readonly Lazy<byte[][]> Seeds = new(() => SeedCaptures
        .Select(name => Path.Combine(Corpus.SampleCaptures, name))
        .Where(File.Exists)
        .SelectMany(path => CaptureReading.ReadAll(CaptureFileReader.Open(path)).Frames.Select(f => f.Data))
        .ToArray());

    private static void AssertSurvives(IEnumerable<byte[]> frames)
    {
        var harness = new DissectionHarness();
        foreach (var bytes in frames)
        {
            var packet = harness.Dissect(bytes, LinkType.Ethernet);
            Assert.True(packet.Tree.Count > 0);
            Assert.DoesNotContain("Dissector bug", packet.Columns.Info.ToString());
            for (int i = 0; i < packet.Tree.Count; i++)
                Assert.NotEqual("_ws.dissector_bug", packet.Tree[i].Field.Abbrev);
        }
    }

    [Fact]
    public void The_seed_captures_are_there()
    {
        Assert.True(Seeds.Value.Length > 90, $"{Seeds.Value.Length} seed frames");
        AssertSurvives(Seeds.Value);
    }

    [Fact]
    public void Bit_flipped_frames_of_every_protocol_never_throw()
    {
        var gen = from index in Gen.Choose(0, Seeds.Value.Length - 1)
                  from flips in Gen.ListOf(Gen.Choose(14 * 8, Seeds.Value[index].Length * 8 - 1))
                  select (index, flips);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var bytes = (byte[])Seeds.Value[t.index].Clone();
            foreach (int bit in t.flips)
                bytes[bit / 8] ^= (byte)(1 << (bit % 8));
            AssertSurvives([bytes, bytes]);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(400));
    }

    [Fact]
    public void Every_truncation_of_every_seed_frame_never_throws()
    {
        foreach (var frame in Seeds.Value)
            AssertSurvives(Enumerable.Range(0, frame.Length).Select(cut => frame[..cut]));
    }

    [Fact]
    public void Random_payloads_on_every_new_port_and_protocol_never_throw()
    {
        var ports = new ushort[] { 53, 5353, 5355, 67, 68, 123, 1900, 4011 };
        var gen = from kind in Gen.Choose(0, 3)
                  from port in Gen.Elements(ports)
                  from payload in Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>())
                  select (kind, port, payload);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            byte[] frame = t.kind switch
            {
                0 => NetworkFrames.Ipv4Udp(40000, t.port, t.payload),
                1 => NetworkFrames.Ipv4(1, t.payload),
                2 => NetworkFrames.Ipv6(58, t.payload),
                _ => NetworkFrames.Ethernet(0x0806, t.payload),
            };
            AssertSurvives([frame]);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void Random_dns_messages_behind_a_valid_header_never_throw()
    {
        // A plausible header (one question, some records) keeps the dissector going deep into random records.
        var gen = from counts in Gen.ArrayOf(Gen.Choose(0, 40), 4)
                  from body in Gen.ArrayOf(Gen.Elements<byte>(0, 1, 3, 0xC0, 0x0C, 0x29, 0x3F, 0x40, 0xFF, 0x80, 16, 33, 41, 65, 47))
                  select (counts, body);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var message = new byte[12 + t.body.Length];
            BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(2), 0x8180);
            for (int i = 0; i < 4; i++)
                BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(4 + 2 * i), (ushort)t.counts[i]);
            t.body.CopyTo(message, 12);
            AssertSurvives([NetworkFrames.Ipv4Udp(53, 40000, message), NetworkFrames.Ipv4Udp(5353, 5353, message)]);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void A_compression_pointer_to_itself_ends_as_too_long()
    {
        byte[] message = [.. new byte[12], 0xC0, 12];
        var status = DnsNameReader.Read(message, 12, new StringBuilder(), out int consumed, out _);
        Assert.Equal(DnsNameStatus.TooLong, status);
        Assert.Equal(2, consumed);
    }

    [Fact]
    public void Names_are_read_with_compression_labels_and_the_root()
    {
        // www.lab.test at 12, then "mail" + pointer to lab.test (offset 16), then the root.
        byte[] message = [.. new byte[12], 3, (byte)'w', (byte)'w', (byte)'w', 3, (byte)'l', (byte)'a', (byte)'b', 4, (byte)'t', (byte)'e',
            (byte)'s', (byte)'t', 0, 4, (byte)'m', (byte)'a', (byte)'i', (byte)'l', 0xC0, 16, 0];
        var name = new StringBuilder();
        Assert.Equal(DnsNameStatus.Ok, DnsNameReader.Read(message, 12, name, out int used, out int labels));
        Assert.Equal(("www.lab.test", 14, 3), (name.ToString(), used, labels));
        Assert.Equal(DnsNameStatus.Ok, DnsNameReader.Read(message, 26, name, out used, out labels));
        Assert.Equal(("mail.lab.test", 7, 3), (name.ToString(), used, labels));
        Assert.Equal(DnsNameStatus.Ok, DnsNameReader.Read(message, 33, name, out used, out labels));
        Assert.Equal(("<Root>", 1, 0), (DnsNameReader.Display(name), used, labels));
        Assert.Equal(DnsNameStatus.Truncated, DnsNameReader.Read(message[..29], 26, name, out _, out _));
    }

    [Fact]
    public void Labels_with_dots_and_unprintable_bytes_are_escaped()
    {
        byte[] message = [3, (byte)'a', (byte)'.', 1, 2, (byte)'\\', 7, 0];
        var name = new StringBuilder();
        DnsNameReader.Read(message, 0, name, out _, out int labels);
        Assert.Equal((@"a\.\001.\\\007", 2), (name.ToString(), labels));
    }

    /// <summary>
    /// The worst a 64 KiB DNS message can do: thousands of records whose names are chains of pointers, each pointing one
    /// label further back. Work per name is bounded (pointers followed, characters kept), so the whole message is linear.
    /// </summary>
    [Fact]
    public void Pointer_chains_in_a_maximal_message_cost_linear_work()
    {
        var m = new List<byte>(new byte[12]);
        // A long chain: each 2-byte entry is a pointer to the previous entry.
        m.AddRange([1, (byte)'x', 0]);
        int previous = 12;
        for (int i = 0; i < 2000; i++)
        {
            int here = m.Count;
            m.Add((byte)(0xC0 | (previous >> 8)));
            m.Add((byte)previous);
            previous = here;
        }
        // Records whose owner names point at the end of the chain.
        int records = 0;
        while (m.Count + 12 < 65000)
        {
            m.Add((byte)(0xC0 | (previous >> 8)));
            m.Add((byte)previous);
            m.AddRange([0, 1, 0, 1, 0, 0, 0, 60, 0, 0]);
            records++;
        }
        var message = m.ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(2), 0x8180);
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(6), (ushort)records);
        var stream = new byte[2 + message.Length];
        BinaryPrimitives.WriteUInt16BigEndian(stream, (ushort)message.Length);
        message.CopyTo(stream, 2);

        var harness = new DissectionHarness();
        var watch = Stopwatch.StartNew();
        var packet = harness.Dissect(NetworkFrames.Ipv4Udp(53, 40000, message[..Math.Min(message.Length, 65000)]), LinkType.Ethernet);
        watch.Stop();
        Assert.Equal("DNS", packet.Columns.Protocol);
        // Quadratic work (every name walking the whole chain) would take far longer than this generous bound.
        Assert.True(watch.ElapsedMilliseconds < 5000, $"{records} records took {watch.ElapsedMilliseconds} ms");
    }
}
