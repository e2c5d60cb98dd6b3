using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Streams;

/// <summary>
/// The list reassemble.c's show_fragment_seq_tree writes for a PDU built from several segments or records: a top-level
/// "[N Reassembled … (L bytes): #f(n), …]" item with one "Frame: f, payload: a-b (n bytes)" line per segment. TCP and
/// TLS each name it with their own fields and add their own count/length/data items under it.
/// </summary>
internal static class ReassembledSegmentsTree
{
    /// <summary>The label's builder, reused (a tree is built one frame at a time on one thread).</summary>
    [ThreadStatic]
    private static StringBuilder? s_label;

    /// <summary>
    /// Adds the list for the first <paramref name="count"/> of <paramref name="segments"/> and returns its item:
    /// <paramref name="one"/> names the item of a one-segment list and every segment line, <paramref name="many"/> a longer list.
    /// </summary>
    public static int Add(FieldTree tree, int source, int pduLength, ReadOnlySpan<PduSegment> segments, int count, FieldDef one, FieldDef many)
    {
        int node = tree.AddNode(-1, count == 1 ? one : many, source, 0, pduLength, NodeFlags.Generated);
        var label = tree.BuildsText ? (s_label ??= new StringBuilder(256)).Clear() : null;
        label?.Append(count).Append(' ').Append(count == 1 ? one.Name : many.Name)
            .Append(" (").Append(pduLength).Append(pduLength == 1 ? " byte): " : " bytes): ");
        int remaining = pduLength;
        for (int i = 0; i < count; i++)
        {
            var segment = segments[i];
            int used = Math.Min(segment.Length, remaining);
            int at = pduLength - remaining;
            int item = tree.Add(node, one, source, at, used, (ulong)segment.Frame, NodeFlags.Generated);
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
                // One chunk in practice (the builder keeps its capacity); more are appended in order.
                if (tree[node].HasText)
                    tree.AppendText(node, chunk.Span);
                else
                    tree.SetText(node, chunk.Span);
            }
        }
        return node;
    }
}
