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
}
