using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Link;

public static class NullFields
{
    public static readonly ProtocolDef Protocol = new("null", "Null", "Null/Loopback") { ColumnName = "NULL" };
    public static readonly FieldDef Family = new("null.family", "Family", FieldType.UInt32, FieldBase.Dec, valueNames: new Dictionary<ulong, string>
    {
        [2] = "IP",
        [24] = "IPv6",
        [28] = "IPv6",
        [30] = "IPv6",
    });

    /// <summary>What this protocol declares: its fields and expert items, for the field catalog.</summary>
    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [Family]);
}

public static class SllFields
{
    public static readonly ProtocolDef Protocol = new("sll", "SLL", "Linux cooked-mode capture");
    public static readonly FieldDef PacketType = new("sll.pkttype", "Packet type", FieldType.UInt16, FieldBase.Dec, valueNames: new Dictionary<ulong, string>
    {
        [0] = "Unicast to us",
        [1] = "Broadcast",
        [2] = "Multicast",
        [3] = "Unicast to another host",
        [4] = "Sent by us",
    });
    public static readonly FieldDef HaType = new("sll.hatype", "Link-layer address type", FieldType.UInt16, FieldBase.Dec,
        valueNames: ArpHardwareTypes.Names);
    public static readonly FieldDef HaLen = new("sll.halen", "Link-layer address length", FieldType.UInt16);
    public static readonly FieldDef SrcEth = new("sll.src.eth", "Source", FieldType.Ether, description: "Source link-layer address");
    public static readonly FieldDef SrcIpv4 = new("sll.src.ipv4", "Source", FieldType.Ipv4, description: "Source link-layer address");
    public static readonly FieldDef SrcOther = new("sll.src.other", "Source", FieldType.Bytes, description: "Source link-layer address");
    public static readonly FieldDef Unused = new("sll.unused", "Unused", FieldType.Bytes, description: "Unused bytes");
    public static readonly FieldDef Etype = new("sll.etype", "Protocol", FieldType.UInt16, FieldBase.Hex, description: "Ethernet protocol type",
        valueNames: EtherTypes.Names);
    public static readonly FieldDef Ltype = new("sll.ltype", "Protocol", FieldType.UInt16, FieldBase.Hex, description: "Linux protocol type",
        valueNames: new Dictionary<ulong, string>
        {
            [0x0001] = "Raw 802.3", [0x0003] = "Ethernet", [0x0004] = "802.2 LLC", [0x0007] = "PPP (HDLC)", [0x000C] = "CAN",
            [0x000D] = "CAN FD", [0x0017] = "IrDA LAP", [0x00F5] = "ISI", [0x00F6] = "IEEE 802.15.4",
        });
    public static readonly FieldDef IfIndex = new("sll.ifindex", "Interface index", FieldType.UInt32);

    /// <summary>What this protocol declares: its fields and expert items, for the field catalog.</summary>
    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [PacketType, HaType, HaLen, SrcEth, SrcIpv4, SrcOther, Unused, Ltype, Etype, IfIndex]);
}
