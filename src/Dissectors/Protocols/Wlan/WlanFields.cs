using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>IEEE 802.11 MAC fields, with tshark 4.0's abbrevs, names and types (packet-ieee80211.c).</summary>
public static class WlanFields
{
    public static readonly ProtocolDef Protocol = new("wlan", "IEEE 802.11", "IEEE 802.11 wireless LAN") { ColumnName = "802.11" };

    public static readonly FieldDef TypeSubtype = new("wlan.fc.type_subtype", "Type/Subtype", FieldType.UInt16, FieldBase.Hex, description: "Type and subtype combined (first byte: type, second byte: subtype)", valueNames: WlanValueNames.TypeSubtype);
    public static readonly FieldDef Fc = new("wlan.fc", "Frame Control Field", FieldType.UInt16, FieldBase.Hex, description: "MAC Frame control");
    public static readonly FieldDef FcVersion = new("wlan.fc.version", "Version", FieldType.UInt8, FieldBase.Dec, 0x03, description: "MAC Protocol version");
    private static readonly Dictionary<ulong, string> FrameTypeNames = new()
    {
        [0] = "Management frame", [1] = "Control frame", [2] = "Data frame", [3] = "Extension frame",
        [4] = "PV1 Reserved", [5] = "PV1 Reserved", [6] = "PV1 Reserved", [7] = "PV1 Extension (currently reserved)",
    };

    public static readonly FieldDef FcType = new("wlan.fc.type", "Type", FieldType.UInt8, FieldBase.Dec, 0x0C, description: "Frame type", valueNames: FrameTypeNames);
    public static readonly FieldDef FcSubtype = new("wlan.fc.subtype", "Subtype", FieldType.UInt8, FieldBase.Dec, 0xF0, description: "Frame subtype");
    public static readonly FieldDef Flags = new("wlan.flags", "Flags", FieldType.UInt8, FieldBase.Hex);
    private static readonly Dictionary<ulong, string> DsStatusNames = new()
    {
        [0] = "Not leaving DS or network is operating in AD-HOC mode (To DS: 0 From DS: 0)", [1] = "Frame from STA to DS via an AP (To DS: 1 From DS: 0)", [2] = "Frame from DS to a STA via AP(To DS: 0 From DS: 1)", [3] = "WDS (AP to AP) or Mesh (MP to MP) Frame (To DS: 1 From DS: 1)",
    };

