using Sniffer.Dissectors.Link;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Network;
using Sniffer.Dissectors.Transport;

namespace Sniffer.Output.Statistics;

/// <summary>
/// Reads, from a frame's tree, each header of one layer as tshark's conversation and endpoint taps receive it: every
/// top-level Ethernet, IPv4, IPv6, TCP or UDP item with its addresses (and, for TCP and UDP, the ports, tcp.stream and
/// the addresses of the IP header that carried it). Headers quoted inside an ICMP error hang under the ICMP item and
/// are not counted, as tshark's taps skip error packets.
/// </summary>
public static class LayerScan
{
    /// <summary>The fields a scan of <paramref name="kind"/> reads (the tree must keep them).</summary>
    public static IReadOnlyCollection<FieldDef> FieldsFor(ConversationKind kind) => kind switch
    {
        ConversationKind.Ethernet => [EthernetFields.Src, EthernetFields.Dst],
        ConversationKind.Ipv4 => [Ipv4Fields.Src, Ipv4Fields.Dst],
        ConversationKind.Ipv6 => [Ipv6Fields.Src, Ipv6Fields.Dst],
        ConversationKind.Tcp => [Ipv4Fields.Src, Ipv4Fields.Dst, Ipv6Fields.Src, Ipv6Fields.Dst, TcpFields.SrcPort, TcpFields.DstPort, TcpFields.Stream],
        _ => [Ipv4Fields.Src, Ipv4Fields.Dst, Ipv6Fields.Src, Ipv6Fields.Dst, UdpFields.SrcPort, UdpFields.DstPort, UdpFields.Stream],
    };

    /// <summary>Adds each header of <paramref name="kind"/> in <paramref name="tree"/> to <paramref name="hits"/>, in tree order.</summary>
    public static void Collect(FieldTree tree, ConversationKind kind, List<LayerHit> hits)
    {
        var nodes = tree.Nodes;
        NetAddress netSource = default, netDestination = default;
        for (int i = 0; i < nodes.Length; i++)
        {
            ref readonly var node = ref nodes[i];
            if (node.Parent != -1)
                continue;
            var field = node.Field;
            if (ReferenceEquals(field, Ipv4Fields.Protocol) || ReferenceEquals(field, Ipv6Fields.Protocol))
            {
                ReadAddresses(tree, i, out netSource, out netDestination);
                if (kind is ConversationKind.Ipv4 && ReferenceEquals(field, Ipv4Fields.Protocol)
                    || kind is ConversationKind.Ipv6 && ReferenceEquals(field, Ipv6Fields.Protocol))
                {
                    if (netSource.Kind != AddressKind.None && netDestination.Kind != AddressKind.None)
                        hits.Add(new LayerHit(netSource, netDestination, 0, 0, -1));
                }
            }
            else if (kind == ConversationKind.Ethernet && ReferenceEquals(field, EthernetFields.Protocol))
            {
                ReadAddresses(tree, i, out var source, out var destination);
                if (source.Kind != AddressKind.None && destination.Kind != AddressKind.None)
                    hits.Add(new LayerHit(source, destination, 0, 0, -1));
            }
            else if (kind == ConversationKind.Tcp && ReferenceEquals(field, TcpFields.Protocol)
                || kind == ConversationKind.Udp && ReferenceEquals(field, UdpFields.Protocol))
            {
                if (netSource.Kind == AddressKind.None)
                    continue;
                bool tcp = kind == ConversationKind.Tcp;
                int sourcePort = -1, destinationPort = -1;
                long stream = -1;
                for (int j = i + 1; j < nodes.Length && nodes[j].Parent != -1; j++)
                {
                    if (nodes[j].Parent != i)
                        continue;
                    var child = nodes[j].Field;
                    if (ReferenceEquals(child, tcp ? TcpFields.SrcPort : UdpFields.SrcPort) && sourcePort < 0)
                        sourcePort = (int)nodes[j].Number;
                    else if (ReferenceEquals(child, tcp ? TcpFields.DstPort : UdpFields.DstPort) && destinationPort < 0)
                        destinationPort = (int)nodes[j].Number;
                    else if (ReferenceEquals(child, tcp ? TcpFields.Stream : UdpFields.Stream))
                        stream = (long)nodes[j].Number;
                }
                if (sourcePort >= 0 && destinationPort >= 0)
                    hits.Add(new LayerHit(netSource, netDestination, (ushort)sourcePort, (ushort)destinationPort, stream));
            }
        }
    }

    private static void ReadAddresses(FieldTree tree, int protocol, out NetAddress source, out NetAddress destination)
    {
        source = destination = default;
        var nodes = tree.Nodes;
        for (int j = protocol + 1; j < nodes.Length && nodes[j].Parent != -1; j++)
        {
            ref readonly var n = ref nodes[j];
            if (n.Parent != protocol)
                continue;
            var f = n.Field;
            if (ReferenceEquals(f, Ipv4Fields.Src))
                source = NetAddress.Ipv4((uint)n.Number);
            else if (ReferenceEquals(f, Ipv4Fields.Dst))
                destination = NetAddress.Ipv4((uint)n.Number);
            else if (ReferenceEquals(f, Ipv6Fields.Src))
                source = NetAddress.FromBytes(AddressKind.Ipv6, tree.ValueBytes(n));
            else if (ReferenceEquals(f, Ipv6Fields.Dst))
                destination = NetAddress.FromBytes(AddressKind.Ipv6, tree.ValueBytes(n));
            else if (ReferenceEquals(f, EthernetFields.Src))
                source = NetAddress.FromBytes(AddressKind.Ether, tree.ValueBytes(n));
            else if (ReferenceEquals(f, EthernetFields.Dst))
                destination = NetAddress.FromBytes(AddressKind.Ether, tree.ValueBytes(n));
        }
    }
}
