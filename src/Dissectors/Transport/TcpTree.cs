using System.Globalization;
using System.Text;
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

        int node = tree.AddNode(-1, count == 1 ? TcpFields.Segment : TcpFields.Segments, source, 0, pduLength, NodeFlags.Generated);
        bool text = tree.BuildsText;
        var label = text ? (s_label ??= new StringBuilder(256)).Clear() : null;
        label?.Append(count).Append(' ').Append(count == 1 ? TcpFields.Segment.Name : TcpFields.Segments.Name)
            .Append(" (").Append(pduLength).Append(pduLength == 1 ? " byte): " : " bytes): ");
        remaining = pduLength;
        for (int i = 0; i < count; i++)
        {
            var segment = segments[i];
            int used = Math.Min(segment.Length, remaining);
            int at = pduLength - remaining;
            int item = tree.Add(node, TcpFields.Segment, source, at, used, (ulong)segment.Frame, NodeFlags.Generated);
            if (label is not null)
            {
                if (i > 0)
                    label.Append(", ");
                label.Append('#').Append(segment.Frame).Append('(').Append(used).Append(')');
                tree.SetText(item, $"Frame: {segment.Frame}, payload: {at}-{at + used - 1} ({used} byte{(used == 1 ? "" : "s")})");
            }
            remaining -= used;
        }
        if (label is not null && node >= 0)
        {
            foreach (var chunk in label.GetChunks())
            {
                // One chunk in practice (the builder is reused and keeps its capacity); more are appended in order.
                if (tree[node].HasText)
                    tree.AppendText(node, chunk.Span);
                else
                    tree.SetText(node, chunk.Span);
            }
        }
        tree.Add(node, TcpFields.SegmentCount, source, 0, 0, (ulong)count, NodeFlags.Generated);
        tree.Add(node, TcpFields.ReassembledLength, source, 0, 0, (ulong)pduLength, NodeFlags.Generated);
        tree.AddBytesInPlace(node, TcpFields.ReassembledData, source, 0, pduLength, NodeFlags.Generated);
    }

    /// <summary>The reassembly label's builder, reused (text is built one frame at a time on one thread).</summary>
    [ThreadStatic]
    private static StringBuilder? s_label;
}
