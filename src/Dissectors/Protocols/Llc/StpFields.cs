using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Llc;

/// <summary>Spanning Tree Protocol BPDU fields (packet-stp.c), generated from tshark 4.0.17's -G fields/values.</summary>
public static class StpFields
{
    public static readonly ProtocolDef Protocol = new("stp", "STP", "Spanning Tree Protocol");

    private static readonly Dictionary<ulong, string> ProtocolNames = new() { [0] = "Spanning Tree Protocol" };
    private static readonly Dictionary<ulong, string> VersionNames = new() { [0] = "Spanning Tree", [2] = "Rapid Spanning Tree", [3] = "Multiple Spanning Tree", [4] = "Shortest Path Tree" };
    private static readonly Dictionary<ulong, string> TypeNames = new() { [0] = "Configuration", [2] = "Rapid/Multiple Spanning Tree", [128] = "Topology Change Notification" };
    private static readonly Dictionary<ulong, string> FlagsPortRoleNames = new() { [1] = "Alternate or Backup", [2] = "Root", [3] = "Designated" };
    private static readonly Dictionary<ulong, string> PvstTlvtypeNames = new() { [0] = "Originating VLAN" };

    public static readonly FieldDef ProtocolIdentifier = new("stp.protocol", "Protocol Identifier", FieldType.UInt16, FieldBase.Hex, 0, valueNames: ProtocolNames);
    public static readonly FieldDef ProtocolVersion = new("stp.version", "Protocol Version Identifier", FieldType.UInt8, FieldBase.Dec, 0, valueNames: VersionNames);
    public static readonly FieldDef BpduType = new("stp.type", "BPDU Type", FieldType.UInt8, FieldBase.Hex, 0, valueNames: TypeNames);
    public static readonly FieldDef Flags = new("stp.flags", "BPDU flags", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef FlagsTcack = new("stp.flags.tcack", "Topology Change Acknowledgment", FieldType.Boolean, FieldBase.None, 0x80) { Booleans = new("Yes", "No") };
    public static readonly FieldDef FlagsAgreement = new("stp.flags.agreement", "Agreement", FieldType.Boolean, FieldBase.None, 0x40) { Booleans = new("Yes", "No") };
    public static readonly FieldDef FlagsForwarding = new("stp.flags.forwarding", "Forwarding", FieldType.Boolean, FieldBase.None, 0x20) { Booleans = new("Yes", "No") };
    public static readonly FieldDef FlagsLearning = new("stp.flags.learning", "Learning", FieldType.Boolean, FieldBase.None, 0x10) { Booleans = new("Yes", "No") };
    public static readonly FieldDef FlagsPortRole = new("stp.flags.port_role", "Port Role", FieldType.UInt8, FieldBase.Dec, 0xC, valueNames: FlagsPortRoleNames);
    public static readonly FieldDef FlagsProposal = new("stp.flags.proposal", "Proposal", FieldType.Boolean, FieldBase.None, 0x2) { Booleans = new("Yes", "No") };
    public static readonly FieldDef FlagsTc = new("stp.flags.tc", "Topology Change", FieldType.Boolean, FieldBase.None, 0x1) { Booleans = new("Yes", "No") };
    public static readonly FieldDef RootPrio = new("stp.root.prio", "Root Bridge Priority", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef RootExt = new("stp.root.ext", "Root Bridge System ID Extension", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef RootHw = new("stp.root.hw", "Root Bridge System ID", FieldType.Ether);
    public static readonly FieldDef RootCost = new("stp.root.cost", "Root Path Cost", FieldType.UInt32, FieldBase.Dec);
    public static readonly FieldDef BridgePrio = new("stp.bridge.prio", "Bridge Priority", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef BridgeExt = new("stp.bridge.ext", "Bridge System ID Extension", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef BridgeHw = new("stp.bridge.hw", "Bridge System ID", FieldType.Ether);
    public static readonly FieldDef Port = new("stp.port", "Port identifier", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef MsgAge = new("stp.msg_age", "Message Age", FieldType.Double);
    public static readonly FieldDef MaxAge = new("stp.max_age", "Max Age", FieldType.Double);
    public static readonly FieldDef Hello = new("stp.hello", "Hello Time", FieldType.Double);
    public static readonly FieldDef Forward = new("stp.forward", "Forward Delay", FieldType.Double);
    public static readonly FieldDef Version1Length = new("stp.version_1_length", "Version 1 Length", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef PvstTlvtype = new("stp.pvst.tlvtype", "Type", FieldType.UInt16, FieldBase.Hex, 0, valueNames: PvstTlvtypeNames);
    public static readonly FieldDef PvstTlvlen = new("stp.pvst.tlvlen", "Length", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef PvstOrigvlan = new("stp.pvst.origvlan", "Originating VLAN", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef PvstTlvval = new("stp.pvst.tlvval", "Value", FieldType.Bytes);

    /// <summary>These fields in declaration order, for the protocol's declaration.</summary>
    public static FieldDef[] All { get; } =
    [
        ProtocolIdentifier, ProtocolVersion, BpduType, Flags, FlagsTcack, FlagsAgreement, FlagsForwarding, FlagsLearning, FlagsPortRole, FlagsProposal, FlagsTc,
        RootPrio, RootExt, RootHw, RootCost, BridgePrio, BridgeExt, BridgeHw, Port, MsgAge, MaxAge, Hello, Forward, Version1Length,
        PvstTlvtype, PvstTlvlen, PvstOrigvlan, PvstTlvval,
    ];

    public static readonly ExpertDef VersionSupport = new("bpdu.version_support", ExpertGroup.Protocol, ExpertSeverity.Warning,
        "This version of Wireshark only knows about versions 0, 2, 3 & 4");
    public static readonly ExpertDef TypeUnknown = new("stp.type.unknown", ExpertGroup.Protocol, ExpertSeverity.Warning, "Unknown BPDU type data");

    public static ProtocolDeclaration Declaration { get; } = new(Protocol, All, [VersionSupport, TypeUnknown]);
}
