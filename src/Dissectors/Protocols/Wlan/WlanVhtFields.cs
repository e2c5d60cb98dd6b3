using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>802.11ac VHT elements' fields (VHT Capabilities, VHT Operation, Tx Power Envelope), generated from tshark 4.0.17's -G fields/values.</summary>
public static class WlanVhtFields
{
    private static readonly Dictionary<ulong, string> VhtCapabilitiesMaxmpdulengthNames = new() { [0] = "3 895", [1] = "7 991", [2] = "11 454", [3] = "Reserved" };
    private static readonly Dictionary<ulong, string> VhtCapabilitiesSupportedchanwidthsetNames = new() { [0] = "Neither 160MHz nor 80+80 supported", [1] = "160MHz supported", [2] = "160MHz and 80+80 Supported", [3] = "Reserved" };
    private static readonly Dictionary<ulong, string> VhtCapabilitiesRxstbcNames = new() { [0] = "None", [1] = "1 Spatial Stream Supported", [2] = "1 to 2 Spatial Stream Supported", [3] = "1 to 3 Spatial Stream Supported", [4] = "1 to 4 Spatial Stream Supported", [5] = "Reserved", [6] = "Reserved", [7] = "Reserved" };
    private static readonly Dictionary<ulong, string> VhtCapabilitiesBeamformeeStsCapNames = new() { [0] = "1", [1] = "2", [2] = "3", [3] = "4", [4] = "5", [5] = "6", [6] = "7", [7] = "8" };
    private static readonly Dictionary<ulong, string> VhtCapabilitiesMaxampduNames = new() { [0] = "8 191", [1] = "16 383", [2] = "32 767", [3] = "65 535", [4] = "131 071", [5] = "262 143", [6] = "524 287", [7] = "1 048 575" };
    private static readonly Dictionary<ulong, string> VhtCapabilitiesLinkadaptNames = new() { [0] = "No Feedback", [1] = "Reserved (logically only solicited feedback)", [2] = "Unsolicited feedback only", [3] = "Both (can provide unsolicited feedback and respond to VHT MRQ)" };
    private static readonly Dictionary<ulong, string> VhtMcssetRxmcsmapSs1Names = new() { [0] = "MCS 0-7", [1] = "MCS 0-8", [2] = "MCS 0-9", [3] = "Not Supported" };
    private static readonly Dictionary<ulong, string> VhtOpChannelwidthNames = new() { [0] = "20 MHz or 40 MHz BSS Bandwidth", [1] = "80 MHz, 160 MHz or 80+80 MHz BSS Bandwidth", [2] = "160 MHz BSS Bandwidth (deprecated)", [3] = "Non-contiguous 80+80 MHz BSS Bandwidth (deprecated)" };
    private static readonly Dictionary<ulong, string> VhtTpePwrInfoUnitNames = new() { [0] = "EIRP" };

