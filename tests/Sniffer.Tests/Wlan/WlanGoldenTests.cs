using Sniffer.Tests.Golden;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Wlan;

/// <summary>
/// Issue 12 item 3: the scapy-made Wi-Fi sample captures (radiotap, PPI and bare 802.11; sample_captures/wifi.py)
/// read as tshark 4.0 reads them: summary lines (MAC addresses with "(TA)"/"(RA)"), frame.protocols, and every
/// wlan, wlan_radio, radiotap, PPI and LLC field below, one tshark run per capture and field set.
/// </summary>
public class WlanGoldenTests
{
    public static readonly string[] WlanFields =
    [
        "frame.number", "frame.protocols", "frame.encap_type", "wlan.fc.type_subtype", "wlan.fc.type", "wlan.fc.subtype", "wlan.fc",
        "wlan.flags", "wlan.fc.ds", "wlan.fc.tods", "wlan.fc.fromds", "wlan.fc.retry", "wlan.fc.pwrmgt", "wlan.fc.protected",
        "wlan.duration", "wlan.ra", "wlan.ta", "wlan.da", "wlan.sa", "wlan.bssid", "wlan.staa", "wlan.addr", "wlan.seq", "wlan.frag",
        "wlan.qos", "wlan.qos.tid", "wlan.qos.priority", "wlan.qos.ack", "wlan.qos.bit4", "wlan.qos.eosp", "wlan.qos.txop_dur_req",
        "wlan.qos.ps_buf_state", "wlan.qos.buf_state_indicated", "wlan.mgt", "wlan.fixed.all", "wlan.fixed.timestamp",
        "wlan.fixed.beacon", "wlan.fixed.capabilities", "wlan.fixed.capabilities.ess", "wlan.fixed.capabilities.privacy",
        "wlan.fixed.capabilities.short_slot_time", "wlan.fixed.auth.alg", "wlan.fixed.auth_seq", "wlan.fixed.status_code",
        "wlan.fixed.aid", "wlan.fixed.listen_ival", "wlan.fixed.current_ap", "wlan.fixed.reason_code", "wlan.tagged.all", "wlan.tag",
        "wlan.tag.number", "wlan.tag.length", "wlan.ssid", "wlan.supported_rates", "wlan.ds.current_channel", "wlan.tim.dtim_count",
        "wlan.tim.dtim_period", "wlan.tim.bmapctl", "wlan.tim.bmapctl.offset", "wlan.tim.partial_virtual_bitmap", "wlan.rsn.version",
        "wlan.rsn.gcs", "wlan.rsn.gcs.oui", "wlan.rsn.gcs.type", "wlan.rsn.pcs.count", "wlan.rsn.pcs", "wlan.rsn.pcs.type",
        "wlan.rsn.akms.count", "wlan.rsn.akms.type", "wlan.rsn.capabilities", "wlan.rsn.capabilities.mfpr", "wlan.rsn.capabilities.mfpc",
        "wlan.rsn.pmkid.count", "wlan.rsn.gmcs.type", "wlan.ccmp.extiv", "wlan.ba.control", "wlan.ba.control.ackpolicy",
        "wlan.ba.control.ba_type", "wlan.fixed.ssc", "wlan.fixed.ssc.sequence", "wlan.ba.bm", "llc.dsap", "llc.dsap.sap", "llc.ssap",
        "llc.control", "llc.control.ftype", "llc.oui", "llc.type", "data.len", "ip.src", "ip.dst", "tcp.stream", "tcp.srcport",
        "tcp.analysis.retransmission", "udp.dstport",
    ];

