using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Common;

/// <summary>Wireshark's "data" dissector called from inside a protocol's subtree (call_data_dissector with the protocol's tree).</summary>
public static class PayloadData
{
    public static void Add(PacketContext packet, int parent, int source, int offset, int length)
    {
        if (length <= 0)
            return;
        CommonFields.AddData(packet, parent, source, offset, length);
    }
}
