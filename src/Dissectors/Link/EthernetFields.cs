using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Link;

public static class EthernetFields
{
    private static readonly TrueFalse LgBit = new("Locally administered address (this is NOT the factory default)", "Globally unique address (factory default)");
    private static readonly TrueFalse IgBit = new("Group address (multicast/broadcast)", "Individual address (unicast)");
    private const string LgBlurb = "Specifies if this is a locally administered or globally unique (IEEE assigned) address";
    private const string IgBlurb = "Specifies if this is an individual (unicast) or group (broadcast/multicast) address";

    public static readonly ProtocolDef Protocol = new("eth", "Ethernet", "Ethernet");
    public static readonly FieldDef Dst = new("eth.dst", "Destination", FieldType.Ether, description: "Destination Hardware Address");
    public static readonly FieldDef DstResolved = new("eth.dst_resolved", "Destination (resolved)", FieldType.String,
        description: "Destination Hardware Address (resolved)");
    public static readonly FieldDef DstOui = new("eth.dst.oui", "Destination OUI", FieldType.UInt24, FieldBase.Oui,
        description: "Destination Organizationally Unique Identifier");
    public static readonly FieldDef DstOuiResolved = new("eth.dst.oui_resolved", "Destination OUI (resolved)", FieldType.String,
        description: "Destination Organizationally Unique Identifier (resolved)");
    public static readonly FieldDef Src = new("eth.src", "Source", FieldType.Ether, description: "Source Hardware Address");
    public static readonly FieldDef SrcResolved = new("eth.src_resolved", "Source (resolved)", FieldType.String,
        description: "Source Hardware Address (resolved)");
    public static readonly FieldDef SrcOui = new("eth.src.oui", "Source OUI", FieldType.UInt24, FieldBase.Oui,
        description: "Source Organizationally Unique Identifier");
    public static readonly FieldDef SrcOuiResolved = new("eth.src.oui_resolved", "Source OUI (resolved)", FieldType.String,
        description: "Source Organizationally Unique Identifier (resolved)");
    public static readonly FieldDef Len = new("eth.len", "Length", FieldType.UInt16);
    public static readonly FieldDef Type = new("eth.type", "Type", FieldType.UInt16, FieldBase.Hex, valueNames: EtherTypes.Names);
    public static readonly FieldDef Addr = new("eth.addr", "Address", FieldType.Ether, description: "Source or Destination Hardware Address");
    public static readonly FieldDef AddrResolved = new("eth.addr_resolved", "Address (resolved)", FieldType.String,
        description: "Source or Destination Hardware Address (resolved)");
    public static readonly FieldDef AddrOui = new("eth.addr.oui", "Address OUI", FieldType.UInt24, FieldBase.Oui,
        description: "Address Organizationally Unique Identifier");
    public static readonly FieldDef AddrOuiResolved = new("eth.addr.oui_resolved", "Address OUI (resolved)", FieldType.String,
        description: "Address Organizationally Unique Identifier (resolved)");
    public static readonly FieldDef Padding = new("eth.padding", "Padding", FieldType.Bytes, description: "Ethernet Padding");
    public static readonly FieldDef Trailer = new("eth.trailer", "Trailer", FieldType.Bytes, description: "Ethernet Trailer or Checksum");
    public static readonly FieldDef DstLg = new("eth.dst.lg", "LG bit", FieldType.Boolean, bitmask: 0x20000, description: LgBlurb) { Booleans = LgBit, BitWidth = 24 };
    public static readonly FieldDef DstIg = new("eth.dst.ig", "IG bit", FieldType.Boolean, bitmask: 0x10000, description: IgBlurb) { Booleans = IgBit, BitWidth = 24 };
    public static readonly FieldDef SrcLg = new("eth.src.lg", "LG bit", FieldType.Boolean, bitmask: 0x20000, description: LgBlurb) { Booleans = LgBit, BitWidth = 24 };
    public static readonly FieldDef SrcIg = new("eth.src.ig", "IG bit", FieldType.Boolean, bitmask: 0x10000, description: IgBlurb) { Booleans = IgBit, BitWidth = 24 };
    public static readonly FieldDef Lg = new("eth.lg", "LG bit", FieldType.Boolean, bitmask: 0x20000, description: LgBlurb) { Booleans = LgBit, BitWidth = 24 };
    public static readonly FieldDef Ig = new("eth.ig", "IG bit", FieldType.Boolean, bitmask: 0x10000, description: IgBlurb) { Booleans = IgBit, BitWidth = 24 };

    public static readonly ExpertDef SrcNotGroup = new("eth.src_not_group", ExpertGroup.Protocol, ExpertSeverity.Warning,
        "Source MAC must not be a group address: IEEE 802.3-2002, Section 3.2.3(b)");

    /// <summary>What this protocol declares: its fields and expert items, for the field catalog.</summary>
    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [Dst, DstResolved, DstOui, DstOuiResolved, Src, SrcResolved, SrcOui, SrcOuiResolved, Len, Type, Addr, AddrResolved, AddrOui, AddrOuiResolved,
            Padding, Trailer, DstLg, DstIg, SrcLg, SrcIg, Lg, Ig],
        [SrcNotGroup]);
}

public static class VlanFields
{
    public static readonly ProtocolDef Protocol = new("vlan", "VLAN", "802.1Q Virtual LAN") { ColumnName = "802.1Q" };
    public static readonly FieldDef Priority = new("vlan.priority", "Priority", FieldType.UInt16, FieldBase.Dec, 0xE000, description: "Descriptions are recommendations from IEEE standard 802.1D-2004");
    public static readonly FieldDef Dei = new("vlan.dei", "DEI", FieldType.Boolean, FieldBase.None, 0x1000, description: "Drop Eligible Indicator");
    public static readonly FieldDef Id = new("vlan.id", "ID", FieldType.UInt16, FieldBase.Dec, 0x0FFF, description: "VLAN ID");
    public static readonly FieldDef Etype = new("vlan.etype", "Type", FieldType.UInt16, FieldBase.Hex, description: "Ethertype", valueNames: EtherTypes.Names);

    /// <summary>What this protocol declares: its fields and expert items, for the field catalog.</summary>
    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [Priority, Dei, Id, Etype]);
}