    public static readonly string[] RadioFields =
    [
        "frame.number", "radiotap.version", "radiotap.pad", "radiotap.length", "radiotap.present", "radiotap.present.word",
        "radiotap.present.tsft", "radiotap.present.rate", "radiotap.present.mcs", "radiotap.present.vht", "radiotap.present.ext",
        "radiotap.mactime", "radiotap.flags", "radiotap.flags.preamble", "radiotap.flags.fcs", "radiotap.datarate",
        "radiotap.channel.freq", "radiotap.channel.flags", "radiotap.channel.flags.cck", "radiotap.channel.flags.ofdm",
        "radiotap.channel.flags.2ghz", "radiotap.dbm_antsignal", "radiotap.dbm_antnoise", "radiotap.antenna", "radiotap.mcs",
        "radiotap.mcs.known", "radiotap.mcs.have_bw", "radiotap.mcs.have_index", "radiotap.mcs.index", "radiotap.mcs.bw",
        "radiotap.mcs.gi", "radiotap.mcs.format", "radiotap.mcs.fec", "radiotap.vht", "radiotap.vht.known", "radiotap.vht.have_stbc",
        "radiotap.vht.have_gi", "radiotap.vht.stbc", "radiotap.vht.gi", "radiotap.vht.bw", "radiotap.vht.user", "radiotap.vht.mcs.0",
        "radiotap.vht.nss.0", "radiotap.vht.nsts.0", "radiotap.vht.coding.0", "radiotap.vht.datarate.0", "wlan_radio",
        "wlan_radio.phy", "wlan_radio.11g.mode", "wlan_radio.short_preamble", "wlan_radio.data_rate", "wlan_radio.channel",
        "wlan_radio.frequency", "wlan_radio.signal_dbm", "wlan_radio.noise_dbm", "wlan_radio.snr", "wlan_radio.timestamp",
        "wlan_radio.duration", "wlan_radio.preamble", "wlan_radio.ifs", "wlan_radio.start_tsf", "wlan_radio.end_tsf",
        "wlan_radio.11n.mcs_index", "wlan_radio.11n.bandwidth", "wlan_radio.11n.short_gi", "wlan_radio.11n.greenfield",
        "wlan_radio.11n.fec", "wlan_radio.11ac.bandwidth", "wlan_radio.11ac.short_gi", "wlan_radio.11ac.stbc", "wlan_radio.11ac.user",
        "wlan_radio.11ac.mcs", "wlan_radio.11ac.nss", "wlan_radio.11ac.nsts", "wlan_radio.11ac.fec", "ppi.version", "ppi.flags",
        "ppi.flags.alignment", "ppi.length", "ppi.dlt", "ppi.field_type", "ppi.field_len", "ppi.80211-common.tsft",
        "ppi.80211-common.flags", "ppi.80211-common.flags.fcs", "ppi.80211-common.rate", "ppi.80211-common.chan.freq",
        "ppi.80211-common.chan.flags", "ppi.80211-common.chan.flags.cck", "ppi.80211-common.fhss.hopset",
        "ppi.80211-common.dbm.antsignal", "ppi.80211-common.dbm.antnoise",
    ];

    /// <summary>
    /// The elements and action frames of a real access point's frames (wifi-ap-tags.pcap): HT/VHT, extended and RM
    /// capabilities, QBSS load, power, operating classes, mobility domain, WMM/WPA/WPS vendor elements, Block Ack and
    /// Public Action fields, spanning tree; wlan.extcap and b56-b63 answer both their 8-bit and their 16-bit (octets 8 and 9)
    /// definitions, as tshark's same-name chain does.
    /// </summary>
    public static readonly string[] ElementFields =
    [
        "frame.number", "wlan.tag.number", "wlan.tag.length", "wlan.ht.capabilities", "wlan.ht.capabilities.sm", "wlan.ht.capabilities.rxstbc",
        "wlan.ht.ampduparam", "wlan.ht.ampduparam.maxlength", "wlan.ht.ampduparam.mpdudensity", "wlan.ht.mcsset.rxbitmask.0to7",
        "wlan.ht.mcsset.rxbitmask.8to15", "wlan.ht.mcsset.highestdatarate", "wlan.ht.mcsset.txmaxss", "wlan.htex.capabilities", "wlan.txbf",
        "wlan.asel", "wlan.ht.info.primarychannel", "wlan.ht.info.secchanoffset", "wlan.ht.info.ht_protection", "wlan.ht.info.delim3",
        "wlan.vht.capabilities", "wlan.vht.capabilities.maxmpdulength", "wlan.vht.capabilities.beamformee_sts_cap", "wlan.vht.capabilities.maxampdu",
        "wlan.vht.mcsset.rxmcsmap", "wlan.vht.mcsset.rxmcsmap.ss1", "wlan.vht.mcsset.txmcsmap.ss2", "wlan.vht.ncsset.ext_nss_bw_cap",
        "wlan.vht.op.channelwidth", "wlan.vht.op.channelcenter0", "wlan.vht.op.basicmcsmap", "wlan.vht.tpe.pwr_info.count",
        "wlan.vht.tpe.pwr_constr_20", "wlan.vht.tpe.pwr_constr_80", "wlan.extcap", "wlan.extcap.b2", "wlan.extcap.b19", "wlan.extcap.b31",
        "wlan.extcap.serv_int_granularity", "wlan.extcap.b46", "wlan.extcap.b62", "wlan.extcap.b63", "wlan.extcap.b69", "wlan.extcap.b77", "wlan.rmcap", "wlan.rmcap.b0",
        "wlan.rmcap.b18to20", "wlan.rmcap.b35", "wlan.qbss.version", "wlan.qbss.scount", "wlan.qbss.cu", "wlan.qbss.adc", "wlan.powercon.local",
        "wlan.powercap.min", "wlan.powercap.max", "wlan.supchan.first", "wlan.supchan.range", "wlan.supopeclass.current",
        "wlan.mobility_domain.mdid", "wlan.mobility_domain.ft_capab.ft_over_ds", "wlan.obss.spd", "wlan.obss.sat", "wlan.20_40_bc.information_request",
        "wlan.tag.oui", "wlan.tag.vendor.oui.type", "wlan.tag.vendor.data", "wlan.wfa.ie.type", "wlan.wfa.ie.wme.subtype",
        "wlan.wfa.ie.wme.qos_info", "wlan.wfa.ie.wme.qos_info.ap.u_apsd", "wlan.wfa.ie.wme.qos_info.sta.max_sp_length", "wlan.wfa.ie.wme.acp.aci",
        "wlan.wfa.ie.wme.acp.aifsn", "wlan.wfa.ie.wme.acp.cw.max", "wlan.wfa.ie.wme.acp.txop_limit", "wlan.wfa.ie.wpa.version",
        "wlan.wfa.ie.wpa.mcs", "wlan.wfa.ie.wpa.ucs.type", "wlan.wfa.ie.wpa.type", "wps.type", "wps.length", "wps.version",
        "wps.wifi_protected_setup_state", "wps.device_password_id", "wps.selected_registrar_config_methods.pushbutton", "wps.uuid_e",
        "wps.manufacturer", "wps.model_name", "wps.primary_device_type.category", "wps.primary_device_type.subcategory_network_infrastructure",
        "wps.device_name", "wps.config_methods", "wps.vendor_id", "wps.ext.version2", "wlan.fixed.category_code", "wlan.fixed.action_code", "wlan.fixed.dialog_token",
        "wlan.fixed.baparams", "wlan.fixed.baparams.tid", "wlan.fixed.baparams.buffersize", "wlan.fixed.batimeout", "wlan.fixed.delba.param.initiator",
        "wlan.fixed.publicact", "stp.protocol", "stp.version", "stp.type", "stp.flags", "stp.flags.port_role", "stp.root.prio", "stp.root.ext",
        "stp.root.hw", "stp.root.cost", "stp.bridge.hw", "stp.port", "stp.msg_age", "stp.max_age", "stp.forward", "stp.version_1_length",
    ];

