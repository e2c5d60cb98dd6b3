using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Common;

/// <summary>Wireshark's "data" dissector called from inside a protocol's subtree (call_data_dissector with the protocol's tree).</summary>
public static class PayloadData
{
    public static void Add(PacketContext packet, int parent, int source, int offset, int length)
    {
        if (length <= 0)
            return;
        var tree = packet.Tree;
        int node = tree.AddNode(parent, CommonFields.DataProtocol, source, offset, length);
        if (tree.BuildsText)
            tree.SetText(node, $"Data ({length} bytes)");
        tree.AddBytesInPlace(node, CommonFields.Data, source, offset, length);
        tree.Add(node, CommonFields.DataLength, source, offset, 0, (ulong)length, NodeFlags.Generated);
        packet.AddProtocolName("data");
    }
}
