using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>The 802.11ax HE Operation element's fields (element extension 36), generated from tshark 4.0.17's -G fields/values.</summary>
public static class WlanHeFields
{
    private static readonly Dictionary<ulong, string> HeOperation6ghzControlChannelWidthNames = new() { [0] = "20MHz", [1] = "40MHZ", [2] = "80MHz", [3] = "160MHz or 80MHz+80MHz" };
    private static readonly Dictionary<ulong, string> HeOperationMaxHeMcsFor1SsNames = new() { [0] = "Support for HE-MCS 0-7", [1] = "Support for HE-MCS 0-9", [2] = "Support for HE-MCS 0-11", [3] = "Not supported for HE PPDUs" };
    private static readonly Dictionary<ulong, string> HeOperationVhtOpInfoChannelWidthNames = new() { [0] = "20 MHz or 40 MHz BSS Bandwidth", [1] = "80 MHz, 160 MHz or 80+80 MHz BSS Bandwidth", [2] = "160 MHz BSS Bandwidth (deprecated)", [3] = "Non-contiguous 80+80 MHz BSS Bandwidth (deprecated)" };

    public static readonly FieldDef HeOperationDefaultPeDuration = new("wlan.ext_tag.he_operation.default_pe_duration", "Default PE Duration", FieldType.UInt24, FieldBase.Dec, 0x7);
    public static readonly FieldDef HeOperationTwtRequired = new("wlan.ext_tag.he_operation.twt_required", "TWT Required", FieldType.Boolean, FieldBase.None, 0x8) { Booleans = new("Required", "Not required"), BitWidth = 24 };
    public static readonly FieldDef HeOperationTxopDurationRtsThresh = new("wlan.ext_tag.he_operation.txop_duration_rts_thresh", "TXOP Duration RTS Threshold", FieldType.UInt24, FieldBase.Dec, 0x3FF0);
    public static readonly FieldDef HeOperationVhtOpInfoPresent = new("wlan.ext_tag.he_operation.vht_op_info_present", "VHT Operation Information Present", FieldType.Boolean, FieldBase.None, 0x4000) { BitWidth = 24 };
    public static readonly FieldDef HeOperationCoHostedBss = new("wlan.ext_tag.he_operation.co_hosted_bss", "Co-Hosted BSS", FieldType.Boolean, FieldBase.None, 0x8000) { BitWidth = 24 };
    public static readonly FieldDef HeOperationErSuDisable = new("wlan.ext_tag.he_operation.er_su_disable", "ER SU Disable", FieldType.Boolean, FieldBase.None, 0x10000);
    public static readonly FieldDef HeOperation6ghzOperationInformationPresent = new("wlan.ext_tag.he_operation.6ghz_operation_information_present", "6 GHz Operation Information Present", FieldType.Boolean, FieldBase.None, 0x20000);
    public static readonly FieldDef HeOperationReservedB16B32 = new("wlan.ext_tag.he_operation.reserved_b16_b32", "Reserved", FieldType.UInt24, FieldBase.Hex, 0xFC0000);
    public static readonly FieldDef BssColorInformationBssColor = new("wlan.ext_tag.bss_color_information.bss_color", "BSS Color", FieldType.UInt8, FieldBase.Hex, 0x3F);
    public static readonly FieldDef BssColorInformationPartialBssColor = new("wlan.ext_tag.bss_color_information.partial_bss_color", "Partial BSS Color", FieldType.Boolean, FieldBase.None, 0x40);
    public static readonly FieldDef BssColorInformationBssColorDisabled = new("wlan.ext_tag.bss_color_information.bss_color_disabled", "BSS Color Disabled", FieldType.Boolean, FieldBase.None, 0x80);
    public static readonly FieldDef HeOperation6ghzControlChannelWidth = new("wlan.ext_tag.he_operation.6ghz.control.channel_width", "Channel Width", FieldType.UInt8, FieldBase.Dec, 0x3, valueNames: HeOperation6ghzControlChannelWidthNames);
    public static readonly FieldDef HeOperation6ghzControlDuplicateBeacon = new("wlan.ext_tag.he_operation.6ghz.control.duplicate_beacon", "Duplicate Beacon", FieldType.Boolean, FieldBase.None, 0x4);
    public static readonly FieldDef HeOperation6ghzControlRegulatoryInfo = new("wlan.ext_tag.he_operation.6ghz.control.regulatory_info", "Regulatory Info", FieldType.UInt8, FieldBase.Dec, 0x38);
    public static readonly FieldDef HeOperation6ghzControlReserved = new("wlan.ext_tag.he_operation.6ghz.control.reserved", "Reserved", FieldType.UInt8, FieldBase.Dec, 0xC0);
    public static readonly FieldDef HeOperationMaxHeMcsFor1Ss = new("wlan.ext_tag.he_operation.max_he_mcs_for_1_ss", "Max HE-MCS for 1 SS", FieldType.UInt16, FieldBase.Dec, 0x3, valueNames: HeOperationMaxHeMcsFor1SsNames);
    public static readonly FieldDef HeOperationMaxHeMcsFor2Ss = new("wlan.ext_tag.he_operation.max_he_mcs_for_2_ss", "Max HE-MCS for 2 SS", FieldType.UInt16, FieldBase.Dec, 0xC, valueNames: HeOperationMaxHeMcsFor1SsNames);
    public static readonly FieldDef HeOperationMaxHeMcsFor3Ss = new("wlan.ext_tag.he_operation.max_he_mcs_for_3_ss", "Max HE-MCS for 3 SS", FieldType.UInt16, FieldBase.Dec, 0x30, valueNames: HeOperationMaxHeMcsFor1SsNames);
    public static readonly FieldDef HeOperationMaxHeMcsFor4Ss = new("wlan.ext_tag.he_operation.max_he_mcs_for_4_ss", "Max HE-MCS for 4 SS", FieldType.UInt16, FieldBase.Dec, 0xC0, valueNames: HeOperationMaxHeMcsFor1SsNames);
    public static readonly FieldDef HeOperationMaxHeMcsFor5Ss = new("wlan.ext_tag.he_operation.max_he_mcs_for_5_ss", "Max HE-MCS for 5 SS", FieldType.UInt16, FieldBase.Dec, 0x300, valueNames: HeOperationMaxHeMcsFor1SsNames);
    public static readonly FieldDef HeOperationMaxHeMcsFor6Ss = new("wlan.ext_tag.he_operation.max_he_mcs_for_6_ss", "Max HE-MCS for 6 SS", FieldType.UInt16, FieldBase.Dec, 0xC00, valueNames: HeOperationMaxHeMcsFor1SsNames);
    public static readonly FieldDef HeOperationMaxHeMcsFor7Ss = new("wlan.ext_tag.he_operation.max_he_mcs_for_7_ss", "Max HE-MCS for 7 SS", FieldType.UInt16, FieldBase.Dec, 0x3000, valueNames: HeOperationMaxHeMcsFor1SsNames);
    public static readonly FieldDef HeOperationMaxHeMcsFor8Ss = new("wlan.ext_tag.he_operation.max_he_mcs_for_8_ss", "Max HE-MCS for 8 SS", FieldType.UInt16, FieldBase.Dec, 0xC000, valueNames: HeOperationMaxHeMcsFor1SsNames);
    public static readonly FieldDef HeOperationParams = new("wlan.ext_tag.he_operation.params", "HE Operation Parameters", FieldType.UInt24, FieldBase.Hex);
    public static readonly FieldDef BssColorInformation = new("wlan.ext_tag.bss_color_information", "BSS Color Information", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef HeOperationBasicHeMcsAndNss = new("wlan.ext_tag.he_operation.basic_he_mcs_and_nss", "Basic HE-MCS and NSS Set", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef HeOperationVhtOpInfoChannelWidth = new("wlan.ext_tag.he_operation.vht_op_info.channel_width", "Channel Width", FieldType.UInt8, FieldBase.Dec, 0, valueNames: HeOperationVhtOpInfoChannelWidthNames);
    public static readonly FieldDef HeOperationVhtOpInfoChanCenterFreqSeg0 = new("wlan.ext_tag.he_operation.vht_op_info.chan_center_freq_seg_0", "Channel Center Frequency Segment 0", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef HeOperationVhtOpInfoChanCenterFreqSeg1 = new("wlan.ext_tag.he_operation.vht_op_info.chan_center_freq_seg_1", "Channel Center Frequency Segment 1", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef HeOperationMaxCoHostedBssidIndicator = new("wlan.ext_tag.he_operation.max_co_hosted_bssid_indicator", "Max Co-Hosted BSSID Indicator", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef HeOperation6ghzPrimaryChannel = new("wlan.ext_tag.he_operation.6ghz.primary_channel", "Primary Channel", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef HeOperation6ghzControl = new("wlan.ext_tag.he_operation.6ghz.control", "Control", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef HeOperation6ghzChanCenterFreqSeg0 = new("wlan.ext_tag.he_operation.6ghz.chan_center_freq_seg_0", "Channel Center Frequency Segment 0", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef HeOperation6ghzChanCenterFreqSeg1 = new("wlan.ext_tag.he_operation.6ghz.chan_center_freq_seg_1", "Channel Center Frequency Segment 1", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef HeOperation6ghzMinimumRate = new("wlan.ext_tag.he_operation.6ghz.minimum_rate", "Minimum Rate", FieldType.UInt8, FieldBase.Dec);

    /// <summary>These fields in declaration order, for the protocol's declaration.</summary>
    public static FieldDef[] All { get; } =
    [
        HeOperationDefaultPeDuration, HeOperationTwtRequired, HeOperationTxopDurationRtsThresh, HeOperationVhtOpInfoPresent,
        HeOperationCoHostedBss, HeOperationErSuDisable, HeOperation6ghzOperationInformationPresent, HeOperationReservedB16B32,
        BssColorInformationBssColor, BssColorInformationPartialBssColor, BssColorInformationBssColorDisabled,
        HeOperation6ghzControlChannelWidth, HeOperation6ghzControlDuplicateBeacon, HeOperation6ghzControlRegulatoryInfo,
        HeOperation6ghzControlReserved, HeOperationMaxHeMcsFor1Ss, HeOperationMaxHeMcsFor2Ss, HeOperationMaxHeMcsFor3Ss,
        HeOperationMaxHeMcsFor4Ss, HeOperationMaxHeMcsFor5Ss, HeOperationMaxHeMcsFor6Ss, HeOperationMaxHeMcsFor7Ss,
        HeOperationMaxHeMcsFor8Ss, HeOperationParams, BssColorInformation, HeOperationBasicHeMcsAndNss, HeOperationVhtOpInfoChannelWidth,
        HeOperationVhtOpInfoChanCenterFreqSeg0, HeOperationVhtOpInfoChanCenterFreqSeg1, HeOperationMaxCoHostedBssidIndicator,
        HeOperation6ghzPrimaryChannel, HeOperation6ghzControl, HeOperation6ghzChanCenterFreqSeg0, HeOperation6ghzChanCenterFreqSeg1,
        HeOperation6ghzMinimumRate,
    ];
}
