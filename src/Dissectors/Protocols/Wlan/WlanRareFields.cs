using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>Rarer 802.11 elements' fields (TPC Report, Channel Switch, Quiet, Extended Channel Switch, Timeout Interval, RSNX, Operating Mode Notification, BSS Max Idle Period, Interworking, Advertisement Protocol), generated from tshark 4.0.17's -G fields/values.</summary>
public static class WlanRareFields
{
    private static readonly Dictionary<ulong, string> FixedExtchanswSwitchmodeNames = new() { [0] = "Frames may be transmitted before the channel switch has been completed", [1] = "No more frames are to be transmitted until the channel switch has been completed" };
    private static readonly Dictionary<ulong, string> TimeoutIntTypeNames = new() { [1] = "Reassociation deadline interval (TUs)", [2] = "Key lifetime interval (seconds)", [3] = "Association Comeback time (TUs)", [4] = "Time to start (TUs)" };
    private static readonly Dictionary<ulong, string> OperatModeFieldChannelwidthNames = new() { [0] = "20MHz", [1] = "40MHZ", [2] = "80MHz", [3] = "160MHz or 80MHz+80MHz" };
    private static readonly Dictionary<ulong, string> OperatModeFieldRxnssNames = new() { [0] = "1Nss", [1] = "2Nss", [2] = "3Nss", [3] = "4Nss", [4] = "5Nss", [5] = "6Nss", [6] = "7Nss", [7] = "8Nss" };
    private static readonly Dictionary<ulong, string> InterworkingAccessNetworkTypeNames = new() { [0] = "Private network", [1] = "Private network with guest access", [2] = "Chargeable public network", [3] = "Free public network", [4] = "Personal device network", [5] = "Emergency services only network", [14] = "Test or experimental", [15] = "Wildcard" };
    private static readonly Dictionary<ulong, string> FixedVenueInfoGroupNames = new() { [0] = "Unspecified", [1] = "Assembly", [2] = "Business", [3] = "Educational", [4] = "Factory and Industrial", [5] = "Institutional", [6] = "Mercantile", [7] = "Residential", [8] = "Storage", [9] = "Utility and Miscellaneous", [10] = "Vehicular", [11] = "Outdoor" };
    private static readonly Dictionary<ulong, string> AdvProtoIdNames = new() { [0] = "Access Network Query Protocol", [1] = "MIH Information Service", [2] = "MIH Command and Event Services Capability Discovery", [3] = "Emergency Alert System (EAS)", [4] = "Location-to-Service Translation Protocol", [221] = "Vendor Specific" };

