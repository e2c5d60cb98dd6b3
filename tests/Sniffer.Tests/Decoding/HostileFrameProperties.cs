using FsCheck;
using FsCheck.Fluent;
using Sniffer.Dissectors.Model;

namespace Sniffer.Tests.Decoding;

/// <summary>
/// Robustness properties: truncated, bit-flipped or random frames always yield a tree, and nothing
/// escapes the frame loop (no "Dissector bug" either: malformed input is data, not an exception).
/// </summary>
public class HostileFrameProperties
{
    private static readonly (byte[] Bytes, LinkType Link)[] Seeds =
    [
        (LinkAndNetworkDecodingTests.EthernetIpv4Syn, LinkType.Ethernet),
        (LinkAndNetworkDecodingTests.NullIpv6Syn, LinkType.Null),
        (LinkAndNetworkDecodingTests.SllIpv4Syn, LinkType.LinuxSll),
        (LinkAndNetworkDecodingTests.BuildEthernetIpv4Tcp(0x18, "GET / HTTP/1.1\r\nHost: x\r\n\r\n"u8.ToArray(), 1, 1, 40000, 80), LinkType.Ethernet),
        (LinkAndNetworkDecodingTests.BuildEthernetIpv4Tcp(0x18, [0x16, 0x03, 0x01, 0x00, 0x30, 0x01, 0x00, 0x00, 0x2c, 0x03, 0x03], 1, 1, 40000, 443), LinkType.Ethernet),
    ];

    private static void AssertSurvives(IEnumerable<byte[]> frames, LinkType link)
    {
        var harness = new DissectionHarness();
        foreach (var bytes in frames)
        {
            var packet = harness.Dissect(bytes, link);
            Assert.True(packet.Tree.Count > 0);
            Assert.DoesNotContain("Dissector bug", packet.Columns.Info.ToString());
        }
        harness.Dissector.Finish();
    }

    [Fact]
    public void Bit_flipped_frames_never_escape_the_frame_loop()
    {
        var gen = from seed in Gen.Elements(Seeds)
                  from flips in Gen.ListOf(Gen.Choose(0, seed.Bytes.Length * 8 - 1))
                  select (seed, flips);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var bytes = (byte[])t.seed.Bytes.Clone();
            foreach (int bit in t.flips)
                bytes[bit / 8] ^= (byte)(1 << (bit % 8));
            AssertSurvives([bytes, bytes, t.seed.Bytes], t.seed.Link);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Random_bytes_on_every_link_type_never_escape_the_frame_loop()
    {
        var links = new[] { LinkType.Ethernet, LinkType.Null, LinkType.LinuxSll, LinkType.LinuxSll2, LinkType.Raw, LinkType.Loop, LinkType.Ipv4, LinkType.Ipv6 };
        var gen = from link in Gen.Elements(links)
                  from frames in Gen.ListOf(Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>()))
                  select (link, frames);
        Prop.ForAll(gen.ToArbitrary(), t => AssertSurvives(t.frames, t.link)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Random_payloads_on_dissected_ports_never_escape_the_frame_loop()
    {
        // TLS (443) and whatever else is registered see random stream bytes, split into random segments.
        var gen = from port in Gen.Elements<ushort>(80, 443, 5030, 8080)
                  from chunks in Gen.ListOf(Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>()))
                  select (port, chunks);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            uint seq = 1000;
            var frames = new List<byte[]>();
            foreach (var chunk in t.chunks)
            {
                frames.Add(LinkAndNetworkDecodingTests.BuildEthernetIpv4Tcp(0x18, chunk, seq, 1, 40000, t.port));
                seq += (uint)chunk.Length;
            }
            frames.Add(LinkAndNetworkDecodingTests.BuildEthernetIpv4Tcp(0x11, [], seq, 1, 40000, t.port));
            AssertSurvives(frames, LinkType.Ethernet);
        }).QuickCheckThrowOnFailure();
    }
}
