using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Streams.IpReassembly;

namespace Sniffer.Dissectors.Network;

/// <summary>
/// What reassemble.c's show_fragment_tree writes on the frame that completes a datagram: "[N IPv4 Fragments (L bytes):
/// #a(n), #b(n)…]" with one "Frame: a, payload: x-y (n bytes)" item per fragment in offset order (an ip.fragment.error
/// item, with its overlap/conflict/tails/too-long flags under it, for a fragment that went wrong), then the fragment
/// count, the reassembled length and data. Every item lies in the reassembled data source.
/// </summary>
internal static class IpReassemblyTree
{
    public static void Add(FieldTree tree, int parent, int source, IpReassembled datagram, IpFragmentFields fields)
    {
        int length = datagram.Data.Length;
        var fragments = datagram.Fragments;
        int list = fields.Fragments.Type == FieldType.Bytes
            ? tree.AddBytesInPlace(parent, fields.Fragments, source, 0, length, NodeFlags.Generated)
            : tree.AddNode(parent, fields.Fragments, source, 0, length, NodeFlags.Generated);
        var label = tree.BuildsText ? new StringBuilder(64) : null;
        label?.Append(fragments.Count).Append(' ').Append(fragments.Count == 1 ? fields.Fragment.Name : fields.Fragments.Name)
            .Append(" (").Append(length).Append(length == 1 ? " byte): " : " bytes): ");
        for (int i = 0; i < fragments.Count; i++)
        {
            var f = fragments[i];
            bool error = (f.Flags & IpFragmentFlags.Errors) != 0;
            // The item spans the fragment's bytes in the datagram, even past its end (a too-long fragment), as tshark's does.
            int item = tree.Add(list, error ? fields.Error : fields.Fragment, source, f.Offset, f.Length, (ulong)f.Frame, NodeFlags.Generated);
            if (label is not null)
            {
                if (i > 0)
                    label.Append(", ");
                label.Append('#').Append(f.Frame).Append('(').Append(f.Length).Append(')');
                tree.SetText(item, f.Length == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"Frame: {f.Frame} (no data)")
                    : string.Create(CultureInfo.InvariantCulture,
                        $"Frame: {f.Frame}, payload: {f.Offset}-{f.Offset + f.Length - 1} ({f.Length} byte{(f.Length == 1 ? "" : "s")})"));
            }
            if ((f.Flags & IpFragmentFlags.Overlap) != 0)
                tree.Add(item, fields.Overlap, source, 0, 0, 1, NodeFlags.Generated);
            if ((f.Flags & IpFragmentFlags.OverlapConflict) != 0)
                tree.Add(item, fields.OverlapConflict, source, 0, 0, 1, NodeFlags.Generated);
            if ((f.Flags & IpFragmentFlags.MultipleTails) != 0)
                tree.Add(item, fields.MultipleTails, source, 0, 0, 1, NodeFlags.Generated);
            if ((f.Flags & IpFragmentFlags.TooLongFragment) != 0)
                tree.Add(item, fields.TooLongFragment, source, 0, 0, 1, NodeFlags.Generated);
        }
        tree.Add(list, fields.Count, source, 0, 0, (ulong)fragments.Count, NodeFlags.Generated);
        tree.Add(list, fields.ReassembledLength, source, 0, 0, (ulong)length, NodeFlags.Generated);
        tree.AddBytesInPlace(list, fields.ReassembledData, source, 0, length, NodeFlags.Generated);
        if (label is not null)
            tree.SetText(list, label.ToString());
    }
}
