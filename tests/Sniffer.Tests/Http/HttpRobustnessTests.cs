using FsCheck;
using FsCheck.Fluent;
using Sniffer.Dissectors.Protocols.Htcpcp;
using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Streams;
using Sniffer.Tests.Htcpcp;

namespace Sniffer.Tests.Http;

/// <summary>Hostile bytes are data, not exceptions: both text dissectors take anything, cut anyhow, and keep going.</summary>
public class HttpRobustnessTests
{
    private static readonly byte[][] Seeds =
    [
        .. HttpFixtures.SelfDelimited().Select(m => ((HttpFixtures.Message)m[0]).Bytes),
        HttpFixtures.UntilClose.Bytes,
        .. HtcpcpFixtures.All().Select(m => ((HtcpcpFixtures.Message)m[0]).Bytes),
    ];

    /// <summary>Bytes that matter to the parsers, used to damage messages where it hurts.</summary>
    private static readonly byte[] Interesting = "\r\n:; 0123456789aAfFzZ-/?=\t\0\u0080\u00ff"u8.ToArray();

    private static byte[] Damage(Random random)
    {
        var stream = new List<byte>();
        int messages = random.Next(1, 5);
        for (int m = 0; m < messages; m++)
        {
            if (random.Next(6) == 0)
            {
                var noise = new byte[random.Next(0, 40)];
                random.NextBytes(noise);
                stream.AddRange(noise);
                continue;
            }
            var message = Seeds[random.Next(Seeds.Length)].ToArray();
            int flips = random.Next(0, 6);
            for (int f = 0; f < flips && message.Length > 0; f++)
                message[random.Next(message.Length)] = random.Next(2) == 0 ? Interesting[random.Next(Interesting.Length)] : (byte)random.Next(256);
            int cut = random.Next(3) == 0 ? random.Next(message.Length + 1) : message.Length;
            stream.AddRange(message.AsSpan(0, cut).ToArray());
        }
        return [.. stream];
    }

    private static int _played;

    private static void Play(IStreamDissector dissector, Random random)
    {
        Interlocked.Increment(ref _played);
        var harness = new StreamHarness(dissector);
        var client = Damage(random);
        var server = Damage(random);
        int c = 0, s = 0;
        while (c < client.Length || s < server.Length)
        {
            bool toServer = s >= server.Length || (c < client.Length && random.Next(2) == 0);
            var bytes = toServer ? client : server;
            ref int at = ref toServer ? ref c : ref s;
            int length = Math.Min(bytes.Length - at, random.Next(1, 64));
            harness.Send(toServer ? StreamDirection.ClientToServer : StreamDirection.ServerToClient, bytes[at..(at + length)]);
            at += length;
        }
        harness.Fin(StreamDirection.ServerToClient);
        harness.Fin(StreamDirection.ClientToServer);
        long claimed = harness.Pdus.Sum(p => (long)p.Bytes.Length) + harness.Frames.Sum(f => (long)f.NotMineBytes);
        Assert.True(claimed <= client.Length + server.Length);
    }

    [Fact]
    public void Damaged_and_random_streams_cut_anywhere_never_throw_from_http_or_htcpcp()
    {
        var property = Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), (int seed) =>
        {
            Play(new HttpDissector(), new Random(seed));
            Play(new HtcpcpDissector(), new Random(seed));
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), property);
        Assert.True(_played >= 2000, $"only {_played} streams were played");
    }

    [Fact]
    public void Every_prefix_of_damaged_bytes_can_be_framed_described_and_dissected_at_the_end_of_the_stream()
    {
        var random = new Random(20260401);
        int dissected = 0;
        for (int round = 0; round < 200; round++)
        {
            var bytes = Damage(random);
            for (int length = 0; length <= bytes.Length; length++)
            {
                var prefix = bytes.AsSpan(0, length);
                foreach (IStreamDissector dissector in new IStreamDissector[] { new HttpDissector(), new HtcpcpDissector() })
                {
                    var harness = new StreamHarness(dissector);
                    var boundary = dissector.FindPdu(prefix, harness.Server, endOfStream: true);
                    dissector.DescribeIncomplete(prefix, harness.Server, new Sniffer.Dissectors.Model.PacketContext());
                    if (boundary.Status == PduStatus.Complete)
                    {
                        Assert.InRange(boundary.Length, 1, length);
                        var packet = new Sniffer.Dissectors.Model.PacketContext();
                        int source = packet.Tree.AddDataSource("PDU", prefix[..boundary.Length]);
                        dissector.Dissect(prefix[..boundary.Length], harness.Server, packet, source);
                        dissected++;
                    }
                }
            }
        }
        Assert.True(dissected > 10_000, $"only {dissected} prefixes were dissected");
    }

    [Fact]
    public void Enormous_header_values_media_types_and_boundaries_are_shown_without_exhausting_the_stack()
    {
        string huge = new('x', 1_000_000);
        string parts = $"--B\r\nContent-Type: text/{huge}\r\n\r\nabcd\r\n--B--\r\n";
        var h = new StreamHarness(new HttpDissector());
        h.Request($"GET /{huge} HTTP/1.1\r\nHost: {huge}\r\nX-Long: {huge}\r\n\r\n");
        var response = h.Response($"HTTP/1.1 206 Partial Content\r\nContent-Type: multipart/byteranges; boundary=B\r\n"
            + $"Content-Encoding: {huge}\r\nContent-Length: {parts.Length}\r\n\r\n{parts}");
        Assert.Single(response.Pdus);
        var plain = h.Response($"HTTP/1.1 200 OK\r\nContent-Type: multipart/{huge}; boundary={huge}\r\nContent-Length: 4\r\n\r\nabcd");
        Assert.Single(plain.Pdus);
        var typed = h.Response($"HTTP/1.1 200 OK\r\nContent-Type: multipart/mixed; boundary=B\r\nContent-Length: {parts.Length}\r\n\r\n{parts}");
        Assert.Equal(1_000_005, typed.Value(MimeMultipartFields.HeaderContentType)!.Length);
    }
}
