using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>The 802.11ax HE Capabilities element's fields (element extension 35), generated from tshark 4.0.17's -G fields/values.</summary>
public static class WlanHeCapabilityFields
{
    private static readonly Dictionary<ulong, string> HeMacCapDynamicFragmentationSupportNames = new() { [0] = "No support for dynamic fragmentation", [1] = "Level 1 dynamic fragmentation support", [2] = "Level 2 dynamic fragmentation support", [3] = "Level 3 dynamic fragmentation support" };
    private static readonly Dictionary<ulong, string> HeMacCapMinFragSizeNames = new() { [0] = "No restriction on minimum payload size", [1] = "Minimum payload size of 128 bytes", [2] = "Minimum payload size of 256 bytes", [3] = "Minimum payload size of 512 bytes" };
    private static readonly Dictionary<ulong, string> HeMacCapTrigFrmMacPaddingDurNames = new() { [0] = "0", [1] = "8 uS", [2] = "16 uS", [3] = "Reserved" };
    private static readonly Dictionary<ulong, string> HeMacCapHeLinkAdaptationSupportNames = new() { [0] = "No feedback if the STA does not provide HE MFB", [1] = "Reserved", [2] = "Unsolicited if the STA can receive and provide only unsolicited HE MFB", [3] = "Both" };
    private static readonly Dictionary<ulong, string> HePhyCapDeviceClassNames = new() { [0] = "Class B Device", [1] = "Class A Device" };
    private static readonly Dictionary<ulong, string> HePhyCapMidambleTxRxMaxNstsNames = new() { [0] = "1 Space-Time Stream", [1] = "2 Space-Time Streams", [2] = "3 Space-Time Streams", [3] = "4 Space-Time Streams" };
    private static readonly Dictionary<ulong, string> HePhyCapDcmMaxConstTxNames = new() { [0] = "DCM is not supported", [1] = "BPSK", [2] = "QPSK", [3] = "16-QAM" };
    private static readonly Dictionary<ulong, string> HePhyCapDcmMaxNssTxNames = new() { [0] = "1 Spatial Stream", [1] = "2 Spatial Streams" };
    private static readonly Dictionary<ulong, string> HePhyCapDcmMaxRuNames = new() { [0] = "242-tone RU", [1] = "484-tone RU", [2] = "996-tone RU", [3] = "2x996-tone RU" };
    private static readonly Dictionary<ulong, string> HePhyCapNominalPacketPaddingNames = new() { [0] = "0 µs for all constellations, Nss and RU allocations", [1] = "8 µs for all constellations, Nss and RU allocations", [2] = "16 µs for all constellations, Nss and RU allocations", [3] = "Reserved" };
    private static readonly Dictionary<ulong, string> HeMcsMapMaxHeMcs80Rx1SsNames = new() { [0] = "Support for HE-MCS 0-7", [1] = "Support for HE-MCS 0-9", [2] = "Support for HE-MCS 0-11", [3] = "Not supported for HE PPDUs" };
    private static readonly Dictionary<ulong, string> HePpeThresholdsPpet16Names = new() { [0] = "BPSK", [1] = "QPSK", [2] = "16-QAM", [3] = "64-QAM", [4] = "256-QAM", [5] = "1024-QAM", [6] = "Reserved", [7] = "None" };

