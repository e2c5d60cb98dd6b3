using System.Buffers.Binary;
using Sniffer.Dissectors.Model;
using static Sniffer.Dissectors.Protocols.Wlan.WlanElementFields;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>
/// The smaller elements of beacons and association frames as packet-ieee80211.c shows them: QBSS Load (11), Power
/// Constraint (32), Power Capability (33), Supported Channels (36), Mobility Domain (54), Supported Operating Classes (59).
/// </summary>
internal static class WlanElementTags
{
    private static readonly FieldDef[] FtCapabilityBits = [MobilityDomainFtCapabFtOverDs, MobilityDomainFtCapabResourceReq, MobilityDomainFtCapabReserved];

    /// <summary>QBSS Load: Cisco's 4-byte version 1 or 802.11e's 5-byte version 2.</summary>
    public static void QbssLoad(PacketContext packet, int tag, int lengthItem, ReadOnlySpan<byte> v, int data)
    {
        var tree = packet.Tree;
        if (v.Length is < 4 or > 5)
        {
            WlanTags.BadLength(tree, lengthItem, data - 1, $"Tag Length {v.Length} wrong, must be = 4 or 5");
            return;
        }
        bool cca = v.Length == 5;
        tree.AppendText(tag, cca ? " 802.11e CCA Version" : " Cisco QBSS Version 1 - non CCA");
        tree.Add(tag, QbssVersion, 0, data, v.Length, cca ? 2UL : 1UL);
        tree.Add(tag, QbssScount, 0, data, 2, BinaryPrimitives.ReadUInt16LittleEndian(v));
        int cu = tree.Add(tag, QbssCu, 0, data + 2, 1, v[2]);
        if (!cca)
        {
            tree.Add(tag, QbssAdc, 0, data + 3, 1, v[3]);
            return;
        }
        tree.AppendText(cu, $" ({100 * v[2] / 255}%)");
        ushort capacity = BinaryPrimitives.ReadUInt16LittleEndian(v[3..]);
        int adc = tree.Add(tag, QbssAdc, 0, data + 3, 2, capacity);
        tree.AppendText(adc, $" ({capacity * 32} us/s)");
    }

    /// <summary>Power Constraint: one byte, also on the element's line.</summary>
    public static void PowerConstraint(PacketContext packet, int tag, int lengthItem, ReadOnlySpan<byte> v, int data)
    {
        var tree = packet.Tree;
        if (v.Length != 1)
        {
            WlanTags.BadLength(tree, lengthItem, data - 1, $"Tag Length {v.Length} wrong, must be = 1");
            return;
        }
        tree.Add(tag, PowerconLocal, 0, data, 1, v[0]);
        tree.AppendText(tag, $": {v[0]}");
    }

    /// <summary>Power Capability: the minimum and maximum transmit power (signed dBm).</summary>
    public static void PowerCapability(PacketContext packet, int tag, int lengthItem, ReadOnlySpan<byte> v, int data)
    {
        var tree = packet.Tree;
        if (v.Length != 2)
        {
            WlanTags.BadLength(tree, lengthItem, data - 1, $"Tag Length {v.Length} wrong, must be = 2");
            return;
        }
        tree.Add(tag, PowercapMin, 0, data, 1, (ulong)(long)(sbyte)v[0]);
        tree.AppendText(tag, $" Min: {(sbyte)v[0]}");
        tree.Add(tag, PowercapMax, 0, data + 1, 1, (ulong)(long)(sbyte)v[1]);
        tree.AppendText(tag, $", Max: {(sbyte)v[1]}");
    }

    /// <summary>Supported Channels: (first channel, number of channels) pairs.</summary>
    public static void SupportedChannels(PacketContext packet, int tag, int lengthItem, ReadOnlySpan<byte> v, int data)
    {
        var tree = packet.Tree;
        if (v.Length % 2 == 1)
        {
            WlanTags.BadLength(tree, lengthItem, data - 1, $"Tag length {v.Length} must be even");
            return;
        }
        for (int at = 0, n = 1; at < v.Length; at += 2, n++)
        {
            int set = tree.AddNode(tag, Supchan, 0, data + at, 2);
            tree.AppendText(set, $" #{n}");
            tree.Add(set, SupchanFirst, 0, data + at, 1, v[at]);
            tree.AppendText(set, $" First: {v[at]}");
            tree.Add(set, SupchanRange, 0, data + at + 1, 1, v[at + 1]);
            tree.AppendText(set, $", Range: {v[at + 1]} ");
        }
    }

    /// <summary>Mobility Domain: the domain identifier and the FT capability and policy bits.</summary>
    public static void MobilityDomain(PacketContext packet, int tag, int lengthItem, ReadOnlySpan<byte> v, int data)
    {
        var tree = packet.Tree;
        if (v.Length < 3)
        {
            WlanTags.BadLength(tree, lengthItem, data - 1, "MDIE content length must be at least 3 bytes");
            return;
        }
        tree.Add(tag, MobilityDomainMdid, 0, data, 2, BinaryPrimitives.ReadUInt16LittleEndian(v));
        WlanBits.AddBitmask(tree, tag, MobilityDomainFtCapab, data + 2, 1, v[2], FtCapabilityBits);
    }

    /// <summary>Supported Operating Classes: the current class, then the alternates up to a 130 or 0 delimiter.</summary>
    public static void SupportedOperatingClasses(PacketContext packet, int tag, int lengthItem, ReadOnlySpan<byte> v, int data)
    {
        var tree = packet.Tree;
        if (v.Length < 2)
        {
            WlanTags.BadLength(tree, lengthItem, data - 1, $"Tag Length {v.Length} wrong, must be >= 2");
            return;
        }
        tree.Add(tag, SupopeclassCurrent, 0, data, 1, v[0]);
        int count = 0;
        while (1 + count < v.Length && v[1 + count] is not (130 or 0))
            count++;
        if (count == 0)
            return;
        int alternates = tree.AddNode(tag, SupopeclassAlt, 0, data + 1, count);
        if (!tree.BuildsText)
            return;
        for (int i = 0; i < count; i++)
            tree.AppendText(alternates, i == 0 ? $": {v[1 + i]}" : $", {v[1 + i]}");
    }
}
