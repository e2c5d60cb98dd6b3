using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>Vendor Specific elements' fields: the Wi-Fi Alliance/Microsoft WMM/WME and WPA elements, generated from tshark 4.0.17's -G fields/values.</summary>
public static class WlanVendorFields
{
    private static readonly Dictionary<ulong, string> WfaIeTypeNames = new() { [1] = "WPA Information Element", [2] = "WMM/WME", [4] = "WPS" };
    private static readonly Dictionary<ulong, string> WfaIeWpaMcsTypeNames = new() { [0] = "NONE", [1] = "WEP (40-bit)", [2] = "TKIP", [3] = "AES (OCB)", [4] = "AES (CCM)", [5] = "WEP (104-bit)", [6] = "BIP", [7] = "Group addressed traffic not allowed" };
    private static readonly Dictionary<ulong, string> WfaIeWpaTypeNames = new() { [0] = "NONE", [1] = "WPA", [2] = "PSK", [3] = "FT over IEEE 802.1X", [4] = "FT using PSK", [5] = "WPA (SHA256)", [6] = "PSK (SHA256)", [7] = "TDLS / TPK Handshake" };
    private static readonly Dictionary<ulong, string> WfaIeWmeSubtypeNames = new() { [0] = "Information Element", [1] = "Parameter Element", [2] = "TSPEC Element" };
    private static readonly Dictionary<ulong, string> WfaIeWmeQosInfoStaMaxSpLengthNames = new() { [0] = "WMM AP may deliver all buffered frames (MSDUs and MMPDUs)", [1] = "WMM AP may deliver a maximum of 2 buffered frames (MSDUs and MMPDUs) per USP", [2] = "WMM AP may deliver a maximum of 4 buffered frames (MSDUs and MMPDUs) per USP", [3] = "WMM AP may deliver a maximum of 6 buffered frames (MSDUs and MMPDUs) per USP" };
    private static readonly Dictionary<ulong, string> WfaIeWmeAcpAciNames = new() { [0] = "Best Effort", [1] = "Background", [2] = "Video", [3] = "Voice" };

