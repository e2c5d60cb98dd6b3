using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>The 802.11ax MU EDCA and Spatial Reuse parameter sets (extensions 38, 39), the HE 6 GHz band capabilities (59) and the AP's QoS Info, generated from tshark 4.0.17's -G fields/values.</summary>
public static class WlanHeParameterFields
{
    private static readonly Dictionary<ulong, string> TagHe6ghzCapInfB0B2Names = new() { [0] = "No restriction", [1] = "1/4 uS", [2] = "1/2 uS", [3] = "1 uS", [4] = "2 uS", [5] = "4 uS", [6] = "8 uS", [7] = "16 uS" };
    private static readonly Dictionary<ulong, string> TagHe6ghzCapInfB3B5Names = new() { [0] = "8 191", [1] = "16 383", [2] = "32 767", [3] = "65 535", [4] = "131 071", [5] = "262 143", [6] = "524 287", [7] = "1 048 575" };
    private static readonly Dictionary<ulong, string> TagHe6ghzCapInfB6B7Names = new() { [0] = "3 895", [1] = "7 991", [2] = "11 454", [3] = "Reserved" };
    private static readonly Dictionary<ulong, string> TagHe6ghzCapInfB9bB10Names = new() { [0] = "Static SM Power Save mode", [1] = "Dynamic SM Power Save mode", [2] = "Reserved", [3] = "SM Power Save disabled" };
    private static readonly Dictionary<ulong, string> ExtTagMuEdcaParameterSetAciNames = new() { [0] = "Best Effort", [1] = "Background", [2] = "Video", [3] = "Voice" };

