using System.Globalization;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Transport;

/// <summary>
/// The items TCP adds for its payload and reassembly, as packet-tcp.c and reassemble.c write them: "TCP payload (N bytes)",
/// "TCP segment data (N bytes)" for bytes that belong to a PDU spanning segments, and on the frame that completes such a PDU
/// the top-level "[N Reassembled TCP Segments (L bytes): #f(n), …]" with one line per segment.
/// </summary>
public static class TcpTree
{
    public static void AddPayload(FieldTree tree, int tcpNode, int offset, int length)
    {
        int node = tree.AddBytesInPlace(tcpNode, TcpFields.Payload, 0, offset, length);
        if (tree.BuildsText)
            tree.SetText(node, $"TCP payload ({length} {(length == 1 ? "byte" : "bytes")})");
    }

    /// <param name="retransmitted">Bytes already delivered before (desegment_tcp's "Retransmitted TCP segment data").</param>
    public static void AddSegmentData(FieldTree tree, int tcpNode, int offset, int length, bool retransmitted = false)
    {
        int node = tree.AddBytesInPlace(tcpNode, TcpFields.SegmentData, 0, offset, length);
        if (tree.BuildsText)
            tree.SetText(node, $"{(retransmitted ? "Retransmitted " : "")}TCP segment data ({length} {(length == 1 ? "byte" : "bytes")})");
    }

    /// <summary>
    /// This segment's share of a PDU that earlier segments began, then the reassembly tree (show_fragment_tree), which
    /// Wireshark moves right behind the TCP item: a top-level item, before the PDU's own protocol.
    /// </summary>
    public static void AddReassembledSegments(PacketContext packet, int tcpNode, int source, int pduLength, ReadOnlySpan<PduSegment> segments,
        int payloadOffset)
    {
        var tree = packet.Tree;
        int count = 0, remaining = pduLength;
        foreach (var segment in segments)
        {
            if (remaining <= 0)
                break;
            remaining -= Math.Min(segment.Length, remaining);
            count++;
        }
        int share = 0;
        if (count > 0)
        {
            var last = segments[count - 1];
            int before = 0;
            for (int i = 0; i < count - 1; i++)
                before += segments[i].Length;
            if (last.Frame == packet.Frame.Number)
                share = pduLength - before;
        }
        if (share > 0)
            AddSegmentData(tree, tcpNode, payloadOffset, share);

        int node = ReassembledSegmentsTree.Add(tree, source, pduLength, segments, count, TcpFields.Segment, TcpFields.Segments);
        tree.Add(node, TcpFields.SegmentCount, source, 0, 0, (ulong)count, NodeFlags.Generated);
        tree.Add(node, TcpFields.ReassembledLength, source, 0, 0, (ulong)pduLength, NodeFlags.Generated);
        tree.AddBytesInPlace(node, TcpFields.ReassembledData, source, 0, pduLength, NodeFlags.Generated);
    }
}
