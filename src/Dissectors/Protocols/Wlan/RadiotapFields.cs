using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>Radiotap header fields (link type 127), with tshark 4.0's abbrevs (packet-ieee80211-radiotap.c).</summary>
public static class RadiotapFields
{
    public static readonly ProtocolDef Protocol = new("radiotap", "802.11 Radiotap", "IEEE 802.11 Radiotap Capture header") { ColumnName = "Radiotap" };
    public static readonly FieldDef Version = new("radiotap.version", "Header revision", FieldType.UInt8, FieldBase.Dec, description: "Version of radiotap header format");
    public static readonly FieldDef Pad = new("radiotap.pad", "Header pad", FieldType.UInt8, FieldBase.Dec, description: "Padding");
    public static readonly FieldDef Length = new("radiotap.length", "Header length", FieldType.UInt16, FieldBase.Dec, description: "Length of header including version, pad, length and data fields");
    public static readonly FieldDef Present = new("radiotap.present", "Present flags", FieldType.None, description: "Bitmask indicating which fields are present");
    public static readonly FieldDef PresentWord = new("radiotap.present.word", "Present flags word", FieldType.UInt32, FieldBase.Hex, description: "Word from present flags bitmask");
    public static readonly FieldDef PresentTsft = new("radiotap.present.tsft", "TSFT", FieldType.Boolean, FieldBase.None, 0x1, description: "Specifies if the Time Synchronization Function Timer field is present") { Booleans = new("Present", "Absent"), BitWidth = 32 };
    public static readonly FieldDef PresentFlags = new("radiotap.present.flags", "Flags", FieldType.Boolean, FieldBase.None, 0x2, description: "Specifies if the channel flags field is present") { Booleans = new("Present", "Absent"), BitWidth = 32 };
    public static readonly FieldDef PresentRate = new("radiotap.present.rate", "Rate", FieldType.Boolean, FieldBase.None, 0x4, description: "Specifies if the transmit/receive rate field is present") { Booleans = new("Present", "Absent"), BitWidth = 32 };
    public static readonly FieldDef PresentChannel = new("radiotap.present.channel", "Channel", FieldType.Boolean, FieldBase.None, 0x8, description: "Specifies if the transmit/receive frequency field is present") { Booleans = new("Present", "Absent"), BitWidth = 32 };
    public static readonly FieldDef PresentFhss = new("radiotap.present.fhss", "FHSS", FieldType.Boolean, FieldBase.None, 0x10, description: "Specifies if the hop set and pattern is present for frequency hopping radios") { Booleans = new("Present", "Absent"), BitWidth = 32 };
    public static readonly FieldDef PresentDbmAntsignal = new("radiotap.present.dbm_antsignal", "dBm Antenna Signal", FieldType.Boolean, FieldBase.None, 0x20, description: "Specifies if the antenna signal strength in dBm is present") { Booleans = new("Present", "Absent"), BitWidth = 32 };
    public static readonly FieldDef PresentDbmAntnoise = new("radiotap.present.dbm_antnoise", "dBm Antenna Noise", FieldType.Boolean, FieldBase.None, 0x40, description: "Specifies if the RF noise power at antenna field is present") { Booleans = new("Present", "Absent"), BitWidth = 32 };
    public static readonly FieldDef PresentLockQuality = new("radiotap.present.lock_quality", "Lock Quality", FieldType.Boolean, FieldBase.None, 0x80, description: "Specifies if the signal quality field is present") { Booleans = new("Present", "Absent"), BitWidth = 32 };
    public static readonly FieldDef PresentTxAttenuation = new("radiotap.present.tx_attenuation", "TX Attenuation", FieldType.Boolean, FieldBase.None, 0x100, description: "Specifies if the transmit power distance from max power field is present") { Booleans = new("Present", "Absent"), BitWidth = 32 };
    public static readonly FieldDef PresentDbTxAttenuation = new("radiotap.present.db_tx_attenuation", "dB TX Attenuation", FieldType.Boolean, FieldBase.None, 0x200, description: "Specifies if the transmit power distance from max power (in dB) field is present") { Booleans = new("Present", "Absent"), BitWidth = 32 };
    public static readonly FieldDef PresentDbmTxPower = new("radiotap.present.dbm_tx_power", "dBm TX Power", FieldType.Boolean, FieldBase.None, 0x400, description: "Specifies if the transmit power (in dBm) field is present") { Booleans = new("Present", "Absent"), BitWidth = 32 };
    public static readonly FieldDef PresentAntenna = new("radiotap.present.antenna", "Antenna", FieldType.Boolean, FieldBase.None, 0x800, description: "Specifies if the antenna number field is present") { Booleans = new("Present", "Absent"), BitWidth = 32 };
    public static readonly FieldDef PresentDbAntsignal = new("radiotap.present.db_antsignal", "dB Antenna Signal", FieldType.Boolean, FieldBase.None, 0x1000, description: "Specifies if the RF signal power at antenna in dB field is present") { Booleans = new("Present", "Absent"), BitWidth = 32 };
    public static readonly FieldDef PresentDbAntnoise = new("radiotap.present.db_antnoise", "dB Antenna Noise", FieldType.Boolean, FieldBase.None, 0x2000, description: "Specifies if the RF signal power at antenna in dBm field is present") { Booleans = new("Present", "Absent"), BitWidth = 32 };
    public static readonly FieldDef PresentRxflags = new("radiotap.present.rxflags", "RX flags", FieldType.Boolean, FieldBase.None, 0x4000, description: "Specifies if the RX flags field is present") { Booleans = new("Present", "Absent"), BitWidth = 32 };
    public static readonly FieldDef PresentTxflags = new("radiotap.present.txflags", "TX flags", FieldType.Boolean, FieldBase.None, 0x8000, description: "Specifies if the TX flags field is present") { Booleans = new("Present", "Absent"), BitWidth = 32 };
    public static readonly FieldDef PresentDataRetries = new("radiotap.present.data_retries", "data retries", FieldType.Boolean, FieldBase.None, 0x20000, description: "Specifies if the data retries field is present") { Booleans = new("Present", "Absent"), BitWidth = 32 };
    public static readonly FieldDef PresentXchannel = new("radiotap.present.xchannel", "Channel+", FieldType.Boolean, FieldBase.None, 0x40000, description: "Specifies if the extended channel info field is present") { Booleans = new("Present", "Absent"), BitWidth = 32 };
    public static readonly FieldDef PresentMcs = new("radiotap.present.mcs", "MCS information", FieldType.Boolean, FieldBase.None, 0x80000, description: "Specifies if the MCS field is present") { Booleans = new("Present", "Absent"), BitWidth = 32 };
    public static readonly FieldDef PresentAmpdu = new("radiotap.present.ampdu", "A-MPDU Status", FieldType.Boolean, FieldBase.None, 0x100000, description: "Specifies if the A-MPDU status field is present") { Booleans = new("Present", "Absent"), BitWidth = 32 };
    public static readonly FieldDef PresentVht = new("radiotap.present.vht", "VHT information", FieldType.Boolean, FieldBase.None, 0x200000, description: "Specifies if the VHT field is present") { Booleans = new("Present", "Absent"), BitWidth = 32 };
    public static readonly FieldDef PresentTimestamp = new("radiotap.present.timestamp", "frame timestamp", FieldType.Boolean, FieldBase.None, 0x400000, description: "Specifies if the timestamp field is present") { Booleans = new("Present", "Absent"), BitWidth = 32 };
    public static readonly FieldDef PresentHe = new("radiotap.present.he", "HE information", FieldType.Boolean, FieldBase.None, 0x800000, description: "Specifies if the HE field is present") { Booleans = new("Present", "Absent"), BitWidth = 32 };
    public static readonly FieldDef PresentHeMu = new("radiotap.present.he_mu", "HE-MU information", FieldType.Boolean, FieldBase.None, 0x1000000, description: "Specifies if the HE field is present") { Booleans = new("Present", "Absent") };
    public static readonly FieldDef PresentZeroLengthPsdu = new("radiotap.present.0_length.psdu", "0 Length PSDU", FieldType.Boolean, FieldBase.None, 0x4000000, description: "Specifies whether or not the 0-Length PSDU field is present") { Booleans = new("Present", "Absent") };
    public static readonly FieldDef PresentLSig = new("radiotap.present.l_sig", "L-SIG", FieldType.Boolean, FieldBase.None, 0x8000000, description: "Specifies whether or not the L-SIG field is present") { Booleans = new("Present", "Absent") };
    public static readonly FieldDef PresentTlv = new("radiotap.present.tlv", "TLVs", FieldType.Boolean, FieldBase.None, 0x10000000, description: "Specifies switch to TLV fields") { Booleans = new("Present", "Absent") };
    public static readonly FieldDef PresentRtapNs = new("radiotap.present.rtap_ns", "Radiotap NS next", FieldType.Boolean, FieldBase.None, 0x20000000, description: "Specifies a reset to the radiotap namespace");
    public static readonly FieldDef PresentVendorNs = new("radiotap.present.vendor_ns", "Vendor NS next", FieldType.Boolean, FieldBase.None, 0x40000000, description: "Specifies that the next bitmap is in a vendor namespace");
    public static readonly FieldDef PresentExt = new("radiotap.present.ext", "Ext", FieldType.Boolean, FieldBase.None, 0x80000000, description: "Specifies if there are any extensions to the header present") { Booleans = new("Present", "Absent") };
    public static readonly FieldDef ChannelFlagsF700mhz = new("radiotap.channel.flags.700mhz", "700 MHz spectrum", FieldType.Boolean, FieldBase.None, 0x1, description: "Channel Flags Turbo") { BitWidth = 16 };
    public static readonly FieldDef ChannelFlagsF800mhz = new("radiotap.channel.flags.800mhz", "800 MHz spectrum", FieldType.Boolean, FieldBase.None, 0x2, description: "Channel Flags Turbo") { BitWidth = 16 };
    public static readonly FieldDef ChannelFlagsF900mhz = new("radiotap.channel.flags.900mhz", "900 MHz spectrum", FieldType.Boolean, FieldBase.None, 0x4, description: "Channel Flags Turbo") { BitWidth = 16 };
    public static readonly FieldDef ChannelFlagsTurbo = new("radiotap.channel.flags.turbo", "Turbo", FieldType.Boolean, FieldBase.None, 0x10, description: "Channel Flags Turbo") { BitWidth = 16 };
    public static readonly FieldDef ChannelFlagsCck = new("radiotap.channel.flags.cck", "Complementary Code Keying (CCK)", FieldType.Boolean, FieldBase.None, 0x20, description: "Channel Flags Complementary Code Keying (CCK) Modulation") { BitWidth = 16 };
    public static readonly FieldDef ChannelFlagsOfdm = new("radiotap.channel.flags.ofdm", "Orthogonal Frequency-Division Multiplexing (OFDM)", FieldType.Boolean, FieldBase.None, 0x40, description: "Channel Flags Orthogonal Frequency-Division Multiplexing (OFDM)") { BitWidth = 16 };
    public static readonly FieldDef ChannelFlagsF2ghz = new("radiotap.channel.flags.2ghz", "2 GHz spectrum", FieldType.Boolean, FieldBase.None, 0x80, description: "Channel Flags 2 GHz spectrum") { BitWidth = 16 };
    public static readonly FieldDef ChannelFlagsF5ghz = new("radiotap.channel.flags.5ghz", "5 GHz spectrum", FieldType.Boolean, FieldBase.None, 0x100, description: "Channel Flags 5 GHz spectrum");
    public static readonly FieldDef ChannelFlagsPassive = new("radiotap.channel.flags.passive", "Passive", FieldType.Boolean, FieldBase.None, 0x200, description: "Channel Flags Passive");
    public static readonly FieldDef ChannelFlagsDynamic = new("radiotap.channel.flags.dynamic", "Dynamic CCK-OFDM", FieldType.Boolean, FieldBase.None, 0x400, description: "Channel Flags Dynamic CCK-OFDM Channel");
    public static readonly FieldDef ChannelFlagsGfsk = new("radiotap.channel.flags.gfsk", "Gaussian Frequency Shift Keying (GFSK)", FieldType.Boolean, FieldBase.None, 0x800, description: "Channel Flags Gaussian Frequency Shift Keying (GFSK) Modulation");
    public static readonly FieldDef ChannelFlagsGsm = new("radiotap.channel.flags.gsm", "GSM (900MHz)", FieldType.Boolean, FieldBase.None, 0x1000, description: "Channel Flags GSM");
    public static readonly FieldDef ChannelFlagsSturbo = new("radiotap.channel.flags.sturbo", "Static Turbo", FieldType.Boolean, FieldBase.None, 0x2000, description: "Channel Flags Status Turbo");
    public static readonly FieldDef ChannelFlagsHalf = new("radiotap.channel.flags.half", "Half Rate Channel (10MHz Channel Width)", FieldType.Boolean, FieldBase.None, 0x4000, description: "Channel Flags Half Rate");
    public static readonly FieldDef ChannelFlagsQuarter = new("radiotap.channel.flags.quarter", "Quarter Rate Channel (5MHz Channel Width)", FieldType.Boolean, FieldBase.None, 0x8000, description: "Channel Flags Quarter Rate");
    public static readonly FieldDef FlagsCfp = new("radiotap.flags.cfp", "CFP", FieldType.Boolean, FieldBase.None, 0x1, description: "Sent/Received during CFP");
    public static readonly FieldDef FlagsPreamble = new("radiotap.flags.preamble", "Preamble", FieldType.Boolean, FieldBase.None, 0x2, description: "Sent/Received with short preamble") { Booleans = new("Short", "Long") };
    public static readonly FieldDef FlagsWep = new("radiotap.flags.wep", "WEP", FieldType.Boolean, FieldBase.None, 0x4, description: "Sent/Received with WEP encryption");
    public static readonly FieldDef FlagsFrag = new("radiotap.flags.frag", "Fragmentation", FieldType.Boolean, FieldBase.None, 0x8, description: "Sent/Received with fragmentation");
    public static readonly FieldDef FlagsFcs = new("radiotap.flags.fcs", "FCS at end", FieldType.Boolean, FieldBase.None, 0x10, description: "Frame includes FCS at end");
    public static readonly FieldDef FlagsDatapad = new("radiotap.flags.datapad", "Data Pad", FieldType.Boolean, FieldBase.None, 0x20, description: "Frame has padding between 802.11 header and payload");
    public static readonly FieldDef FlagsBadfcs = new("radiotap.flags.badfcs", "Bad FCS", FieldType.Boolean, FieldBase.None, 0x40, description: "Frame received with bad FCS");
    public static readonly FieldDef FlagsShortgi = new("radiotap.flags.shortgi", "Short GI", FieldType.Boolean, FieldBase.None, 0x80, description: "Frame Sent/Received with HT short Guard Interval");
    public static readonly FieldDef MacTime = new("radiotap.mactime", "MAC timestamp", FieldType.UInt64, FieldBase.Dec, description: "Value in microseconds of the MAC's Time Synchronization Function timer when the first bit of the MPDU arrived at the MAC.");
    public static readonly FieldDef Flags = new("radiotap.flags", "Flags", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef DataRate = new("radiotap.datarate", "Data rate (Mb/s)", FieldType.Float, description: "Speed this frame was sent/received at");
    public static readonly FieldDef ChannelFreq = new("radiotap.channel.freq", "Channel frequency", FieldType.UInt32, FieldBase.Dec, description: "Channel frequency in megahertz that this frame was sent/received on");
    public static readonly FieldDef ChannelFlags = new("radiotap.channel.flags", "Channel flags", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef FhssHopset = new("radiotap.fhss.hopset", "FHSS Hop Set", FieldType.UInt8, FieldBase.Dec, description: "Frequency Hopping Spread Spectrum hopset");
    public static readonly FieldDef FhssPattern = new("radiotap.fhss.pattern", "FHSS Pattern", FieldType.UInt8, FieldBase.Dec, description: "Frequency Hopping Spread Spectrum hop pattern");
    public static readonly FieldDef DbmAntSignal = new("radiotap.dbm_antsignal", "Antenna signal", FieldType.Int8, FieldBase.Dec, description: "RF signal power at the antenna expressed as decibels from one milliwatt") { Unit = new(" dBm", " dBm") };
    public static readonly FieldDef DbmAntNoise = new("radiotap.dbm_antnoise", "Antenna noise", FieldType.Int8, FieldBase.Dec, description: "RF noise power at the antenna expressed as decibels from one milliwatt") { Unit = new(" dBm", " dBm") };
    public static readonly FieldDef Quality = new("radiotap.quality", "Signal Quality", FieldType.UInt16, FieldBase.Dec, description: "Signal quality (unitless measure)");
    public static readonly FieldDef TxAttenuation = new("radiotap.txattenuation", "TX attenuation", FieldType.UInt16, FieldBase.Dec, description: "Transmit power expressed as unitless distance from max power set at factory calibration (0 is max power)");
    public static readonly FieldDef DbTxAttenuation = new("radiotap.db_txattenuation", "dB TX attenuation", FieldType.UInt16, FieldBase.Dec, description: "Transmit power expressed as decibels from max power set at factory calibration (0 is max power)");
    public static readonly FieldDef TxPower = new("radiotap.txpower", "Transmit power", FieldType.Int8, FieldBase.Dec, description: "Transmit power at the antenna port expressed as decibels from one milliwatt");
    public static readonly FieldDef Antenna = new("radiotap.antenna", "Antenna", FieldType.UInt32, FieldBase.Dec, description: "Antenna number this frame was sent/received over (starting at 0)");
    public static readonly FieldDef DbAntSignal = new("radiotap.db_antsignal", "dB antenna signal", FieldType.UInt8, FieldBase.Dec, description: "RF signal power at the antenna expressed as decibels from a fixed, arbitrary value");
    public static readonly FieldDef DbAntNoise = new("radiotap.db_antnoise", "dB antenna noise", FieldType.UInt8, FieldBase.Dec, description: "RF noise power at the antenna expressed as decibels from a fixed, arbitrary value");
    public static readonly FieldDef RxFlags = new("radiotap.rxflags", "RX flags", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef RxFlagsBadPlcp = new("radiotap.rxflags.badplcp", "Bad PLCP", FieldType.Boolean, FieldBase.None, 0x2, description: "Frame with bad PLCP") { BitWidth = 24 };
    public static readonly FieldDef TxFlags = new("radiotap.txflags", "TX flags", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef DataRetries = new("radiotap.data_retries", "data retries", FieldType.UInt8, FieldBase.Dec, description: "Number of data retries a transmitted frame used");
    public static readonly FieldDef XChannelFlags = new("radiotap.xchannel.flags", "Channel flags", FieldType.UInt32, FieldBase.Hex);
    public static readonly FieldDef XChannelFreq = new("radiotap.xchannel.freq", "Channel frequency", FieldType.UInt32, FieldBase.Dec);
    public static readonly FieldDef XChannelChannel = new("radiotap.xchannel.channel", "Channel number", FieldType.UInt32, FieldBase.Dec);
    public static readonly FieldDef Mcs = new("radiotap.mcs", "MCS information", FieldType.None);
    public static readonly FieldDef McsKnown = new("radiotap.mcs.known", "Known MCS information", FieldType.UInt8, FieldBase.Hex, description: "Bit mask indicating what MCS information is present");
    public static readonly FieldDef McsHaveBw = new("radiotap.mcs.have_bw", "Bandwidth", FieldType.Boolean, FieldBase.None, 0x01, description: "Bandwidth information present") { Booleans = new("Present", "Absent") };
    public static readonly FieldDef McsHaveIndex = new("radiotap.mcs.have_index", "MCS index", FieldType.Boolean, FieldBase.None, 0x02, description: "MCS index information present") { Booleans = new("Present", "Absent") };
    public static readonly FieldDef McsHaveGi = new("radiotap.mcs.have_gi", "Guard interval", FieldType.Boolean, FieldBase.None, 0x04, description: "Sent/Received guard interval information present") { Booleans = new("Present", "Absent") };
    public static readonly FieldDef McsHaveFormat = new("radiotap.mcs.have_format", "Format", FieldType.Boolean, FieldBase.None, 0x08, description: "Format information present") { Booleans = new("Present", "Absent") };
    public static readonly FieldDef McsHaveFec = new("radiotap.mcs.have_fec", "FEC type", FieldType.Boolean, FieldBase.None, 0x10, description: "Forward error correction type information present") { Booleans = new("Present", "Absent") };
    public static readonly FieldDef McsHaveStbc = new("radiotap.mcs.have_stbc", "STBC streams", FieldType.Boolean, FieldBase.None, 0x20, description: "Space Time Block Coding streams information present") { Booleans = new("Present", "Absent") };
    public static readonly FieldDef McsHaveNess = new("radiotap.mcs.have_ness", "Number of extension spatial streams", FieldType.Boolean, FieldBase.None, 0x40, description: "Number of extension spatial streams information present") { Booleans = new("Present", "Absent") };
    public static readonly FieldDef McsBw = new("radiotap.mcs.bw", "Bandwidth", FieldType.UInt8, FieldBase.Dec, 0x03, valueNames: new Dictionary<ulong, string> { [0] = "20 MHz", [1] = "40 MHz", [2] = "20 MHz lower", [3] = "20 MHz upper" });
    public static readonly FieldDef McsGi = new("radiotap.mcs.gi", "Guard interval", FieldType.UInt8, FieldBase.Dec, 0x04, description: "Sent/Received guard interval", valueNames: new Dictionary<ulong, string> { [0] = "long", [1] = "short" });
    public static readonly FieldDef McsFormat = new("radiotap.mcs.format", "Format", FieldType.UInt8, FieldBase.Dec, 0x08, valueNames: new Dictionary<ulong, string> { [0] = "mixed", [1] = "greenfield" });
    public static readonly FieldDef McsFec = new("radiotap.mcs.fec", "FEC type", FieldType.UInt8, FieldBase.Dec, 0x10, description: "Forward error correction type", valueNames: new Dictionary<ulong, string> { [0] = "BCC", [1] = "LDPC" });
    public static readonly FieldDef McsStbc = new("radiotap.mcs.stbc", "STBC streams", FieldType.UInt8, FieldBase.Dec, 0x60, description: "Number of Space Time Block Code streams");
    public static readonly FieldDef McsIndex = new("radiotap.mcs.index", "MCS index", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef Ampdu = new("radiotap.ampdu", "A-MPDU status", FieldType.None);
    public static readonly FieldDef AmpduReference = new("radiotap.ampdu.reference", "A-MPDU reference number", FieldType.UInt32, FieldBase.Dec);
    public static readonly FieldDef AmpduFlags = new("radiotap.ampdu.flags", "A-MPDU flags", FieldType.UInt16, FieldBase.Hex, description: "A-MPDU status flags");
    public static readonly FieldDef Vht = new("radiotap.vht", "VHT information", FieldType.None);
    public static readonly FieldDef VhtKnown = new("radiotap.vht.known", "Known VHT information", FieldType.UInt8, FieldBase.Hex, description: "Bit mask indicating what VHT information is present");
    public static readonly FieldDef VhtHaveStbc = new("radiotap.vht.have_stbc", "STBC", FieldType.Boolean, FieldBase.None, 0x01, description: "Space Time Block Coding information present") { Booleans = new("Present", "Absent"), BitWidth = 16 };
    public static readonly FieldDef VhtHaveTxopPs = new("radiotap.vht.have_txop_ps", "TXOP_PS_NOT_ALLOWED", FieldType.Boolean, FieldBase.None, 0x02, description: "TXOP_PS_NOT_ALLOWED information present") { Booleans = new("Present", "Absent"), BitWidth = 16 };
    public static readonly FieldDef VhtHaveGi = new("radiotap.vht.have_gi", "Guard interval", FieldType.Boolean, FieldBase.None, 0x04, description: "Short/Long guard interval information present") { Booleans = new("Present", "Absent"), BitWidth = 16 };
    public static readonly FieldDef VhtHaveSgiNsymDa = new("radiotap.vht.have_sgi_nsym_da", "SGI Nsym disambiguation", FieldType.Boolean, FieldBase.None, 0x08, description: "Short guard interval Nsym disambiguation information present") { Booleans = new("Present", "Absent"), BitWidth = 16 };
    public static readonly FieldDef VhtLdpcExtra = new("radiotap.vht.ldpc_extra", "LDPC extra OFDM symbol", FieldType.Boolean, FieldBase.None, 0x10) { Booleans = new("Present", "Absent"), BitWidth = 16 };
    public static readonly FieldDef VhtHaveBeamformed = new("radiotap.vht.have_beamformed", "Beamformed", FieldType.Boolean, FieldBase.None, 0x20) { Booleans = new("Present", "Absent"), BitWidth = 16 };
    /// <summary>
    /// packet-ieee80211-radiotap.c's hf_radiotap_vht_have_bw: the VHT known word's bandwidth bit, registered (by tshark's
    /// own slip) as a second definition of radiotap.mcs.have_bw, 16 bits wide with the mask 0x0040.
    /// </summary>
    public static readonly FieldDef VhtHaveBw = new("radiotap.mcs.have_bw", "Bandwidth", FieldType.Boolean, FieldBase.None, 0x0040,
        description: "Bandwidth information present") { Booleans = new("Present", "Absent"), BitWidth = 16, SameNameAs = McsHaveBw };
    public static readonly FieldDef McsHaveGid = new("radiotap.mcs.have_gid", "Group ID", FieldType.Boolean, FieldBase.None, 0x80) { Booleans = new("Present", "Absent"), BitWidth = 16 };
    public static readonly FieldDef McsHavePaid = new("radiotap.mcs.have_paid", "Partial AID", FieldType.Boolean, FieldBase.None, 0x100) { Booleans = new("Present", "Absent") };
    public static readonly FieldDef VhtStbc = new("radiotap.vht.stbc", "STBC", FieldType.Boolean, FieldBase.None, 0x01, description: "Space Time Block Coding flag") { Booleans = new("On", "Off") };
    public static readonly FieldDef VhtTxopPs = new("radiotap.vht.txop_ps", "TXOP_PS_NOT_ALLOWED", FieldType.Boolean, FieldBase.None, 0x02, description: "Flag indicating whether STAs may doze during TXOP");
    public static readonly FieldDef VhtGi = new("radiotap.vht.gi", "Guard interval", FieldType.UInt8, FieldBase.Dec, 0x04, description: "Short/Long guard interval", valueNames: new Dictionary<ulong, string> { [0] = "long", [1] = "short" });
    public static readonly FieldDef VhtSgiNsymDa = new("radiotap.vht.sgi_nsym_da", "SGI Nsym disambiguation", FieldType.Boolean, FieldBase.None, 0x08, description: "Short Guard Interval Nsym disambiguation");
    public static readonly FieldDef VhtBeamformed = new("radiotap.vht.beamformed", "Beamformed", FieldType.Boolean, FieldBase.None, 0x20);
    /// <summary>packet-ieee80211-radiotap.c's vht_bandwidth names.</summary>
    public static readonly IReadOnlyDictionary<ulong, string> VhtBandwidthNames = new Dictionary<ulong, string>
    {
        [0] = "20 MHz", [1] = "40 MHz", [2] = "20 MHz lower", [3] = "20 MHz upper", [4] = "80 MHz", [5] = "40 MHz lower",
        [6] = "40 MHz upper", [7] = "20 MHz, channel 1/4", [8] = "20 MHz, channel 2/4", [9] = "20 MHz, channel 3/4",
        [10] = "20 MHz, channel 4/4", [11] = "160 MHz", [12] = "80 MHz lower", [13] = "80 MHz upper", [14] = "40 MHz, channel 1/4",
        [15] = "40 MHz, channel 2/4", [16] = "40 MHz, channel 3/4", [17] = "40 MHz, channel 4/4", [18] = "20 MHz, channel 1/8",
        [19] = "20 MHz, channel 2/8", [20] = "20 MHz, channel 3/8", [21] = "20 MHz, channel 4/8", [22] = "20 MHz, channel 5/8",
        [23] = "20 MHz, channel 6/8", [24] = "20 MHz, channel 7/8", [25] = "20 MHz, channel 8/8",
    };

    public static readonly FieldDef VhtBw = new("radiotap.vht.bw", "Bandwidth", FieldType.UInt8, FieldBase.Dec, valueNames: VhtBandwidthNames);
    public static readonly FieldDef VhtUser = new("radiotap.vht.user", "User", FieldType.None);
    public static readonly FieldDef[] VhtMcs = [.. Enumerable.Range(0, 4).Select(i => new FieldDef($"radiotap.vht.mcs.{i}", $"MCS index {i}", FieldType.UInt8, FieldBase.Dec, 0xF0, description: "MCS index"))];
    public static readonly FieldDef[] VhtNss = [.. Enumerable.Range(0, 4).Select(i => new FieldDef($"radiotap.vht.nss.{i}", $"Spatial streams {i}", FieldType.UInt8, FieldBase.Dec, 0x0F, description: "Number of spatial streams"))];
    public static readonly FieldDef[] VhtNsts = [.. Enumerable.Range(0, 4).Select(i => new FieldDef($"radiotap.vht.nsts.{i}", $"Space-time streams {i}", FieldType.UInt8, FieldBase.Dec, description: "Number of Space-time streams"))];
    public static readonly FieldDef[] VhtCoding = [.. Enumerable.Range(0, 4).Select(i => new FieldDef($"radiotap.vht.coding.{i}", $"Coding {i}", FieldType.UInt8, FieldBase.Dec, 1UL << i, description: "Coding", valueNames: new Dictionary<ulong, string> { [0] = "BCC", [1] = "LDPC" }))];
    public static readonly FieldDef[] VhtDataRate = [.. Enumerable.Range(0, 4).Select(i => new FieldDef($"radiotap.vht.datarate.{i}", $"Data rate (Mb/s) {i}", FieldType.Float, description: "Speed this frame was sent/received at"))];
    public static readonly FieldDef VhtGid = new("radiotap.vht.gid", "Group Id", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef VhtPaid = new("radiotap.vht.paid", "Partial AID", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef Fcs = new("radiotap.fcs", "802.11 FCS", FieldType.UInt32, FieldBase.Hex, description: "Frame check sequence of this frame");

    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
    [
        Version, Pad, Length, Present, PresentWord,
        PresentTsft, PresentFlags, PresentRate, PresentChannel, PresentFhss, PresentDbmAntsignal, PresentDbmAntnoise, PresentLockQuality, PresentTxAttenuation, PresentDbTxAttenuation, PresentDbmTxPower, PresentAntenna, PresentDbAntsignal, PresentDbAntnoise, PresentRxflags, PresentTxflags, PresentDataRetries, PresentXchannel, PresentMcs, PresentAmpdu, PresentVht, PresentTimestamp, PresentHe, PresentHeMu, PresentZeroLengthPsdu, PresentLSig, PresentTlv, PresentRtapNs, PresentVendorNs, PresentExt,
        MacTime, Flags,
        FlagsCfp, FlagsPreamble, FlagsWep, FlagsFrag, FlagsFcs, FlagsDatapad, FlagsBadfcs, FlagsShortgi,
        DataRate, ChannelFreq, ChannelFlags,
        ChannelFlagsF700mhz, ChannelFlagsF800mhz, ChannelFlagsF900mhz, ChannelFlagsTurbo, ChannelFlagsCck, ChannelFlagsOfdm, ChannelFlagsF2ghz, ChannelFlagsF5ghz, ChannelFlagsPassive, ChannelFlagsDynamic, ChannelFlagsGfsk, ChannelFlagsGsm, ChannelFlagsSturbo, ChannelFlagsHalf, ChannelFlagsQuarter,
        FhssHopset, FhssPattern, DbmAntSignal, DbmAntNoise, Quality, TxAttenuation, DbTxAttenuation, TxPower, Antenna,
        DbAntSignal, DbAntNoise, RxFlags, RxFlagsBadPlcp, TxFlags, DataRetries, XChannelFlags, XChannelFreq, XChannelChannel, Mcs,
        McsKnown, McsHaveBw, McsHaveIndex, McsHaveGi, McsHaveFormat, McsHaveFec, McsHaveStbc, McsHaveNess, McsBw, McsGi,
        McsFormat, McsFec, McsStbc, McsIndex, Ampdu, AmpduReference, AmpduFlags, Vht, VhtKnown, VhtHaveStbc, VhtHaveTxopPs,
        VhtHaveGi, VhtHaveSgiNsymDa, VhtLdpcExtra, VhtHaveBeamformed, McsHaveGid, McsHavePaid, VhtStbc, VhtTxopPs, VhtGi, VhtSgiNsymDa, VhtBeamformed,
        VhtBw, VhtUser, .. VhtMcs, .. VhtNss, .. VhtNsts, .. VhtCoding, .. VhtDataRate, VhtGid, VhtPaid, Fcs,
    ])
    {
        SecondDefinitions = [VhtHaveBw],
    };
}