    public static readonly FieldDef HeMacCaps = new("wlan.ext_tag.he_mac_caps", "HE MAC Capabilities Information", FieldType.UInt48, FieldBase.Hex);
    public static readonly FieldDef HeMacCapHtcHeSupport = new("wlan.ext_tag.he_mac_cap.htc_he_support", "+HTC HE Support", FieldType.Boolean, FieldBase.None, 0x1) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCapTwtReqSupport = new("wlan.ext_tag.he_mac_cap.twt_req_support", "TWT Requester Support", FieldType.Boolean, FieldBase.None, 0x2) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCapTwtRspSupport = new("wlan.ext_tag.he_mac_cap.twt_rsp_support", "TWT Responder Support", FieldType.Boolean, FieldBase.None, 0x4) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCapDynamicFragmentationSupport = new("wlan.ext_tag.he_mac_cap.dynamic_fragmentation_support", "Dynamic Fragmentation Support", FieldType.UInt48, FieldBase.Dec, 0x18, valueNames: HeMacCapDynamicFragmentationSupportNames);
    public static readonly FieldDef HeMacCapMaxFragMsdus = new("wlan.ext_tag.he_mac_cap.max_frag_msdus", "Maximum Number of Fragmented MSDUs", FieldType.UInt48, FieldBase.Custom, 0xE0);
    public static readonly FieldDef HeMacCapMinFragSize = new("wlan.ext_tag.he_mac_cap.min_frag_size", "Minimum Fragment Size", FieldType.UInt48, FieldBase.Dec, 0x300, valueNames: HeMacCapMinFragSizeNames);
    public static readonly FieldDef HeMacCapTrigFrmMacPaddingDur = new("wlan.ext_tag.he_mac_cap.trig_frm_mac_padding_dur", "Trigger Frame MAC Padding Duration", FieldType.UInt48, FieldBase.Dec, 0xC00, valueNames: HeMacCapTrigFrmMacPaddingDurNames);
    public static readonly FieldDef HeMacCapMultiTidAggRxSupport = new("wlan.ext_tag.he_mac_cap.multi_tid_agg_rx_support", "Multi-TID Aggregation Rx Support", FieldType.UInt48, FieldBase.Dec, 0x7000);
    public static readonly FieldDef HeMacCapHeLinkAdaptationSupport = new("wlan.ext_tag.he_mac_cap.he_link_adaptation_support", "HE Link Adaptation Support", FieldType.UInt48, FieldBase.Dec, 0x18000, valueNames: HeMacCapHeLinkAdaptationSupportNames);
    public static readonly FieldDef HeMacCapAllAckSupport = new("wlan.ext_tag.he_mac_cap.all_ack_support", "All Ack Support", FieldType.Boolean, FieldBase.None, 0x20000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCapTrsSupport = new("wlan.ext_tag.he_mac_cap.Trs_support", "TRS Support", FieldType.Boolean, FieldBase.None, 0x40000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCapBsrSupport = new("wlan.ext_tag.he_mac_cap.bsr_support", "BSR Support", FieldType.Boolean, FieldBase.None, 0x80000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCapBroadcastTwtSupport = new("wlan.ext_tag.he_mac_cap.broadcast_twt_support", "Broadcast TWT Support", FieldType.Boolean, FieldBase.None, 0x100000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCap32BitBaBitmapSupport = new("wlan.ext_tag.he_mac_cap.32_bit_ba_bitmap_support", "32-bit BA Bitmap Support", FieldType.Boolean, FieldBase.None, 0x200000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCapMuCascadingSupport = new("wlan.ext_tag.he_mac_cap.mu_cascading_support", "MU Cascading Support", FieldType.Boolean, FieldBase.None, 0x400000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCapAckEnabledAggSupport = new("wlan.ext_tag.he_mac_cap.ack_enabled_agg_support", "Ack-Enabled Aggregation Support", FieldType.Boolean, FieldBase.None, 0x800000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCapReservedB24 = new("wlan.ext_tag.he_mac_cap.reserved_b24", "Reserved", FieldType.UInt48, FieldBase.Hex, 0x1000000);
    public static readonly FieldDef HeMacCapOmControlSupport = new("wlan.ext_tag.he_mac_cap.om_control_support", "OM Control Support", FieldType.Boolean, FieldBase.None, 0x2000000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCapOfdmaRaSupport = new("wlan.ext_tag.he_mac_cap.ofdma_ra_support", "OFDMA RA Support", FieldType.Boolean, FieldBase.None, 0x4000000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCapMaxAMpduLenExpExt = new("wlan.ext_tag.he_mac_cap.max_a_mpdu_len_exp_ext", "Maximum A-MPDU Length Exponent Extension", FieldType.UInt48, FieldBase.Dec, 0x18000000);
    public static readonly FieldDef HeMacCapAMsduFragSupport = new("wlan.ext_tag.he_mac_cap.a_msdu_frag_support", "A-MSDU Fragmentation Support", FieldType.Boolean, FieldBase.None, 0x20000000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCapFlexibleTwtSchedSupport = new("wlan.ext_tag.he_mac_cap.flexible_twt_sched_support", "Flexible TWT Schedule Support", FieldType.Boolean, FieldBase.None, 0x40000000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCapRxCtlFrmMultibss = new("wlan.ext_tag.he_mac_cap.rx_ctl_frm_multibss", "Rx Control Frame to MultiBSS", FieldType.Boolean, FieldBase.None, 0x80000000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCapBsrpBqrpAMpduAgg = new("wlan.ext_tag.he_mac_cap.bsrp_bqrp_a_mpdu_agg", "BSRP BQRP A-MPDU Aggregation", FieldType.Boolean, FieldBase.None, 0x100000000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCapQtpSupport = new("wlan.ext_tag.he_mac_cap.qtp_support", "QTP Support", FieldType.Boolean, FieldBase.None, 0x200000000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCapBqrSupport = new("wlan.ext_tag.he_mac_cap.bqr_support", "BQR Support", FieldType.Boolean, FieldBase.None, 0x400000000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCapPsrResponder = new("wlan.ext_tag.he_mac_cap.psr_responder", "PSR Responder", FieldType.Boolean, FieldBase.None, 0x800000000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCapNdpFeedbackReportSupport = new("wlan.ext_tag.he_mac_cap.ndp_feedback_report_support", "NDP Feedback Report Support", FieldType.Boolean, FieldBase.None, 0x1000000000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCapOpsSupport = new("wlan.ext_tag.he_mac_cap.ops_support", "OPS Support", FieldType.Boolean, FieldBase.None, 0x2000000000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCapAMsduInAMpduSupport = new("wlan.ext_tag.he_mac_cap.a_msdu_in_a_mpdu_support", "A-MSDU Not Under BA in Ack-Enabled A-MPDU Support", FieldType.Boolean, FieldBase.None, 0x4000000000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCapMultiTidAggTxSupport = new("wlan.ext_tag.he_mac_cap.multi_tid_agg_tx_support", "Multi-TID Aggregation Tx Support", FieldType.UInt48, FieldBase.Dec, 0x38000000000);
    public static readonly FieldDef HeMacCapSubchannelSelectiveXmitSupport = new("wlan.ext_tag.he_mac_cap.subchannel_selective_xmit_support", "HE Subchannel Selective Transmission Support", FieldType.Boolean, FieldBase.None, 0x40000000000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCapUl2996ToneRuSupport = new("wlan.ext_tag.he_mac_cap.ul_2_996_tone_ru_support", "UL 2x996-tone RU Support", FieldType.Boolean, FieldBase.None, 0x80000000000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCapOmCntlUlMuDataDisableRxSupport = new("wlan.ext_tag.he_mac_cap.om_cntl_ul_mu_data_disable_rx_support", "OM Control UL MU Data Disable RX Support", FieldType.Boolean, FieldBase.None, 0x100000000000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeMacCapReservedBits57 = new("wlan.ext_tag.he_mac_cap.reserved_bits_5_7", "Reserved", FieldType.UInt48, FieldBase.Hex, 0xE0);
    public static readonly FieldDef HeMacCapReservedBits89 = new("wlan.ext_tag.he_mac_cap.reserved_bits_8_9", "Reserved", FieldType.UInt48, FieldBase.Hex, 0x300);
    public static readonly FieldDef HeMacCapReservedBits1516 = new("wlan.ext_tag.he_mac_cap.reserved_bits_15_16", "Reserved", FieldType.UInt48, FieldBase.Hex, 0x18000);
    public static readonly FieldDef HeMacCapReservedBit18 = new("wlan.ext_tag.he_mac_cap.reserved_bit_18", "Reserved", FieldType.UInt48, FieldBase.Hex, 0x40000);
    public static readonly FieldDef HeMacCapReservedBit19 = new("wlan.ext_tag.he_mac_cap.reserved_bit_19", "Reserved", FieldType.UInt48, FieldBase.Hex, 0x80000);
    public static readonly FieldDef HeMacCapReservedBit25 = new("wlan.ext_tag.he_mac_cap.reserved_bit_25", "Reserved", FieldType.UInt48, FieldBase.Hex, 0x2000000);
    public static readonly FieldDef HeMacCapReservedBit29 = new("wlan.ext_tag.he_mac_cap.reserved_bit_29", "Reserved", FieldType.UInt48, FieldBase.Hex, 0x20000000);
    public static readonly FieldDef HeMacCapReservedBit34 = new("wlan.ext_tag.he_mac_cap.reserved_bit_34", "Reserved", FieldType.UInt48, FieldBase.Hex, 0x400000000);
    public static readonly FieldDef HeDynamicSmPowerSave = new("wlan.ext_tag.he_dynamic_sm_power_save", "HE Dynamic SM Power Save", FieldType.Boolean, FieldBase.None, 0x200000000000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HePuncturedSoundingSupport = new("wlan.ext_tag.he_punctured_sounding_support", "Punctured Sounding Support", FieldType.Boolean, FieldBase.None, 0x400000000000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HeHtAndVhtTriggerFrameRxSupport = new("wlan.ext_tag.he_ht_and_vht_trigger_frame_rx_support", "HT And VHT Trigger Frame RX Support", FieldType.Boolean, FieldBase.None, 0x800000000000) { Booleans = new("Supported", "Not supported"), BitWidth = 48 };
    public static readonly FieldDef HePhyCapReservedB0 = new("wlan.ext_tag.he_phy_cap.reserved_b0", "Reserved", FieldType.UInt8, FieldBase.Hex, 0x1);
    public static readonly FieldDef HePhyCapFbyteReservedB0 = new("wlan.ext_tag.he_phy_cap.fbyte.reserved_b0", "Reserved", FieldType.UInt8, FieldBase.Hex, 0x1);
    public static readonly FieldDef HePhyCapFbytes = new("wlan.ext_tag.he_phy_cap.fbytes", "Channel Width Set", FieldType.UInt8, FieldBase.Hex, 0xFE);
    public static readonly FieldDef HePhyCapChanWidthSet40mhzIn24ghz = new("wlan.ext_tag.he_phy_cap.chan_width_set.40mhz_in_2_4ghz", "40 MHz in 2.4 GHz band", FieldType.Boolean, FieldBase.None, 0x2) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapChanWidthSet4080In5ghz = new("wlan.ext_tag.he_phy_cap.chan_width_set.40_80_in_5ghz", "40 & 80 MHz in the 5 GHz and 6 GHz bands", FieldType.Boolean, FieldBase.None, 0x4) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapChanWidthSet160In5ghz = new("wlan.ext_tag.he_phy_cap.chan_width_set.160_in_5ghz", "160 MHz in the 5 GHz and 6 GHz bands", FieldType.Boolean, FieldBase.None, 0x8) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapChanWidthSet1608080In5ghz = new("wlan.ext_tag.he_phy_cap.chan_width_set.160_80_80_in_5ghz", "160/80+80 MHz in the 5 GHz and 6 GHz bands", FieldType.Boolean, FieldBase.None, 0x10) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapChanWidthSet242ToneIn24ghz = new("wlan.ext_tag.he_phy_cap.chan_width_set.242_tone_in_2_4ghz", "242 tone RUs in the 2.4 GHz band", FieldType.Boolean, FieldBase.None, 0x20) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapChanWidthSet242ToneIn5ghz = new("wlan.ext_tag.he_phy_cap.chan_width_set.242_tone_in_5ghz", "242 tone RUs in the 5 GHz and 6 GHz bands", FieldType.Boolean, FieldBase.None, 0x40) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapChanWidthSetReserved = new("wlan.ext_tag.he_phy_cap.chan_width_set.reserved", "Reserved", FieldType.UInt8, FieldBase.Hex, 0x80);
    public static readonly FieldDef HePhyCapBits8To23 = new("wlan.ext_tag.he_phy_cap.bits_8_to_23", "Bits 8 to 23", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef HePhyCapChanWidthSet5GHzB0Reserved = new("wlan.ext_tag.he_phy_cap.chan_width.set.5GHz_b0_reserved", "Reserved", FieldType.UInt8, FieldBase.Hex, 0x2);
    public static readonly FieldDef HePhyCapChanWidthSet5GHzB4Reserved = new("wlan.ext_tag.he_phy_cap.chan_width.set.5GHz_b4_reserved", "Reserved", FieldType.UInt8, FieldBase.Hex, 0x20);
    public static readonly FieldDef HePhyCapChanWidthSet24GHzB1Reserved = new("wlan.ext_tag.he_phy_cap.chan_width.set.24GHz_b1_reserved", "Reserved", FieldType.UInt8, FieldBase.Hex, 0x4);
    public static readonly FieldDef HePhyCapChanWidthSet24GHzB2Reserved = new("wlan.ext_tag.he_phy_cap.chan_width.set.24GHz_b2_reserved", "Reserved", FieldType.UInt8, FieldBase.Hex, 0x8);
    public static readonly FieldDef HePhyCapChanWidthSet24GHzB3Reserved = new("wlan.ext_tag.he_phy_cap.chan_width.set.24GHz_b3_reserved", "Reserved", FieldType.UInt8, FieldBase.Hex, 0x10);
    public static readonly FieldDef HePhyCapChanWidthSet24GHzB5Reserved = new("wlan.ext_tag.he_phy_cap.chan_width.set.24GHz_b5_reserved", "Reserved", FieldType.UInt8, FieldBase.Hex, 0x40);
    public static readonly FieldDef HePhyCapPuncPreambleRx = new("wlan.ext_tag.he_phy_cap.punc_preamble_rx", "Punctured Preamble Rx", FieldType.UInt16, FieldBase.Hex, 0xF);
    public static readonly FieldDef HePhyCapDeviceClass = new("wlan.ext_tag.he_phy_cap.device_class", "Device Class", FieldType.UInt16, FieldBase.Hex, 0x10, valueNames: HePhyCapDeviceClassNames);
    public static readonly FieldDef HePhyCapLdpcCodingInPayload = new("wlan.ext_tag.he_phy_cap.ldpc_coding_in_payload", "LDPC Coding In Payload", FieldType.Boolean, FieldBase.None, 0x20) { Booleans = new("Supported", "Not supported"), BitWidth = 16 };
    public static readonly FieldDef HePhyCapHeSuPpduWith1xHeLtf08us = new("wlan.ext_tag.he_phy_cap.he_su_ppdu_with_1x_he_ltf_08us", "HE SU PPDU With 1x HE-LTF And 0.8us GI", FieldType.Boolean, FieldBase.None, 0x40) { Booleans = new("Supported", "Not supported"), BitWidth = 16 };
    public static readonly FieldDef HePhyCapMidambleTxRxMaxNsts = new("wlan.ext_tag.he_phy_cap.midamble_tx_rx_max_nsts", "Midamble Tx/Rx Max NSTS", FieldType.UInt16, FieldBase.Hex, 0x180, valueNames: HePhyCapMidambleTxRxMaxNstsNames);
    public static readonly FieldDef HePhyCapNdpWith4xHeLtf4x32us = new("wlan.ext_tag.he_phy_cap.ndp_with_4x_he_ltf_4x_3.2us", "NDP With 4x HE-LTF and 3.2us GI", FieldType.Boolean, FieldBase.None, 0x200) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapStbcTxLt80mhz = new("wlan.ext_tag.he_phy_cap.stbc_tx_lt_80mhz", "STBC Tx <= 80 MHz", FieldType.Boolean, FieldBase.None, 0x400) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapStbcRxLt80mhz = new("wlan.ext_tag.he_phy_cap.stbc_rx_lt_80mhz", "STBC Rx <= 80 MHz", FieldType.Boolean, FieldBase.None, 0x800) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapDopplerTx = new("wlan.ext_tag.he_phy_cap.doppler_tx", "Doppler Tx", FieldType.Boolean, FieldBase.None, 0x1000) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapDopplerRx = new("wlan.ext_tag.he_phy_cap.doppler_rx", "Doppler Rx", FieldType.Boolean, FieldBase.None, 0x2000) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapFullBwUlMuMimo = new("wlan.ext_tag.he_phy_cap.full_bw_ul_mu_mimo", "Full Bandwidth UL MU-MIMO", FieldType.Boolean, FieldBase.None, 0x4000) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapPartialBwUlMuMimo = new("wlan.ext_tag.he_phy_cap.partial_bw_ul_mu_mimo", "Partial Bandwidth UL MU-MIMO", FieldType.Boolean, FieldBase.None, 0x8000) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapBits24To39 = new("wlan.ext_tag.he_phy_cap.bits_24_to_39", "Bits 24 to 39", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef HePhyCapDcmMaxConstTx = new("wlan.ext_tag.he_phy_cap.dcm_max_const_tx", "DCM Max Constellation Tx", FieldType.UInt16, FieldBase.Hex, 0x3, valueNames: HePhyCapDcmMaxConstTxNames);
    public static readonly FieldDef HePhyCapDcmMaxNssTx = new("wlan.ext_tag.he_phy_cap.dcm_max_nss_tx", "DCM Max NSS Tx", FieldType.UInt16, FieldBase.Hex, 0x4, valueNames: HePhyCapDcmMaxNssTxNames);
    public static readonly FieldDef HePhyCapDcmMaxConstRx = new("wlan.ext_tag.he_phy_cap.dcm_max_const_rx", "DCM Max Constellation Rx", FieldType.UInt16, FieldBase.Hex, 0x18, valueNames: HePhyCapDcmMaxConstTxNames);
    public static readonly FieldDef HePhyCapRxPartialBwSu20mhzHeMuPpdu = new("wlan.ext_tag.he_phy_cap.rx_partial_bw_su_20mhz_he_mu_ppdu", "Rx Partial BW SU In 20 MHz HE MU PPDU", FieldType.Boolean, FieldBase.None, 0x40) { Booleans = new("Supported", "Not supported"), BitWidth = 16 };
    public static readonly FieldDef HePhyCapSuBeamformer = new("wlan.ext_tag.he_phy_cap.su_beamformer", "SU Beamformer", FieldType.Boolean, FieldBase.None, 0x80) { Booleans = new("Supported", "Not supported"), BitWidth = 16 };
    public static readonly FieldDef HePhyCapSuBeamformee = new("wlan.ext_tag.he_phy_cap.su_beamformee", "SU Beamformee", FieldType.Boolean, FieldBase.None, 0x100) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapMuBeamformer = new("wlan.ext_tag.he_phy_cap.mu_beamformer", "MU Beamformer", FieldType.Boolean, FieldBase.None, 0x200) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapBeamformeeStsLte80mhz = new("wlan.ext_tag.he_phy_cap.beamformee_sts_lte_80mhz", "Beamformee STS <= 80 MHz", FieldType.UInt16, FieldBase.Hex, 0x1C00);
    public static readonly FieldDef HePhyCapBeamformeeStsGt80mhz = new("wlan.ext_tag.he_phy_cap.beamformee_sts_gt_80mhz", "Beamformee STS > 80 MHz", FieldType.UInt16, FieldBase.Hex, 0xE000);
    public static readonly FieldDef HePhyCapBits40To55 = new("wlan.ext_tag.he_phy_cap.bits_40_to_55", "Bits 40 to 55", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef HePhyCapNoSoundingDimsLte80 = new("wlan.ext_tag.he_phy_cap.no_sounding_dims_lte_80", "Number Of Sounding Dimensions <= 80 MHz", FieldType.UInt16, FieldBase.Dec, 0x7);
    public static readonly FieldDef HePhyCapNoSoundingDimsGt80 = new("wlan.ext_tag.he_phy_cap.no_sounding_dims_gt_80", "Number Of Sounding Dimensions > 80 MHz", FieldType.UInt16, FieldBase.Dec, 0x38);
    public static readonly FieldDef HePhyCapNgEq16SuFb = new("wlan.ext_tag.he_phy_cap.ng_eq_16_su_fb", "Ng = 16 SU Feedback", FieldType.Boolean, FieldBase.None, 0x40) { Booleans = new("Supported", "Not supported"), BitWidth = 16 };
    public static readonly FieldDef HePhyCapNgEq16MuFb = new("wlan.ext_tag.he_phy_cap.ng_eq_16_mu_fb", "Ng = 16 MU Feedback", FieldType.Boolean, FieldBase.None, 0x80) { Booleans = new("Supported", "Not supported"), BitWidth = 16 };
    public static readonly FieldDef HePhyCapCodebookSizeSuFb = new("wlan.ext_tag.he_phy_cap.codebook_size_su_fb", "Codebook Size SU Feedback", FieldType.Boolean, FieldBase.None, 0x100) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapCodebookSizeMuFb = new("wlan.ext_tag.he_phy_cap.codebook_size_mu_fb", "Codebook Size MU Feedback", FieldType.Boolean, FieldBase.None, 0x200) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapTrigSuBfFb = new("wlan.ext_tag.he_phy_cap.trig_su_bf_fb", "Triggered SU Beamforming Feedback", FieldType.Boolean, FieldBase.None, 0x400) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapTrigMuBfFb = new("wlan.ext_tag.he_phy_cap.trig_mu_bf_fb", "Triggered MU Beamforming Feedback", FieldType.Boolean, FieldBase.None, 0x800) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapTrigCqiFb = new("wlan.ext_tag.he_phy_cap.trig_cqi_fb", "Triggered CQI Feedback", FieldType.Boolean, FieldBase.None, 0x1000) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapPartialBwEr = new("wlan.ext_tag.he_phy_cap.partial_bw_er", "Partial Bandwidth Extended Range", FieldType.Boolean, FieldBase.None, 0x2000) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapPartialBwDlMuMimo = new("wlan.ext_tag.he_phy_cap.partial_bw_dl_mu_mimo", "Partial Bandwidth DL MU-MIMO", FieldType.Boolean, FieldBase.None, 0x4000) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapPpeThresPresent = new("wlan.ext_tag.he_phy_cap.ppe_thres_present", "PPE Thresholds Present", FieldType.Boolean, FieldBase.None, 0x8000);
    public static readonly FieldDef HePhyCapBits56To71 = new("wlan.ext_tag.he_phy_cap.bits_56_to_71", "Bits 56 to 71", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef HePhyCapPsrBasedSrSup = new("wlan.ext_tag.he_phy_cap.psr_based_sr_sup", "PSR-based SR Support", FieldType.Boolean, FieldBase.None, 0x1) { Booleans = new("Supported", "Not supported"), BitWidth = 16 };
    public static readonly FieldDef HePhyCapPwrBstFactorArSup = new("wlan.ext_tag.he_phy_cap.pwr_bst_factor_ar_sup", "Power Boost Factor ar Support", FieldType.Boolean, FieldBase.None, 0x2) { Booleans = new("Supported", "Not supported"), BitWidth = 16 };
    public static readonly FieldDef HePhyCapHeSuPpduEtcGi = new("wlan.ext_tag.he_phy_cap.he_su_ppdu_etc_gi", "HE SU PPDU And HE MU PPDU With 4x HE-LTF And 0.8us GI", FieldType.Boolean, FieldBase.None, 0x4) { Booleans = new("Supported", "Not supported"), BitWidth = 16 };
    public static readonly FieldDef HePhyCapMaxNc = new("wlan.ext_tag.he_phy_cap.max_nc", "Max Nc", FieldType.Boolean, FieldBase.None, 0x38) { Booleans = new("Supported", "Not supported"), BitWidth = 16 };
    public static readonly FieldDef HePhyCapStbcTxGt80Mhz = new("wlan.ext_tag.he_phy_cap.stbc_tx_gt_80_mhz", "STBC Tx > 80 MHz", FieldType.Boolean, FieldBase.None, 0x40) { Booleans = new("Supported", "Not supported"), BitWidth = 16 };
    public static readonly FieldDef HePhyCapStbcRxGt80Mhz = new("wlan.ext_tag.he_phy_cap.stbc_rx_gt_80_mhz", "STBC Rx > 80 MHz", FieldType.Boolean, FieldBase.None, 0x80) { Booleans = new("Supported", "Not supported"), BitWidth = 16 };
    public static readonly FieldDef HePhyCapHeErSuPpdu4xxxGi = new("wlan.ext_tag.he_phy_cap.he_er_su_ppdu_4xxx_gi", "HE ER SU PPDU With 4x HE-LTF And 0.8us GI", FieldType.Boolean, FieldBase.None, 0x100) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCap20MhzIn40In24ghz = new("wlan.ext_tag.he_phy_cap.20_mhz_in_40_in_2_4ghz", "20 MHz In 40 MHz HE PPDU In 2.4 GHz Band", FieldType.Boolean, FieldBase.None, 0x200) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCap20MhzIn16080p80Ppdu = new("wlan.ext_tag.he_phy_cap.20_mhz_in_160_80p80_ppdu", "20 MHz In 160/80+80 MHz HE PPDU", FieldType.Boolean, FieldBase.None, 0x400) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCap80MhzIn16080p80Ppdu = new("wlan.ext_tag.he_phy_cap.80_mhz_in_160_80p80_ppdu", "80 MHz In 160/80+80 MHz HE PPDU", FieldType.Boolean, FieldBase.None, 0x800) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapHeErSuPpdu1xxxGi = new("wlan.ext_tag.he_phy_cap.he_er_su_ppdu_1xxx_gi", "HE ER SU PPDU With 1x HE-LTF And 0.8us GI", FieldType.Boolean, FieldBase.None, 0x1000) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapMidambleTxRx2x1xHeLtf = new("wlan.ext_tag.he_phy_cap.midamble_tx_rx_2x_1x_he_ltf", "Midamble Tx/Rx 2x And 1x HE-LTF", FieldType.Boolean, FieldBase.None, 0x2000) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HePhyCapBits72To87 = new("wlan.ext_tag.he_phy_cap.bits_72_to_87", "Bits 72 to 87", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef HePhyCapDcmMaxRu = new("wlan.ext_tag.he_phy_cap.dcm_max_ru", "DCM Max RU", FieldType.UInt16, FieldBase.Hex, 0xC000, valueNames: HePhyCapDcmMaxRuNames);
    public static readonly FieldDef HePhyCapLongerThan16HeSigbOfdmSymSupport = new("wlan.ext_tag.he_phy_cap.longer_than_16_he_sigb_ofdm_sym_support", "Longer Than 16 HE SIG-B OFDM Symbols Support", FieldType.Boolean, FieldBase.None, 0x1) { Booleans = new("Supported", "Not supported"), BitWidth = 16 };
    public static readonly FieldDef HePhyCapNonTriggeredFeedback = new("wlan.ext_tag.he_phy_cap.non_triggered_feedback", "Non-Triggered CQI Feedback", FieldType.Boolean, FieldBase.None, 0x2) { Booleans = new("Supported", "Not supported"), BitWidth = 16 };
    public static readonly FieldDef HePhyCapTx1024QamSupportLt242ToneRu = new("wlan.ext_tag.he_phy_cap.tx_1024_qam_support_lt_242_tone_ru", "Tx 1024-QAM Support < 242-tone RU Support", FieldType.Boolean, FieldBase.None, 0x4) { Booleans = new("Supported", "Not supported"), BitWidth = 16 };
    public static readonly FieldDef HePhyCapRx1024QamSupportLt242ToneRu = new("wlan.ext_tag.he_phy_cap.rx_1024_qam_support_lt_242_tone_ru", "Rx 1024-QAM Support < 242-tone RU Support", FieldType.Boolean, FieldBase.None, 0x8) { Booleans = new("Supported", "Not supported"), BitWidth = 16 };
    public static readonly FieldDef HePhyCapRxFullBwSuUsingHeMuPpduWithCompressedSigb = new("wlan.ext_tag.he_phy_cap.rx_full_bw_su_using_he_mu_ppdu_with_compressed_sigb", "Rx Full BW SU Using HE MU PPDU With Compressed HE-SIG-B", FieldType.Boolean, FieldBase.None, 0x10) { Booleans = new("Supported", "Not supported"), BitWidth = 16 };
    public static readonly FieldDef HePhyCapRxFullBwSuUsingHeMuPpduWithNonCompressedSigb = new("wlan.ext_tag.he_phy_cap.rx_full_bw_su_using_he_mu_ppdu_with_non_compressed_sigb", "Rx Full BW SU Using HE MU PPDU With Non-Compressed HE-SIG-B", FieldType.Boolean, FieldBase.None, 0x20) { Booleans = new("Supported", "Not supported"), BitWidth = 16 };
    public static readonly FieldDef HePhyCapNominalPacketPadding = new("wlan.ext_tag.he_phy_cap.nominal_packet_padding", "Nominal Packet Padding", FieldType.UInt16, FieldBase.Dec, 0xC0, valueNames: HePhyCapNominalPacketPaddingNames);
    public static readonly FieldDef HePhyCapHeMuPpduRuRxMax = new("wlan.ext_tag.he_phy_cap.he_mu_ppdu_ru_rx_max", "HE MU PPDU With More Than One RU Rx Max N_HE-LTF", FieldType.UInt16, FieldBase.Dec, 0x100);
    public static readonly FieldDef HePhyCapReservedB81B87 = new("wlan.ext_tag.he_phy_cap.reserved_b81_b87", "Reserved", FieldType.UInt16, FieldBase.Hex, 0xFE00);
    public static readonly FieldDef HeMcsMapMaxHeMcs80Rx1Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80_rx_1_ss", "Max HE-MCS for 1 SS", FieldType.UInt16, FieldBase.Hex, 0x3, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80Rx2Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80_rx_2_ss", "Max HE-MCS for 2 SS", FieldType.UInt16, FieldBase.Hex, 0xC, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80Rx3Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80_rx_3_ss", "Max HE-MCS for 3 SS", FieldType.UInt16, FieldBase.Hex, 0x30, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80Rx4Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80_rx_4_ss", "Max HE-MCS for 4 SS", FieldType.UInt16, FieldBase.Hex, 0xC0, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80Rx5Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80_rx_5_ss", "Max HE-MCS for 5 SS", FieldType.UInt16, FieldBase.Hex, 0x300, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80Rx6Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80_rx_6_ss", "Max HE-MCS for 6 SS", FieldType.UInt16, FieldBase.Hex, 0xC00, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80Rx7Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80_rx_7_ss", "Max HE-MCS for 7 SS", FieldType.UInt16, FieldBase.Hex, 0x3000, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80Rx8Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80_rx_8_ss", "Max HE-MCS for 8 SS", FieldType.UInt16, FieldBase.Hex, 0xC000, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80Tx1Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80_tx_1_ss", "Max HE-MCS for 1 SS", FieldType.UInt16, FieldBase.Hex, 0x3, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80Tx2Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80_tx_2_ss", "Max HE-MCS for 2 SS", FieldType.UInt16, FieldBase.Hex, 0xC, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80Tx3Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80_tx_3_ss", "Max HE-MCS for 3 SS", FieldType.UInt16, FieldBase.Hex, 0x30, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80Tx4Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80_tx_4_ss", "Max HE-MCS for 4 SS", FieldType.UInt16, FieldBase.Hex, 0xC0, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80Tx5Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80_tx_5_ss", "Max HE-MCS for 5 SS", FieldType.UInt16, FieldBase.Hex, 0x300, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80Tx6Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80_tx_6_ss", "Max HE-MCS for 6 SS", FieldType.UInt16, FieldBase.Hex, 0xC00, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80Tx7Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80_tx_7_ss", "Max HE-MCS for 7 SS", FieldType.UInt16, FieldBase.Hex, 0x3000, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80Tx8Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80_tx_8_ss", "Max HE-MCS for 8 SS", FieldType.UInt16, FieldBase.Hex, 0xC000, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80p80Rx1Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80p80_rx_1_ss", "Max HE-MCS for 1 SS", FieldType.UInt16, FieldBase.Hex, 0x3, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80p80Rx2Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80p80_rx_2_ss", "Max HE-MCS for 2 SS", FieldType.UInt16, FieldBase.Hex, 0xC, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80p80Rx3Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80p80_rx_3_ss", "Max HE-MCS for 3 SS", FieldType.UInt16, FieldBase.Hex, 0x30, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80p80Rx4Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80p80_rx_4_ss", "Max HE-MCS for 4 SS", FieldType.UInt16, FieldBase.Hex, 0xC0, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80p80Rx5Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80p80_rx_5_ss", "Max HE-MCS for 5 SS", FieldType.UInt16, FieldBase.Hex, 0x300, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80p80Rx6Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80p80_rx_6_ss", "Max HE-MCS for 6 SS", FieldType.UInt16, FieldBase.Hex, 0xC00, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80p80Rx7Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80p80_rx_7_ss", "Max HE-MCS for 7 SS", FieldType.UInt16, FieldBase.Hex, 0x3000, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80p80Rx8Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80p80_rx_8_ss", "Max HE-MCS for 8 SS", FieldType.UInt16, FieldBase.Hex, 0xC000, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80p80Tx1Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80p80_tx_1_ss", "Max HE-MCS for 1 SS", FieldType.UInt16, FieldBase.Hex, 0x3, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80p80Tx2Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80p80_tx_2_ss", "Max HE-MCS for 2 SS", FieldType.UInt16, FieldBase.Hex, 0xC, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80p80Tx3Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80p80_tx_3_ss", "Max HE-MCS for 3 SS", FieldType.UInt16, FieldBase.Hex, 0x30, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80p80Tx4Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80p80_tx_4_ss", "Max HE-MCS for 4 SS", FieldType.UInt16, FieldBase.Hex, 0xC0, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80p80Tx5Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80p80_tx_5_ss", "Max HE-MCS for 5 SS", FieldType.UInt16, FieldBase.Hex, 0x300, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80p80Tx6Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80p80_tx_6_ss", "Max HE-MCS for 6 SS", FieldType.UInt16, FieldBase.Hex, 0xC00, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80p80Tx7Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80p80_tx_7_ss", "Max HE-MCS for 7 SS", FieldType.UInt16, FieldBase.Hex, 0x3000, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs80p80Tx8Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_80p80_tx_8_ss", "Max HE-MCS for 8 SS", FieldType.UInt16, FieldBase.Hex, 0xC000, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs160Rx1Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_160_rx_1_ss", "Max HE-MCS for 1 SS", FieldType.UInt16, FieldBase.Hex, 0x3, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs160Rx2Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_160_rx_2_ss", "Max HE-MCS for 2 SS", FieldType.UInt16, FieldBase.Hex, 0xC, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs160Rx3Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_160_rx_3_ss", "Max HE-MCS for 3 SS", FieldType.UInt16, FieldBase.Hex, 0x30, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs160Rx4Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_160_rx_4_ss", "Max HE-MCS for 4 SS", FieldType.UInt16, FieldBase.Hex, 0xC0, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs160Rx5Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_160_rx_5_ss", "Max HE-MCS for 5 SS", FieldType.UInt16, FieldBase.Hex, 0x300, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs160Rx6Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_160_rx_6_ss", "Max HE-MCS for 6 SS", FieldType.UInt16, FieldBase.Hex, 0xC00, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs160Rx7Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_160_rx_7_ss", "Max HE-MCS for 7 SS", FieldType.UInt16, FieldBase.Hex, 0x3000, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs160Rx8Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_160_rx_8_ss", "Max HE-MCS for 8 SS", FieldType.UInt16, FieldBase.Hex, 0xC000, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs160Tx1Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_160_tx_1_ss", "Max HE-MCS for 1 SS", FieldType.UInt16, FieldBase.Hex, 0x3, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs160Tx2Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_160_tx_2_ss", "Max HE-MCS for 2 SS", FieldType.UInt16, FieldBase.Hex, 0xC, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs160Tx3Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_160_tx_3_ss", "Max HE-MCS for 3 SS", FieldType.UInt16, FieldBase.Hex, 0x30, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs160Tx4Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_160_tx_4_ss", "Max HE-MCS for 4 SS", FieldType.UInt16, FieldBase.Hex, 0xC0, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs160Tx5Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_160_tx_5_ss", "Max HE-MCS for 5 SS", FieldType.UInt16, FieldBase.Hex, 0x300, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs160Tx6Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_160_tx_6_ss", "Max HE-MCS for 6 SS", FieldType.UInt16, FieldBase.Hex, 0xC00, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs160Tx7Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_160_tx_7_ss", "Max HE-MCS for 7 SS", FieldType.UInt16, FieldBase.Hex, 0x3000, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapMaxHeMcs160Tx8Ss = new("wlan.ext_tag.he_mcs_map.max_he_mcs_160_tx_8_ss", "Max HE-MCS for 8 SS", FieldType.UInt16, FieldBase.Hex, 0xC000, valueNames: HeMcsMapMaxHeMcs80Rx1SsNames);
    public static readonly FieldDef HeMcsMapRxHeMcsMapLte80 = new("wlan.ext_tag.he_mcs_map.rx_he_mcs_map_lte_80", "Rx HE-MCS Map <= 80 MHz", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef HeMcsMapTxHeMcsMapLte80 = new("wlan.ext_tag.he_mcs_map.tx_he_mcs_map_lte_80", "Tx HE-MCS Map <= 80 MHz", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef HeMcsMapRxHeMcsMap160 = new("wlan.ext_tag.he_mcs_map.rx_he_mcs_map_160", "Rx HE-MCS Map 160 MHz", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef HeMcsMapTxHeMcsMap160 = new("wlan.ext_tag.he_mcs_map.tx_he_mcs_map_160", "Tx HE-MCS Map 160 MHz", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef HeMcsMapRxHeMcsMap8080 = new("wlan.ext_tag.he_mcs_map.rx_he_mcs_map_80_80", "Rx HE-MCS Map 80+80 MHz", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef HeMcsMapTxHeMcsMap8080 = new("wlan.ext_tag.he_mcs_map.tx_he_mcs_map_80_80", "Tx HE-MCS Map 80+80 MHz", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef HePpeThresholdsNss = new("wlan.ext_tag.he_ppe_thresholds.nss", "NSS", FieldType.UInt8, FieldBase.Dec, 0x7);
    public static readonly FieldDef HePpeThresholdsRuIndexBitmask = new("wlan.ext_tag.he_ppe_thresholds.ru_index_bitmask", "RU Index Bitmask", FieldType.UInt8, FieldBase.Hex, 0x78);
    public static readonly FieldDef HePpeThresholdsPpet16 = new("wlan.ext_tag.he_ppe_thresholds.ppet16", "PPET16", FieldType.UInt8, FieldBase.Hex, 0, valueNames: HePpeThresholdsPpet16Names);
    public static readonly FieldDef HePpeThresholdsPpet8 = new("wlan.ext_tag.he_ppe_thresholds.ppet8", "PPET8", FieldType.UInt8, FieldBase.Hex, 0, valueNames: HePpeThresholdsPpet16Names);

    /// <summary>packet-ieee80211.c registers "DCM Max NSS Rx" (bit 37) under the Tx field's name: a second definition of it.</summary>
    public static readonly FieldDef HePhyCapDcmMaxNssRx = new("wlan.ext_tag.he_phy_cap.dcm_max_nss_tx", "DCM Max NSS Rx", FieldType.UInt16, FieldBase.Hex, 0x20,
        valueNames: HePhyCapDcmMaxNssTxNames) { SameNameAs = HePhyCapDcmMaxNssTx };

    /// <summary>The second definitions among these fields, for the protocol's declaration.</summary>
    public static FieldDef[] SecondDefinitions { get; } = [HePhyCapDcmMaxNssRx];

    /// <summary>These fields in declaration order, for the protocol's declaration.</summary>
    public static FieldDef[] All { get; } =
    [
        HeMacCaps, HeMacCapHtcHeSupport, HeMacCapTwtReqSupport, HeMacCapTwtRspSupport, HeMacCapDynamicFragmentationSupport,
        HeMacCapMaxFragMsdus, HeMacCapMinFragSize, HeMacCapTrigFrmMacPaddingDur, HeMacCapMultiTidAggRxSupport,
        HeMacCapHeLinkAdaptationSupport, HeMacCapAllAckSupport, HeMacCapTrsSupport, HeMacCapBsrSupport, HeMacCapBroadcastTwtSupport,
        HeMacCap32BitBaBitmapSupport, HeMacCapMuCascadingSupport, HeMacCapAckEnabledAggSupport, HeMacCapReservedB24,
        HeMacCapOmControlSupport, HeMacCapOfdmaRaSupport, HeMacCapMaxAMpduLenExpExt, HeMacCapAMsduFragSupport,
        HeMacCapFlexibleTwtSchedSupport, HeMacCapRxCtlFrmMultibss, HeMacCapBsrpBqrpAMpduAgg, HeMacCapQtpSupport, HeMacCapBqrSupport,
        HeMacCapPsrResponder, HeMacCapNdpFeedbackReportSupport, HeMacCapOpsSupport, HeMacCapAMsduInAMpduSupport,
        HeMacCapMultiTidAggTxSupport, HeMacCapSubchannelSelectiveXmitSupport, HeMacCapUl2996ToneRuSupport,
        HeMacCapOmCntlUlMuDataDisableRxSupport, HeMacCapReservedBits57, HeMacCapReservedBits89, HeMacCapReservedBits1516, HeMacCapReservedBit18,
        HeMacCapReservedBit19, HeMacCapReservedBit25, HeMacCapReservedBit29, HeMacCapReservedBit34, HeDynamicSmPowerSave, HePuncturedSoundingSupport, HeHtAndVhtTriggerFrameRxSupport,
        HePhyCapReservedB0, HePhyCapFbyteReservedB0, HePhyCapFbytes, HePhyCapChanWidthSet40mhzIn24ghz, HePhyCapChanWidthSet4080In5ghz,
        HePhyCapChanWidthSet160In5ghz, HePhyCapChanWidthSet1608080In5ghz, HePhyCapChanWidthSet242ToneIn24ghz,
        HePhyCapChanWidthSet242ToneIn5ghz, HePhyCapChanWidthSetReserved, HePhyCapBits8To23, HePhyCapChanWidthSet5GHzB0Reserved,
        HePhyCapChanWidthSet5GHzB4Reserved, HePhyCapChanWidthSet24GHzB1Reserved, HePhyCapChanWidthSet24GHzB2Reserved,
        HePhyCapChanWidthSet24GHzB3Reserved, HePhyCapChanWidthSet24GHzB5Reserved, HePhyCapPuncPreambleRx, HePhyCapDeviceClass,
        HePhyCapLdpcCodingInPayload, HePhyCapHeSuPpduWith1xHeLtf08us, HePhyCapMidambleTxRxMaxNsts, HePhyCapNdpWith4xHeLtf4x32us,
        HePhyCapStbcTxLt80mhz, HePhyCapStbcRxLt80mhz, HePhyCapDopplerTx, HePhyCapDopplerRx, HePhyCapFullBwUlMuMimo,
        HePhyCapPartialBwUlMuMimo, HePhyCapBits24To39, HePhyCapDcmMaxConstTx, HePhyCapDcmMaxNssTx, HePhyCapDcmMaxConstRx,
        HePhyCapRxPartialBwSu20mhzHeMuPpdu, HePhyCapSuBeamformer, HePhyCapSuBeamformee, HePhyCapMuBeamformer, HePhyCapBeamformeeStsLte80mhz,
        HePhyCapBeamformeeStsGt80mhz, HePhyCapBits40To55, HePhyCapNoSoundingDimsLte80, HePhyCapNoSoundingDimsGt80, HePhyCapNgEq16SuFb,
        HePhyCapNgEq16MuFb, HePhyCapCodebookSizeSuFb, HePhyCapCodebookSizeMuFb, HePhyCapTrigSuBfFb, HePhyCapTrigMuBfFb, HePhyCapTrigCqiFb,
        HePhyCapPartialBwEr, HePhyCapPartialBwDlMuMimo, HePhyCapPpeThresPresent, HePhyCapBits56To71, HePhyCapPsrBasedSrSup,
        HePhyCapPwrBstFactorArSup, HePhyCapHeSuPpduEtcGi, HePhyCapMaxNc, HePhyCapStbcTxGt80Mhz, HePhyCapStbcRxGt80Mhz,
        HePhyCapHeErSuPpdu4xxxGi, HePhyCap20MhzIn40In24ghz, HePhyCap20MhzIn16080p80Ppdu, HePhyCap80MhzIn16080p80Ppdu,
        HePhyCapHeErSuPpdu1xxxGi, HePhyCapMidambleTxRx2x1xHeLtf, HePhyCapBits72To87, HePhyCapDcmMaxRu,
        HePhyCapLongerThan16HeSigbOfdmSymSupport, HePhyCapNonTriggeredFeedback, HePhyCapTx1024QamSupportLt242ToneRu,
        HePhyCapRx1024QamSupportLt242ToneRu, HePhyCapRxFullBwSuUsingHeMuPpduWithCompressedSigb,
        HePhyCapRxFullBwSuUsingHeMuPpduWithNonCompressedSigb, HePhyCapNominalPacketPadding, HePhyCapHeMuPpduRuRxMax, HePhyCapReservedB81B87,
        HeMcsMapMaxHeMcs80Rx1Ss, HeMcsMapMaxHeMcs80Rx2Ss, HeMcsMapMaxHeMcs80Rx3Ss, HeMcsMapMaxHeMcs80Rx4Ss, HeMcsMapMaxHeMcs80Rx5Ss,
        HeMcsMapMaxHeMcs80Rx6Ss, HeMcsMapMaxHeMcs80Rx7Ss, HeMcsMapMaxHeMcs80Rx8Ss, HeMcsMapMaxHeMcs80Tx1Ss, HeMcsMapMaxHeMcs80Tx2Ss,
        HeMcsMapMaxHeMcs80Tx3Ss, HeMcsMapMaxHeMcs80Tx4Ss, HeMcsMapMaxHeMcs80Tx5Ss, HeMcsMapMaxHeMcs80Tx6Ss, HeMcsMapMaxHeMcs80Tx7Ss,
        HeMcsMapMaxHeMcs80Tx8Ss, HeMcsMapMaxHeMcs80p80Rx1Ss, HeMcsMapMaxHeMcs80p80Rx2Ss, HeMcsMapMaxHeMcs80p80Rx3Ss,
        HeMcsMapMaxHeMcs80p80Rx4Ss, HeMcsMapMaxHeMcs80p80Rx5Ss, HeMcsMapMaxHeMcs80p80Rx6Ss, HeMcsMapMaxHeMcs80p80Rx7Ss,
        HeMcsMapMaxHeMcs80p80Rx8Ss, HeMcsMapMaxHeMcs80p80Tx1Ss, HeMcsMapMaxHeMcs80p80Tx2Ss, HeMcsMapMaxHeMcs80p80Tx3Ss,
        HeMcsMapMaxHeMcs80p80Tx4Ss, HeMcsMapMaxHeMcs80p80Tx5Ss, HeMcsMapMaxHeMcs80p80Tx6Ss, HeMcsMapMaxHeMcs80p80Tx7Ss,
        HeMcsMapMaxHeMcs80p80Tx8Ss, HeMcsMapMaxHeMcs160Rx1Ss, HeMcsMapMaxHeMcs160Rx2Ss, HeMcsMapMaxHeMcs160Rx3Ss, HeMcsMapMaxHeMcs160Rx4Ss,
        HeMcsMapMaxHeMcs160Rx5Ss, HeMcsMapMaxHeMcs160Rx6Ss, HeMcsMapMaxHeMcs160Rx7Ss, HeMcsMapMaxHeMcs160Rx8Ss, HeMcsMapMaxHeMcs160Tx1Ss,
        HeMcsMapMaxHeMcs160Tx2Ss, HeMcsMapMaxHeMcs160Tx3Ss, HeMcsMapMaxHeMcs160Tx4Ss, HeMcsMapMaxHeMcs160Tx5Ss, HeMcsMapMaxHeMcs160Tx6Ss,
        HeMcsMapMaxHeMcs160Tx7Ss, HeMcsMapMaxHeMcs160Tx8Ss, HeMcsMapRxHeMcsMapLte80, HeMcsMapTxHeMcsMapLte80, HeMcsMapRxHeMcsMap160,
        HeMcsMapTxHeMcsMap160, HeMcsMapRxHeMcsMap8080, HeMcsMapTxHeMcsMap8080, HePpeThresholdsNss, HePpeThresholdsRuIndexBitmask,
        HePpeThresholdsPpet16, HePpeThresholdsPpet8,
    ];
}