    public static readonly FieldDef FcDs = new("wlan.fc.ds", "DS status", FieldType.UInt8, FieldBase.Hex, 0x03, description: "Data-frame DS-traversal status", valueNames: DsStatusNames);
    public static readonly FieldDef FcToDs = new("wlan.fc.tods", "To DS", FieldType.Boolean, FieldBase.None, 0x01, description: "To DS flag") { Booleans = new("Frame is entering DS", "Frame is not entering DS") };
    public static readonly FieldDef FcFromDs = new("wlan.fc.fromds", "From DS", FieldType.Boolean, FieldBase.None, 0x02, description: "From DS flag") { Booleans = new("Frame is exiting DS", "Frame is not exiting DS") };
    public static readonly FieldDef FcFrag = new("wlan.fc.frag", "More Fragments", FieldType.Boolean, FieldBase.None, 0x04, description: "More Fragments flag") { Booleans = new("More fragments follow", "This is the last fragment") };
    public static readonly FieldDef FcRetry = new("wlan.fc.retry", "Retry", FieldType.Boolean, FieldBase.None, 0x08, description: "Retransmission flag") { Booleans = new("Frame is being retransmitted", "Frame is not being retransmitted") };
    public static readonly FieldDef FcPwrMgt = new("wlan.fc.pwrmgt", "PWR MGT", FieldType.Boolean, FieldBase.None, 0x10, description: "Power management status") { Booleans = new("STA will go to sleep", "STA will stay up") };
    public static readonly FieldDef FcMoreData = new("wlan.fc.moredata", "More Data", FieldType.Boolean, FieldBase.None, 0x20, description: "More data flag") { Booleans = new("Data is buffered for STA at AP", "No data buffered") };
    public static readonly FieldDef FcProtected = new("wlan.fc.protected", "Protected flag", FieldType.Boolean, FieldBase.None, 0x40) { Booleans = new("Data is protected", "Data is not protected") };
    public static readonly FieldDef FcOrder = new("wlan.fc.order", "+HTC/Order flag", FieldType.Boolean, FieldBase.None, 0x80, description: "HT Control present/strictly ordered flag") { Booleans = new("Strictly ordered", "Not strictly ordered") };
    public static readonly FieldDef Duration = new("wlan.duration", "Duration", FieldType.UInt16, FieldBase.Dec, 0x7FFF) { Unit = new(" microsecond", " microseconds") };
    public static readonly FieldDef Aid = new("wlan.aid", "Association ID", FieldType.UInt16, FieldBase.Dec, 0x3FFF);
    public static readonly FieldDef Ra = new("wlan.ra", "Receiver address", FieldType.Ether, description: "Receiving Station Hardware Address");
    public static readonly FieldDef Ta = new("wlan.ta", "Transmitter address", FieldType.Ether, description: "Transmitting Station Hardware Address");
    public static readonly FieldDef Da = new("wlan.da", "Destination address", FieldType.Ether, description: "Destination Hardware Address");
    public static readonly FieldDef Sa = new("wlan.sa", "Source address", FieldType.Ether, description: "Source Hardware Address");
    public static readonly FieldDef Bssid = new("wlan.bssid", "BSS Id", FieldType.Ether, description: "Basic Service Set ID");
    public static readonly FieldDef Staa = new("wlan.staa", "STA address", FieldType.Ether, description: "Station Hardware Address");
    public static readonly FieldDef Addr = new("wlan.addr", "Hardware address", FieldType.Ether, description: "SA, DA, BSSID, RA or TA Hardware Address");
    public static readonly FieldDef RaResolved = new("wlan.ra_resolved", "Receiver address (resolved)", FieldType.String, description: "Receiving Station Hardware Address (resolved)");
    public static readonly FieldDef TaResolved = new("wlan.ta_resolved", "Transmitter address (resolved)", FieldType.String, description: "Transmitting Station Hardware Address (resolved)");
    public static readonly FieldDef DaResolved = new("wlan.da_resolved", "Destination address (resolved)", FieldType.String, description: "Destination Hardware Address (resolved)");
    public static readonly FieldDef SaResolved = new("wlan.sa_resolved", "Source address (resolved)", FieldType.String, description: "Source Hardware Address (resolved)");
    public static readonly FieldDef BssidResolved = new("wlan.bssid_resolved", "BSS Id (resolved)", FieldType.String, description: "Basic Service Set ID (resolved)");
    public static readonly FieldDef StaaResolved = new("wlan.staa_resolved", "STA address (resolved)", FieldType.String, description: "Station Hardware Address (resolved)");
    public static readonly FieldDef AddrResolved = new("wlan.addr_resolved", "Hardware address (resolved)", FieldType.String, description: "SA, DA, BSSID, RA or TA Hardware Address (resolved)");
    public static readonly ExpertDef RetryExpert = new("wlan.fc.retry.expert", ExpertGroup.Sequence, ExpertSeverity.Note, "Retransmission (retry)");
    public static readonly FieldDef BaControlReserved = new("wlan.ba.control.reserved", "Reserved", FieldType.UInt16, FieldBase.Hex, 0x0FE0);
    public static readonly FieldDef BaMissingFrame = new("wlan.ba.bm.missing_frame", "Missing frame", FieldType.UInt32, FieldBase.Dec);
    public static readonly FieldDef Frag = new("wlan.frag", "Fragment number", FieldType.UInt16, FieldBase.Dec, 0x000F);
    public static readonly FieldDef Seq = new("wlan.seq", "Sequence number", FieldType.UInt16, FieldBase.Dec, 0xFFF0);
    public static readonly FieldDef Qos = new("wlan.qos", "Qos Control", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef QosTid = new("wlan.qos.tid", "TID", FieldType.UInt16, FieldBase.Dec, 0x000F);
    public static readonly FieldDef QosPriority = new("wlan.qos.priority", "Priority", FieldType.UInt16, FieldBase.Dec, 0x0007, description: "802.1D Tag", valueNames: WlanValueNames.QosPriority);
    public static readonly FieldDef QosEosp = new("wlan.qos.eosp", "EOSP", FieldType.Boolean, FieldBase.None, 0x0010, description: "EOSP Field") { Booleans = new("End of service period", "Service period"), BitWidth = 16 };
    private static readonly Dictionary<ulong, string> AckPolicyNames = new()
    {
        [0] = "Normal Ack", [1] = "No Ack", [2] = "No explicit acknowledgment", [3] = "Block Ack",
    };

    public static readonly FieldDef QosAck = new("wlan.qos.ack", "Ack Policy", FieldType.UInt16, FieldBase.Hex, 0x0060, valueNames: AckPolicyNames);
    public static readonly FieldDef QosAmsduPresent = new("wlan.qos.amsdupresent", "Payload Type", FieldType.Boolean, FieldBase.None, 0x0080) { Booleans = new("A-MSDU", "MSDU"), BitWidth = 16 };
    public static readonly FieldDef QosTxopDurReq = new("wlan.qos.txop_dur_req", "TXOP Duration Requested", FieldType.UInt16, FieldBase.Dec, 0xFF00);
    public static readonly FieldDef QosBit4 = new("wlan.qos.bit4", "QoS bit 4", FieldType.Boolean, FieldBase.None, 0x0010) { Booleans = new("Bits 8-15 of QoS Control field are Queue Size", "Bits 8-15 of QoS Control field are TXOP Duration Requested"), BitWidth = 16 };
    public static readonly FieldDef QosQueueSize = new("wlan.qos.queue_size", "Queue Size", FieldType.UInt16, FieldBase.Dec, 0xFF00);
    public static readonly FieldDef QosPsBufState = new("wlan.qos.ps_buf_state", "QAP PS Buffer State", FieldType.UInt16, FieldBase.Hex, 0xFF00);
    public static readonly FieldDef QosBufStateIndicated = new("wlan.qos.buf_state_indicated", "Buffer State Indicated", FieldType.Boolean, FieldBase.None, 0x0200) { Booleans = TrueFalse.YesNo };
    public static readonly FieldDef QosHighestPriBufAc = new("wlan.qos.highest_pri_buf_ac", "Highest-Priority Buffered AC", FieldType.UInt16, FieldBase.Dec, 0x0C00);
    public static readonly FieldDef QosQapBufLoad = new("wlan.qos.qap_buf_load", "QAP Buffered Load", FieldType.UInt16, FieldBase.Dec, 0xF000);
    public static readonly FieldDef Fcs = new("wlan.fcs", "Frame check sequence", FieldType.UInt32, FieldBase.Hex, description: "Frame Check Sequence (FCS)");
    public static readonly FieldDef CcmpExtIv = new("wlan.ccmp.extiv", "CCMP Ext. Initialization Vector", FieldType.String, description: "CCMP Extended Initialization Vector");
    public static readonly FieldDef TkipExtIv = new("wlan.tkip.extiv", "TKIP Ext. Initialization Vector", FieldType.String, description: "TKIP Extended Initialization Vector");
    public static readonly FieldDef WepIv = new("wlan.wep.iv", "Initialization Vector", FieldType.UInt24, FieldBase.Hex);
    public static readonly FieldDef WepKey = new("wlan.wep.key", "Key Index", FieldType.UInt8, FieldBase.Dec);

    // Block Ack Request / Block Ack (control frames)
    /// <summary>The Block Ack types (wlan.ba.control.ba_type).</summary>
    private static readonly Dictionary<ulong, string> BaTypeNames = new()
    {
        [0] = "Basic BlockAck", [1] = "Extended Compressed BlockAck", [2] = "Compressed BlockAck", [3] = "Multi-TID BlockAck",
        [6] = "GCR BlockAck", [10] = "GLK-GCR BlockAck", [11] = "Multi-STA BlockAck",
    };

    public static readonly FieldDef BaControl = new("wlan.ba.control", "Block Ack Control", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef BaControlAckPolicy = new("wlan.ba.control.ackpolicy", "BA Ack Policy", FieldType.Boolean, FieldBase.None, 0x0001, description: "Block Ack Request (BAR) Ack Policy") { Booleans = new("Sender Does Not Require Immediate Acknowledgement", "Immediate Acknowledgement Required"), BitWidth = 16 };
    public static readonly FieldDef BaControlType = new("wlan.ba.control.ba_type", "BA Type", FieldType.UInt16, FieldBase.Hex, 0x001E, valueNames: BaTypeNames);
    public static readonly FieldDef BaBasicTidInfo = new("wlan.ba.basic.tidinfo", "TID for which a Basic BlockAck frame is requested", FieldType.UInt16, FieldBase.Hex, 0xF000, description: "Traffic Identifier (TID) for which a Basic BlockAck frame is requested");
    public static readonly FieldDef BaBitmap = new("wlan.ba.bm", "Block Ack Bitmap", FieldType.Bytes);
    public static readonly FieldDef FixedSsc = new("wlan.fixed.ssc", "Block Ack Starting Sequence Control (SSC)", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef FixedSscFragment = new("wlan.fixed.ssc.fragment", "Fragment", FieldType.UInt16, FieldBase.Dec, 0x000F);
    public static readonly FieldDef FixedSscSequence = new("wlan.fixed.ssc.sequence", "Starting Sequence Number", FieldType.UInt16, FieldBase.Dec, 0xFFF0);

    // Fixed parameters of management frames
    public static readonly FieldDef FixedAll = new("wlan.fixed.all", "Fixed parameters", FieldType.None);
    public static readonly FieldDef FixedTimestamp = new("wlan.fixed.timestamp", "Timestamp", FieldType.UInt64, FieldBase.Dec);
    public static readonly FieldDef FixedBeacon = new("wlan.fixed.beacon", "Beacon Interval", FieldType.UInt32, FieldBase.Custom);
    public static readonly FieldDef FixedCapabilities = new("wlan.fixed.capabilities", "Capabilities Information", FieldType.UInt16, FieldBase.Hex, description: "Capability information");
    public static readonly FieldDef CapEss = new("wlan.fixed.capabilities.ess", "ESS capabilities", FieldType.Boolean, FieldBase.None, 0x0001) { Booleans = new("Transmitter is an AP", "Transmitter is a STA"), BitWidth = 16 };
    public static readonly FieldDef CapIbss = new("wlan.fixed.capabilities.ibss", "IBSS status", FieldType.Boolean, FieldBase.None, 0x0002, description: "IBSS participation") { Booleans = new("Transmitter belongs to an IBSS", "Transmitter belongs to a BSS"), BitWidth = 16 };
    public static readonly FieldDef CapReserved1 = new("wlan.fixed.capabilities.reserved1", "Reserved", FieldType.UInt16, FieldBase.Dec, 0x0004);
    public static readonly FieldDef CapReserved2 = new("wlan.fixed.capabilities.reserved2", "Reserved", FieldType.UInt16, FieldBase.Dec, 0x0008);
    public static readonly FieldDef CapReserved3 = new("wlan.fixed.capabilities.reserved3", "Reserved", FieldType.UInt16, FieldBase.Dec, 0x0040);
    public static readonly FieldDef CapReserved4 = new("wlan.fixed.capabilities.reserved4", "Reserved", FieldType.UInt16, FieldBase.Dec, 0x0080);
    public static readonly FieldDef CapReserved5 = new("wlan.fixed.capabilities.reserved5", "Reserved", FieldType.UInt16, FieldBase.Dec, 0x4000);
    public static readonly FieldDef CapReserved6 = new("wlan.fixed.capabilities.reserved6", "Reserved", FieldType.UInt16, FieldBase.Dec, 0x8000);
    public static readonly FieldDef CapPrivacy = new("wlan.fixed.capabilities.privacy", "Privacy", FieldType.Boolean, FieldBase.None, 0x0010, description: "Data privacy") { Booleans = new("Data confidentiality required", "Data confidentiality not required"), BitWidth = 16 };
    public static readonly FieldDef CapShortPreamble = new("wlan.fixed.capabilities.short_preamble", "Short Preamble", FieldType.Boolean, FieldBase.None, 0x0020) { Booleans = new("Allowed", "Not Allowed"), BitWidth = 16 };
    public static readonly FieldDef CapSpecMan = new("wlan.fixed.capabilities.spec_man", "Spectrum Management", FieldType.Boolean, FieldBase.None, 0x0100) { Booleans = new("Implemented", "Not Implemented") };
    public static readonly FieldDef CapQos = new("wlan.fixed.capabilities.qos", "QoS", FieldType.Boolean, FieldBase.None, 0x0200) { Booleans = new("Implemented", "Not Implemented") };
    public static readonly FieldDef CapShortSlotTime = new("wlan.fixed.capabilities.short_slot_time", "Short Slot Time", FieldType.Boolean, FieldBase.None, 0x0400) { Booleans = new("In use", "Not in use") };
    public static readonly FieldDef CapApsd = new("wlan.fixed.capabilities.apsd", "Automatic Power Save Delivery", FieldType.Boolean, FieldBase.None, 0x0800) { Booleans = new("Implemented", "Not Implemented") };
    public static readonly FieldDef CapRadioMeasurement = new("wlan.fixed.capabilities.radio_measurement", "Radio Measurement", FieldType.Boolean, FieldBase.None, 0x1000) { Booleans = new("Implemented", "Not Implemented") };
    public static readonly FieldDef CapEpd = new("wlan.fixed.capabilities.epd", "EPD", FieldType.Boolean, FieldBase.None, 0x2000) { Booleans = new("Implemented", "Not Implemented") };
    public static readonly FieldDef FixedAuthAlg = new("wlan.fixed.auth.alg", "Authentication Algorithm", FieldType.UInt16, FieldBase.Dec, valueNames: WlanValueNames.AuthAlgorithm);
    public static readonly FieldDef FixedAuthSeq = new("wlan.fixed.auth_seq", "Authentication SEQ", FieldType.UInt16, FieldBase.Hex, description: "Authentication Sequence Number");
    public static readonly FieldDef FixedStatusCode = new("wlan.fixed.status_code", "Status code", FieldType.UInt16, FieldBase.Hex, description: "Status of requested event", valueNames: WlanValueNames.StatusCode);
    public static readonly FieldDef FixedAid = new("wlan.fixed.aid", "Association ID", FieldType.UInt16, FieldBase.Hex, 0x3FFF);
    public static readonly FieldDef FixedListenInterval = new("wlan.fixed.listen_ival", "Listen Interval", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef FixedCurrentAp = new("wlan.fixed.current_ap", "Current AP", FieldType.Ether, description: "MAC address of current AP");
    public static readonly FieldDef FixedReasonCode = new("wlan.fixed.reason_code", "Reason code", FieldType.UInt16, FieldBase.Hex, description: "Reason for unsolicited notification", valueNames: WlanValueNames.ReasonCode);
    public static readonly FieldDef FixedCategoryCode = new("wlan.fixed.category_code", "Category code", FieldType.UInt16, FieldBase.Dec, description: "Management action category",
        valueNames: WlanActionFrames.CategoryNames);

    // Tagged parameters
    public static readonly FieldDef TaggedAll = new("wlan.tagged.all", "Tagged parameters", FieldType.None);
    public static readonly FieldDef Tag = new("wlan.tag", "Tag", FieldType.None);
    public static readonly FieldDef TagNumber = new("wlan.tag.number", "Tag Number", FieldType.UInt8, FieldBase.Dec, description: "Element ID", valueNames: WlanValueNames.TagNumber);
    public static readonly FieldDef TagLength = new("wlan.tag.length", "Tag length", FieldType.UInt32, FieldBase.Dec, description: "Length of tag");
    public static readonly FieldDef Ssid = new("wlan.ssid", "SSID", FieldType.Bytes, description: "Indicates the identity of an ESS or IBSS");
    public static readonly FieldDef SupportedRates = new("wlan.supported_rates", "Supported Rates", FieldType.UInt8, FieldBase.Hex, description: "In Mbit/sec, (B) for Basic Rates", valueNames: WlanValueNames.SupportedRates);
    public static readonly FieldDef ExtendedSupportedRates = new("wlan.extended_supported_rates", "Extended Supported Rates", FieldType.UInt8, FieldBase.Hex, description: "In Mbit/sec, (B) for Basic Rates", valueNames: WlanValueNames.SupportedRates);
    public static readonly FieldDef DsCurrentChannel = new("wlan.ds.current_channel", "Current Channel", FieldType.UInt8, FieldBase.Dec, description: "DS Parameter Set - Current Channel");
    public static readonly FieldDef ErpInfo = new("wlan.erp_info", "ERP Information", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef ErpPresent = new("wlan.erp_info.erp_present", "Non ERP Present", FieldType.Boolean, FieldBase.None, 0x01) { Booleans = TrueFalse.SetNotSet };
    public static readonly FieldDef ErpUseProtection = new("wlan.erp_info.use_protection", "Use Protection", FieldType.Boolean, FieldBase.None, 0x02) { Booleans = TrueFalse.SetNotSet };
    public static readonly FieldDef ErpBarkerPreamble = new("wlan.erp_info.barker_preamble_mode", "Barker Preamble Mode", FieldType.Boolean, FieldBase.None, 0x04) { Booleans = TrueFalse.SetNotSet };
    public static readonly FieldDef ErpReserved = new("wlan.erp_info.reserved", "Reserved", FieldType.UInt8, FieldBase.Hex, 0xF8);
    private static readonly Dictionary<ulong, string> CountryEnvironments = new()
    {
        [1] = "Operating classes in the United States", [2] = "Operating classes in Europe", [3] = "Operating classes in Japan",
        [4] = "Global operating classes", [5] = "S1G operating classes", [6] = "Operating classes in China", [32] = "All", [73] = "Indoor",
        [79] = "Outdoor", [88] = "Non Country Entity",
    };

    public static readonly FieldDef CountryCode = new("wlan.country_info.code", "Code", FieldType.String);
    public static readonly FieldDef CountryEnvironment = new("wlan.country_info.environment", "Environment", FieldType.UInt8, FieldBase.Dec, valueNames: CountryEnvironments);
    public static readonly FieldDef CountryPadding = new("wlan.country_info.padding", "Padding", FieldType.Bytes);
    public static readonly FieldDef CountryFnm = new("wlan.country_info.fnm", "Country Info", FieldType.None);
    public static readonly FieldDef CountryFirstChannel = new("wlan.country_info.fnm.fcn", "First Channel Number", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef CountryChannels = new("wlan.country_info.fnm.nc", "Number of Channels", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef CountryMaxPower = new("wlan.country_info.fnm.mtpl", "Maximum Transmit Power Level", FieldType.Int8, FieldBase.Dec) { Unit = new(" dBm", " dBm") };
    public static readonly FieldDef CountryRrc = new("wlan.country_info.rrc", "Country Info", FieldType.None);
    public static readonly FieldDef CountryOperatingExtension = new("wlan.country_info.rrc.oei", "Operating Extension Identifier", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef CountryOperatingClass = new("wlan.country_info.rrc.oc", "Operating Class", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef CountryCoverageClass = new("wlan.country_info.rrc.cc", "Coverage Class", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef TimDtimCount = new("wlan.tim.dtim_count", "DTIM count", FieldType.UInt8, FieldBase.Dec, description: "Indicates how many Beacon frames (including the current frame) appear before the next DTIM");
    public static readonly FieldDef TimDtimPeriod = new("wlan.tim.dtim_period", "DTIM period", FieldType.UInt8, FieldBase.Dec, description: "Indicates the number of beacon intervals between successive DTIMs");
    public static readonly FieldDef TimBmapCtl = new("wlan.tim.bmapctl", "Bitmap control", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef TimBmapCtlMulticast = new("wlan.tim.bmapctl.multicast", "Multicast", FieldType.Boolean, FieldBase.None, 0x01, description: "Contains the Traffic Indicator bit associated with Association ID 0");
    public static readonly FieldDef TimBmapCtlOffset = new("wlan.tim.bmapctl.offset", "Bitmap Offset", FieldType.UInt8, FieldBase.Hex, 0xFE);
    public static readonly FieldDef TimPartialVirtualBitmap = new("wlan.tim.partial_virtual_bitmap", "Partial Virtual Bitmap", FieldType.Bytes);
    public static readonly FieldDef RsnVersion = new("wlan.rsn.version", "RSN Version", FieldType.UInt16, FieldBase.Dec, description: "Indicates the version number of the RSNA protocol");
    public static readonly FieldDef RsnGcs = new("wlan.rsn.gcs", "Group Cipher Suite", FieldType.UInt32, FieldBase.Custom, description: "Contains the cipher suite selector used by the BSS to protect broadcast/multicast traffic");
    public static readonly FieldDef RsnGcsOui = new("wlan.rsn.gcs.oui", "Group Cipher Suite OUI", FieldType.UInt24, FieldBase.Oui);
    public static readonly FieldDef RsnGcsType = new("wlan.rsn.gcs.type", "Group Cipher Suite type", FieldType.UInt8, FieldBase.Dec, valueNames: WlanValueNames.CipherSuite);
    public static readonly FieldDef RsnPcsCount = new("wlan.rsn.pcs.count", "Pairwise Cipher Suite Count", FieldType.UInt16, FieldBase.Dec, description: "Indicates the number of pairwise cipher suite selectors that are contained in the Pairwise Cipher Suite List");
    public static readonly FieldDef RsnPcsList = new("wlan.rsn.pcs.list", "Pairwise Cipher Suite List", FieldType.None, description: "Contains a series of cipher suite selectors that indicate the pairwisecipher suites");
    public static readonly FieldDef RsnPcs = new("wlan.rsn.pcs", "Pairwise Cipher Suite", FieldType.UInt32, FieldBase.Custom);
    public static readonly FieldDef RsnPcsOui = new("wlan.rsn.pcs.oui", "Pairwise Cipher Suite OUI", FieldType.UInt24, FieldBase.Oui);
    public static readonly FieldDef RsnPcsType = new("wlan.rsn.pcs.type", "Pairwise Cipher Suite type", FieldType.UInt8, FieldBase.Dec, valueNames: WlanValueNames.CipherSuite);
    public static readonly FieldDef RsnAkmsCount = new("wlan.rsn.akms.count", "Auth Key Management (AKM) Suite Count", FieldType.UInt16, FieldBase.Dec, description: "Indicates the number of Auth Key Management suite selectors that are contained in the Auth Key Management Suite List");
    public static readonly FieldDef RsnAkmsList = new("wlan.rsn.akms.list", "Auth Key Management (AKM) List", FieldType.None, description: "Contains a series of cipher suite selectors that indicate the AKM suites");
    public static readonly FieldDef RsnAkms = new("wlan.rsn.akms", "Auth Key Management (AKM) Suite", FieldType.UInt32, FieldBase.Custom);
    public static readonly FieldDef RsnAkmsOui = new("wlan.rsn.akms.oui", "Auth Key Management (AKM) OUI", FieldType.UInt24, FieldBase.Oui);
    public static readonly FieldDef RsnAkmsType = new("wlan.rsn.akms.type", "Auth Key Management (AKM) type", FieldType.UInt8, FieldBase.Dec, valueNames: WlanValueNames.AkmSuite);
    public static readonly FieldDef RsnCapabilities = new("wlan.rsn.capabilities", "RSN Capabilities", FieldType.UInt16, FieldBase.Hex, description: "RSN Capability information");
    public static readonly FieldDef RsnCapPreauth = new("wlan.rsn.capabilities.preauth", "RSN Pre-Auth capabilities", FieldType.Boolean, FieldBase.None, 0x0001) { Booleans = new("Transmitter supports pre-authentication", "Transmitter does not support pre-authentication"), BitWidth = 16 };
    public static readonly FieldDef RsnCapNoPairwise = new("wlan.rsn.capabilities.no_pairwise", "RSN No Pairwise capabilities", FieldType.Boolean, FieldBase.None, 0x0002) { Booleans = new("Transmitter cannot support WEP default key 0 simultaneously with Pairwise key", "Transmitter can support WEP default key 0 simultaneously with Pairwise key"), BitWidth = 16 };
    public static readonly FieldDef RsnCapPtksaReplayCounter = new("wlan.rsn.capabilities.ptksa_replay_counter", "RSN PTKSA Replay Counter capabilities", FieldType.UInt16, FieldBase.Hex, 0x000C, valueNames: WlanValueNames.ReplayCounters);
    public static readonly FieldDef RsnCapGtksaReplayCounter = new("wlan.rsn.capabilities.gtksa_replay_counter", "RSN GTKSA Replay Counter capabilities", FieldType.UInt16, FieldBase.Hex, 0x0030, valueNames: WlanValueNames.ReplayCounters);
    public static readonly FieldDef RsnCapMfpr = new("wlan.rsn.capabilities.mfpr", "Management Frame Protection Required", FieldType.Boolean, FieldBase.None, 0x0040) { BitWidth = 16 };
    public static readonly FieldDef RsnCapMfpc = new("wlan.rsn.capabilities.mfpc", "Management Frame Protection Capable", FieldType.Boolean, FieldBase.None, 0x0080) { BitWidth = 16 };
    public static readonly FieldDef RsnCapJmr = new("wlan.rsn.capabilities.jmr", "Joint Multi-band RSNA", FieldType.Boolean, FieldBase.None, 0x0100) { BitWidth = 16 };
    public static readonly FieldDef RsnCapPeerKey = new("wlan.rsn.capabilities.peerkey", "PeerKey Enabled", FieldType.Boolean, FieldBase.None, 0x0200) { BitWidth = 16 };
    public static readonly FieldDef RsnCapExtendedKeyIdIaf = new("wlan.rsn.capabilities.extended_key_id_iaf", "Extended Key ID for Individually Addressed Frames", FieldType.Boolean, FieldBase.None, 0x2000) { BitWidth = 16, Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef RsnPmkidCount = new("wlan.rsn.pmkid.count", "PMKID Count", FieldType.UInt16, FieldBase.Dec, description: "Indicates the number of PMKID  selectors that are contained in the PMKID Suite List");
    public static readonly FieldDef RsnPmkidList = new("wlan.rsn.pmkid.list", "PMKID List", FieldType.None, description: "Contains a series of cipher suite selectors that indicate the AKM suites");
    public static readonly FieldDef RsnPmkid = new("wlan.rsn.ie.pmkid", "PMKID", FieldType.Bytes);
    public static readonly FieldDef RsnGmcs = new("wlan.rsn.gmcs", "Group Management Cipher Suite", FieldType.UInt32, FieldBase.Custom, description: "Contains the cipher suite selector used by the BSS to protect broadcast/multicast traffic");
    public static readonly FieldDef RsnGmcsOui = new("wlan.rsn.gmcs.oui", "Group Management Cipher Suite OUI", FieldType.UInt24, FieldBase.Oui);
    public static readonly FieldDef RsnGmcsType = new("wlan.rsn.gmcs.type", "Group Management Cipher Suite type", FieldType.UInt8, FieldBase.Dec, valueNames: WlanValueNames.CipherSuite);
    public static readonly FieldDef TagVendorOuiType = new("wlan.tag.vendor.oui.type", "Vendor Specific OUI Type", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef TagVendorData = new("wlan.tag.vendor.data", "Vendor Specific Data", FieldType.Bytes, description: "Unknown/undecoded Vendor Specific Data");
    public static readonly FieldDef TagOui = new("wlan.tag.oui", "OUI", FieldType.UInt24, FieldBase.Oui, description: "OUI of vendor specific IE");

    /// <summary>The management frame body ("IEEE 802.11 Wireless Management"): a protocol-typed field of wlan, not a protocol of its own.</summary>
    public static readonly FieldDef Management = new("wlan.mgt", "IEEE 802.11 Wireless Management", FieldType.Protocol);

    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
    [
        TypeSubtype, Fc, FcVersion, FcType, FcSubtype, Flags, FcDs, FcToDs, FcFromDs, FcFrag, FcRetry, FcPwrMgt, FcMoreData,
        FcProtected, FcOrder, Duration, Aid, Ra, Ta, Da, Sa, Bssid, Staa, Addr, RaResolved, TaResolved, DaResolved, SaResolved, BssidResolved, StaaResolved, AddrResolved, Frag, Seq, Qos, QosTid, QosPriority, QosEosp,
        QosAck, QosAmsduPresent, QosTxopDurReq, QosBit4, QosQueueSize, QosPsBufState, QosBufStateIndicated, QosHighestPriBufAc, QosQapBufLoad, Fcs, CcmpExtIv, TkipExtIv, WepIv, WepKey, BaControl, BaControlAckPolicy,
        BaControlType, BaControlReserved, BaBasicTidInfo, BaBitmap, BaMissingFrame, FixedSsc, FixedSscFragment, FixedSscSequence, Management, FixedAll, FixedTimestamp, FixedBeacon, FixedCapabilities, CapEss, CapIbss, CapReserved1, CapReserved2, CapReserved3, CapReserved4, CapReserved5, CapReserved6,
        CapPrivacy, CapShortPreamble, CapSpecMan, CapQos, CapShortSlotTime, CapApsd, CapRadioMeasurement, CapEpd, FixedAuthAlg,
        FixedAuthSeq, FixedStatusCode, FixedAid, FixedListenInterval, FixedCurrentAp, FixedReasonCode, FixedCategoryCode,
        TaggedAll, Tag, TagNumber, TagLength, Ssid, SupportedRates, ExtendedSupportedRates, DsCurrentChannel, ErpInfo, ErpPresent, ErpUseProtection, ErpBarkerPreamble, ErpReserved, CountryCode, CountryEnvironment,
        CountryPadding, CountryFnm, CountryFirstChannel, CountryChannels, CountryMaxPower, CountryRrc, CountryOperatingExtension,
        CountryOperatingClass, CountryCoverageClass, TimDtimCount,
        TimDtimPeriod, TimBmapCtl, TimBmapCtlMulticast, TimBmapCtlOffset, TimPartialVirtualBitmap, RsnVersion, RsnGcs,
        RsnGcsOui, RsnGcsType, RsnPcsCount, RsnPcsList, RsnPcs, RsnPcsOui, RsnPcsType, RsnAkmsCount, RsnAkmsList, RsnAkms,
        RsnAkmsOui, RsnAkmsType, RsnCapabilities, RsnCapPreauth, RsnCapNoPairwise, RsnCapPtksaReplayCounter,
        RsnCapGtksaReplayCounter, RsnCapMfpr, RsnCapMfpc, RsnCapJmr, RsnCapPeerKey, RsnCapExtendedKeyIdIaf, RsnPmkidCount, RsnPmkidList, RsnPmkid, RsnGmcs, RsnGmcsOui,
        RsnGmcsType, TagVendorOuiType, TagVendorData, TagOui,
        .. WlanElementFields.All, .. WlanHtFields.All, .. WlanVhtFields.All, .. WlanCapabilityFields.All, .. WlanVendorFields.All,
        .. WlanActionFields.All, .. WlanHeFields.All, .. WlanHeCapabilityFields.All, .. WlanHeParameterFields.All, .. WlanRareFields.All, .. WlanWfaVendor.All, .. WlanActionCategories.All,
    ], [RetryExpert, .. WlanElementFields.Experts, WlanVendorTags.BadAifsn, WlanVhtTags.PowerCountInvalid, WlanRareFields.ExtraData, WlanActionCategories.VhtActionUndecoded])
    {
        SecondDefinitions = [.. WlanCapabilityTags.SecondDefinitions, .. WlanHeCapabilityFields.SecondDefinitions, .. WlanRareFields.SecondDefinitions, .. WlanActionCategories.SecondDefinitions],
    };
}
