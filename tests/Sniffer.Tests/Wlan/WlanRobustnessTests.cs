using Sniffer.Dissectors.Model;
using Sniffer.Files;
using Sniffer.Tests.Decoding;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Wlan;

/// <summary>
/// Wi-Fi link types on hostile bytes: every prefix of every sample frame, bit flips and random frames give a tree
/// (marked malformed or cut where a header does not fit), never a dissector bug.
/// </summary>
public class WlanRobustnessTests
{
    private static IEnumerable<(LinkType Link, byte[] Bytes)> SampleFrames()
    {
        foreach (var name in new[] { "wifi-radiotap.pcap", "wifi-ppi.pcap", "wifi-80211.pcap", "wifi-ap-tags.pcap", "wifi-ax.pcap" })
        {
            string path = Path.Combine(Corpus.SampleCaptures, name);
            if (!File.Exists(path))
                continue;
            using var reader = CaptureFileReader.Open(path);
            while (reader.TryReadNext(out var frame))
                yield return (frame.Link, frame.Data.ToArray());
        }
    }

    [Fact]
    public void Every_prefix_of_every_wifi_sample_frame_dissects_without_a_dissector_bug()
    {
        int frames = 0;
        foreach (var (link, bytes) in SampleFrames())
        {
            frames++;
            var h = new DissectionHarness();
            for (int cut = 0; cut <= bytes.Length; cut++)
            {
                var p = h.Dissect(bytes[..cut], link, originalLength: bytes.Length);
                Assert.Equal("", DissectionHarness.Value(p, "_ws.malformed.dissector_bug"));
                Assert.DoesNotContain("Dissector bug", p.Columns.Info.ToString());
            }
        }
        Assert.True(frames >= 75, $"expected the three Wi-Fi sample captures, read {frames} frames");
    }

    [Fact]
    public void Flipped_bits_and_random_frames_never_escape_the_wlan_dissectors()
    {
        var random = new Random(80211);
        var h = new DissectionHarness();
        foreach (var (link, bytes) in SampleFrames())
        {
            for (int round = 0; round < 40; round++)
            {
                var copy = (byte[])bytes.Clone();
                for (int flips = 0; flips < 4; flips++)
                    copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
                var p = h.Dissect(copy, link);
                Assert.DoesNotContain("Dissector bug", p.Columns.Info.ToString());
            }
        }
        foreach (var link in new[] { LinkType.Ieee80211, LinkType.Ieee80211Radiotap, LinkType.Ppi })
        {
            for (int round = 0; round < 300; round++)
            {
                var bytes = new byte[random.Next(0, 200)];
                random.NextBytes(bytes);
                var p = h.Dissect(bytes, link);
                Assert.DoesNotContain("Dissector bug", p.Columns.Info.ToString());
            }
        }
    }

    [Fact]
    public void A_radiotap_header_longer_than_the_frame_is_malformed_not_read_past_the_end()
    {
        // version 0, pad 0, length 0x00FF (more than the 12 bytes there are), present word with TSFT
        byte[] frame = [0x00, 0x00, 0xFF, 0x00, 0x01, 0x00, 0x00, 0x00, 1, 2, 3, 4];
        var p = new DissectionHarness().Dissect(frame, LinkType.Ieee80211Radiotap);
        Assert.Equal("radiotap", p.Protocols.ToString()); // show_exception adds an item, not a layer
        Assert.Contains("[Malformed Packet]", p.Columns.Info.ToString());
    }
}