    /// <summary>
    /// The 802.11ax elements of a Wi-Fi 6 access point and station (wifi-ax.pcap): HE capabilities (the 48-bit MAC word and its
    /// bits, PHY groups, both definitions of dcm_max_nss_tx, MCS maps, PPE thresholds), HE operation, MU EDCA, spatial reuse, 6 GHz;
    /// and the rarer elements beside them (TPC report, channel switch, quiet, timeout interval, RSNX, interworking, advertisement
    /// protocol, operating mode notification, BSS max idle period), the Hotspot 2.0 indication, SA Query/HT/VHT actions.
    /// </summary>
    public static readonly string[] HeFields =
    [
        "frame.number", "wlan.ext_tag.number", "wlan.ext_tag.length", "wlan.ext_tag.he_mac_caps", "wlan.ext_tag.he_mac_cap.htc_he_support",
        "wlan.ext_tag.he_mac_cap.dynamic_fragmentation_support", "wlan.ext_tag.he_mac_cap.max_frag_msdus", "wlan.ext_tag.he_mac_cap.min_frag_size",
        "wlan.ext_tag.he_mac_cap.max_a_mpdu_len_exp_ext", "wlan.ext_tag.he_mac_cap.om_cntl_ul_mu_data_disable_rx_support",
        "wlan.ext_tag.he_mac_cap.reserved_b24", "wlan.ext_tag.he_mac_cap.reserved_bits_5_7", "wlan.ext_tag.he_mac_cap.reserved_bit_29",
        "wlan.ext_tag.he_phy_cap.fbytes", "wlan.ext_tag.he_phy_cap.chan_width_set.40_80_in_5ghz", "wlan.ext_tag.he_phy_cap.chan_width_set.40mhz_in_2_4ghz",
        "wlan.ext_tag.he_phy_cap.bits_8_to_23", "wlan.ext_tag.he_phy_cap.device_class", "wlan.ext_tag.he_phy_cap.dcm_max_nss_tx",
        "wlan.ext_tag.he_phy_cap.beamformee_sts_lte_80mhz", "wlan.ext_tag.he_phy_cap.ppe_thres_present", "wlan.ext_tag.he_phy_cap.max_nc",
        "wlan.ext_tag.he_phy_cap.nominal_packet_padding", "wlan.ext_tag.he_mcs_map.rx_he_mcs_map_lte_80", "wlan.ext_tag.he_mcs_map.tx_he_mcs_map_160",
        "wlan.ext_tag.he_mcs_map.max_he_mcs_80_rx_1_ss", "wlan.ext_tag.he_mcs_map.max_he_mcs_160_tx_8_ss", "wlan.ext_tag.he_ppe_thresholds.nss",
        "wlan.ext_tag.he_ppe_thresholds.ru_index_bitmask", "wlan.ext_tag.he_ppe_thresholds.ppet16", "wlan.ext_tag.he_ppe_thresholds.ppet8",
        "wlan.ext_tag.he_operation.params", "wlan.ext_tag.bss_color_information.bss_color", "wlan.fixed.qosinfo.ap",
        "wlan.fixed.qosinfo.ap.edcaupdate", "wlan.ext_tag.mu_edca_parameter_set.aci", "wlan.ext_tag.mu_edca_parameter_set.ecwmin_ecwmax",
        "wlan.ext_tag.mu_edca_parameter_set.mu_edca_timer", "wlan.ext_tag.spatial_reuse.sr_control", "wlan.ext_tag.spatial_reuse.non_srg_obss_pd_max_offset",
        "wlan.ext_tag.spatial_reuse.srg_bss_color_bitmap", "wlan.tag.he_6ghz.cap_inf", "wlan.tag.he_6ghz.cap_inf.b3_b5",
        "wlan.tcprep.trsmt_pow", "wlan.tcprep.link_mrg", "wlan.csa.new_channel_number", "wlan.csa.channel_switch.count", "wlan.quiet.duration",
        "wlan.quiet.offset", "wlan.fixed.extchansw", "wlan.fixed.extchansw.new.opeclass", "wlan.extchansw.switchcount", "wlan.timeout_int.type",
        "wlan.timeout_int.value", "wlan.rsnx", "wlan.rsnx.sae_hash_to_element", "wlan.operat_notification_mode", "wlan.operat_mode_field.rxnss",
        "wlan.bss_max_idle.period", "wlan.bss_max_idle.options.protected", "wlan.interworking.access_network_type", "wlan.interworking.internet",
        "wlan.fixed.venue_info.group", "wlan.interworking.hessid", "wlan.adv_proto.resp_len_limit", "wlan.adv_proto.id",
        "wlan.hs20.indication.dgaf_disabled", "wlan.hs20.indication.pps_mo_id_present", "wlan.hs20.indication.version_number",
        "wlan.hs20.indication.pps_mo_id", "wlan.hs20.indication.domain_id", "wlan.fixed.category_code", "wlan.fixed.action_code",
        "wlan.fixed.transaction_id", "wlan.fixed.htact", "wlan.fixed.chanwidth", "wlan.fixed.sm.powercontrol", "wlan.fixed.sm.powercontrol.mode",
        "wlan.vht.action", "wlan.vht.operation_mode_notification",
    ];