    public static readonly FieldDef WfaIeType = new("wlan.wfa.ie.type", "Type", FieldType.UInt8, FieldBase.Hex, 0, valueNames: WfaIeTypeNames);
    public static readonly FieldDef WfaIeWpaVersion = new("wlan.wfa.ie.wpa.version", "WPA Version", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef WfaIeWpaMcs = new("wlan.wfa.ie.wpa.mcs", "Multicast Cipher Suite", FieldType.UInt32, FieldBase.Custom, 0, description: "Contains the cipher suite selector used by the BSS to protect broadcast/multicasttraffic");
    public static readonly FieldDef WfaIeWpaMcsOui = new("wlan.wfa.ie.wpa.mcs.oui", "Multicast Cipher Suite OUI", FieldType.UInt24, FieldBase.Oui);
    public static readonly FieldDef WfaIeWpaMcsType = new("wlan.wfa.ie.wpa.mcs.type", "Multicast Cipher Suite type", FieldType.UInt8, FieldBase.Dec, 0, valueNames: WfaIeWpaMcsTypeNames);
    public static readonly FieldDef WfaIeWpaUcsCount = new("wlan.wfa.ie.wpa.ucs.count", "Unicast Cipher Suite Count", FieldType.UInt16, FieldBase.Dec, 0, description: "Indicates the number of pairwise cipher suite selectors that are contained in the Unicast Cipher Suite List");
    public static readonly FieldDef WfaIeWpaUcsList = new("wlan.wfa.ie.wpa.ucs.list", "Unicast Cipher Suite List", FieldType.None, null, description: "Contains a series of cipher suite selectors that indicate the Unicast cipher suites");
    public static readonly FieldDef WfaIeWpaUcs = new("wlan.wfa.ie.wpa.ucs", "Unicast Cipher Suite", FieldType.UInt32, FieldBase.Custom);
    public static readonly FieldDef WfaIeWpaUcsOui = new("wlan.wfa.ie.wpa.ucs.oui", "Unicast Cipher Suite OUI", FieldType.UInt24, FieldBase.Oui);
    public static readonly FieldDef WfaIeWpaUcsType = new("wlan.wfa.ie.wpa.ucs.type", "Unicast Cipher Suite type", FieldType.UInt8, FieldBase.Dec, 0, valueNames: WfaIeWpaMcsTypeNames);
    public static readonly FieldDef WfaIeWpaAkmsCount = new("wlan.wfa.ie.wpa.akms.count", "Auth Key Management (AKM) Suite Count", FieldType.UInt16, FieldBase.Dec, 0, description: "Indicates the number of Auth Key Management suite selectors that are contained in the Auth Key Management Suite List");
    public static readonly FieldDef WfaIeWpaAkmsList = new("wlan.wfa.ie.wpa.akms.list", "Auth Key Management (AKM) List", FieldType.None, null, description: "Contains a series of cipher suite selectors that indicate the AKM suites");
    public static readonly FieldDef WfaIeWpaAkms = new("wlan.wfa.ie.wpa.akms", "Auth Key Management (AKM) Suite", FieldType.UInt32, FieldBase.Custom);
    public static readonly FieldDef WfaIeWpaAkmsOui = new("wlan.wfa.ie.wpa.akms.oui", "Auth Key Management (AKM) OUI", FieldType.UInt24, FieldBase.Oui);
    public static readonly FieldDef WfaIeWpaAkmsType = new("wlan.wfa.ie.wpa.akms.type", "Auth Key Management (AKM) type", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef WfaIeWpaType = new("wlan.wfa.ie.wpa.type", "Auth Key Management (AKM) type", FieldType.UInt8, FieldBase.Dec, 0, valueNames: WfaIeWpaTypeNames);
    public static readonly FieldDef WfaIeWmeSubtype = new("wlan.wfa.ie.wme.subtype", "WME Subtype", FieldType.UInt8, FieldBase.Dec, 0, valueNames: WfaIeWmeSubtypeNames);
    public static readonly FieldDef WfaIeWmeVersion = new("wlan.wfa.ie.wme.version", "WME Version", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef WfaIeWmeQosInfo = new("wlan.wfa.ie.wme.qos_info", "WME QoS Info", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef WfaIeWmeQosInfoStaMaxSpLength = new("wlan.wfa.ie.wme.qos_info.sta.max_sp_length", "Max SP Length", FieldType.UInt8, FieldBase.Hex, 0x60, valueNames: WfaIeWmeQosInfoStaMaxSpLengthNames);
    public static readonly FieldDef WfaIeWmeQosInfoStaAcBe = new("wlan.wfa.ie.wme.qos_info.sta.ac_be", "AC_BE", FieldType.Boolean, FieldBase.None, 0x8) { Booleans = new("WMM delivery and trigger enabled", "non-WMM PS") };
    public static readonly FieldDef WfaIeWmeQosInfoStaAcBk = new("wlan.wfa.ie.wme.qos_info.sta.ac_bk", "AC_BK", FieldType.Boolean, FieldBase.None, 0x4) { Booleans = new("WMM delivery and trigger enabled", "non-WMM PS") };
    public static readonly FieldDef WfaIeWmeQosInfoStaAcVi = new("wlan.wfa.ie.wme.qos_info.sta.ac_vi", "AC_VI", FieldType.Boolean, FieldBase.None, 0x2) { Booleans = new("WMM delivery and trigger enabled", "non-WMM PS") };
    public static readonly FieldDef WfaIeWmeQosInfoStaAcVo = new("wlan.wfa.ie.wme.qos_info.sta.ac_vo", "AC_VO", FieldType.Boolean, FieldBase.None, 0x1) { Booleans = new("WMM delivery and trigger enabled", "non-WMM PS") };
    public static readonly FieldDef WfaIeWmeQosInfoStaReserved = new("wlan.wfa.ie.wme.qos_info.sta.reserved", "Reserved", FieldType.UInt8, FieldBase.Hex, 0x90, description: "Must Be Zero");
    public static readonly FieldDef WfaIeWmeQosInfoApUApsd = new("wlan.wfa.ie.wme.qos_info.ap.u_apsd", "U-APSD", FieldType.Boolean, FieldBase.None, 0x80, description: "Indicates the WMM AP is currently supporting unscheduled automatic power save delivery") { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef WfaIeWmeQosInfoApParameterSetCount = new("wlan.wfa.ie.wme.qos_info.ap.parameter_set_count", "Parameter Set Count", FieldType.UInt8, FieldBase.Hex, 0xF);
    public static readonly FieldDef WfaIeWmeQosInfoApReserved = new("wlan.wfa.ie.wme.qos_info.ap.reserved", "Reserved", FieldType.UInt8, FieldBase.Hex, 0x70, description: "Must Be Zero");
    public static readonly FieldDef WfaIeWmeReserved = new("wlan.wfa.ie.wme.reserved", "Reserved", FieldType.Bytes, null, description: "Must Be Zero");
    public static readonly FieldDef WfaIeWmeAcp = new("wlan.wfa.ie.wme.acp", "Ac Parameters", FieldType.None);
    public static readonly FieldDef WfaIeWmeAcpAciAifsn = new("wlan.wfa.ie.wme.acp.aci_aifsn", "ACI / AIFSN Field", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef WfaIeWmeAcpAci = new("wlan.wfa.ie.wme.acp.aci", "ACI", FieldType.UInt8, FieldBase.Dec, 0x60, valueNames: WfaIeWmeAcpAciNames);
    public static readonly FieldDef WfaIeWmeAcpAcm = new("wlan.wfa.ie.wme.acp.acm", "Admission Control Mandatory", FieldType.Boolean, FieldBase.None, 0x10) { Booleans = new("Yes", "No") };
    public static readonly FieldDef WfaIeWmeAcpAifsn = new("wlan.wfa.ie.wme.acp.aifsn", "AIFSN", FieldType.UInt8, FieldBase.Dec, 0xF);
    public static readonly FieldDef WfaIeWmeAcpReserved = new("wlan.wfa.ie.wme.acp.reserved", "Reserved", FieldType.UInt8, FieldBase.Dec, 0x80, description: "Must be Zero");
    public static readonly FieldDef WfaIeWmeAcpEcw = new("wlan.wfa.ie.wme.acp.ecw", "ECW", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef WfaIeWmeAcpEcwMax = new("wlan.wfa.ie.wme.acp.ecw.max", "ECW Max", FieldType.UInt8, FieldBase.Dec, 0xF0);
    public static readonly FieldDef WfaIeWmeAcpEcwMin = new("wlan.wfa.ie.wme.acp.ecw.min", "ECW Min", FieldType.UInt8, FieldBase.Dec, 0xF);
    public static readonly FieldDef WfaIeWmeAcpCwMax = new("wlan.wfa.ie.wme.acp.cw.max", "CW Max", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef WfaIeWmeAcpCwMin = new("wlan.wfa.ie.wme.acp.cw.min", "CW Min", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef WfaIeWmeAcpTxopLimit = new("wlan.wfa.ie.wme.acp.txop_limit", "TXOP Limit", FieldType.UInt16, FieldBase.Dec);

    /// <summary>These fields in declaration order, for the protocol's declaration.</summary>
    public static FieldDef[] All { get; } =
    [
        WfaIeType, WfaIeWpaVersion, WfaIeWpaMcs, WfaIeWpaMcsOui, WfaIeWpaMcsType, WfaIeWpaUcsCount, WfaIeWpaUcsList, WfaIeWpaUcs,
        WfaIeWpaUcsOui, WfaIeWpaUcsType, WfaIeWpaAkmsCount, WfaIeWpaAkmsList, WfaIeWpaAkms, WfaIeWpaAkmsOui, WfaIeWpaAkmsType, WfaIeWpaType,
        WfaIeWmeSubtype, WfaIeWmeVersion, WfaIeWmeQosInfo, WfaIeWmeQosInfoStaMaxSpLength, WfaIeWmeQosInfoStaAcBe, WfaIeWmeQosInfoStaAcBk,
        WfaIeWmeQosInfoStaAcVi, WfaIeWmeQosInfoStaAcVo, WfaIeWmeQosInfoStaReserved, WfaIeWmeQosInfoApUApsd,
        WfaIeWmeQosInfoApParameterSetCount, WfaIeWmeQosInfoApReserved, WfaIeWmeReserved, WfaIeWmeAcp, WfaIeWmeAcpAciAifsn, WfaIeWmeAcpAci,
        WfaIeWmeAcpAcm, WfaIeWmeAcpAifsn, WfaIeWmeAcpReserved, WfaIeWmeAcpEcw, WfaIeWmeAcpEcwMax, WfaIeWmeAcpEcwMin, WfaIeWmeAcpCwMax,
        WfaIeWmeAcpCwMin, WfaIeWmeAcpTxopLimit,
    ];
}
