using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Link;

public static class NullFields
{
    public static readonly ProtocolDef Protocol = new("null", "NULL", "Null/Loopback", "Null");
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
    public static readonly ProtocolDef Protocol = new("sll", "SLL", "Linux cooked capture v1");
    public static readonly FieldDef PacketType = new("sll.pkttype", "Packet type", FieldType.UInt16, valueNames: new Dictionary<ulong, string>
    {
        [0] = "Unicast to us",
        [1] = "Broadcast",
        [2] = "Multicast",
        [3] = "Unicast to another host",
        [4] = "Sent by us",
    });
    public static readonly FieldDef HaType = new("sll.hatype", "Link-layer address type", FieldType.UInt16);
    public static readonly FieldDef HaLen = new("sll.halen", "Link-layer address length", FieldType.UInt16);
    public static readonly FieldDef SrcEth = new("sll.src.eth", "Source", FieldType.Ether);
    public static readonly FieldDef Unused = new("sll.unused", "Unused", FieldType.Bytes);
    public static readonly FieldDef Etype = new("sll.etype", "Protocol", FieldType.UInt16, FieldBase.Hex, valueNames: EtherTypes.Names);
    public static readonly FieldDef Ltype = new("sll.ltype", "Protocol", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef IfIndex = new("sll.ifindex", "Interface index", FieldType.UInt32);

    /// <summary>What this protocol declares: its fields and expert items, for the field catalog.</summary>
    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [PacketType, HaType, HaLen, SrcEth, Unused, Etype, Ltype, IfIndex]);
}