    public static readonly FieldDef FixedQosinfoAp = new("wlan.fixed.qosinfo.ap", "QoS Information (AP)", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef FixedQosinfoApEdcaupdate = new("wlan.fixed.qosinfo.ap.edcaupdate", "EDCA Parameter Set Update Count", FieldType.UInt8, FieldBase.Hex, 0xF, description: "Enhanced Distributed Channel Access (EDCA) Parameter Set Update Count");
    public static readonly FieldDef FixedQosinfoApQack = new("wlan.fixed.qosinfo.ap.qack", "Q-Ack", FieldType.Boolean, FieldBase.None, 0x10, description: "QoS Ack") { Booleans = new("APs MIB attribute dot11QAckOptionImplemented is true", "APs MIB attribute dot11QAckOptionImplemented is false") };
    public static readonly FieldDef FixedQosinfoApQueueReq = new("wlan.fixed.qosinfo.ap.queue_req", "Queue Request", FieldType.Boolean, FieldBase.None, 0x20) { Booleans = new("AP can process a nonzero Queue Size subfield in the QoS Control field in QoS data frames", "AP cannot process a nonzero Queue Size subfield in the QoS Control field in QoS data frames") };
    public static readonly FieldDef FixedQosinfoApTxopreq = new("wlan.fixed.qosinfo.ap.txopreq", "TXOP Request", FieldType.Boolean, FieldBase.None, 0x40, description: "Transmit Opportunity (TXOP) Request") { Booleans = new("AP can process a nonzero TXOP Duration Requested subfield in the QoS Control field in QoS data frames", "AP cannot process a nonzero TXOP Duration Requested subfield in the QoS Control field in QoS data frames") };
    public static readonly FieldDef FixedQosinfoApMoreDataAck = new("wlan.fixed.qosinfo.ap.more_data_ack", "More Data Ack", FieldType.Boolean, FieldBase.None, 0x80);
    public static readonly FieldDef TagHe6ghzCapInf = new("wlan.tag.he_6ghz.cap_inf", "Capabilities Information", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef TagHe6ghzCapInfB0B2 = new("wlan.tag.he_6ghz.cap_inf.b0_b2", "Minimum MPDU Start Spacing", FieldType.UInt16, FieldBase.Hex, 0x7, valueNames: TagHe6ghzCapInfB0B2Names);
    public static readonly FieldDef TagHe6ghzCapInfB3B5 = new("wlan.tag.he_6ghz.cap_inf.b3_b5", "Maximum A-MPDU Length Exponent", FieldType.UInt16, FieldBase.Hex, 0x38, description: "Octets", valueNames: TagHe6ghzCapInfB3B5Names);
    public static readonly FieldDef TagHe6ghzCapInfB6B7 = new("wlan.tag.he_6ghz.cap_inf.b6_b7", "Maximum MPDU Length", FieldType.UInt16, FieldBase.Hex, 0xC0, description: "Octets", valueNames: TagHe6ghzCapInfB6B7Names);
    public static readonly FieldDef TagHe6ghzCapInfB8 = new("wlan.tag.he_6ghz.cap_inf.b8", "Reserved", FieldType.UInt16, FieldBase.Hex, 0x100);
    public static readonly FieldDef TagHe6ghzCapInfB9bB10 = new("wlan.tag.he_6ghz.cap_inf.b9b_b10", "SM Power Save", FieldType.UInt16, FieldBase.Hex, 0x600, valueNames: TagHe6ghzCapInfB9bB10Names);
    public static readonly FieldDef TagHe6ghzCapInfB11 = new("wlan.tag.he_6ghz.cap_inf.b11", "RD Responder", FieldType.Boolean, FieldBase.None, 0x800) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef TagHe6ghzCapInfB12 = new("wlan.tag.he_6ghz.cap_inf.b12", "Rx Antenna Pattern Consistency", FieldType.Boolean, FieldBase.None, 0x1000) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef TagHe6ghzCapInfB13 = new("wlan.tag.he_6ghz.cap_inf.b13", "Tx Antenna Pattern Consistency", FieldType.Boolean, FieldBase.None, 0x2000) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef TagHe6ghzCapInfB14B15 = new("wlan.tag.he_6ghz.cap_inf.b14_b15", "Reserved", FieldType.UInt16, FieldBase.Hex, 0xC000);
    public static readonly FieldDef ExtTagMuEdcaParameterSetAicAifsn = new("wlan.ext_tag.mu_edca_parameter_set.aic_aifsn", "AIC/AIFSN", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef ExtTagMuEdcaParameterSetAifsn = new("wlan.ext_tag.mu_edca_parameter_set.aifsn", "AIFSN", FieldType.UInt8, FieldBase.Dec, 0xF);
    public static readonly FieldDef ExtTagMuEdcaParameterSetAcm = new("wlan.ext_tag.mu_edca_parameter_set.acm", "Admission Control Mandatory", FieldType.Boolean, FieldBase.None, 0x10) { Booleans = new("Yes", "No") };
    public static readonly FieldDef ExtTagMuEdcaParameterSetAci = new("wlan.ext_tag.mu_edca_parameter_set.aci", "ACI", FieldType.UInt8, FieldBase.Dec, 0x60, valueNames: ExtTagMuEdcaParameterSetAciNames);
    public static readonly FieldDef ExtTagMuEdcaParameterSetReserved = new("wlan.ext_tag.mu_edca_parameter_set.reserved", "Reserved", FieldType.UInt8, FieldBase.Dec, 0x80, description: "Must be Zero");
    public static readonly FieldDef ExtTagMuEdcaParameterSetMuEdcaTimer = new("wlan.ext_tag.mu_edca_parameter_set.mu_edca_timer", "MU EDCA Timer", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef ExtTagMuEdcaParameterSetEcwminEcwmax = new("wlan.ext_tag.mu_edca_parameter_set.ecwmin_ecwmax", "ECWmin/ECWmax", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef ExtTagSpatialReuseSrControl = new("wlan.ext_tag.spatial_reuse.sr_control", "SR Control", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef ExtTagSpatialReuseSrControlSrpDis = new("wlan.ext_tag.spatial_reuse.sr_control.srp_dis", "SRP Disallowed", FieldType.Boolean, FieldBase.None, 0x1);
    public static readonly FieldDef ExtTagSpatialReuseSrControlNonSrgObssPdSrDis = new("wlan.ext_tag.spatial_reuse.sr_control.non_srg_obss_pd_sr_dis", "NON-SRG OBSS PD SR Disallowed", FieldType.Boolean, FieldBase.None, 0x2);
    public static readonly FieldDef ExtTagSpatialReuseSrControlNonSrgOfsPresent = new("wlan.ext_tag.spatial_reuse.sr_control.non_srg_ofs_present", "Non-SRG Offset Present", FieldType.Boolean, FieldBase.None, 0x4);
    public static readonly FieldDef ExtTagSpatialReuseSrControlSrgInfoPresent = new("wlan.ext_tag.spatial_reuse.sr_control.srg_info_present", "SRG Information Present", FieldType.Boolean, FieldBase.None, 0x8);
    public static readonly FieldDef ExtTagSpatialReuseSrControlHesigaVal15Allowed = new("wlan.ext_tag.spatial_reuse.sr_control.hesiga_val_15_allowed", "HESIGA Spatial Reuse value 15 allowed", FieldType.Boolean, FieldBase.None, 0x10);
    public static readonly FieldDef ExtTagSpatialReuseSrControlReserved = new("wlan.ext_tag.spatial_reuse.sr_control.reserved", "Reserved", FieldType.UInt8, FieldBase.Hex, 0xE0);
    public static readonly FieldDef ExtTagSpatialReuseNonSrgObssPdMaxOffset = new("wlan.ext_tag.spatial_reuse.non_srg_obss_pd_max_offset", "Non-SRG OBSS PD Max Offset", FieldType.Int8, FieldBase.Dec);
    public static readonly FieldDef ExtTagSpatialReuseSrgObssPdMinOffset = new("wlan.ext_tag.spatial_reuse.srg_obss_pd_min_offset", "SRG OBSS PD Min Offset", FieldType.Int8, FieldBase.Dec);
    public static readonly FieldDef ExtTagSpatialReuseSrgObssPdMaxOffset = new("wlan.ext_tag.spatial_reuse.srg_obss_pd_max_offset", "SRG OBSS PD Max Offset", FieldType.Int8, FieldBase.Dec);
    public static readonly FieldDef ExtTagSpatialReuseSrgBssColorBitmap = new("wlan.ext_tag.spatial_reuse.srg_bss_color_bitmap", "SRG BSS Color Bitmap", FieldType.Bytes);
    public static readonly FieldDef ExtTagSpatialReuseSrgPartialBssidBitmap = new("wlan.ext_tag.spatial_reuse.srg_partial_bssid_bitmap", "SRG Partial BSSID Bitmap", FieldType.Bytes);

    /// <summary>These fields in declaration order, for the protocol's declaration.</summary>
    public static FieldDef[] All { get; } =
    [
        FixedQosinfoAp, FixedQosinfoApEdcaupdate, FixedQosinfoApQack, FixedQosinfoApQueueReq, FixedQosinfoApTxopreq,
        FixedQosinfoApMoreDataAck, TagHe6ghzCapInf, TagHe6ghzCapInfB0B2, TagHe6ghzCapInfB3B5, TagHe6ghzCapInfB6B7, TagHe6ghzCapInfB8,
        TagHe6ghzCapInfB9bB10, TagHe6ghzCapInfB11, TagHe6ghzCapInfB12, TagHe6ghzCapInfB13, TagHe6ghzCapInfB14B15,
        ExtTagMuEdcaParameterSetAicAifsn, ExtTagMuEdcaParameterSetAifsn, ExtTagMuEdcaParameterSetAcm, ExtTagMuEdcaParameterSetAci,
        ExtTagMuEdcaParameterSetReserved, ExtTagMuEdcaParameterSetMuEdcaTimer, ExtTagMuEdcaParameterSetEcwminEcwmax,
        ExtTagSpatialReuseSrControl, ExtTagSpatialReuseSrControlSrpDis, ExtTagSpatialReuseSrControlNonSrgObssPdSrDis,
        ExtTagSpatialReuseSrControlNonSrgOfsPresent, ExtTagSpatialReuseSrControlSrgInfoPresent,
        ExtTagSpatialReuseSrControlHesigaVal15Allowed, ExtTagSpatialReuseSrControlReserved, ExtTagSpatialReuseNonSrgObssPdMaxOffset,
        ExtTagSpatialReuseSrgObssPdMinOffset, ExtTagSpatialReuseSrgObssPdMaxOffset, ExtTagSpatialReuseSrgBssColorBitmap,
        ExtTagSpatialReuseSrgPartialBssidBitmap,
    ];
}
