// Generated from tshark 4.0.17's value strings (tshark -G values) for the fields named below; regenerate the same way.
namespace Sniffer.Dissectors.Protocols.Llc;

/// <summary>tshark 4.0's names for LLC numbers (packet-llc.c, packet-xdlc.c).</summary>
public static class LlcValueNames
{
    /// <summary>llc.dsap and llc.ssap (a SAP item shows the name of its value shifted back into place)</summary>
    public static IReadOnlyDictionary<ulong, string> Saps { get; } = new Dictionary<ulong, string>
    {
        [0] = "NULL LSAP", [1] = "NULL LSAP", [2] = "LLC Sub-Layer Management", [4] = "SNA Path Control", [6] = "TCP/IP", [8] = "SNA", [12] = "SNA",
        [14] = "PROWAY (IEC955) Network Management and Initialization", [16] = "NetWare (unofficial?)", [20] = "ISO Network Layer (OSLAN 1)",
        [24] = "Texas Instruments", [32] = "ISO Network Layer (unofficial?)", [52] = "ISO Network Layer (unofficial?)", [66] = "Spanning Tree BPDU",
        [78] = "EIA RS-511 Manufacturing Message Service", [84] = "ISO Network Layer (OSLAN 2)", [126] = "ISO 8208 (X.25 over 802.2)",
        [127] = "ISO 802.2", [128] = "XNS", [130] = "BACnet", [134] = "Nestar", [142] = "PROWAY (IEC955) Active Station List Maintenance",
        [152] = "ARP", [180] = "HP JetDirect Printer", [170] = "SNAP", [186] = "Banyan Vines", [188] = "Banyan Vines", [224] = "NetWare",
        [240] = "NetBIOS", [244] = "IBM Net Management", [248] = "HP Extended LLC", [250] = "Ungermann-Bass", [252] = "Remote Program Load",
        [254] = "ISO Network Layer", [255] = "Global LSAP",
    };

    /// <summary>llc.control.u_modifier_cmd (the modifier bits shifted down by two)</summary>
    public static IReadOnlyDictionary<ulong, string> UCommands { get; } = new Dictionary<ulong, string>
    {
        [0] = "Unnumbered Information", [8] = "Unnumbered Poll", [16] = "Disconnect", [24] = "Unnumbered Acknowledge",
        [32] = "Set Normal Response Mode", [56] = "Test", [1] = "Set Initialization Mode", [33] = "Frame reject", [49] = "Configure",
        [3] = "Set Asynchronous Response Mode", [11] = "Set Asynchronous Balanced Mode", [19] = "Set Asynchronous Response Mode Extended",
        [27] = "Set Asynchronous Balanced Mode Extended", [35] = "Reset", [43] = "Exchange identification",
        [51] = "Set Normal Response Mode Extended", [59] = "Beacon",
    };
}
