using System.Buffers.Binary;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Tests.Streams;

/// <summary>The one PDU loop (issue 8): work linear in the bytes, scan bookmarks kept per PDU, limits per direction and in total.</summary>
public class PduStreamTests
{
    private static readonly ProtocolDef Proto = new("pdutest", "PDUTEST", "PDU test protocol");

    /// <summary>A length-prefixed protocol (4-byte big-endian length) that counts how often and how much it is asked.</summary>
    private sealed class LengthPrefixed : IStreamDissector
    {
        public long FindCalls, BytesExamined, Dissected;
        public ProtocolDef Protocol => Proto;
        public bool LooksLikeMine(ReadOnlySpan<byte> firstBytes, StreamDirection direction) => true;

        public PduBoundary FindPdu(ReadOnlySpan<byte> pending, StreamSide side, bool endOfStream)
        {
            FindCalls++;
            BytesExamined += Math.Min(pending.Length, 4);
            if (pending.Length < 4)
                return PduBoundary.NeedMore(4);
            int length = 4 + (int)BinaryPrimitives.ReadUInt32BigEndian(pending);
            return pending.Length >= length ? PduBoundary.Complete(length) : PduBoundary.NeedMore(length);
        }

        public void Dissect(ReadOnlySpan<byte> pdu, StreamSide side, PacketContext packet, int source) => Dissected++;
    }

    /// <summary>A protocol whose PDUs end at a blank line, found by a search that resumes from the scan bookmark.</summary>
    private sealed class BlankLineTerminated : IStreamDissector
    {
        public long BytesExamined, Dissected;
        public ProtocolDef Protocol => Proto;
        public bool LooksLikeMine(ReadOnlySpan<byte> firstBytes, StreamDirection direction) => true;

        public PduBoundary FindPdu(ReadOnlySpan<byte> pending, StreamSide side, bool endOfStream)
        {
            int from = Math.Max(0, side.Scan.Examined - 1);
            int at = pending[from..].IndexOf("\n\n"u8);
            BytesExamined += pending.Length - from;
            if (at >= 0)
                return PduBoundary.Complete(from + at + 2);
            side.Scan.Examined = pending.Length;
            return PduBoundary.NeedMore();
        }

        public void Dissect(ReadOnlySpan<byte> pdu, StreamSide side, PacketContext packet, int source) => Dissected++;
    }

    private sealed class NullCarrier : IPduCarrier
    {
        public int Limits;
        public int AddReassembledSource(PacketContext packet, ReadOnlySpan<byte> pdu, ReadOnlySpan<PduSegment> segments) => packet.Tree.AddDataSource("r", pdu);
        public void AddUnclaimed(PacketContext packet, ReadOnlySpan<byte> bytes, int source, int offset) { }
        public void NoteLimitReached(PacketContext packet) => Limits++;
    }

    private static (PacketContext Packet, StreamSide Side) Context()
    {
        var packet = new PacketContext();
        var side = new StreamSide(new ConversationState(0, 1, 2), StreamDirection.ClientToServer);
        return (packet, side);
    }

    private static void NextFrame(PacketContext packet, long number)
    {
        packet.Reset(new Frame(number, number, 9, 0, LinkType.Ethernet, 0, Array.Empty<byte>()));
        packet.Tree.AddFrameSource(Array.Empty<byte>());
    }

    [Fact]
    public void A_pdu_of_known_length_in_one_byte_segments_asks_the_dissector_a_bounded_number_of_times()
    {
        const int body = 1 << 20;
        var dissector = new LengthPrefixed();
        var stream = new PduStream(new ReassemblyLimits());
        var (packet, side) = Context();
        var bytes = new byte[4 + body];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, body);
        var carrier = new NullCarrier();
        for (int i = 0; i < bytes.Length; i++)
        {
            NextFrame(packet, i + 1);
            stream.Deliver(dissector, side, packet, carrier, bytes.AsSpan(i, 1), 0, 0, endOfStream: false, describeIncomplete: false);
        }
        Assert.Equal(1, dissector.Dissected);
        Assert.True(dissector.FindCalls <= 8, $"{dissector.FindCalls} FindPdu calls for one PDU of known length");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public void A_searching_dissector_resumes_from_its_bookmark_so_work_is_linear(int segment)
    {
        var dissector = new BlankLineTerminated();
        var stream = new PduStream(new ReassemblyLimits());
        var (packet, side) = Context();
        var message = new byte[200_000];
        Array.Fill(message, (byte)'x');
        message[^2] = (byte)'\n';
        message[^1] = (byte)'\n';
        var carrier = new NullCarrier();
        long frame = 0;
        for (int round = 0; round < 3; round++)
            for (int i = 0; i < message.Length; i += segment)
            {
                NextFrame(packet, ++frame);
                stream.Deliver(dissector, side, packet, carrier, message.AsSpan(i, Math.Min(segment, message.Length - i)), 0, 0, false, false);
            }
        Assert.Equal(3, dissector.Dissected);
        Assert.True(dissector.BytesExamined <= 3L * message.Length * 2, $"{dissector.BytesExamined} bytes examined for {3 * message.Length} delivered");
    }

    [Fact]
    public void Past_the_total_limit_the_longest_idle_stream_gives_up_its_bytes_and_is_told_on_its_next_ones()
    {
        var limits = new ReassemblyLimits(maxPerDirection: 1000, maxTotal: 2500);
        var dissector = new LengthPrefixed();
        var carrier = new NullCarrier();
        var streams = Enumerable.Range(0, 3).Select(_ => new PduStream(limits)).ToArray();
        var (packet, side) = Context();
        var head = new byte[900];
        BinaryPrimitives.WriteUInt32BigEndian(head, 5000);
        for (int s = 0; s < 3; s++)
        {
            NextFrame(packet, s + 1);
            streams[s].Deliver(dissector, side, packet, carrier, head, 0, 0, false, false);
        }
        Assert.True(limits.Held <= 2500);
        Assert.Equal(0, streams[0].PendingLength);
        Assert.Equal(900, streams[2].PendingLength);
        Assert.Equal(1, limits.Evictions);
        NextFrame(packet, 4);
        var outcome = streams[0].Deliver(dissector, side, packet, carrier, new byte[10], 0, 0, false, false);
        Assert.True((outcome & PduDelivery.LimitReached) != 0);
        Assert.Single(limits.Notices);
    }
}
