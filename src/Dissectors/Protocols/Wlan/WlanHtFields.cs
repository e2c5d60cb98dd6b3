using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>802.11n HT elements' fields (HT Capabilities, HT Operation, Overlapping BSS Scan Parameters, 20/40 BSS Coexistence), generated from tshark 4.0.17's -G fields/values.</summary>
public static class WlanHtFields
{
    private static readonly Dictionary<ulong, string> HtCapabilitiesSmNames = new() { [0] = "Static SM Power Save mode", [1] = "Dynamic SM Power Save mode", [2] = "Reserved", [3] = "SM Power Save disabled" };
    private static readonly Dictionary<ulong, string> HtCapabilitiesRxstbcNames = new() { [0] = "No Rx STBC support", [1] = "Rx support of one spatial stream", [2] = "Rx support of one and two spatial streams", [3] = "Rx support of one, two, and three spatial streams" };
    private static readonly Dictionary<ulong, string> HtAmpduparamMpdudensityNames = new() { [0] = "no restriction", [1] = "1/4 [usec]", [2] = "1/2 [usec]", [3] = "1 [usec]", [4] = "2 [usec]", [5] = "4 [usec]", [6] = "8 [usec]", [7] = "16 [usec]" };
    private static readonly Dictionary<ulong, string> HtexCapabilitiesTranstimeNames = new() { [0] = "No Transition", [1] = "400 usec", [2] = "1.5 msec", [3] = "5 msec" };
    private static readonly Dictionary<ulong, string> HtexCapabilitiesMcsNames = new() { [0] = "STA does not provide MCS feedback", [1] = "Reserved", [2] = "STA provides only unsolicited MCS feedback", [3] = "STA can provide MCS feedback in response to MRQ as well as unsolicited MCS feedback" };
    private static readonly Dictionary<ulong, string> TxbfCalibrationNames = new() { [0] = "incapable", [1] = "Limited involvement, cannot initiate", [2] = "Limited involvement, can initiate", [3] = "Fully capable" };
    private static readonly Dictionary<ulong, string> TxbfRcsiNames = new() { [0] = "not supported", [1] = "delayed feedback capable", [2] = "immediate feedback capable", [3] = "delayed and immediate feedback capable" };
    private static readonly Dictionary<ulong, string> TxbfMingroupNames = new() { [0] = "No grouping supported", [1] = "Groups of 1, 2 supported", [2] = "Groups of 1, 4 supported", [3] = "Groups of 1, 2, 4 supported" };
    private static readonly Dictionary<ulong, string> TxbfCsinumantNames = new() { [0] = "1 TX antenna sounding", [1] = "2 TX antenna sounding", [2] = "3 TX antenna sounding", [3] = "4 TX antenna sounding" };
    private static readonly Dictionary<ulong, string> TxbfCsiMaxrowsNames = new() { [0] = "1 row of CSI", [1] = "2 rows of CSI", [2] = "3 rows of CSI", [3] = "4 rows of CSI" };
    private static readonly Dictionary<ulong, string> TxbfChannelestNames = new() { [0] = "1 space time stream", [1] = "2 space time streams", [2] = "3 space time streams", [3] = "4 space time streams" };
    private static readonly Dictionary<ulong, string> HtInfoSecchanoffsetNames = new() { [0] = "No secondary channel", [1] = "Secondary channel is above the primary channel", [2] = "Reserved", [3] = "Secondary channel is below the primary channel" };
    private static readonly Dictionary<ulong, string> HtInfoHtProtectionNames = new() { [0] = "No protection mode", [1] = "HT non-member protection mode", [2] = "20 MHz protection mode", [3] = "non-HT mixed mode" };

