using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>The Extended Capabilities and RM Enabled Capabilities elements' bits, generated from tshark 4.0.17's -G fields/values.</summary>
public static class WlanCapabilityFields
{
    private static readonly Dictionary<ulong, string> ExtcapServIntGranularityNames = new() { [0] = "5 ms", [1] = "10 ms", [2] = "15 ms", [3] = "20 ms", [4] = "25 ms", [5] = "30 ms", [6] = "35 ms", [7] = "40 ms" };

    public static readonly FieldDef Rmcap = new("wlan.rmcap", "RM Capabilities", FieldType.UInt8, FieldBase.Hex, 0, description: "Signals support for radio measurements in a device");
    public static readonly FieldDef RmcapB0 = new("wlan.rmcap.b0", "Link Measurement", FieldType.Boolean, FieldBase.None, 0x1) { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef RmcapB1 = new("wlan.rmcap.b1", "Neighbor Report", FieldType.Boolean, FieldBase.None, 0x2) { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef RmcapB2 = new("wlan.rmcap.b2", "Parallel Measurements", FieldType.Boolean, FieldBase.None, 0x4) { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef RmcapB3 = new("wlan.rmcap.b3", "Repeated Measurements", FieldType.Boolean, FieldBase.None, 0x8) { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef RmcapB4 = new("wlan.rmcap.b4", "Beacon Passive Measurement", FieldType.Boolean, FieldBase.None, 0x10) { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef RmcapB5 = new("wlan.rmcap.b5", "Beacon Active Measurement", FieldType.Boolean, FieldBase.None, 0x20) { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef RmcapB6 = new("wlan.rmcap.b6", "Beacon Table Measurement", FieldType.Boolean, FieldBase.None, 0x40) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef RmcapB7 = new("wlan.rmcap.b7", "Beacon Measurement Reporting Conditions", FieldType.Boolean, FieldBase.None, 0x80) { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef RmcapB8 = new("wlan.rmcap.b8", "Frame Measurement", FieldType.Boolean, FieldBase.None, 0x1) { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef RmcapB9 = new("wlan.rmcap.b9", "Channel Load Measurement", FieldType.Boolean, FieldBase.None, 0x2) { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef RmcapB10 = new("wlan.rmcap.b10", "Noise Histogram Measurement", FieldType.Boolean, FieldBase.None, 0x4) { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef RmcapB11 = new("wlan.rmcap.b11", "Statistics Measurement", FieldType.Boolean, FieldBase.None, 0x8) { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef RmcapB12 = new("wlan.rmcap.b12", "LCI Measurement", FieldType.Boolean, FieldBase.None, 0x10) { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef RmcapB13 = new("wlan.rmcap.b13", "LCI Azimuth capability", FieldType.Boolean, FieldBase.None, 0x20) { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef RmcapB14 = new("wlan.rmcap.b14", "Transmit Stream/Category Measurement", FieldType.Boolean, FieldBase.None, 0x40) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef RmcapB15 = new("wlan.rmcap.b15", "Triggered Transmit Stream/Category Measurement", FieldType.Boolean, FieldBase.None, 0x80) { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef RmcapB16 = new("wlan.rmcap.b16", "AP Channel Report capability", FieldType.Boolean, FieldBase.None, 0x1) { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef RmcapB17 = new("wlan.rmcap.b17", "RM MIB capability", FieldType.Boolean, FieldBase.None, 0x2) { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef RmcapB18to20 = new("wlan.rmcap.b18to20", "Operating Channel Max Measurement Duration", FieldType.UInt8, FieldBase.Dec, 0x1C);
    public static readonly FieldDef RmcapB21to23 = new("wlan.rmcap.b21to23", "Nonoperating Channel Max Measurement Duration", FieldType.UInt8, FieldBase.Dec, 0xE0);
    public static readonly FieldDef RmcapB24to26 = new("wlan.rmcap.b24to26", "Measurement Pilotcapability", FieldType.UInt8, FieldBase.Dec, 0x7);
    public static readonly FieldDef RmcapB27 = new("wlan.rmcap.b27", "Measurement Pilot Transmission Information", FieldType.Boolean, FieldBase.None, 0x8) { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef RmcapB28 = new("wlan.rmcap.b28", "Neighbor Report TSF Offset", FieldType.Boolean, FieldBase.None, 0x10) { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef RmcapB29 = new("wlan.rmcap.b29", "RCPI Measurement capability", FieldType.Boolean, FieldBase.None, 0x20) { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef RmcapB30 = new("wlan.rmcap.b30", "RSNI Measurement capability", FieldType.Boolean, FieldBase.None, 0x40) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef RmcapB31 = new("wlan.rmcap.b31", "BSS Average Access Delay capability", FieldType.Boolean, FieldBase.None, 0x80) { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef RmcapB32 = new("wlan.rmcap.b32", "BSS Available Admission Capacity capability", FieldType.Boolean, FieldBase.None, 0x1) { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef RmcapB33 = new("wlan.rmcap.b33", "Antenna capability", FieldType.Boolean, FieldBase.None, 0x2) { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef RmcapB34 = new("wlan.rmcap.b34", "FTM Range Report Capability", FieldType.Boolean, FieldBase.None, 0x4) { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef RmcapB35 = new("wlan.rmcap.b35", "Civic Location Measurement Capability", FieldType.Boolean, FieldBase.None, 0x8) { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef RmcapO5 = new("wlan.rmcap.o5", "Reserved", FieldType.UInt8, FieldBase.Hex, 0xF0, description: "Must be zero");
    public static readonly FieldDef Extcap = new("wlan.extcap", "Extended Capabilities", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef ExtcapB0 = new("wlan.extcap.b0", "20/40 BSS Coexistence Management Support", FieldType.Boolean, FieldBase.None, 0x1, description: "HT Information Exchange Support") { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB1 = new("wlan.extcap.b1", "Reserved (was On-demand beacon)", FieldType.UInt8, FieldBase.Hex, 0x2, description: "Must be zero");
    public static readonly FieldDef ExtcapB2 = new("wlan.extcap.b2", "Extended Channel Switching", FieldType.Boolean, FieldBase.None, 0x4) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB3 = new("wlan.extcap.b3", "Reserved (was WAVE indication)", FieldType.UInt8, FieldBase.Hex, 0x8, description: "Must be zero");
    public static readonly FieldDef ExtcapB4 = new("wlan.extcap.b4", "PSMP Capability", FieldType.Boolean, FieldBase.None, 0x10) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB5 = new("wlan.extcap.b5", "Reserved", FieldType.UInt8, FieldBase.Hex, 0x20, description: "Must be zero");
    public static readonly FieldDef ExtcapB6 = new("wlan.extcap.b6", "S-PSMP Support", FieldType.Boolean, FieldBase.None, 0x40) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB7 = new("wlan.extcap.b7", "Event", FieldType.Boolean, FieldBase.None, 0x80) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB8 = new("wlan.extcap.b8", "Diagnostics", FieldType.Boolean, FieldBase.None, 0x1) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB9 = new("wlan.extcap.b9", "Multicast Diagnostics", FieldType.Boolean, FieldBase.None, 0x2) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB10 = new("wlan.extcap.b10", "Location Tracking", FieldType.Boolean, FieldBase.None, 0x4) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB11 = new("wlan.extcap.b11", "FMS", FieldType.Boolean, FieldBase.None, 0x8) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB12 = new("wlan.extcap.b12", "Proxy ARP Service", FieldType.Boolean, FieldBase.None, 0x10) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB13 = new("wlan.extcap.b13", "Collocated Interference Reporting", FieldType.Boolean, FieldBase.None, 0x20) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB14 = new("wlan.extcap.b14", "Civic Location", FieldType.Boolean, FieldBase.None, 0x40) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB15 = new("wlan.extcap.b15", "Geospatial Location", FieldType.Boolean, FieldBase.None, 0x80) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB16 = new("wlan.extcap.b16", "TFS", FieldType.Boolean, FieldBase.None, 0x1) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB17 = new("wlan.extcap.b17", "WNM Sleep Mode", FieldType.Boolean, FieldBase.None, 0x2) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB18 = new("wlan.extcap.b18", "TIM Broadcast", FieldType.Boolean, FieldBase.None, 0x4) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB19 = new("wlan.extcap.b19", "BSS Transition", FieldType.Boolean, FieldBase.None, 0x8) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB20 = new("wlan.extcap.b20", "QoS Traffic Capability", FieldType.Boolean, FieldBase.None, 0x10) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB21 = new("wlan.extcap.b21", "AC Station Count", FieldType.Boolean, FieldBase.None, 0x20) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB22 = new("wlan.extcap.b22", "Multiple BSSID", FieldType.Boolean, FieldBase.None, 0x40) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB23 = new("wlan.extcap.b23", "Timing Measurement", FieldType.Boolean, FieldBase.None, 0x80) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB24 = new("wlan.extcap.b24", "Channel Usage", FieldType.Boolean, FieldBase.None, 0x1) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB25 = new("wlan.extcap.b25", "SSID List", FieldType.Boolean, FieldBase.None, 0x2) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB26 = new("wlan.extcap.b26", "DMS", FieldType.Boolean, FieldBase.None, 0x4) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB27 = new("wlan.extcap.b27", "UTC TSF Offset", FieldType.Boolean, FieldBase.None, 0x8) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB28 = new("wlan.extcap.b28", "TPU Buffer STA Support", FieldType.Boolean, FieldBase.None, 0x10) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB29 = new("wlan.extcap.b29", "TDLS Peer PSM Support", FieldType.Boolean, FieldBase.None, 0x20) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB30 = new("wlan.extcap.b30", "TDLS channel switching", FieldType.Boolean, FieldBase.None, 0x40) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB31 = new("wlan.extcap.b31", "Interworking", FieldType.Boolean, FieldBase.None, 0x80) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB32 = new("wlan.extcap.b32", "QoS Map", FieldType.Boolean, FieldBase.None, 0x1) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB33 = new("wlan.extcap.b33", "EBR", FieldType.Boolean, FieldBase.None, 0x2) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB34 = new("wlan.extcap.b34", "SSPN Interface", FieldType.Boolean, FieldBase.None, 0x4) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB35 = new("wlan.extcap.b35", "Reserved", FieldType.UInt8, FieldBase.Hex, 0x8, description: "Must be zero");
    public static readonly FieldDef ExtcapB36 = new("wlan.extcap.b36", "MSGCF Capability", FieldType.Boolean, FieldBase.None, 0x10) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB37 = new("wlan.extcap.b37", "TDLS Support", FieldType.Boolean, FieldBase.None, 0x20) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB38 = new("wlan.extcap.b38", "TDLS Prohibited", FieldType.Boolean, FieldBase.None, 0x40) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB39 = new("wlan.extcap.b39", "TDLS Channel Switching Prohibited", FieldType.Boolean, FieldBase.None, 0x80) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB40 = new("wlan.extcap.b40", "Reject Unadmitted Frame", FieldType.Boolean, FieldBase.None, 0x1) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapServIntGranularity = new("wlan.extcap.serv_int_granularity", "Service Interval Granularity", FieldType.UInt8, FieldBase.Dec, 0xE, valueNames: ExtcapServIntGranularityNames);
    public static readonly FieldDef ExtcapB44 = new("wlan.extcap.b44", "Identifier Location", FieldType.Boolean, FieldBase.None, 0x10) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB45 = new("wlan.extcap.b45", "U-APSD Coexistence", FieldType.Boolean, FieldBase.None, 0x20) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB46 = new("wlan.extcap.b46", "WNM Notification", FieldType.Boolean, FieldBase.None, 0x40) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB47 = new("wlan.extcap.b47", "QAB Capability", FieldType.UInt8, FieldBase.Hex, 0x80, description: "AP supports QAB");
    public static readonly FieldDef ExtcapB48 = new("wlan.extcap.b48", "UTF-8 SSID", FieldType.Boolean, FieldBase.None, 0x1, description: "The SSID in this BSS is interpreted using UTF-8 encoding") { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB49 = new("wlan.extcap.b49", "QMF Activated", FieldType.Boolean, FieldBase.None, 0x2);
    public static readonly FieldDef ExtcapB50 = new("wlan.extcap.b50", "QMF Reconfiguration Activated", FieldType.Boolean, FieldBase.None, 0x4);
    public static readonly FieldDef ExtcapB51 = new("wlan.extcap.b51", "Robust AV Streaming", FieldType.Boolean, FieldBase.None, 0x8);
    public static readonly FieldDef ExtcapB52 = new("wlan.extcap.b52", "Advanced GCR", FieldType.Boolean, FieldBase.None, 0x10);
    public static readonly FieldDef ExtcapB53 = new("wlan.extcap.b53", "Mesh GCR", FieldType.Boolean, FieldBase.None, 0x20);
    public static readonly FieldDef ExtcapB54 = new("wlan.extcap.b54", "SCS", FieldType.Boolean, FieldBase.None, 0x40);
    public static readonly FieldDef ExtcapB55 = new("wlan.extcap.b55", "QLoad Report", FieldType.Boolean, FieldBase.None, 0x80);
    public static readonly FieldDef ExtcapB56 = new("wlan.extcap.b56", "Alternate EDCA", FieldType.Boolean, FieldBase.None, 0x1);
    public static readonly FieldDef ExtcapB57 = new("wlan.extcap.b57", "Unprotected TXOP Negotiation", FieldType.Boolean, FieldBase.None, 0x2);
    public static readonly FieldDef ExtcapB58 = new("wlan.extcap.b58", "Protected TXOP Negotiation", FieldType.Boolean, FieldBase.None, 0x4);
    public static readonly FieldDef ExtcapB59 = new("wlan.extcap.b59", "Reserved", FieldType.UInt8, FieldBase.Hex, 0x8);
    public static readonly FieldDef ExtcapB60 = new("wlan.extcap.b60", "Protected QLoad Report", FieldType.Boolean, FieldBase.None, 0x10);
    public static readonly FieldDef ExtcapB61 = new("wlan.extcap.b61", "TDLS Wider Bandwidth", FieldType.Boolean, FieldBase.None, 0x20) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB62 = new("wlan.extcap.b62", "Operating Mode Notification", FieldType.Boolean, FieldBase.None, 0x40) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef ExtcapB63 = new("wlan.extcap.b63", "Max Number Of MSDUs In A-MSDU", FieldType.UInt8, FieldBase.Dec, 0x80, description: "Part 1 (bit63)");
    public static readonly FieldDef ExtcapB65 = new("wlan.extcap.b65", "Channel Schedule Management", FieldType.Boolean, FieldBase.None, 0x200);
    public static readonly FieldDef ExtcapB66 = new("wlan.extcap.b66", "Geodatabase Inband Enabling Signal", FieldType.Boolean, FieldBase.None, 0x400);
    public static readonly FieldDef ExtcapB67 = new("wlan.extcap.b67", "Network Channel Control", FieldType.Boolean, FieldBase.None, 0x800);
    public static readonly FieldDef ExtcapB68 = new("wlan.extcap.b68", "White Space Map", FieldType.Boolean, FieldBase.None, 0x1000);
    public static readonly FieldDef ExtcapB69 = new("wlan.extcap.b69", "Channel Availability Query", FieldType.Boolean, FieldBase.None, 0x2000);
    public static readonly FieldDef ExtcapB70 = new("wlan.extcap.b70", "Fine Timing Measurement Responder", FieldType.Boolean, FieldBase.None, 0x4000);
    public static readonly FieldDef ExtcapB71 = new("wlan.extcap.b71", "Fine Timing Measurement Initiator", FieldType.Boolean, FieldBase.None, 0x8000);
    public static readonly FieldDef ExtcapB72 = new("wlan.extcap.b72", "FILS Capable", FieldType.Boolean, FieldBase.None, 0x1);
    public static readonly FieldDef ExtcapB73 = new("wlan.extcap.b73", "Extended Spectrum Management Capable", FieldType.Boolean, FieldBase.None, 0x2);
    public static readonly FieldDef ExtcapB74 = new("wlan.extcap.b74", "Future Channel Capable", FieldType.Boolean, FieldBase.None, 0x4);
    public static readonly FieldDef ExtcapB75 = new("wlan.extcap.b75", "Reserved", FieldType.UInt8, FieldBase.Hex, 0x8);
    public static readonly FieldDef ExtcapB76 = new("wlan.extcap.b76", "Reserved", FieldType.UInt8, FieldBase.Hex, 0x10);
    public static readonly FieldDef ExtcapB77 = new("wlan.extcap.b77", "TWT Requester Support", FieldType.Boolean, FieldBase.None, 0x20);
    public static readonly FieldDef ExtcapB78 = new("wlan.extcap.b78", "TWT Responder Support", FieldType.Boolean, FieldBase.None, 0x40);
    public static readonly FieldDef ExtcapB79 = new("wlan.extcap.b79", "OBSS Narrow Bandwidth RU in UL OFDMA Tolerance Support", FieldType.Boolean, FieldBase.None, 0x80);
    public static readonly FieldDef ExtcapB80 = new("wlan.extcap.b80", "Complete List of NonTxBSSID Profiles", FieldType.Boolean, FieldBase.None, 0x1);
    public static readonly FieldDef ExtcapB81 = new("wlan.extcap.b81", "SAE Password Identifiers In Use", FieldType.Boolean, FieldBase.None, 0x2);
    public static readonly FieldDef ExtcapB82 = new("wlan.extcap.b82", "SAE Passwords Used Exclusively", FieldType.Boolean, FieldBase.None, 0x4);
    public static readonly FieldDef ExtcapB83 = new("wlan.extcap.b83", "Enhanced Multi-BSSID Advertisement Support", FieldType.Boolean, FieldBase.None, 0x8);
    public static readonly FieldDef ExtcapB84 = new("wlan.extcap.b84", "Beacon Protection Enabled", FieldType.Boolean, FieldBase.None, 0x10);
    public static readonly FieldDef ExtcapB85 = new("wlan.extcap.b85", "Mirrored SCS", FieldType.Boolean, FieldBase.None, 0x20);
    public static readonly FieldDef ExtcapB86 = new("wlan.extcap.b86", "OCT", FieldType.Boolean, FieldBase.None, 0x40);
    public static readonly FieldDef ExtcapB87 = new("wlan.extcap.b87", "Reserved", FieldType.UInt8, FieldBase.Hex, 0x80);
    public static readonly FieldDef ExtcapB88 = new("wlan.extcap.b88", "SAE-PK Passwords Used Exclusively", FieldType.Boolean, FieldBase.None, 0x1);
    public static readonly FieldDef ExtcapB89 = new("wlan.extcap.b89", "TWT Parameters Range Support", FieldType.UInt8, FieldBase.Hex, 0x2);
    public static readonly FieldDef ExtcapB90 = new("wlan.extcap.b90", "non-TB Ranging Responder", FieldType.Boolean, FieldBase.None, 0x4);
    public static readonly FieldDef ExtcapB91 = new("wlan.extcap.b91", "TB Ranging Responder", FieldType.Boolean, FieldBase.None, 0x8);
    public static readonly FieldDef ExtcapB92 = new("wlan.extcap.b92", "TB Ranging Responder Measurement Support", FieldType.Boolean, FieldBase.None, 0x10);
    public static readonly FieldDef ExtcapB93 = new("wlan.extcap.b93", "TB Ranging Initiator Measurement Support", FieldType.Boolean, FieldBase.None, 0x20);
    public static readonly FieldDef ExtcapB94 = new("wlan.extcap.b94", "AOA Measurement Available", FieldType.Boolean, FieldBase.None, 0x40);
    public static readonly FieldDef ExtcapB95 = new("wlan.extcap.b95", "Phase Shift Feedback Support", FieldType.Boolean, FieldBase.None, 0x80);
    public static readonly FieldDef ExtcapDmgLocation = new("wlan.extcap.dmg_location", "DMG/location supporting APs in the area", FieldType.Boolean, FieldBase.None, 0x1);
    public static readonly FieldDef ExtcapI2rLmrFeedbackPolicy = new("wlan.extcap.i2r_lmr_feedback_policy", "I2R LMR Feedback Policy", FieldType.Boolean, FieldBase.None, 0x2);
    public static readonly FieldDef ExtcapReserved2 = new("wlan.extcap.reserved2", "Reserved", FieldType.UInt8, FieldBase.Hex, 0xFC);

    /// <summary>These fields in declaration order, for the protocol's declaration.</summary>
    public static FieldDef[] All { get; } =
    [
        Rmcap, RmcapB0, RmcapB1, RmcapB2, RmcapB3, RmcapB4, RmcapB5, RmcapB6, RmcapB7, RmcapB8, RmcapB9, RmcapB10, RmcapB11, RmcapB12,
        RmcapB13, RmcapB14, RmcapB15, RmcapB16, RmcapB17, RmcapB18to20, RmcapB21to23, RmcapB24to26, RmcapB27, RmcapB28, RmcapB29, RmcapB30,
        RmcapB31, RmcapB32, RmcapB33, RmcapB34, RmcapB35, RmcapO5, Extcap, ExtcapB0, ExtcapB1, ExtcapB2, ExtcapB3, ExtcapB4, ExtcapB5,
        ExtcapB6, ExtcapB7, ExtcapB8, ExtcapB9, ExtcapB10, ExtcapB11, ExtcapB12, ExtcapB13, ExtcapB14, ExtcapB15, ExtcapB16, ExtcapB17,
        ExtcapB18, ExtcapB19, ExtcapB20, ExtcapB21, ExtcapB22, ExtcapB23, ExtcapB24, ExtcapB25, ExtcapB26, ExtcapB27, ExtcapB28, ExtcapB29,
        ExtcapB30, ExtcapB31, ExtcapB32, ExtcapB33, ExtcapB34, ExtcapB35, ExtcapB36, ExtcapB37, ExtcapB38, ExtcapB39, ExtcapB40,
        ExtcapServIntGranularity, ExtcapB44, ExtcapB45, ExtcapB46, ExtcapB47, ExtcapB48, ExtcapB49, ExtcapB50, ExtcapB51, ExtcapB52,
        ExtcapB53, ExtcapB54, ExtcapB55, ExtcapB56, ExtcapB57, ExtcapB58, ExtcapB59, ExtcapB60, ExtcapB61, ExtcapB62, ExtcapB63, ExtcapB65,
        ExtcapB66, ExtcapB67, ExtcapB68, ExtcapB69, ExtcapB70, ExtcapB71, ExtcapB72, ExtcapB73, ExtcapB74, ExtcapB75, ExtcapB76, ExtcapB77,
        ExtcapB78, ExtcapB79, ExtcapB80, ExtcapB81, ExtcapB82, ExtcapB83, ExtcapB84, ExtcapB85, ExtcapB86, ExtcapB87, ExtcapB88, ExtcapB89,
        ExtcapB90, ExtcapB91, ExtcapB92, ExtcapB93, ExtcapB94, ExtcapB95, ExtcapDmgLocation, ExtcapI2rLmrFeedbackPolicy, ExtcapReserved2,
    ];
}
