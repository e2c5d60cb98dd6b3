using System.Buffers.Binary;
using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Llc;

/// <summary>
/// Spanning-tree BPDUs (LLC SAP 0x42) as packet-bpdu.c shows them with its default preferences (system ID extensions
/// on): Configuration, Topology Change Notification and Rapid STP BPDUs. An MST BPDU's MSTI part is not decoded yet:
/// its common part shows, the rest is left out.
/// </summary>
public static class StpDissector
{
    private const int ConfigurationLength = 35, TopologyChangeLength = 4;
    private const byte TypeConfiguration = 0x00, TypeRapid = 0x02, TypeTopologyChange = 0x80;

    private static readonly FieldDef[] ConfigurationFlags = [StpFields.FlagsTcack, StpFields.FlagsTc];
    private static readonly FieldDef[] RapidFlags =
    [
        StpFields.FlagsTcack, StpFields.FlagsAgreement, StpFields.FlagsForwarding, StpFields.FlagsLearning, StpFields.FlagsPortRole,
        StpFields.FlagsProposal, StpFields.FlagsTc,
    ];

    /// <summary>Dissects the BPDU at <paramref name="offset"/> up to <paramref name="end"/>; returns where it ended.</summary>
    public static int Dissect(PacketContext packet, ReadOnlySpan<byte> frame, int offset, int end)
    {
        var tree = packet.Tree;
        var columns = packet.Columns;
        packet.AddProtocolName("stp");
        columns.Protocol = StpFields.Protocol.ShortName;
        var info = columns.Info;
        info.Clear();
        var b = frame[offset..end];
        // packet-bpdu.c reads the type, version and (for a configuration or RST BPDU) the fields of its Info line first.
        if (b.Length < 4 || (b[3] is TypeConfiguration or TypeRapid && b.Length < 27))
        {
            CommonFields.MarkTooShort(packet, StpFields.Protocol);
            return end;
        }
        byte version = b[2], type = b[3];
        Span<char> rootMac = stackalloc char[17];
        if (type is TypeConfiguration or TypeRapid)
        {
            AddressText.FormatEther(b.Slice(7, 6), rootMac);
            ushort rootPriority = BinaryPrimitives.ReadUInt16BigEndian(b[5..]);
            string kind = type == TypeConfiguration ? "Conf." : version == 3 ? "MST." : version == 4 ? "SPT." : "RST.";
            info.Append($"{kind} {((b[4] & 1) != 0 ? "TC + " : "")}Root = {rootPriority & 0xF000}/{rootPriority & 0x0FFF}/{rootMac}  Cost = {BinaryPrimitives.ReadUInt32BigEndian(b[13..])}  Port = 0x{BinaryPrimitives.ReadUInt16BigEndian(b[25..]):x4}");
        }
        else if (type == TypeTopologyChange)
            info.Append("Topology Change Notification");
        else
            info.Append($"Unknown BPDU type ({type})");

        int node = tree.AddNode(-1, StpFields.Protocol, 0, offset, b.Length);
        tree.Add(node, StpFields.ProtocolIdentifier, 0, offset, 2, BinaryPrimitives.ReadUInt16BigEndian(b));
        int versionNode = tree.Add(node, StpFields.ProtocolVersion, 0, offset + 2, 1, version);
        if (version is not (0 or 2 or 3 or 4))
            tree.AddExpert(versionNode, StpFields.VersionSupport, 0, offset + 2, 1);
        int typeNode = tree.Add(node, StpFields.BpduType, 0, offset + 3, 1, type);
        if (type == TypeTopologyChange)
        {
            tree.SetLength(node, Math.Min(TopologyChangeLength, b.Length));
            return offset + TopologyChangeLength;
        }
        if (type is not (TypeConfiguration or TypeRapid))
        {
            tree.AddExpert(typeNode, StpFields.TypeUnknown, 0, offset + 3, 1);
            return end;
        }
        if (b.Length < ConfigurationLength)
        {
            CommonFields.MarkTooShort(packet, StpFields.Protocol);
            return end;
        }
        AddFlags(tree, node, offset + 4, b[4], type == TypeRapid ? RapidFlags : ConfigurationFlags);
        AddIdentifier(tree, node, "Root Identifier", StpFields.RootPrio, StpFields.RootExt, StpFields.RootHw, b.Slice(5, 8), offset + 5);
        tree.Add(node, StpFields.RootCost, 0, offset + 13, 4, BinaryPrimitives.ReadUInt32BigEndian(b[13..]));
        AddIdentifier(tree, node, "Bridge Identifier", StpFields.BridgePrio, StpFields.BridgeExt, StpFields.BridgeHw, b.Slice(17, 8), offset + 17);
        tree.Add(node, StpFields.Port, 0, offset + 25, 2, BinaryPrimitives.ReadUInt16BigEndian(b[25..]));
        ReadOnlySpan<FieldDef> times = [StpFields.MsgAge, StpFields.MaxAge, StpFields.Hello, StpFields.Forward];
        for (int i = 0; i < times.Length; i++)
            tree.AddDouble(node, times[i], 0, offset + 27 + 2 * i, 2, BinaryPrimitives.ReadUInt16BigEndian(b[(27 + 2 * i)..]) / 256.0);
        if (type == TypeConfiguration)
        {
            tree.SetLength(node, ConfigurationLength);
            return offset + ConfigurationLength;
        }
        if (b.Length < ConfigurationLength + 1)
        {
            CommonFields.MarkTooShort(packet, StpFields.Protocol);
            return end;
        }
        tree.Add(node, StpFields.Version1Length, 0, offset + ConfigurationLength, 1, b[ConfigurationLength]);
        return end;
    }