    public static readonly FieldDef HtCapabilities = new("wlan.ht.capabilities", "HT Capabilities Info", FieldType.UInt16, FieldBase.Hex, 0, description: "HT Capabilities information");
    public static readonly FieldDef HtCapabilitiesLdpccoding = new("wlan.ht.capabilities.ldpccoding", "HT LDPC coding capability", FieldType.Boolean, FieldBase.None, 0x1) { Booleans = new("Transmitter supports receiving LDPC coded packets", "Transmitter does not support receiving LDPC coded packets"), BitWidth = 16 };
    public static readonly FieldDef HtCapabilitiesWidth = new("wlan.ht.capabilities.width", "HT Support channel width", FieldType.Boolean, FieldBase.None, 0x2) { Booleans = new("Transmitter supports 20MHz and 40MHz operation", "Transmitter only supports 20MHz operation"), BitWidth = 16 };
    public static readonly FieldDef HtCapabilitiesSm = new("wlan.ht.capabilities.sm", "HT SM Power Save", FieldType.UInt16, FieldBase.Hex, 0xC, valueNames: HtCapabilitiesSmNames);
    public static readonly FieldDef HtCapabilitiesGreen = new("wlan.ht.capabilities.green", "HT Green Field", FieldType.Boolean, FieldBase.None, 0x10) { Booleans = new("Transmitter is able to receive PPDUs with Green Field (GF) preamble", "Transmitter is not able to receive PPDUs with Green Field (GF) preamble"), BitWidth = 16 };
    public static readonly FieldDef HtCapabilitiesShort20 = new("wlan.ht.capabilities.short20", "HT Short GI for 20MHz", FieldType.Boolean, FieldBase.None, 0x20) { Booleans = new("Supported", "Not supported"), BitWidth = 16 };
    public static readonly FieldDef HtCapabilitiesShort40 = new("wlan.ht.capabilities.short40", "HT Short GI for 40MHz", FieldType.Boolean, FieldBase.None, 0x40) { Booleans = new("Supported", "Not supported"), BitWidth = 16 };
    public static readonly FieldDef HtCapabilitiesTxstbc = new("wlan.ht.capabilities.txstbc", "HT Tx STBC", FieldType.Boolean, FieldBase.None, 0x80) { Booleans = new("Supported", "Not supported"), BitWidth = 16 };
    public static readonly FieldDef HtCapabilitiesRxstbc = new("wlan.ht.capabilities.rxstbc", "HT Rx STBC", FieldType.UInt16, FieldBase.Hex, 0x300, description: "HT Tx STBC", valueNames: HtCapabilitiesRxstbcNames);
    public static readonly FieldDef HtCapabilitiesDelayedblockack = new("wlan.ht.capabilities.delayedblockack", "HT Delayed Block ACK", FieldType.Boolean, FieldBase.None, 0x400) { Booleans = new("Transmitter supports HT-Delayed BlockAck", "Transmitter does not support HT-Delayed BlockAck") };
    public static readonly FieldDef HtCapabilitiesAmsdu = new("wlan.ht.capabilities.amsdu", "HT Max A-MSDU length", FieldType.Boolean, FieldBase.None, 0x800) { Booleans = new("7935 bytes", "3839 bytes") };
    public static readonly FieldDef HtCapabilitiesDsscck = new("wlan.ht.capabilities.dsscck", "HT DSSS/CCK mode in 40MHz", FieldType.Boolean, FieldBase.None, 0x1000, description: "HT DSS/CCK mode in 40MHz") { Booleans = new("Will/Can use DSSS/CCK in 40 MHz", "Won't/Can't use of DSSS/CCK in 40 MHz") };
    public static readonly FieldDef HtCapabilitiesPsmp = new("wlan.ht.capabilities.psmp", "HT PSMP Support", FieldType.Boolean, FieldBase.None, 0x2000) { Booleans = new("Will/Can support PSMP operation", "Won't/Can't support PSMP operation") };
    public static readonly FieldDef HtCapabilities40mhzintolerant = new("wlan.ht.capabilities.40mhzintolerant", "HT Forty MHz Intolerant", FieldType.Boolean, FieldBase.None, 0x4000) { Booleans = new("Use of 40 MHz transmissions restricted/disallowed", "Use of 40 MHz transmissions unrestricted/allowed") };
    public static readonly FieldDef HtCapabilitiesLsig = new("wlan.ht.capabilities.lsig", "HT L-SIG TXOP Protection support", FieldType.Boolean, FieldBase.None, 0x8000) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HtAmpduparam = new("wlan.ht.ampduparam", "A-MPDU Parameters", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef HtAmpduparamMaxlength = new("wlan.ht.ampduparam.maxlength", "Maximum Rx A-MPDU Length", FieldType.UInt8, FieldBase.Hex, 0x3);
    public static readonly FieldDef HtAmpduparamMpdudensity = new("wlan.ht.ampduparam.mpdudensity", "MPDU Density", FieldType.UInt8, FieldBase.Hex, 0x1C, valueNames: HtAmpduparamMpdudensityNames);
    public static readonly FieldDef HtAmpduparamReserved = new("wlan.ht.ampduparam.reserved", "Reserved", FieldType.UInt8, FieldBase.Hex, 0xE0);
    public static readonly FieldDef HtMcsset = new("wlan.ht.mcsset", "Rx Supported Modulation and Coding Scheme Set", FieldType.None);
    public static readonly FieldDef HtMcssetRxbitmask = new("wlan.ht.mcsset.rxbitmask", "Rx Modulation and Coding Scheme (One bit per modulation)", FieldType.None, null, description: "One bit per modulation");
    public static readonly FieldDef HtMcssetRxbitmask0to7 = new("wlan.ht.mcsset.rxbitmask.0to7", "Rx Bitmask Bits 0-7", FieldType.UInt32, FieldBase.Hex, 0xFF);
    public static readonly FieldDef HtMcssetRxbitmask8to15 = new("wlan.ht.mcsset.rxbitmask.8to15", "Rx Bitmask Bits 8-15", FieldType.UInt32, FieldBase.Hex, 0xFF00);
    public static readonly FieldDef HtMcssetRxbitmask16to23 = new("wlan.ht.mcsset.rxbitmask.16to23", "Rx Bitmask Bits 16-23", FieldType.UInt32, FieldBase.Hex, 0xFF0000);
    public static readonly FieldDef HtMcssetRxbitmask24to31 = new("wlan.ht.mcsset.rxbitmask.24to31", "Rx Bitmask Bits 24-31", FieldType.UInt32, FieldBase.Hex, 0xFF000000);
    public static readonly FieldDef HtMcssetRxbitmask32 = new("wlan.ht.mcsset.rxbitmask.32", "Rx Bitmask Bit 32", FieldType.UInt32, FieldBase.Hex, 0x1);
    public static readonly FieldDef HtMcssetRxbitmask33to38 = new("wlan.ht.mcsset.rxbitmask.33to38", "Rx Bitmask Bits 33-38", FieldType.UInt32, FieldBase.Hex, 0x7E);
    public static readonly FieldDef HtMcssetRxbitmask39to52 = new("wlan.ht.mcsset.rxbitmask.39to52", "Rx Bitmask Bits 39-52", FieldType.UInt32, FieldBase.Hex, 0x1FFF80);
    public static readonly FieldDef HtMcssetRxbitmask53to76 = new("wlan.ht.mcsset.rxbitmask.53to76", "Rx Bitmask Bits 53-76", FieldType.UInt32, FieldBase.Hex, 0x1FFFFFE0);
    public static readonly FieldDef HtMcssetHighestdatarate = new("wlan.ht.mcsset.highestdatarate", "Highest Supported Data Rate", FieldType.UInt16, FieldBase.Hex, 0x3FF);
    public static readonly FieldDef HtMcssetTxsetdefined = new("wlan.ht.mcsset.txsetdefined", "Tx Supported MCS Set", FieldType.Boolean, FieldBase.None, 0x1) { Booleans = new("Defined", "Not defined"), BitWidth = 16 };
    public static readonly FieldDef HtMcssetTxrxmcsnotequal = new("wlan.ht.mcsset.txrxmcsnotequal", "Tx and Rx MCS Set", FieldType.Boolean, FieldBase.None, 0x2) { Booleans = new("Not Equal", "Equal"), BitWidth = 16 };
    public static readonly FieldDef HtMcssetTxmaxss = new("wlan.ht.mcsset.txmaxss", "Maximum Number of Tx Spatial Streams Supported", FieldType.UInt16, FieldBase.Hex, 0xC);
    public static readonly FieldDef HtMcssetTxunequalmod = new("wlan.ht.mcsset.txunequalmod", "Unequal Modulation", FieldType.Boolean, FieldBase.None, 0x10) { Booleans = new("Supported", "Not supported"), BitWidth = 16 };
    public static readonly FieldDef HtexCapabilities = new("wlan.htex.capabilities", "HT Extended Capabilities", FieldType.UInt16, FieldBase.Hex, 0, description: "HT Extended Capability information");
    public static readonly FieldDef HtexCapabilitiesPco = new("wlan.htex.capabilities.pco", "Transmitter supports PCO", FieldType.Boolean, FieldBase.None, 0x1) { Booleans = new("Supported", "Not supported"), BitWidth = 16 };
    public static readonly FieldDef HtexCapabilitiesTranstime = new("wlan.htex.capabilities.transtime", "Time needed to transition between 20MHz and 40MHz", FieldType.UInt16, FieldBase.Hex, 0x6, valueNames: HtexCapabilitiesTranstimeNames);
    public static readonly FieldDef HtexCapabilitiesMcs = new("wlan.htex.capabilities.mcs", "MCS Feedback capability", FieldType.UInt16, FieldBase.Hex, 0x300, valueNames: HtexCapabilitiesMcsNames);
    public static readonly FieldDef HtexCapabilitiesHtc = new("wlan.htex.capabilities.htc", "High Throughput", FieldType.Boolean, FieldBase.None, 0x400) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef HtexCapabilitiesRdresponder = new("wlan.htex.capabilities.rdresponder", "Reverse Direction Responder", FieldType.Boolean, FieldBase.None, 0x800) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef Txbf = new("wlan.txbf", "Transmit Beam Forming (TxBF) Capabilities", FieldType.UInt32, FieldBase.Hex);
    public static readonly FieldDef TxbfTxbf = new("wlan.txbf.txbf", "Transmit Beamforming", FieldType.Boolean, FieldBase.None, 0x1) { Booleans = new("Supported", "Not supported"), BitWidth = 32 };
    public static readonly FieldDef TxbfRxss = new("wlan.txbf.rxss", "Receive Staggered Sounding", FieldType.Boolean, FieldBase.None, 0x2) { Booleans = new("Supported", "Not supported"), BitWidth = 32 };
    public static readonly FieldDef TxbfTxss = new("wlan.txbf.txss", "Transmit Staggered Sounding", FieldType.Boolean, FieldBase.None, 0x4) { Booleans = new("Supported", "Not supported"), BitWidth = 32 };
    public static readonly FieldDef TxbfRxndp = new("wlan.txbf.rxndp", "Receive Null Data packet (NDP)", FieldType.Boolean, FieldBase.None, 0x8) { Booleans = new("Supported", "Not supported"), BitWidth = 32 };
    public static readonly FieldDef TxbfTxndp = new("wlan.txbf.txndp", "Transmit Null Data packet (NDP)", FieldType.Boolean, FieldBase.None, 0x10) { Booleans = new("Supported", "Not supported"), BitWidth = 32 };
    public static readonly FieldDef TxbfImpltxbf = new("wlan.txbf.impltxbf", "Implicit TxBF capable", FieldType.Boolean, FieldBase.None, 0x20, description: "Implicit Transmit Beamforming (TxBF) capable") { Booleans = new("Supported", "Not supported"), BitWidth = 32 };
    public static readonly FieldDef TxbfCalibration = new("wlan.txbf.calibration", "Calibration", FieldType.UInt32, FieldBase.Hex, 0xC0, valueNames: TxbfCalibrationNames);
    public static readonly FieldDef TxbfCsi = new("wlan.txbf.csi", "STA can apply TxBF using CSI explicit feedback", FieldType.Boolean, FieldBase.None, 0x100, description: "Station can apply TxBF using CSI explicit feedback") { Booleans = new("Supported", "Not supported"), BitWidth = 32 };
    public static readonly FieldDef TxbfFmUncompressedTbf = new("wlan.txbf.fm.uncompressed.tbf", "STA can apply TxBF using uncompressed beamforming feedback matrix", FieldType.Boolean, FieldBase.None, 0x200, description: "Station can apply TxBF using uncompressed beamforming feedback matrix") { Booleans = new("Supported", "Not supported"), BitWidth = 32 };
    public static readonly FieldDef TxbfFmCompressedTbf = new("wlan.txbf.fm.compressed.tbf", "STA can apply TxBF using compressed beamforming feedback matrix", FieldType.Boolean, FieldBase.None, 0x400, description: "Station can apply TxBF using compressed beamforming feedback matrix") { Booleans = new("Supported", "Not supported"), BitWidth = 32 };
    public static readonly FieldDef TxbfRcsi = new("wlan.txbf.rcsi", "Receiver can return explicit CSI feedback", FieldType.UInt32, FieldBase.Hex, 0x1800, valueNames: TxbfRcsiNames);
    public static readonly FieldDef TxbfFmUncompressedRbf = new("wlan.txbf.fm.uncompressed.rbf", "Receiver can return explicit uncompressed Beamforming Feedback Matrix", FieldType.UInt32, FieldBase.Hex, 0x6000, valueNames: TxbfRcsiNames);
    public static readonly FieldDef TxbfFmCompressedBf = new("wlan.txbf.fm.compressed.bf", "STA can compress and use compressed Beamforming Feedback Matrix", FieldType.UInt32, FieldBase.Hex, 0x18000, description: "Station can compress and use compressed Beamforming Feedback Matrix", valueNames: TxbfRcsiNames);
    public static readonly FieldDef TxbfMingroup = new("wlan.txbf.mingroup", "Minimal grouping used for explicit feedback reports", FieldType.UInt32, FieldBase.Hex, 0x60000, valueNames: TxbfMingroupNames);
    public static readonly FieldDef TxbfCsinumant = new("wlan.txbf.csinumant", "Max antennae STA can support when CSI feedback required", FieldType.UInt32, FieldBase.Hex, 0x180000, description: "Max antennae station can support when CSI feedback required", valueNames: TxbfCsinumantNames);
    public static readonly FieldDef TxbfFmUncompressedMaxant = new("wlan.txbf.fm.uncompressed.maxant", "Max antennae STA can support when uncompressed Beamforming feedback required", FieldType.UInt32, FieldBase.Hex, 0x600000, description: "Max antennae station can support when uncompressed Beamforming feedback required", valueNames: TxbfCsinumantNames);
    public static readonly FieldDef TxbfFmCompressedMaxant = new("wlan.txbf.fm.compressed.maxant", "Max antennae STA can support when compressed Beamforming feedback required", FieldType.UInt32, FieldBase.Hex, 0x1800000, description: "Max antennae station can support when compressed Beamforming feedback required", valueNames: TxbfCsinumantNames);
    public static readonly FieldDef TxbfCsiMaxrows = new("wlan.txbf.csi.maxrows", "Maximum number of rows of CSI explicit feedback", FieldType.UInt32, FieldBase.Hex, 0x6000000, valueNames: TxbfCsiMaxrowsNames);
    public static readonly FieldDef TxbfChannelest = new("wlan.txbf.channelest", "Maximum number of space time streams for which channel dimensions can be simultaneously estimated", FieldType.UInt32, FieldBase.Hex, 0x18000000, valueNames: TxbfChannelestNames);
    public static readonly FieldDef TxbfReserved = new("wlan.txbf.reserved", "Reserved", FieldType.UInt32, FieldBase.Hex, 0xE0000000);
    public static readonly FieldDef Asel = new("wlan.asel", "Antenna Selection (ASEL) Capabilities", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef AselCapable = new("wlan.asel.capable", "Antenna Selection Capable", FieldType.Boolean, FieldBase.None, 0x1) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef AselTxcsi = new("wlan.asel.txcsi", "Explicit CSI Feedback Based Tx ASEL", FieldType.Boolean, FieldBase.None, 0x2) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef AselTxif = new("wlan.asel.txif", "Antenna Indices Feedback Based Tx ASEL", FieldType.Boolean, FieldBase.None, 0x4) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef AselCsi = new("wlan.asel.csi", "Explicit CSI Feedback", FieldType.Boolean, FieldBase.None, 0x8) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef AselIf = new("wlan.asel.if", "Antenna Indices Feedback", FieldType.Boolean, FieldBase.None, 0x10) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef AselRx = new("wlan.asel.rx", "Rx ASEL", FieldType.Boolean, FieldBase.None, 0x20) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef AselSppdu = new("wlan.asel.sppdu", "Tx Sounding PPDUs", FieldType.Boolean, FieldBase.None, 0x40) { Booleans = new("Supported", "Not supported") };
    public static readonly FieldDef AselReserved = new("wlan.asel.reserved", "Reserved", FieldType.UInt8, FieldBase.Hex, 0x80);
    public static readonly FieldDef HtInfoDelim1 = new("wlan.ht.info.delim1", "HT Information Subset (1 of 3)", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef HtInfoPrimarychannel = new("wlan.ht.info.primarychannel", "Primary Channel", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef HtInfoSecchanoffset = new("wlan.ht.info.secchanoffset", "Secondary channel offset", FieldType.UInt8, FieldBase.Hex, 0x3, valueNames: HtInfoSecchanoffsetNames);
    public static readonly FieldDef HtInfoChanwidth = new("wlan.ht.info.chanwidth", "Supported channel width", FieldType.Boolean, FieldBase.None, 0x4) { Booleans = new("Channel of any width supported", "20 MHz channel width only") };
    public static readonly FieldDef HtInfoRifs = new("wlan.ht.info.rifs", "Reduced Interframe Spacing (RIFS)", FieldType.Boolean, FieldBase.None, 0x8) { Booleans = new("Permitted", "Prohibited") };
    public static readonly FieldDef HtInfoReservedB4B7 = new("wlan.ht.info.reserved_b4_b7", "Reserved", FieldType.UInt8, FieldBase.Hex, 0xF0);
    public static readonly FieldDef HtInfoDelim2 = new("wlan.ht.info.delim2", "HT Information Subset (2 of 3)", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef HtInfoHtProtection = new("wlan.ht.info.ht_protection", "HT Protection", FieldType.UInt16, FieldBase.Hex, 0x3, valueNames: HtInfoHtProtectionNames);
    public static readonly FieldDef HtInfoGreenfield = new("wlan.ht.info.greenfield", "Non-greenfield STAs present", FieldType.Boolean, FieldBase.None, 0x4) { Booleans = new("One or more associated STAs are not greenfield capable", "All associated STAs are greenfield capable"), BitWidth = 16 };
    public static readonly FieldDef HtInfoReservedB11 = new("wlan.ht.info.reserved_b11", "Reserved", FieldType.UInt16, FieldBase.Hex, 0x8);
    public static readonly FieldDef HtInfoObssnonht = new("wlan.ht.info.obssnonht", "OBSS non-HT STAs present", FieldType.Boolean, FieldBase.None, 0x10) { Booleans = new("Use of protection for non-HT STAs by overlapping BSSs is needed", "Use of protection for non-HT STAs by overlapping BSSs is not needed"), BitWidth = 16 };
    public static readonly FieldDef HtInfoChanCenterFreqSeg2 = new("wlan.ht.info.chan_center_freq_seg_2", "Channel Center Frequency Segment 2", FieldType.UInt16, FieldBase.Dec, 0x1FE0);
    public static readonly FieldDef HtInfoReservedB21B23 = new("wlan.ht.info.reserved_b21_b23", "Reserved", FieldType.UInt16, FieldBase.Hex, 0xE000);
    public static readonly FieldDef HtInfoDelim3 = new("wlan.ht.info.delim3", "HT Information Subset (3 of 3)", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef HtInfoReservedB24B29 = new("wlan.ht.info.reserved_b24_b29", "Reserved", FieldType.UInt16, FieldBase.Hex, 0x3F);
    public static readonly FieldDef HtInfoDualbeacon = new("wlan.ht.info.dualbeacon", "Dual beacon", FieldType.Boolean, FieldBase.None, 0x40) { Booleans = new("AP transmits a secondary beacon", "No second beacon is transmitted"), BitWidth = 16 };
    public static readonly FieldDef HtInfoDualcts = new("wlan.ht.info.dualcts", "Dual Clear To Send (CTS) protection", FieldType.Boolean, FieldBase.None, 0x80) { Booleans = new("Required", "Not required"), BitWidth = 16 };
    public static readonly FieldDef HtInfoSecondarybeacon = new("wlan.ht.info.secondarybeacon", "Beacon ID", FieldType.Boolean, FieldBase.None, 0x100) { Booleans = new("STBC beacon", "Primary beacon") };
    public static readonly FieldDef HtInfoLsigprotsupport = new("wlan.ht.info.lsigprotsupport", "L-SIG TXOP Protection Full Support", FieldType.Boolean, FieldBase.None, 0x200) { Booleans = new("All HT STAs in the BSS support L-SIG TXOP protection", "One or more HT STAs in the BSS do not support L-SIG TXOP protection") };
    public static readonly FieldDef HtInfoPcoActive = new("wlan.ht.info.pco.active", "Phased Coexistence Operation (PCO)", FieldType.Boolean, FieldBase.None, 0x400) { Booleans = new("Active", "Inactive") };
    public static readonly FieldDef HtInfoPcoPhase = new("wlan.ht.info.pco.phase", "Phased Coexistence Operation (PCO) Phase", FieldType.Boolean, FieldBase.None, 0x800) { Booleans = new("Switch to or continue 40 MHz phase", "Switch to or continue 20 MHz phase") };
    public static readonly FieldDef HtInfoReservedB36B39 = new("wlan.ht.info.reserved_b36_b39", "Reserved", FieldType.UInt16, FieldBase.Hex, 0xF000);
    public static readonly FieldDef Bc2040 = new("wlan.20_40_bc", "20/40 BSS Coexistence Flags", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef Bc2040InformationRequest = new("wlan.20_40_bc.information_request", "Information Request", FieldType.Boolean, FieldBase.None, 0x1);
    public static readonly FieldDef Bc2040FortyMhzIntolerant = new("wlan.20_40_bc.forty_mhz_intolerant", "Forty MHz Intolerant", FieldType.Boolean, FieldBase.None, 0x2);
    public static readonly FieldDef Bc2040WidthRequest20Mhz = new("wlan.20_40_bc.20_mhz_bss_width_request", "20 MHz BSS Width Request", FieldType.Boolean, FieldBase.None, 0x4);
    public static readonly FieldDef Bc2040ObssScanningExemptionRequest = new("wlan.20_40_bc.obss_scanning_exemption_request", "OBSS Scanning Exemption Request", FieldType.Boolean, FieldBase.None, 0x8);
    public static readonly FieldDef Bc2040ObssScanningExemptionGrant = new("wlan.20_40_bc.obss_scanning_exemption_grant", "OBSS Scanning Exemption Grant", FieldType.Boolean, FieldBase.None, 0x10);
    public static readonly FieldDef Bc2040Reserved = new("wlan.20_40_bc.reserved", "Reserved", FieldType.UInt8, FieldBase.Hex, 0xE0, description: "Must be zero");
    public static readonly FieldDef ObssSpd = new("wlan.obss.spd", "Scan Passive Dwell", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef ObssSad = new("wlan.obss.sad", "Scan Active Dwell", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef ObssCwtsi = new("wlan.obss.cwtsi", "Channel Width Trigger Scan Interval", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef ObssSptpc = new("wlan.obss.sptpc", "Scan Passive Total Per Channel", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef ObssSatpc = new("wlan.obss.satpc", "Scan Active Total Per Channel", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef ObssWctdf = new("wlan.obss.wctdf", "Width Channel Transition Delay Factor", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef ObssSat = new("wlan.obss.sat", "Scan Activity Threshold", FieldType.UInt16, FieldBase.Dec);

    /// <summary>These fields in declaration order, for the protocol's declaration.</summary>
    public static FieldDef[] All { get; } =
    [
        HtCapabilities, HtCapabilitiesLdpccoding, HtCapabilitiesWidth, HtCapabilitiesSm, HtCapabilitiesGreen, HtCapabilitiesShort20,
        HtCapabilitiesShort40, HtCapabilitiesTxstbc, HtCapabilitiesRxstbc, HtCapabilitiesDelayedblockack, HtCapabilitiesAmsdu,
        HtCapabilitiesDsscck, HtCapabilitiesPsmp, HtCapabilities40mhzintolerant, HtCapabilitiesLsig, HtAmpduparam, HtAmpduparamMaxlength,
        HtAmpduparamMpdudensity, HtAmpduparamReserved, HtMcsset, HtMcssetRxbitmask, HtMcssetRxbitmask0to7, HtMcssetRxbitmask8to15,
        HtMcssetRxbitmask16to23, HtMcssetRxbitmask24to31, HtMcssetRxbitmask32, HtMcssetRxbitmask33to38, HtMcssetRxbitmask39to52,
        HtMcssetRxbitmask53to76, HtMcssetHighestdatarate, HtMcssetTxsetdefined, HtMcssetTxrxmcsnotequal, HtMcssetTxmaxss,
        HtMcssetTxunequalmod, HtexCapabilities, HtexCapabilitiesPco, HtexCapabilitiesTranstime, HtexCapabilitiesMcs, HtexCapabilitiesHtc,
        HtexCapabilitiesRdresponder, Txbf, TxbfTxbf, TxbfRxss, TxbfTxss, TxbfRxndp, TxbfTxndp, TxbfImpltxbf, TxbfCalibration, TxbfCsi,
        TxbfFmUncompressedTbf, TxbfFmCompressedTbf, TxbfRcsi, TxbfFmUncompressedRbf, TxbfFmCompressedBf, TxbfMingroup, TxbfCsinumant,
        TxbfFmUncompressedMaxant, TxbfFmCompressedMaxant, TxbfCsiMaxrows, TxbfChannelest, TxbfReserved, Asel, AselCapable, AselTxcsi,
        AselTxif, AselCsi, AselIf, AselRx, AselSppdu, AselReserved, HtInfoDelim1, HtInfoPrimarychannel, HtInfoSecchanoffset,
        HtInfoChanwidth, HtInfoRifs, HtInfoReservedB4B7, HtInfoDelim2, HtInfoHtProtection, HtInfoGreenfield, HtInfoReservedB11,
        HtInfoObssnonht, HtInfoChanCenterFreqSeg2, HtInfoReservedB21B23, HtInfoDelim3, HtInfoReservedB24B29, HtInfoDualbeacon,
        HtInfoDualcts, HtInfoSecondarybeacon, HtInfoLsigprotsupport, HtInfoPcoActive, HtInfoPcoPhase, HtInfoReservedB36B39, Bc2040,
        Bc2040InformationRequest, Bc2040FortyMhzIntolerant, Bc2040WidthRequest20Mhz, Bc2040ObssScanningExemptionRequest,
        Bc2040ObssScanningExemptionGrant, Bc2040Reserved, ObssSpd, ObssSad, ObssCwtsi, ObssSptpc, ObssSatpc, ObssWctdf, ObssSat,
    ];
}
