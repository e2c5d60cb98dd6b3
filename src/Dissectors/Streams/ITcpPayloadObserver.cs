using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Streams;

/// <summary>
/// Sees each direction's bytes in stream order, once, as the reassembler accepts them (retransmitted
/// bytes are not repeated). Follow Stream and the lab report read conversations through this.
/// </summary>
public interface ITcpPayloadObserver
{
    void OnPayload(PacketContext packet, TcpConversation conversation, StreamDirection direction, ReadOnlySpan<byte> bytes);

    /// <summary>Every segment of every conversation, payload or not, before its bytes (a stream with no payload still has endpoints).</summary>
    void OnSegment(PacketContext packet, TcpConversation conversation, StreamDirection direction) { }

    /// <summary>Bytes the capture lacks before the next payload of this direction.</summary>
    void OnGap(PacketContext packet, TcpConversation conversation, StreamDirection direction, int missingBytes) { }
}
