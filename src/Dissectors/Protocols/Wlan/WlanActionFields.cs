using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>Action frames' fixed fields (category-specific action codes, Block Ack agreement parameters), generated from tshark 4.0.17's -G fields/values.</summary>
public static class WlanActionFields
{
    private static readonly Dictionary<ulong, string> FixedPublicactNames = new() { /* ff_pa_action_codes (-G values lists the protected dual's names) */ [0] = "20/40 BSS Coexistence Management", [1] = "DSE enablement", [2] = "DSE deenablement", [3] = "DSE Registered Location Announcement", [4] = "Extended Channel Switch Announcement", [5] = "DSE measurement request", [6] = "DSE measurement report", [7] = "Measurement Pilot", [8] = "DSE power constraint", [9] = "Vendor Specific", [10] = "GAS Initial Request", [11] = "GAS Initial Response", [12] = "GAS Comeback Request", [13] = "GAS Comeback Response", [14] = "TDLS Discovery Response", [15] = "Location Track Notification", [16] = "QAB Request", [17] = "QAB Response", [18] = "QMF Policy", [19] = "QMF Policy Change", [20] = "QLoad Request", [21] = "QLoad Report", [22] = "HCCA TXOP Advertisement", [23] = "HCCA TXOP Response", [24] = "Public Key", [25] = "Channel Availability Query", [26] = "Channel Schedule Management", [27] = "Contact Verification Signal", [28] = "GDD Enablement Request", [29] = "GDD Enablement Response", [30] = "Network Channel Control", [31] = "White Space Map Announcement", [32] = "FTM Request", [33] = "FTM", [34] = "FILS Discovery", [47] = "Location Measurement Report", [48] = "ISTA Passive TB Ranging Measurement Report", [49] = "Primary RSTA Broadcast Passive TB Ranging Measurement Report", [50] = "Secondary RSTA Broadcast Passive TB Ranging Measurement Report" };

    // tshark registers wlan.fixed.action_code once per category; this is the Block Ack category's (8-bit hex, its names), the
    // one Sniffer's action frames show (-G fields prints another registration: GlossaryGoldenTests.RegisteredTwiceByTshark).
    public static readonly FieldDef FixedActionCode = new("wlan.fixed.action_code", "Action code", FieldType.UInt8, FieldBase.Hex,
        description: "Block Ack action code", valueNames: new Dictionary<ulong, string>
        {
            [0] = "Add Block Ack Request", [1] = "Add Block Ack Response", [2] = "Delete Block Ack", [128] = "NDP ADDBA Request",
            [129] = "NDP ADDBA Response", [130] = "NDP DELBA", [132] = "BAT ADDBA Request", [133] = "BAT ADDBA Request", [134] = "BAT DELBA",
        });
    public static readonly FieldDef FixedBaparams = new("wlan.fixed.baparams", "Block Ack Parameters", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef FixedBaparamsAmsdu = new("wlan.fixed.baparams.amsdu", "A-MSDUs", FieldType.Boolean, FieldBase.None, 0x1, description: "A-MSDU Permitted in QoS Data MPDUs") { Booleans = new("Permitted in QoS Data MPDUs", "Not Permitted"), BitWidth = 16 };
    public static readonly FieldDef FixedBaparamsPolicy = new("wlan.fixed.baparams.policy", "Block Ack Policy", FieldType.Boolean, FieldBase.None, 0x2) { Booleans = new("Immediate Block Ack", "Delayed Block Ack"), BitWidth = 16 };
    public static readonly FieldDef FixedBaparamsTid = new("wlan.fixed.baparams.tid", "Traffic Identifier", FieldType.UInt16, FieldBase.Hex, 0x3C);
    public static readonly FieldDef FixedBaparamsBuffersize = new("wlan.fixed.baparams.buffersize", "Number of Buffers (1 Buffer = 2304 Bytes)", FieldType.UInt16, FieldBase.Dec, 0xFFC0, description: "Number of Buffers");
    public static readonly FieldDef FixedBatimeout = new("wlan.fixed.batimeout", "Block Ack Timeout", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef FixedDelbaParam = new("wlan.fixed.delba.param", "Delete Block Ack (DELBA) Parameter Set", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef FixedDelbaParamReserved = new("wlan.fixed.delba.param.reserved", "Reserved", FieldType.UInt16, FieldBase.Hex, 0x7FF);
    public static readonly FieldDef FixedDelbaParamInitiator = new("wlan.fixed.delba.param.initiator", "Initiator", FieldType.Boolean, FieldBase.None, 0x800);
    public static readonly FieldDef FixedDelbaParamTid = new("wlan.fixed.delba.param.tid", "TID", FieldType.UInt16, FieldBase.Hex, 0xF000, description: "Traffic Identifier (TID)");
    public static readonly FieldDef FixedPublicact = new("wlan.fixed.publicact", "Public Action", FieldType.UInt8, FieldBase.Hex, 0, description: "Public Action Code", valueNames: FixedPublicactNames);
    public static readonly FieldDef FixedDialogToken = new("wlan.fixed.dialog_token", "Dialog token", FieldType.UInt8, FieldBase.Hex, 0, description: "Management action dialog token");

    /// <summary>These fields in declaration order, for the protocol's declaration.</summary>
    public static FieldDef[] All { get; } =
    [
        FixedActionCode, FixedBaparams, FixedBaparamsAmsdu, FixedBaparamsPolicy, FixedBaparamsTid, FixedBaparamsBuffersize, FixedBatimeout,
        FixedDelbaParam, FixedDelbaParamReserved, FixedDelbaParamInitiator, FixedDelbaParamTid, FixedPublicact, FixedDialogToken,
    ];
}