    public static IEnumerable<object[]> WifiCaptures() => Corpus.SampleCaptureFiles()
        .Where(f => Path.GetFileName(f).StartsWith("wifi-", StringComparison.Ordinal))
        .Select(f => new object[] { Path.GetRelativePath(Corpus.RepoRoot, f) });

    [TsharkTheory]
    [MemberData(nameof(WifiCaptures))]
    public void Wlan_and_llc_fields_match_tshark(string relativePath) => AssertFieldsMatch(relativePath, WlanFields);

    [TsharkTheory]
    [MemberData(nameof(WifiCaptures))]
    public void Element_action_and_stp_fields_match_tshark(string relativePath) => AssertFieldsMatch(relativePath, ElementFields);

    [TsharkTheory]
    [MemberData(nameof(WifiCaptures))]
    public void He_element_fields_match_tshark(string relativePath) => AssertFieldsMatch(relativePath, HeFields);

    [TsharkTheory]
    [MemberData(nameof(WifiCaptures))]
    public void Radio_header_fields_match_tshark(string relativePath) => AssertFieldsMatch(relativePath, RadioFields);

    [TsharkTheory]
    [MemberData(nameof(WifiCaptures))]
    public void Summary_lines_match_tshark(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        var expected = ExternalTools.Tshark("-n", "-r", file);
        var (code, actual) = SnifferRunner.Read(file, []);
        Assert.Equal(0, code);
        GoldenComparison.AssertSameLines(GoldenComparison.Lines(expected.StdOut), GoldenComparison.Lines(actual), file, "summary");
    }

    [Fact]
    public void Every_wifi_link_type_and_frame_kind_is_in_the_sample_captures()
    {
        var names = WifiCaptures().Select(o => Path.GetFileName((string)o[0])).ToList();
        Assert.Contains("wifi-radiotap.pcap", names);
        Assert.Contains("wifi-ppi.pcap", names);
        Assert.Contains("wifi-80211.pcap", names);
        Assert.Contains("wifi-ap-tags.pcap", names);
        Assert.Contains("wifi-ax.pcap", names);
    }

    private static void AssertFieldsMatch(string relativePath, string[] fields)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        GoldenComparison.AssertFieldsMatchTshark(file, fields);
    }
}
