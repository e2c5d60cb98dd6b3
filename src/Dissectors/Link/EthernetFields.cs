using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Link;

public static class EthernetFields
{
    public static readonly ProtocolDef Protocol = new("eth", "Ethernet", "Ethernet II");
    public static readonly FieldDef Dst = new("eth.dst", "Destination", FieldType.Ether);
    public static readonly FieldDef Src = new("eth.src", "Source", FieldType.Ether);
    public static readonly FieldDef Addr = new("eth.addr", "Address", FieldType.Ether);
    public static readonly FieldDef Type = new("eth.type", "Type", FieldType.UInt16, FieldBase.Hex, valueNames: EtherTypes.Names);
    public static readonly FieldDef Len = new("eth.len", "Length", FieldType.UInt16);
    public static readonly FieldDef Padding = new("eth.padding", "Padding", FieldType.Bytes);
    public static readonly FieldDef Trailer = new("eth.trailer", "Trailer", FieldType.Bytes);

    /// <summary>What this protocol declares: its fields and expert items, for the field catalog.</summary>
    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [Dst, Src, Addr, Type, Len, Padding, Trailer]);
}

public static class VlanFields
{
    public static readonly ProtocolDef Protocol = new("vlan", "802.1Q", "802.1Q Virtual LAN", "VLAN");
    public static readonly FieldDef Priority = new("vlan.priority", "Priority", FieldType.UInt16, FieldBase.Dec, 0xE000);
    public static readonly FieldDef Dei = new("vlan.dei", "DEI", FieldType.Boolean, FieldBase.None, 0x1000);
    public static readonly FieldDef Id = new("vlan.id", "ID", FieldType.UInt16, FieldBase.Dec, 0x0FFF);
    public static readonly FieldDef Etype = new("vlan.etype", "Type", FieldType.UInt16, FieldBase.Hex, valueNames: EtherTypes.Names);

    /// <summary>What this protocol declares: its fields and expert items, for the field catalog.</summary>
    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [Priority, Dei, Id, Etype]);
}
