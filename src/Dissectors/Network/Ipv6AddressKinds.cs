using System.Buffers.Binary;
using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Network;

/// <summary>
/// IPv6 addresses that carry other addresses, as packet-ipv6.c shows them after the source and destination: 6to4
/// (RFC 3056), Teredo (RFC 4380), SLAAC's MAC (RFC 4291), ISATAP (RFC 5214) and the well-known NAT64 prefix
/// 64:ff9b::/96 (RFC 6052). Each is shown for its side, generated, then again hidden under the side-less name.
/// </summary>
public static class Ipv6AddressKinds
{
    private static ReadOnlySpan<byte> WellKnownNat64Prefix => [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0];

    public static void Add(FieldTree tree, int parent, int offset, ReadOnlySpan<byte> address, bool source)
    {
        if (BinaryPrimitives.ReadUInt16BigEndian(address) == 0x2002)
        {
            ulong gateway = BinaryPrimitives.ReadUInt32BigEndian(address[2..]);
            ulong sla = BinaryPrimitives.ReadUInt16BigEndian(address[6..]);
            tree.Add(parent, source ? Ipv6Fields.Src6to4Gateway : Ipv6Fields.Dst6to4Gateway, 0, offset + 2, 4, gateway, NodeFlags.Generated);
            tree.Add(parent, source ? Ipv6Fields.Src6to4SlaId : Ipv6Fields.Dst6to4SlaId, 0, offset + 6, 2, sla, NodeFlags.Generated);
            tree.Add(parent, Ipv6Fields.Gateway6to4, 0, offset + 2, 4, gateway, NodeFlags.Generated | NodeFlags.Hidden);
            tree.Add(parent, Ipv6Fields.SlaId6to4, 0, offset + 6, 2, sla, NodeFlags.Generated | NodeFlags.Hidden);
        }
        if (BinaryPrimitives.ReadUInt32BigEndian(address) == 0x20010000)
        {
            ulong server = BinaryPrimitives.ReadUInt32BigEndian(address[4..]);
            ulong port = (ulong)(BinaryPrimitives.ReadUInt16BigEndian(address[10..]) ^ 0xFFFF);
            ulong client = BinaryPrimitives.ReadUInt32BigEndian(address[12..]) ^ 0xFFFFFFFF;
            tree.Add(parent, source ? Ipv6Fields.SrcTeredoServer : Ipv6Fields.DstTeredoServer, 0, offset + 4, 4, server, NodeFlags.Generated);
            tree.Add(parent, source ? Ipv6Fields.SrcTeredoPort : Ipv6Fields.DstTeredoPort, 0, offset + 10, 2, port, NodeFlags.Generated);
            tree.Add(parent, source ? Ipv6Fields.SrcTeredoClient : Ipv6Fields.DstTeredoClient, 0, offset + 12, 4, client, NodeFlags.Generated);
            tree.Add(parent, Ipv6Fields.TeredoServer, 0, offset + 4, 4, server, NodeFlags.Generated | NodeFlags.Hidden);
            tree.Add(parent, Ipv6Fields.TeredoPort, 0, offset + 10, 2, port, NodeFlags.Generated | NodeFlags.Hidden);
            tree.Add(parent, Ipv6Fields.TeredoClient, 0, offset + 12, 4, client, NodeFlags.Generated | NodeFlags.Hidden);
        }
        if ((address[8] & 0x02) != 0 && BinaryPrimitives.ReadUInt16BigEndian(address[11..]) == 0xFFFE)
        {
            Span<byte> mac = [(byte)(address[8] & ~0x02), address[9], address[10], address[13], address[14], address[15]];
            tree.AddBytes(parent, source ? Ipv6Fields.SrcSlaacMac : Ipv6Fields.DstSlaacMac, 0, offset + 8, 8, mac, NodeFlags.Generated);
            tree.AddBytes(parent, Ipv6Fields.SlaacMac, 0, offset + 8, 8, mac, NodeFlags.Generated | NodeFlags.Hidden);
        }
        if ((BinaryPrimitives.ReadUInt32BigEndian(address[8..]) & 0xFCFFFFFF) == 0x00005EFE)
        {
            ulong v4 = BinaryPrimitives.ReadUInt32BigEndian(address[12..]);
            tree.Add(parent, source ? Ipv6Fields.SrcIsatap : Ipv6Fields.DstIsatap, 0, offset + 12, 4, v4, NodeFlags.Generated);
            tree.Add(parent, Ipv6Fields.Isatap, 0, offset + 12, 4, v4, NodeFlags.Generated | NodeFlags.Hidden);
        }
        if (address[..12].SequenceEqual(WellKnownNat64Prefix))
        {
            ulong v4 = BinaryPrimitives.ReadUInt32BigEndian(address[12..]);
            tree.AddBytes(parent, Ipv6Fields.EmbeddedPrefix, 0, offset, 12, address[..12], NodeFlags.Generated);
            tree.Add(parent, source ? Ipv6Fields.SrcEmbedded : Ipv6Fields.DstEmbedded, 0, offset + 12, 4, v4, NodeFlags.Generated);
            tree.Add(parent, Ipv6Fields.Embedded, 0, offset + 12, 4, v4, NodeFlags.Generated);
        }
    }
}
