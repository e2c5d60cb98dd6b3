using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Llc;

/// <summary>IEEE 802.2 Logical-Link Control and SNAP fields, with tshark 4.0's abbrevs (packet-llc.c).</summary>
public static class LlcFields
{
    public static readonly ProtocolDef Protocol = new("llc", "LLC", "Logical-Link Control");
    public static readonly FieldDef Dsap = new("llc.dsap", "DSAP", FieldType.UInt8, FieldBase.Hex, description: "Destination Service Access Point", valueNames: LlcValueNames.Saps);
    public static readonly FieldDef DsapSap = new("llc.dsap.sap", "SAP", FieldType.UInt8, FieldBase.Custom, 0xFE, description: "Service Access Point");
    public static readonly FieldDef DsapIg = new("llc.dsap.ig", "IG Bit", FieldType.Boolean, FieldBase.None, 0x01, description: "Individual/Group") { Booleans = new("Group", "Individual") };
    public static readonly FieldDef Ssap = new("llc.ssap", "SSAP", FieldType.UInt8, FieldBase.Hex, description: "Source Service Access Point", valueNames: LlcValueNames.Saps);
    public static readonly FieldDef SsapSap = new("llc.ssap.sap", "SAP", FieldType.UInt8, FieldBase.Custom, 0xFE, description: "Service Access Point");
    public static readonly FieldDef SsapCr = new("llc.ssap.cr", "CR Bit", FieldType.Boolean, FieldBase.None, 0x01, description: "Command/Response") { Booleans = new("Response", "Command") };
    private static readonly Dictionary<ulong, string> FrameTypes = new()
    {
        [0] = "Information frame", [1] = "Supervisory frame", [3] = "Unnumbered frame",
    };

    public static readonly FieldDef Control = new("llc.control", "Control", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef ControlUModifierCmd = new("llc.control.u_modifier_cmd", "Command", FieldType.UInt8, FieldBase.Hex, 0xEC, valueNames: LlcValueNames.UCommands);
    public static readonly FieldDef ControlFtype = new("llc.control.ftype", "Frame type", FieldType.UInt8, FieldBase.Hex, 0x03, valueNames: FrameTypes);
    public static readonly FieldDef Oui = new("llc.oui", "Organization Code", FieldType.UInt24, FieldBase.Oui);
    public static readonly FieldDef Type = new("llc.type", "Type", FieldType.UInt16, FieldBase.Hex, valueNames: Link.EtherTypes.Names);
    public static readonly FieldDef Pid = new("llc.pid", "Protocol ID", FieldType.UInt16, FieldBase.Hex);

    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [Dsap, DsapSap, DsapIg, Ssap, SsapSap, SsapCr, Control, ControlUModifierCmd, ControlFtype, Oui, Type, Pid]);
}