    /// <summary>The flags byte: its bits, and on its line the names of those set (BMT_NO_FALSE | BMT_NO_TFS; the port role by name).</summary>
    private static void AddFlags(FieldTree tree, int parent, int offset, byte flags, ReadOnlySpan<FieldDef> bits)
    {
        int node = tree.Add(parent, StpFields.Flags, 0, offset, 1, flags);
        foreach (var f in bits)
        {
            ulong value = f.Bitmask == 0 ? flags : (flags & f.Bitmask) >> System.Numerics.BitOperations.TrailingZeroCount(f.Bitmask);
            tree.Add(node, f, 0, offset, 1, f.Type == FieldType.Boolean ? (value != 0 ? 1UL : 0) : value);
            if (!tree.BuildsText)
                continue;
            if (f.Type == FieldType.Boolean && value != 0)
                tree.AppendText(node, $", {f.Name}");
            else if (f.Type != FieldType.Boolean && f.ValueNames is { } names)
                tree.AppendText(node, $", {f.Name}: {(names.TryGetValue(value, out var n) ? n : "Unknown")}");
        }
    }

    /// <summary>"Root Identifier: 32768 / 0 / 00:11:22:33:44:00": priority, system ID extension and MAC address.</summary>
    private static void AddIdentifier(FieldTree tree, int parent, string label, FieldDef priority, FieldDef extension, FieldDef mac, ReadOnlySpan<byte> id, int offset)
    {
        ushort raw = BinaryPrimitives.ReadUInt16BigEndian(id);
        int node = tree.AddNode(parent, TextItem.Field, 0, offset, 8);
        if (tree.BuildsText)
        {
            Span<char> text = stackalloc char[17];
            AddressText.FormatEther(id.Slice(2, 6), text);
            tree.SetText(node, $"{label}: {raw & 0xF000} / {raw & 0x0FFF} / {text}");
        }
        tree.Add(node, priority, 0, offset, 1, (ulong)(raw & 0xF000));
        tree.Add(node, extension, 0, offset, 2, (ulong)(raw & 0x0FFF));
        tree.AddBytes(node, mac, 0, offset + 2, 6, id.Slice(2, 6));
    }
}
