using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Icmp;

/// <summary>
/// Echo requests waiting for their replies, keyed as packet-icmp.c keys them: the address pair (either direction), the
/// identifier, the sequence number and the request's checksum (a reply's checksum is the request's plus 0x0800, the
/// type changing from 8 to 0, so equal data is checked too). Bounded: the oldest requests are forgotten first.
/// </summary>
public sealed class EchoTransactions
{
    public const int MaxPending = 65_536;

    private readonly Dictionary<Key, (long Frame, long Time)> _requests = new();
    private readonly Queue<Key> _order = new();

    private readonly record struct Key(ConversationKey Addresses, ushort Id, ushort Seq, ushort Checksum);

    public void Request(ReadOnlySpan<byte> src, ReadOnlySpan<byte> dst, ushort id, ushort seq, ushort checksum, long frame, long time)
    {
        var key = new Key(ConversationKey.From(src, 0, dst, 0, out _), id, seq, checksum);
        if (!_requests.ContainsKey(key))
            _order.Enqueue(key);
        _requests[key] = (frame, time);
        while (_requests.Count > MaxPending && _order.Count > 0)
            _requests.Remove(_order.Dequeue());
    }

    /// <summary>The checksum an ICMP echo request had, from its reply's: the type changing 8 → 0 takes 0x0800 off the ones'-complement sum.</summary>
    public static ushort RequestChecksumOf(ushort replyChecksum)
    {
        uint sum = (uint)(ushort)~replyChecksum + 0x0800;
        sum = (sum & 0xFFFF) + (sum >> 16);
        return (ushort)~sum;
    }

    /// <summary>The request a reply answers: same addresses (reversed), identifier, sequence number, and request checksum (same data).</summary>
    public bool FindRequest(ReadOnlySpan<byte> src, ReadOnlySpan<byte> dst, ushort id, ushort seq, ushort requestChecksum, long replyFrame,
        out long frame, out long time)
    {
        var addresses = ConversationKey.From(src, 0, dst, 0, out _);
        if (_requests.TryGetValue(new Key(addresses, id, seq, requestChecksum), out var r) && r.Frame < replyFrame)
        {
            (frame, time) = r;
            return true;
        }
        (frame, time) = (0, 0);
        return false;
    }

    /// <summary>
    /// A two-pass read's second pass on an echo request: the reply the first pass matched ("(reply in N)" and
    /// <paramref name="respIn"/>), or none ("(no response found!)", <paramref name="noResp"/> and its expert), as
    /// packet-icmp.c and packet-icmpv6.c show them. Nothing in one pass.
    /// </summary>
    public static void ShowReply(PacketContext packet, int node, int offset, FieldDef respIn, FieldDef noResp, ExpertDef notFound,
        Func<long, string> notFoundText)
    {
        if (packet.Annotations is not { FirstPassEnded: true } notes)
            return;
        var tree = packet.Tree;
        var info = packet.Columns.Info;
        if (notes.TryGet(packet.Frame.Number, respIn, out ulong replyFrame))
        {
            tree.Add(node, respIn, 0, offset, 0, replyFrame, NodeFlags.Generated);
            info.Append(" (reply in ");
            info.Append((long)replyFrame);
            info.Append(')');
            return;
        }
        int none = tree.AddNode(node, noResp, 0, offset, 0, NodeFlags.Generated);
        tree.AddExpert(none, notFound, 0, 0, 0, notFoundText(packet.Frame.Number));
        info.Append(" (no response found!)");
    }
}
