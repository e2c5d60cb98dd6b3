using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Common;

/// <summary>
/// The packet an ICMP or ICMPv6 error quotes, dissected as Wireshark does with pinfo->flags.in_error_pkt: IP and what
/// follows, without changing conversation state; the columns stay the error's; the network and transport items hang
/// under the ICMP item (application items such as DNS stay at the top, as in tshark's tree). An error quoted inside an
/// error is shown as data rather than followed.
/// </summary>
public sealed class QuotedPacket
{
    private readonly DissectorRegistry _registry;
    private readonly ColumnSnapshot _columns = new();

    public QuotedPacket(DissectorRegistry registry) => _registry = registry;

    private static readonly FieldDef[] Nested =
    [
        Network.Ipv4Fields.Protocol, Network.Ipv6Fields.Protocol, Transport.TcpFields.Protocol, Transport.UdpFields.Protocol,
        Icmp.IcmpFields.Protocol, Icmpv6.Icmpv6Fields.Protocol,
    ];

    public void Dissect(PacketContext packet, int errorNode, ReadOnlySpan<byte> frame, int offset, int available)
    {
        if (available <= 0)
            return;
        if (packet.InErrorPacket || _registry.Core is not { } core)
        {
            PayloadData.Add(packet, errorNode, 0, offset, available);
            return;
        }
        var tree = packet.Tree;
        int first = tree.Count;
        _columns.Save(packet);
        packet.InErrorPacket = true;
        try
        {
            core.DissectIp(packet, frame, offset, available);
        }
        finally
        {
            packet.InErrorPacket = false;
            _columns.Restore(packet);
        }
        int parent = FieldTree.Resolve(errorNode);
        for (int i = first; i < tree.Count; i++)
        {
            ref readonly var node = ref tree[i];
            if (node.Parent == -1 && Array.IndexOf(Nested, node.Field) >= 0)
                tree.Reparent(i, parent);
        }
    }
}
