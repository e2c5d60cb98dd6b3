using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>Radiotap header fields (link type 127), with tshark 4.0's abbrevs (packet-ieee80211-radiotap.c).</summary>
public static class RadiotapFields
{
    public static readonly ProtocolDef Protocol = new("radiotap", "Radiotap", "IEEE 802.11 Radiotap Capture header", "802.11 Radiotap");
    public static readonly FieldDef Version = new("radiotap.version", "Header revision", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef Pad = new("radiotap.pad", "Header pad", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef Length = new("radiotap.length", "Header length", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef Present = new("radiotap.present", "Present flags", FieldType.None);
    public static readonly FieldDef PresentWord = new("radiotap.present.word", "Present flags word", FieldType.UInt32, FieldBase.Hex);
    public static readonly FieldDef PresentTsft = new("radiotap.present.tsft", "TSFT", FieldType.Boolean, FieldBase.None, 0x1);
    public static readonly FieldDef PresentFlags = new("radiotap.present.flags", "Flags", FieldType.Boolean, FieldBase.None, 0x2);
    public static readonly FieldDef PresentRate = new("radiotap.present.rate", "Rate", FieldType.Boolean, FieldBase.None, 0x4);
    public static readonly FieldDef PresentChannel = new("radiotap.present.channel", "Channel", FieldType.Boolean, FieldBase.None, 0x8);
    public static readonly FieldDef PresentFhss = new("radiotap.present.fhss", "FHSS", FieldType.Boolean, FieldBase.None, 0x10);
    public static readonly FieldDef PresentDbmAntsignal = new("radiotap.present.dbm_antsignal", "dBm Antenna Signal", FieldType.Boolean, FieldBase.None, 0x20);
    public static readonly FieldDef PresentDbmAntnoise = new("radiotap.present.dbm_antnoise", "dBm Antenna Noise", FieldType.Boolean, FieldBase.None, 0x40);
    public static readonly FieldDef PresentLockQuality = new("radiotap.present.lock_quality", "Lock Quality", FieldType.Boolean, FieldBase.None, 0x80);
    public static readonly FieldDef PresentTxAttenuation = new("radiotap.present.tx_attenuation", "TX Attenuation", FieldType.Boolean, FieldBase.None, 0x100);
    public static readonly FieldDef PresentDbTxAttenuation = new("radiotap.present.db_tx_attenuation", "dB TX Attenuation", FieldType.Boolean, FieldBase.None, 0x200);
    public static readonly FieldDef PresentDbmTxPower = new("radiotap.present.dbm_tx_power", "dBm TX Power", FieldType.Boolean, FieldBase.None, 0x400);
    public static readonly FieldDef PresentAntenna = new("radiotap.present.antenna", "Antenna", FieldType.Boolean, FieldBase.None, 0x800);
    public static readonly FieldDef PresentDbAntsignal = new("radiotap.present.db_antsignal", "dB Antenna Signal", FieldType.Boolean, FieldBase.None, 0x1000);
    public static readonly FieldDef PresentDbAntnoise = new("radiotap.present.db_antnoise", "dB Antenna Noise", FieldType.Boolean, FieldBase.None, 0x2000);
    public static readonly FieldDef PresentRxflags = new("radiotap.present.rxflags", "RX flags", FieldType.Boolean, FieldBase.None, 0x4000);
    public static readonly FieldDef PresentTxflags = new("radiotap.present.txflags", "TX flags", FieldType.Boolean, FieldBase.None, 0x8000);
    public static readonly FieldDef PresentDataRetries = new("radiotap.present.data_retries", "data retries", FieldType.Boolean, FieldBase.None, 0x20000);
    public static readonly FieldDef PresentXchannel = new("radiotap.present.xchannel", "Channel+", FieldType.Boolean, FieldBase.None, 0x40000);
    public static readonly FieldDef PresentMcs = new("radiotap.present.mcs", "MCS information", FieldType.Boolean, FieldBase.None, 0x80000);
    public static readonly FieldDef PresentAmpdu = new("radiotap.present.ampdu", "A-MPDU Status", FieldType.Boolean, FieldBase.None, 0x100000);
    public static readonly FieldDef PresentVht = new("radiotap.present.vht", "VHT information", FieldType.Boolean, FieldBase.None, 0x200000);
    public static readonly FieldDef PresentTimestamp = new("radiotap.present.timestamp", "frame timestamp", FieldType.Boolean, FieldBase.None, 0x400000);
    public static readonly FieldDef PresentHe = new("radiotap.present.he", "HE information", FieldType.Boolean, FieldBase.None, 0x800000);
    public static readonly FieldDef PresentHeMu = new("radiotap.present.he_mu", "HE-MU information", FieldType.Boolean, FieldBase.None, 0x1000000);
    public static readonly FieldDef PresentZeroLengthPsdu = new("radiotap.present.0_length.psdu", "0 Length PSDU", FieldType.Boolean, FieldBase.None, 0x4000000);
    public static readonly FieldDef PresentLSig = new("radiotap.present.l_sig", "L-SIG", FieldType.Boolean, FieldBase.None, 0x8000000);
    public static readonly FieldDef PresentTlv = new("radiotap.present.tlv", "TLVs", FieldType.Boolean, FieldBase.None, 0x10000000);
    public static readonly FieldDef PresentRtapNs = new("radiotap.present.rtap_ns", "Radiotap NS next", FieldType.Boolean, FieldBase.None, 0x20000000);
    public static readonly FieldDef PresentVendorNs = new("radiotap.present.vendor_ns", "Vendor NS next", FieldType.Boolean, FieldBase.None, 0x40000000);
    public static readonly FieldDef PresentExt = new("radiotap.present.ext", "Ext", FieldType.Boolean, FieldBase.None, 0x80000000);
    public static readonly FieldDef ChannelFlagsF700mhz = new("radiotap.channel.flags.700mhz", "700 MHz spectrum", FieldType.Boolean, FieldBase.None, 0x1);
    public static readonly FieldDef ChannelFlagsF800mhz = new("radiotap.channel.flags.800mhz", "800 MHz spectrum", FieldType.Boolean, FieldBase.None, 0x2);
    public static readonly FieldDef ChannelFlagsF900mhz = new("radiotap.channel.flags.900mhz", "900 MHz spectrum", FieldType.Boolean, FieldBase.None, 0x4);
    public static readonly FieldDef ChannelFlagsTurbo = new("radiotap.channel.flags.turbo", "Turbo", FieldType.Boolean, FieldBase.None, 0x10);
    public static readonly FieldDef ChannelFlagsCck = new("radiotap.channel.flags.cck", "Complementary Code Keying (CCK)", FieldType.Boolean, FieldBase.None, 0x20);
    public static readonly FieldDef ChannelFlagsOfdm = new("radiotap.channel.flags.ofdm", "Orthogonal Frequency-Division Multiplexing (OFDM)", FieldType.Boolean, FieldBase.None, 0x40);
    public static readonly FieldDef ChannelFlagsF2ghz = new("radiotap.channel.flags.2ghz", "2 GHz spectrum", FieldType.Boolean, FieldBase.None, 0x80);
    public static readonly FieldDef ChannelFlagsF5ghz = new("radiotap.channel.flags.5ghz", "5 GHz spectrum", FieldType.Boolean, FieldBase.None, 0x100);
    public static readonly FieldDef ChannelFlagsPassive = new("radiotap.channel.flags.passive", "Passive", FieldType.Boolean, FieldBase.None, 0x200);
    public static readonly FieldDef ChannelFlagsDynamic = new("radiotap.channel.flags.dynamic", "Dynamic CCK-OFDM", FieldType.Boolean, FieldBase.None, 0x400);
    public static readonly FieldDef ChannelFlagsGfsk = new("radiotap.channel.flags.gfsk", "Gaussian Frequency Shift Keying (GFSK)", FieldType.Boolean, FieldBase.None, 0x800);
    public static readonly FieldDef ChannelFlagsGsm = new("radiotap.channel.flags.gsm", "GSM (900MHz)", FieldType.Boolean, FieldBase.None, 0x1000);
    public static readonly FieldDef ChannelFlagsSturbo = new("radiotap.channel.flags.sturbo", "Static Turbo", FieldType.Boolean, FieldBase.None, 0x2000);
    public static readonly FieldDef ChannelFlagsHalf = new("radiotap.channel.flags.half", "Half Rate Channel (10MHz Channel Width)", FieldType.Boolean, FieldBase.None, 0x4000);
    public static readonly FieldDef ChannelFlagsQuarter = new("radiotap.channel.flags.quarter", "Quarter Rate Channel (5MHz Channel Width)", FieldType.Boolean, FieldBase.None, 0x8000);
    public static readonly FieldDef FlagsCfp = new("radiotap.flags.cfp", "CFP", FieldType.Boolean, FieldBase.None, 0x1);
    public static readonly FieldDef FlagsPreamble = new("radiotap.flags.preamble", "Preamble", FieldType.Boolean, FieldBase.None, 0x2);
    public static readonly FieldDef FlagsWep = new("radiotap.flags.wep", "WEP", FieldType.Boolean, FieldBase.None, 0x4);
    public static readonly FieldDef FlagsFrag = new("radiotap.flags.frag", "Fragmentation", FieldType.Boolean, FieldBase.None, 0x8);
    public static readonly FieldDef FlagsFcs = new("radiotap.flags.fcs", "FCS at end", FieldType.Boolean, FieldBase.None, 0x10);
    public static readonly FieldDef FlagsDatapad = new("radiotap.flags.datapad", "Data Pad", FieldType.Boolean, FieldBase.None, 0x20);
    public static readonly FieldDef FlagsBadfcs = new("radiotap.flags.badfcs", "Bad FCS", FieldType.Boolean, FieldBase.None, 0x40);
    public static readonly FieldDef FlagsShortgi = new("radiotap.flags.shortgi", "Short GI", FieldType.Boolean, FieldBase.None, 0x80);
    public static readonly FieldDef MacTime = new("radiotap.mactime", "MAC timestamp", FieldType.UInt64, FieldBase.Dec);
    public static readonly FieldDef Flags = new("radiotap.flags", "Flags", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef DataRate = new("radiotap.datarate", "Data rate (Mb/s)", FieldType.Float);
    public static readonly FieldDef ChannelFreq = new("radiotap.channel.freq", "Channel frequency", FieldType.UInt32, FieldBase.Dec);
    public static readonly FieldDef ChannelFlags = new("radiotap.channel.flags", "Channel flags", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef FhssHopset = new("radiotap.fhss.hopset", "FHSS Hop Set", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef FhssPattern = new("radiotap.fhss.pattern", "FHSS Pattern", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef DbmAntSignal = new("radiotap.dbm_antsignal", "Antenna signal", FieldType.Int8, FieldBase.Dec);
    public static readonly FieldDef DbmAntNoise = new("radiotap.dbm_antnoise", "Antenna noise", FieldType.Int8, FieldBase.Dec);
    public static readonly FieldDef Quality = new("radiotap.quality", "Signal Quality", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef TxAttenuation = new("radiotap.txattenuation", "TX attenuation", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef DbTxAttenuation = new("radiotap.db_txattenuation", "dB TX attenuation", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef TxPower = new("radiotap.txpower", "Transmit power", FieldType.Int8, FieldBase.Dec);
    public static readonly FieldDef Antenna = new("radiotap.antenna", "Antenna", FieldType.UInt32, FieldBase.Dec);
    public static readonly FieldDef DbAntSignal = new("radiotap.db_antsignal", "dB antenna signal", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef DbAntNoise = new("radiotap.db_antnoise", "dB antenna noise", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef RxFlags = new("radiotap.rxflags", "RX flags", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef RxFlagsBadPlcp = new("radiotap.rxflags.badplcp", "Bad PLCP", FieldType.Boolean, FieldBase.None, 0x2);
    public static readonly FieldDef TxFlags = new("radiotap.txflags", "TX flags", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef DataRetries = new("radiotap.data_retries", "data retries", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef XChannelFlags = new("radiotap.xchannel.flags", "Channel flags", FieldType.UInt32, FieldBase.Hex);
    public static readonly FieldDef XChannelFreq = new("radiotap.xchannel.freq", "Channel frequency", FieldType.UInt32, FieldBase.Dec);
    public static readonly FieldDef XChannelChannel = new("radiotap.xchannel.channel", "Channel number", FieldType.UInt32, FieldBase.Dec);
    public static readonly FieldDef Mcs = new("radiotap.mcs", "MCS information", FieldType.None);
    public static readonly FieldDef McsKnown = new("radiotap.mcs.known", "Known MCS information", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef McsHaveBw = new("radiotap.mcs.have_bw", "Bandwidth", FieldType.Boolean, FieldBase.None, 0x01);
    public static readonly FieldDef McsHaveIndex = new("radiotap.mcs.have_index", "MCS index", FieldType.Boolean, FieldBase.None, 0x02);
    public static readonly FieldDef McsHaveGi = new("radiotap.mcs.have_gi", "Guard interval", FieldType.Boolean, FieldBase.None, 0x04);
    public static readonly FieldDef McsHaveFormat = new("radiotap.mcs.have_format", "Format", FieldType.Boolean, FieldBase.None, 0x08);
    public static readonly FieldDef McsHaveFec = new("radiotap.mcs.have_fec", "FEC type", FieldType.Boolean, FieldBase.None, 0x10);
    public static readonly FieldDef McsHaveStbc = new("radiotap.mcs.have_stbc", "STBC streams", FieldType.Boolean, FieldBase.None, 0x20);
    public static readonly FieldDef McsHaveNess = new("radiotap.mcs.have_ness", "Number of extension spatial streams", FieldType.Boolean, FieldBase.None, 0x40);
    public static readonly FieldDef McsBw = new("radiotap.mcs.bw", "Bandwidth", FieldType.UInt8, FieldBase.Dec, 0x03);
    public static readonly FieldDef McsGi = new("radiotap.mcs.gi", "Guard interval", FieldType.UInt8, FieldBase.Dec, 0x04);
    public static readonly FieldDef McsFormat = new("radiotap.mcs.format", "Format", FieldType.UInt8, FieldBase.Dec, 0x08);
    public static readonly FieldDef McsFec = new("radiotap.mcs.fec", "FEC type", FieldType.UInt8, FieldBase.Dec, 0x10);
    public static readonly FieldDef McsStbc = new("radiotap.mcs.stbc", "STBC streams", FieldType.UInt8, FieldBase.Dec, 0x60);
    public static readonly FieldDef McsIndex = new("radiotap.mcs.index", "MCS index", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef Ampdu = new("radiotap.ampdu", "A-MPDU status", FieldType.None);
    public static readonly FieldDef AmpduReference = new("radiotap.ampdu.reference", "A-MPDU reference number", FieldType.UInt32, FieldBase.Dec);
    public static readonly FieldDef AmpduFlags = new("radiotap.ampdu.flags", "A-MPDU flags", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef Vht = new("radiotap.vht", "VHT information", FieldType.None);
    public static readonly FieldDef VhtKnown = new("radiotap.vht.known", "Known VHT information", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef VhtHaveStbc = new("radiotap.vht.have_stbc", "STBC", FieldType.Boolean, FieldBase.None, 0x01);
    public static readonly FieldDef VhtHaveTxopPs = new("radiotap.vht.have_txop_ps", "TXOP_PS_NOT_ALLOWED", FieldType.Boolean, FieldBase.None, 0x02);
    public static readonly FieldDef VhtHaveGi = new("radiotap.vht.have_gi", "Guard interval", FieldType.Boolean, FieldBase.None, 0x04);
    public static readonly FieldDef VhtHaveSgiNsymDa = new("radiotap.vht.have_sgi_nsym_da", "SGI Nsym disambiguation", FieldType.Boolean, FieldBase.None, 0x08);
    public static readonly FieldDef VhtLdpcExtra = new("radiotap.vht.ldpc_extra", "LDPC extra OFDM symbol", FieldType.Boolean, FieldBase.None, 0x10);
    public static readonly FieldDef VhtHaveBeamformed = new("radiotap.vht.have_beamformed", "Beamformed", FieldType.Boolean, FieldBase.None, 0x20);
    public static readonly FieldDef McsHaveGid = new("radiotap.mcs.have_gid", "Group ID", FieldType.Boolean, FieldBase.None, 0x80);
    public static readonly FieldDef McsHavePaid = new("radiotap.mcs.have_paid", "Partial AID", FieldType.Boolean, FieldBase.None, 0x100);
    public static readonly FieldDef VhtStbc = new("radiotap.vht.stbc", "STBC", FieldType.Boolean, FieldBase.None, 0x01);
    public static readonly FieldDef VhtTxopPs = new("radiotap.vht.txop_ps", "TXOP_PS_NOT_ALLOWED", FieldType.Boolean, FieldBase.None, 0x02);
    public static readonly FieldDef VhtGi = new("radiotap.vht.gi", "Guard interval", FieldType.UInt8, FieldBase.Dec, 0x04);
    public static readonly FieldDef VhtSgiNsymDa = new("radiotap.vht.sgi_nsym_da", "SGI Nsym disambiguation", FieldType.Boolean, FieldBase.None, 0x08);
    public static readonly FieldDef VhtBeamformed = new("radiotap.vht.beamformed", "Beamformed", FieldType.Boolean, FieldBase.None, 0x20);
    public static readonly FieldDef VhtBw = new("radiotap.vht.bw", "Bandwidth", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef VhtUser = new("radiotap.vht.user", "User", FieldType.None);
    public static readonly FieldDef[] VhtMcs = [.. Enumerable.Range(0, 4).Select(i => new FieldDef($"radiotap.vht.mcs.{i}", $"MCS index {i}", FieldType.UInt8, FieldBase.Dec, 0xF0))];
    public static readonly FieldDef[] VhtNss = [.. Enumerable.Range(0, 4).Select(i => new FieldDef($"radiotap.vht.nss.{i}", $"Spatial streams {i}", FieldType.UInt8, FieldBase.Dec, 0x0F))];
    public static readonly FieldDef[] VhtNsts = [.. Enumerable.Range(0, 4).Select(i => new FieldDef($"radiotap.vht.nsts.{i}", $"Space-time streams {i}", FieldType.UInt8, FieldBase.Dec))];
    public static readonly FieldDef[] VhtCoding = [.. Enumerable.Range(0, 4).Select(i => new FieldDef($"radiotap.vht.coding.{i}", $"Coding {i}", FieldType.UInt8, FieldBase.Dec, 1UL << i))];
    public static readonly FieldDef[] VhtDataRate = [.. Enumerable.Range(0, 4).Select(i => new FieldDef($"radiotap.vht.datarate.{i}", $"Data rate (Mb/s) {i}", FieldType.Float))];
    public static readonly FieldDef VhtGid = new("radiotap.vht.gid", "Group Id", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef VhtPaid = new("radiotap.vht.paid", "Partial AID", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef Fcs = new("radiotap.fcs", "802.11 FCS", FieldType.UInt32, FieldBase.Hex);

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
    ]);
}
