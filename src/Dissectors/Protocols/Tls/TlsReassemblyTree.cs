using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Tls;

/// <summary>
/// What packet-tls.c's desegment_ssl adds when decrypted records complete a PDU that began in earlier records: this record's
/// share as "TLS segment data (N bytes)" on TLS's item, then (print_tls_fragment_tree) the top-level
/// "[N Reassembled TLS segments (L bytes): #f(n), …]" with a line per record, before the PDU's own protocol.
/// </summary>
internal static class TlsReassemblyTree
{
    /// <summary>"TLS segment data (N bytes)": decrypted bytes of this record that belong to a PDU spanning records.</summary>
    public static void AddSegmentData(FieldTree tree, int tlsNode, int source, int offset, int length)
    {
        int segment = tree.AddBytesInPlace(tlsNode, TlsFields.SegmentData, source, offset, length);
        tree.SetText(segment, $"TLS segment data ({length} byte{(length == 1 ? "" : "s")})");
    }

    public static void AddReassembledSegments(PacketContext packet, int tlsNode, int recordSource, int recordOffset, int source, int pduLength,
        ReadOnlySpan<PduSegment> segments)
    {
        var tree = packet.Tree;
        int count = 0, remaining = pduLength, before = 0;
        foreach (var segment in segments)
        {
            if (remaining <= 0)
                break;
            int used = Math.Min(segment.Length, remaining);
            remaining -= used;
            count++;
            if (remaining > 0)
                before += used;
        }
        if (count > 0 && segments[count - 1].Frame == packet.Frame.Number && pduLength > before)
            AddSegmentData(tree, tlsNode, recordSource, recordOffset, pduLength - before);

        int node = ReassembledSegmentsTree.Add(tree, source, pduLength, segments, count, TlsFields.ReassembledSegment, TlsFields.ReassembledSegments);
        tree.Add(node, TlsFields.SegmentCount, source, 0, 0, (ulong)count, NodeFlags.Generated);
        tree.Add(node, TlsFields.ReassembledLength, source, 0, 0, (ulong)pduLength, NodeFlags.Generated);
        tree.AddBytesInPlace(node, TlsFields.ReassembledData, source, 0, pduLength, NodeFlags.Generated);
    }
}
