using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Streams;

/// <summary>
/// A protocol carried over a TCP byte stream (HTTP, HTCPCP, TLS). The reassembler hands it the
/// ordered bytes of one direction that no PDU has consumed yet; it answers where the next PDU ends and,
/// given a whole PDU, writes its fields into the tree of the frame that carried the PDU's last byte.
/// Implementations never print and never throw on bad bytes.
/// </summary>
public interface IStreamDissector
{
    ProtocolDef Protocol { get; }

    /// <summary>A cheap heuristic on the first bytes of a direction: true only if they are surely this protocol's.</summary>
    bool LooksLikeMine(ReadOnlySpan<byte> firstBytes, StreamDirection direction);

    /// <summary>
    /// Finds the end of the PDU at the start of <paramref name="pending"/>. Never consumes or keeps
    /// references to the bytes. <paramref name="endOfStream"/> is true when this direction has ended
    /// (FIN or end of capture), so a PDU delimited by the connection's close is now complete.
    /// </summary>
    PduBoundary FindPdu(ReadOnlySpan<byte> pending, StreamSide side, bool endOfStream);

    /// <summary>Dissects one whole PDU. <paramref name="source"/> is the index of the tree data source that holds <paramref name="pdu"/>.</summary>
    void Dissect(ReadOnlySpan<byte> pdu, StreamSide side, PacketContext packet, int source);

    /// <summary>
    /// Called on the frame that starts a PDU which is not complete yet, so the protocol can put what it
    /// already knows in the Info column (tshark shows "HTTP/1.0 200 OK  [TCP segment of a reassembled PDU]").
    /// </summary>
    void DescribeIncomplete(ReadOnlySpan<byte> pending, StreamSide side, PacketContext packet) { }
}