    public static readonly FieldDef VhtCapabilities = new("wlan.vht.capabilities", "VHT Capabilities Info", FieldType.UInt32, FieldBase.Hex, 0, description: "VHT Capabilities information");
    public static readonly FieldDef VhtCapabilitiesMaxmpdulength = new("wlan.vht.capabilities.maxmpdulength", "Maximum MPDU Length", FieldType.UInt32, FieldBase.Hex, 0x3, description: "Octets", valueNames: VhtCapabilitiesMaxmpdulengthNames);
    public static readonly FieldDef VhtCapabilitiesSupportedchanwidthset = new("wlan.vht.capabilities.supportedchanwidthset", "Supported Channel Width Set", FieldType.UInt32, FieldBase.Hex, 0xC, valueNames: VhtCapabilitiesSupportedchanwidthsetNames);
    public static readonly FieldDef VhtCapabilitiesRxldpc = new("wlan.vht.capabilities.rxldpc", "Rx LDPC", FieldType.Boolean, FieldBase.None, 0x10) { Booleans = new("Supported", "Not supported"), BitWidth = 32 };
    public static readonly FieldDef VhtCapabilitiesShort80 = new("wlan.vht.capabilities.short80", "Short GI for 80MHz/TVHT_MODE_4C", FieldType.Boolean, FieldBase.None, 0x20) { Booleans = new("Supported", "Not supported"), BitWidth = 32 };
    public static readonly FieldDef VhtCapabilitiesShort160 = new("wlan.vht.capabilities.short160", "Short GI for 160MHz and 80+80MHz", FieldType.Boolean, FieldBase.None, 0x40) { Booleans = new("Supported", "Not supported"), BitWidth = 32 };
    public static readonly FieldDef VhtCapabilitiesTxstbc = new("wlan.vht.capabilities.txstbc", "Tx STBC", FieldType.Boolean, FieldBase.None, 0x80) { Booleans = new("Supported", "Not supported"), BitWidth = 32 };
    public static readonly FieldDef VhtCapabilitiesRxstbc = new("wlan.vht.capabilities.rxstbc", "Rx STBC", FieldType.UInt32, FieldBase.Hex, 0x700, valueNames: VhtCapabilitiesRxstbcNames);
    public static readonly FieldDef VhtCapabilitiesSubeamformer = new("wlan.vht.capabilities.subeamformer", "SU Beamformer Capable", FieldType.Boolean, FieldBase.None, 0x800) { Booleans = new("Supported", "Not supported"), BitWidth = 32 };
    public static readonly FieldDef VhtCapabilitiesSubeamformee = new("wlan.vht.capabilities.subeamformee", "SU Beamformee Capable", FieldType.Boolean, FieldBase.None, 0x1000) { Booleans = new("Supported", "Not supported"), BitWidth = 32 };
    public static readonly FieldDef VhtCapabilitiesBeamformeeStsCap = new("wlan.vht.capabilities.beamformee_sts_cap", "Beamformee STS Capability", FieldType.UInt32, FieldBase.Hex, 0xE000, valueNames: VhtCapabilitiesBeamformeeStsCapNames);
    public static readonly FieldDef VhtCapabilitiesSoundingdimensions = new("wlan.vht.capabilities.soundingdimensions", "Number of Sounding Dimensions", FieldType.UInt32, FieldBase.Hex, 0x70000, valueNames: VhtCapabilitiesBeamformeeStsCapNames);
    public static readonly FieldDef VhtCapabilitiesMubeamformer = new("wlan.vht.capabilities.mubeamformer", "MU Beamformer Capable", FieldType.Boolean, FieldBase.None, 0x80000) { Booleans = new("Supported", "Not supported"), BitWidth = 32 };
    public static readonly FieldDef VhtCapabilitiesMubeamformee = new("wlan.vht.capabilities.mubeamformee", "MU Beamformee Capable", FieldType.Boolean, FieldBase.None, 0x100000) { Booleans = new("Supported", "Not supported"), BitWidth = 32 };
    public static readonly FieldDef VhtCapabilitiesVhttxopps = new("wlan.vht.capabilities.vhttxopps", "TXOP PS", FieldType.Boolean, FieldBase.None, 0x200000) { Booleans = new("Supported", "Not supported"), BitWidth = 32 };
    public static readonly FieldDef VhtCapabilitiesVhthtc = new("wlan.vht.capabilities.vhthtc", "+HTC-VHT Capable", FieldType.Boolean, FieldBase.None, 0x400000) { Booleans = new("Supported", "Not supported"), BitWidth = 32 };
    public static readonly FieldDef VhtCapabilitiesMaxampdu = new("wlan.vht.capabilities.maxampdu", "Max A-MPDU Length Exponent", FieldType.UInt32, FieldBase.Hex, 0x3800000, description: "Octets", valueNames: VhtCapabilitiesMaxampduNames);
    public static readonly FieldDef VhtCapabilitiesLinkadapt = new("wlan.vht.capabilities.linkadapt", "VHT Link Adaptation", FieldType.UInt32, FieldBase.Hex, 0xC000000, valueNames: VhtCapabilitiesLinkadaptNames);
    public static readonly FieldDef VhtCapabilitiesRxpatconsist = new("wlan.vht.capabilities.rxpatconsist", "Rx Antenna Pattern Consistency", FieldType.Boolean, FieldBase.None, 0x10000000) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef VhtCapabilitiesTxpatconsist = new("wlan.vht.capabilities.txpatconsist", "Tx Antenna Pattern Consistency", FieldType.Boolean, FieldBase.None, 0x20000000) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef VhtCapabilitiesExtNssBwSupport = new("wlan.vht.capabilities.ext_nss_bw_support", "Extended NSS BW Support", FieldType.UInt32, FieldBase.Hex, 0xC0000000);
    public static readonly FieldDef VhtMcsset = new("wlan.vht.mcsset", "VHT Supported MCS Set", FieldType.None);
    public static readonly FieldDef VhtMcssetRxmcsmap = new("wlan.vht.mcsset.rxmcsmap", "Rx MCS Map", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef VhtMcssetRxmcsmapSs1 = new("wlan.vht.mcsset.rxmcsmap.ss1", "Rx 1 SS", FieldType.UInt16, FieldBase.Hex, 0x3, valueNames: VhtMcssetRxmcsmapSs1Names);
    public static readonly FieldDef VhtMcssetRxmcsmapSs2 = new("wlan.vht.mcsset.rxmcsmap.ss2", "Rx 2 SS", FieldType.UInt16, FieldBase.Hex, 0xC, valueNames: VhtMcssetRxmcsmapSs1Names);
    public static readonly FieldDef VhtMcssetRxmcsmapSs3 = new("wlan.vht.mcsset.rxmcsmap.ss3", "Rx 3 SS", FieldType.UInt16, FieldBase.Hex, 0x30, valueNames: VhtMcssetRxmcsmapSs1Names);
    public static readonly FieldDef VhtMcssetRxmcsmapSs4 = new("wlan.vht.mcsset.rxmcsmap.ss4", "Rx 4 SS", FieldType.UInt16, FieldBase.Hex, 0xC0, valueNames: VhtMcssetRxmcsmapSs1Names);
    public static readonly FieldDef VhtMcssetRxmcsmapSs5 = new("wlan.vht.mcsset.rxmcsmap.ss5", "Rx 5 SS", FieldType.UInt16, FieldBase.Hex, 0x300, valueNames: VhtMcssetRxmcsmapSs1Names);
    public static readonly FieldDef VhtMcssetRxmcsmapSs6 = new("wlan.vht.mcsset.rxmcsmap.ss6", "Rx 6 SS", FieldType.UInt16, FieldBase.Hex, 0xC00, valueNames: VhtMcssetRxmcsmapSs1Names);
    public static readonly FieldDef VhtMcssetRxmcsmapSs7 = new("wlan.vht.mcsset.rxmcsmap.ss7", "Rx 7 SS", FieldType.UInt16, FieldBase.Hex, 0x3000, valueNames: VhtMcssetRxmcsmapSs1Names);
    public static readonly FieldDef VhtMcssetRxmcsmapSs8 = new("wlan.vht.mcsset.rxmcsmap.ss8", "Rx 8 SS", FieldType.UInt16, FieldBase.Hex, 0xC000, valueNames: VhtMcssetRxmcsmapSs1Names);
    public static readonly FieldDef VhtMcssetMaxNstsTotal = new("wlan.vht.mcsset.max_nsts_total", "MaX NSTS Total", FieldType.UInt16, FieldBase.Dec, 0xE000);
    public static readonly FieldDef VhtMcssetRxhighestlonggirate = new("wlan.vht.mcsset.rxhighestlonggirate", "Rx Highest Long GI Data Rate (in Mb/s, 0 = subfield not in use)", FieldType.UInt16, FieldBase.Hex, 0x1FFF);
    public static readonly FieldDef VhtMcssetTxmcsmap = new("wlan.vht.mcsset.txmcsmap", "Tx MCS Map", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef VhtMcssetTxmcsmapSs1 = new("wlan.vht.mcsset.txmcsmap.ss1", "Tx 1 SS", FieldType.UInt16, FieldBase.Hex, 0x3, valueNames: VhtMcssetRxmcsmapSs1Names);
    public static readonly FieldDef VhtMcssetTxmcsmapSs2 = new("wlan.vht.mcsset.txmcsmap.ss2", "Tx 2 SS", FieldType.UInt16, FieldBase.Hex, 0xC, valueNames: VhtMcssetRxmcsmapSs1Names);
    public static readonly FieldDef VhtMcssetTxmcsmapSs3 = new("wlan.vht.mcsset.txmcsmap.ss3", "Tx 3 SS", FieldType.UInt16, FieldBase.Hex, 0x30, valueNames: VhtMcssetRxmcsmapSs1Names);
    public static readonly FieldDef VhtMcssetTxmcsmapSs4 = new("wlan.vht.mcsset.txmcsmap.ss4", "Tx 4 SS", FieldType.UInt16, FieldBase.Hex, 0xC0, valueNames: VhtMcssetRxmcsmapSs1Names);
    public static readonly FieldDef VhtMcssetTxmcsmapSs5 = new("wlan.vht.mcsset.txmcsmap.ss5", "Tx 5 SS", FieldType.UInt16, FieldBase.Hex, 0x300, valueNames: VhtMcssetRxmcsmapSs1Names);
    public static readonly FieldDef VhtMcssetTxmcsmapSs6 = new("wlan.vht.mcsset.txmcsmap.ss6", "Tx 6 SS", FieldType.UInt16, FieldBase.Hex, 0xC00, valueNames: VhtMcssetRxmcsmapSs1Names);
    public static readonly FieldDef VhtMcssetTxmcsmapSs7 = new("wlan.vht.mcsset.txmcsmap.ss7", "Tx 7 SS", FieldType.UInt16, FieldBase.Hex, 0x3000, valueNames: VhtMcssetRxmcsmapSs1Names);
    public static readonly FieldDef VhtMcssetTxmcsmapSs8 = new("wlan.vht.mcsset.txmcsmap.ss8", "Tx 8 SS", FieldType.UInt16, FieldBase.Hex, 0xC000, valueNames: VhtMcssetRxmcsmapSs1Names);
    public static readonly FieldDef VhtMcssetTxhighestlonggirate = new("wlan.vht.mcsset.txhighestlonggirate", "Tx Highest Long GI Data Rate  (in Mb/s, 0 = subfield not in use)", FieldType.UInt16, FieldBase.Hex, 0x1FFF);
    public static readonly FieldDef VhtNcssetExtNssBwCap = new("wlan.vht.ncsset.ext_nss_bw_cap", "Extended NSS BW Capable", FieldType.Boolean, FieldBase.None, 0x2000) { Booleans = new("Capable", "Not capable") };
    public static readonly FieldDef VhtNcssetReserved = new("wlan.vht.ncsset.reserved", "Reserved", FieldType.UInt16, FieldBase.Hex, 0xC000);
    public static readonly FieldDef VhtOp = new("wlan.vht.op", "VHT Operation Info", FieldType.None);
    public static readonly FieldDef VhtOpChannelwidth = new("wlan.vht.op.channelwidth", "Channel Width", FieldType.UInt8, FieldBase.Dec, 0, valueNames: VhtOpChannelwidthNames);
    public static readonly FieldDef VhtOpChannelcenter0 = new("wlan.vht.op.channelcenter0", "Channel Center Segment 0", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef VhtOpChannelcenter1 = new("wlan.vht.op.channelcenter1", "Channel Center Segment 1", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef VhtOpBasicmcsmap = new("wlan.vht.op.basicmcsmap", "Basic MCS Map", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef VhtOpBasicmcsmapSs1 = new("wlan.vht.op.basicmcsmap.ss1", "Basic 1 SS", FieldType.UInt16, FieldBase.Hex, 0x3, valueNames: VhtMcssetRxmcsmapSs1Names);
    public static readonly FieldDef VhtOpBasicmcsmapSs2 = new("wlan.vht.op.basicmcsmap.ss2", "Basic 2 SS", FieldType.UInt16, FieldBase.Hex, 0xC, valueNames: VhtMcssetRxmcsmapSs1Names);
    public static readonly FieldDef VhtOpBasicmcsmapSs3 = new("wlan.vht.op.basicmcsmap.ss3", "Basic 3 SS", FieldType.UInt16, FieldBase.Hex, 0x30, valueNames: VhtMcssetRxmcsmapSs1Names);
    public static readonly FieldDef VhtOpBasicmcsmapSs4 = new("wlan.vht.op.basicmcsmap.ss4", "Basic 4 SS", FieldType.UInt16, FieldBase.Hex, 0xC0, valueNames: VhtMcssetRxmcsmapSs1Names);
    public static readonly FieldDef VhtOpBasicmcsmapSs5 = new("wlan.vht.op.basicmcsmap.ss5", "Basic 5 SS", FieldType.UInt16, FieldBase.Hex, 0x300, valueNames: VhtMcssetRxmcsmapSs1Names);
    public static readonly FieldDef VhtOpBasicmcsmapSs6 = new("wlan.vht.op.basicmcsmap.ss6", "Basic 6 SS", FieldType.UInt16, FieldBase.Hex, 0xC00, valueNames: VhtMcssetRxmcsmapSs1Names);
    public static readonly FieldDef VhtOpBasicmcsmapSs7 = new("wlan.vht.op.basicmcsmap.ss7", "Basic 7 SS", FieldType.UInt16, FieldBase.Hex, 0x3000, valueNames: VhtMcssetRxmcsmapSs1Names);
    public static readonly FieldDef VhtOpBasicmcsmapSs8 = new("wlan.vht.op.basicmcsmap.ss8", "Basic 8 SS", FieldType.UInt16, FieldBase.Hex, 0xC000, valueNames: VhtMcssetRxmcsmapSs1Names);
    public static readonly FieldDef VhtTpePwrInfo = new("wlan.vht.tpe.pwr_info", "Tx Pwr Info", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef VhtTpePwrInfoCount = new("wlan.vht.tpe.pwr_info.count", "Max Tx Pwr Count", FieldType.UInt8, FieldBase.Dec, 0x7);
    public static readonly FieldDef VhtTpePwrInfoUnit = new("wlan.vht.tpe.pwr_info.unit", "Max Tx Pwr Unit Interpretation", FieldType.UInt8, FieldBase.Dec, 0x38, valueNames: VhtTpePwrInfoUnitNames);
    public static readonly FieldDef VhtTpePwrInfoReserved = new("wlan.vht.tpe.pwr_info.reserved", "Reserved", FieldType.UInt8, FieldBase.Dec, 0xC0);
    public static readonly FieldDef VhtTpePwrConstr20 = new("wlan.vht.tpe.pwr_constr_20", "Local Max Tx Pwr Constraint 20MHz", FieldType.Int8, FieldBase.Custom);
    public static readonly FieldDef VhtTpePwrConstr40 = new("wlan.vht.tpe.pwr_constr_40", "Local Max Tx Pwr Constraint 40MHz", FieldType.Int8, FieldBase.Custom);
    public static readonly FieldDef VhtTpePwrConstr80 = new("wlan.vht.tpe.pwr_constr_80", "Local Max Tx Pwr Constraint 80MHz", FieldType.Int8, FieldBase.Custom);
    public static readonly FieldDef VhtTpePwrConstr160 = new("wlan.vht.tpe.pwr_constr_160", "Local Max Tx Pwr Constraint 160MHz/80+80 MHz", FieldType.Int8, FieldBase.Custom);

    /// <summary>These fields in declaration order, for the protocol's declaration.</summary>
    public static FieldDef[] All { get; } =
    [
        VhtCapabilities, VhtCapabilitiesMaxmpdulength, VhtCapabilitiesSupportedchanwidthset,
        VhtCapabilitiesRxldpc, VhtCapabilitiesShort80, VhtCapabilitiesShort160, VhtCapabilitiesTxstbc, VhtCapabilitiesRxstbc,
        VhtCapabilitiesSubeamformer, VhtCapabilitiesSubeamformee, VhtCapabilitiesBeamformeeStsCap, VhtCapabilitiesSoundingdimensions,
        VhtCapabilitiesMubeamformer, VhtCapabilitiesMubeamformee, VhtCapabilitiesVhttxopps, VhtCapabilitiesVhthtc, VhtCapabilitiesMaxampdu,
        VhtCapabilitiesLinkadapt, VhtCapabilitiesRxpatconsist, VhtCapabilitiesTxpatconsist, VhtCapabilitiesExtNssBwSupport, VhtMcsset,
        VhtMcssetRxmcsmap, VhtMcssetRxmcsmapSs1, VhtMcssetRxmcsmapSs2, VhtMcssetRxmcsmapSs3, VhtMcssetRxmcsmapSs4, VhtMcssetRxmcsmapSs5,
        VhtMcssetRxmcsmapSs6, VhtMcssetRxmcsmapSs7, VhtMcssetRxmcsmapSs8, VhtMcssetMaxNstsTotal, VhtMcssetRxhighestlonggirate,
        VhtMcssetTxmcsmap, VhtMcssetTxmcsmapSs1, VhtMcssetTxmcsmapSs2, VhtMcssetTxmcsmapSs3, VhtMcssetTxmcsmapSs4, VhtMcssetTxmcsmapSs5,
        VhtMcssetTxmcsmapSs6, VhtMcssetTxmcsmapSs7, VhtMcssetTxmcsmapSs8, VhtMcssetTxhighestlonggirate, VhtNcssetExtNssBwCap,
        VhtNcssetReserved, VhtOp, VhtOpChannelwidth, VhtOpChannelcenter0, VhtOpChannelcenter1, VhtOpBasicmcsmap, VhtOpBasicmcsmapSs1,
        VhtOpBasicmcsmapSs2, VhtOpBasicmcsmapSs3, VhtOpBasicmcsmapSs4, VhtOpBasicmcsmapSs5, VhtOpBasicmcsmapSs6, VhtOpBasicmcsmapSs7,
        VhtOpBasicmcsmapSs8, VhtTpePwrInfo, VhtTpePwrInfoCount, VhtTpePwrInfoUnit, VhtTpePwrInfoReserved, VhtTpePwrConstr20,
        VhtTpePwrConstr40, VhtTpePwrConstr80, VhtTpePwrConstr160,
    ];
}