    public static readonly FieldDef TcprepTrsmtPow = new("wlan.tcprep.trsmt_pow", "Transmit Power", FieldType.Int8, FieldBase.Dec);
    public static readonly FieldDef TcprepLinkMrg = new("wlan.tcprep.link_mrg", "Link Margin", FieldType.Int8, FieldBase.Dec);
    public static readonly FieldDef CsaChannelSwitchMode = new("wlan.csa.channel_switch_mode", "Channel Switch Mode", FieldType.UInt8, FieldBase.Dec, 0, description: "Indicates any restrictions on transmission until a channel switch");
    public static readonly FieldDef CsaNewChannelNumber = new("wlan.csa.new_channel_number", "New Channel Number", FieldType.UInt8, FieldBase.Dec, 0, description: "Set to the number of the channel to which the STA is moving");
    public static readonly FieldDef CsaChannelSwitchCount = new("wlan.csa.channel_switch.count", "Channel Switch Count", FieldType.UInt8, FieldBase.Dec, 0, description: "Set to the number of TBTTs until the STA sending the Channel Switch Announcement element switches to the new channel or shall be set to 0");
    public static readonly FieldDef QuietCount = new("wlan.quiet.count", "Count", FieldType.UInt8, FieldBase.Dec, 0, description: "Set to the number of TBTTs until the beacon interval during which the next quiet interval shall start");
    public static readonly FieldDef QuietPeriod = new("wlan.quiet.period", "Period", FieldType.UInt8, FieldBase.Dec, 0, description: "Set to the number of beacon intervals between the start of regularly scheduled quiet intervals");
    public static readonly FieldDef QuietDuration = new("wlan.quiet.duration", "Duration", FieldType.UInt16, FieldBase.Dec, 0, description: "Set to the duration of the quiet interval");
    public static readonly FieldDef QuietOffset = new("wlan.quiet.offset", "Offset", FieldType.UInt16, FieldBase.Dec, 0, description: "Set to the offset of the start of the quiet interval from the TBTT");
    public static readonly FieldDef FixedExtchansw = new("wlan.fixed.extchansw", "Extended Channel Switch Announcement", FieldType.UInt32, FieldBase.Hex);
    public static readonly FieldDef FixedExtchanswSwitchmode = new("wlan.fixed.extchansw.switchmode", "Channel Switch Mode", FieldType.UInt32, FieldBase.Hex, 0xFF, valueNames: FixedExtchanswSwitchmodeNames);
    public static readonly FieldDef FixedExtchanswNewOpeclass = new("wlan.fixed.extchansw.new.opeclass", "New Operating Class", FieldType.UInt32, FieldBase.Hex, 0xFF00);
    public static readonly FieldDef FixedExtchanswNewChannumber = new("wlan.fixed.extchansw.new.channumber", "New Channel Number", FieldType.UInt32, FieldBase.Hex, 0xFF0000);
    public static readonly FieldDef ExtchanswSwitchcount = new("wlan.extchansw.switchcount", "Channel Switch Count", FieldType.UInt32, FieldBase.Hex, 0xFF000000);
    public static readonly FieldDef TimeoutIntType = new("wlan.timeout_int.type", "Timeout Interval Type", FieldType.UInt8, FieldBase.Dec, 0, valueNames: TimeoutIntTypeNames);
    public static readonly FieldDef TimeoutIntValue = new("wlan.timeout_int.value", "Timeout Interval Value", FieldType.UInt32, FieldBase.Dec);
    public static readonly FieldDef Rsnx = new("wlan.rsnx", "RSNX", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef RsnxLength = new("wlan.rsnx.length", "RSNX Length", FieldType.UInt8, FieldBase.Dec, 0xF);
    public static readonly FieldDef RsnxProtectedTwtOperationsSupport = new("wlan.rsnx.protected_twt_operations_support", "Protected TWT Operations Support", FieldType.UInt8, FieldBase.Dec, 0x10);
    public static readonly FieldDef RsnxSaeHashToElement = new("wlan.rsnx.sae_hash_to_element", "SAE Hash to element", FieldType.UInt8, FieldBase.Dec, 0x20);
    public static readonly FieldDef RsnxReserved = new("wlan.rsnx.reserved", "Reserved", FieldType.UInt8, FieldBase.Hex, 0xC0);
    public static readonly FieldDef OperatNotificationMode = new("wlan.operat_notification_mode", "Operating Mode Notification", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef OperatModeFieldChannelwidth = new("wlan.operat_mode_field.channelwidth", "Channel Width", FieldType.UInt8, FieldBase.Hex, 0x3, valueNames: OperatModeFieldChannelwidthNames);
    public static readonly FieldDef OperatModeFieldReserved = new("wlan.operat_mode_field.reserved", "Reserved", FieldType.UInt8, FieldBase.Hex, 0xC);
    public static readonly FieldDef OperatModeFieldRxnss = new("wlan.operat_mode_field.rxnss", "Rx NSS", FieldType.UInt8, FieldBase.Hex, 0x70, valueNames: OperatModeFieldRxnssNames);
    public static readonly FieldDef OperatModeFieldRxnsstype = new("wlan.operat_mode_field.rxnsstype", "Rx NSS Type", FieldType.UInt8, FieldBase.Hex, 0x80, description: "Indicate that the Rx NSS subfield carries the maximum number of spatial streams that the STA can receive");
    public static readonly FieldDef BssMaxIdlePeriod = new("wlan.bss_max_idle.period", "BSS Max Idle Period (1000 TUs)", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef BssMaxIdleOptionsProtected = new("wlan.bss_max_idle.options.protected", "BSS Max Idle Period Options: Protected Keep-Alive Required", FieldType.UInt8, FieldBase.Dec, 0x1);
    public static readonly FieldDef InterworkingAccessNetworkType = new("wlan.interworking.access_network_type", "Access Network Type", FieldType.UInt8, FieldBase.Dec, 0xF, valueNames: InterworkingAccessNetworkTypeNames);
    public static readonly FieldDef InterworkingInternet = new("wlan.interworking.internet", "Internet", FieldType.UInt8, FieldBase.Dec, 0x10);
    public static readonly FieldDef InterworkingAsra = new("wlan.interworking.asra", "ASRA", FieldType.UInt8, FieldBase.Dec, 0x20, description: "Additional Step Required for Access");
    public static readonly FieldDef InterworkingEsr = new("wlan.interworking.esr", "ESR", FieldType.UInt8, FieldBase.Dec, 0x40, description: "Emergency services reachable");
    public static readonly FieldDef InterworkingUesa = new("wlan.interworking.uesa", "UESA", FieldType.UInt8, FieldBase.Dec, 0x80, description: "Unauthenticated emergency service accessible");
    public static readonly FieldDef FixedVenueInfoGroup = new("wlan.fixed.venue_info.group", "Venue Group", FieldType.UInt8, FieldBase.Dec, 0, valueNames: FixedVenueInfoGroupNames);
    public static readonly FieldDef FixedVenueInfoType = new("wlan.fixed.venue_info.type", "Venue Type", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef InterworkingHessid = new("wlan.interworking.hessid", "HESSID", FieldType.Ether, null, 0, description: "Homogeneous ESS identifier");
    public static readonly FieldDef AdvProtoRespLenLimit = new("wlan.adv_proto.resp_len_limit", "Query Response Length Limit", FieldType.UInt8, FieldBase.Dec, 0x7F);
    public static readonly FieldDef AdvProtoPameBi = new("wlan.adv_proto.pame_bi", "PAME-BI", FieldType.UInt8, FieldBase.Dec, 0x80, description: "Pre-Association Message Xchange BSSID Independent (PAME-BI)");
    public static readonly FieldDef AdvProtoId = new("wlan.adv_proto.id", "Advertisement Protocol ID", FieldType.UInt8, FieldBase.Dec, 0, valueNames: AdvProtoIdNames);

    public static readonly FieldDef RsnxSecureLtfSupport = new("wlan.rsnx.secure_ltf_support", "Secure LTF Support", FieldType.Boolean, FieldBase.None, 0x1);
    public static readonly FieldDef RsnxSecureRttSupported = new("wlan.rsnx.secure_rtt_supported", "Secure RTT Supported", FieldType.Boolean, FieldBase.None, 0x2);
    public static readonly FieldDef RsnxRnmmfp = new("wlan.rsnx.rnmmfp", "Range Protection Required (RNM-MFP)", FieldType.Boolean, FieldBase.None, 0x4);
    public static readonly FieldDef RsnxReservedB11thru15 = new("wlan.rsnx.reserved.b11thru15", "Reserved", FieldType.UInt8, FieldBase.Hex, 0xF8);

    /// <summary>packet-ieee80211.c registers wlan.rsnx.reserved a second time, without a mask, for the octets past the second.</summary>
    public static readonly FieldDef RsnxReservedOctets = new("wlan.rsnx.reserved", "Reserved", FieldType.UInt8, FieldBase.Hex) { SameNameAs = RsnxReserved };

    /// <summary>The second definitions among these fields, for the protocol's declaration.</summary>
    public static FieldDef[] SecondDefinitions { get; } = [RsnxReservedOctets];

    /// <summary>packet-ieee80211.c's note on bytes left after the last Advertisement Protocol tuple.</summary>
    public static readonly ExpertDef ExtraData = new("ieee80211.extra_data", ExpertGroup.Malformed, ExpertSeverity.Warning, "Unexpected extra data in the end");

    /// <summary>These fields in declaration order, for the protocol's declaration.</summary>
    public static FieldDef[] All { get; } =
    [
        TcprepTrsmtPow, TcprepLinkMrg, CsaChannelSwitchMode, CsaNewChannelNumber, CsaChannelSwitchCount, QuietCount, QuietPeriod,
        QuietDuration, QuietOffset, FixedExtchansw, FixedExtchanswSwitchmode, FixedExtchanswNewOpeclass, FixedExtchanswNewChannumber,
        ExtchanswSwitchcount, TimeoutIntType, TimeoutIntValue, Rsnx, RsnxLength, RsnxProtectedTwtOperationsSupport, RsnxSaeHashToElement,
        RsnxReserved, OperatNotificationMode, OperatModeFieldChannelwidth, OperatModeFieldReserved, OperatModeFieldRxnss,
        OperatModeFieldRxnsstype, BssMaxIdlePeriod, BssMaxIdleOptionsProtected, InterworkingAccessNetworkType, InterworkingInternet,
        InterworkingAsra, InterworkingEsr, InterworkingUesa, FixedVenueInfoGroup, FixedVenueInfoType, InterworkingHessid,
        AdvProtoRespLenLimit, AdvProtoPameBi, AdvProtoId, RsnxSecureLtfSupport, RsnxSecureRttSupported, RsnxRnmmfp, RsnxReservedB11thru15,
    ];
}
