using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>PPI (Per-Packet Information, link type 192) fields, with tshark 4.0's abbrevs (packet-ppi.c).</summary>
public static class PpiFields
{
    public static readonly IReadOnlyDictionary<ulong, string> FieldTypeNames = new Dictionary<ulong, string>
    {
        [2] = "802.11-Common", [3] = "802.11n MAC Extensions", [4] = "802.11n MAC+PHY Extensions", [5] = "Spectrum-Map",
        [6] = "Process-Info", [7] = "Capture-Info", [8] = "Aggregation Extension", [9] = "802.3 Extension",
        [30002] = "GPS Tagged Data", [30003] = "Vector Tagged Data", [30004] = "Sensor Tagged Data", [30005] = "Antenna Tagged Data",
    };

    public static readonly ProtocolDef Protocol = new("ppi", "PPI", "PPI Packet Header");
    public static readonly FieldDef Version = new("ppi.version", "Version", FieldType.UInt8, FieldBase.Dec, description: "PPI header format version");
    public static readonly FieldDef Flags = new("ppi.flags", "Flags", FieldType.UInt8, FieldBase.Hex, description: "PPI header flags");
    public static readonly FieldDef FlagsAlignment = new("ppi.flags.alignment", "Alignment", FieldType.Boolean, FieldBase.None, 0x01, description: "PPI header flags - 32bit Alignment") { Booleans = new("32-bit aligned", "Not aligned") };
    public static readonly FieldDef FlagsReserved = new("ppi.flags.reserved", "Reserved", FieldType.UInt8, FieldBase.Hex, 0xFE, description: "PPI header flags - Reserved Flags");
    public static readonly FieldDef Length = new("ppi.length", "Header length", FieldType.UInt16, FieldBase.Dec, description: "Length of header including payload");
    public static readonly FieldDef Dlt = new("ppi.dlt", "DLT", FieldType.UInt32, FieldBase.Dec, description: "libpcap Data Link Type (DLT) of the payload");
    public static readonly FieldDef FieldTypeField = new("ppi.field_type", "Field type", FieldType.UInt16, FieldBase.Dec, description: "PPI data field type", valueNames: FieldTypeNames);
    public static readonly FieldDef FieldLen = new("ppi.field_len", "Field length", FieldType.UInt16, FieldBase.Dec, description: "PPI data field length");
    public static readonly FieldDef CommonTsft = new("ppi.80211-common.tsft", "TSFT", FieldType.UInt64, FieldBase.Dec, description: "PPI 802.11-Common Timing Synchronization Function Timer (TSFT)");
    public static readonly FieldDef CommonFlags = new("ppi.80211-common.flags", "Flags", FieldType.UInt16, FieldBase.Hex, description: "PPI 802.11-Common Flags");
    public static readonly FieldDef CommonFlagsFcs = new("ppi.80211-common.flags.fcs", "FCS present flag", FieldType.Boolean, FieldBase.None, 0x1, description: "PPI 802.11-Common Frame Check Sequence (FCS) Present Flag") { Booleans = new("Present", "Absent"), BitWidth = 16 };
    public static readonly FieldDef CommonFlagsTsft = new("ppi.80211-common.flags.tsft", "TSFT flag", FieldType.Boolean, FieldBase.None, 0x2, description: "PPI 802.11-Common Timing Synchronization Function Timer (TSFT) msec/usec flag") { Booleans = new("milliseconds", "microseconds"), BitWidth = 16 };
    public static readonly FieldDef CommonFlagsFcsInvalid = new("ppi.80211-common.flags.fcs-invalid", "FCS validity", FieldType.Boolean, FieldBase.None, 0x4, description: "PPI 802.11-Common Frame Check Sequence (FCS) Validity flag") { Booleans = new("Invalid", "Valid"), BitWidth = 16 };
    public static readonly FieldDef CommonFlagsPhyErr = new("ppi.80211-common.flags.phy-err", "PHY error flag", FieldType.Boolean, FieldBase.None, 0x8, description: "PPI 802.11-Common Physical level (PHY) Error") { Booleans = new("PHY error", "No errors"), BitWidth = 16 };
    public static readonly FieldDef CommonRate = new("ppi.80211-common.rate", "Data rate", FieldType.UInt16, FieldBase.Dec, description: "PPI 802.11-Common Data Rate (x 500 Kbps)");
    public static readonly FieldDef CommonChanFreq = new("ppi.80211-common.chan.freq", "Channel frequency", FieldType.UInt16, FieldBase.Dec, description: "PPI 802.11-Common Channel Frequency");
    public static readonly FieldDef CommonChanFlags = new("ppi.80211-common.chan.flags", "Channel flags", FieldType.UInt16, FieldBase.Hex, description: "PPI 802.11-Common Channel Flags");
    public static readonly FieldDef[] CommonChanFlagBits =
    [
        new("ppi.80211-common.chan.flags.turbo", "Turbo", FieldType.Boolean, FieldBase.None, 0x10, description: "PPI 802.11-Common Channel Flags Turbo") { BitWidth = 16 },
        new("ppi.80211-common.chan.flags.cck", "Complementary Code Keying (CCK)", FieldType.Boolean, FieldBase.None, 0x20, description: "PPI 802.11-Common Channel Flags Complementary Code Keying (CCK) Modulation") { BitWidth = 16 },
        new("ppi.80211-common.chan.flags.ofdm", "Orthogonal Frequency-Division Multiplexing (OFDM)", FieldType.Boolean, FieldBase.None, 0x40, description: "PPI 802.11-Common Channel Flags Orthogonal Frequency-Division Multiplexing (OFDM)") { BitWidth = 16 },
        new("ppi.80211-common.chan.flags.2ghz", "2 GHz spectrum", FieldType.Boolean, FieldBase.None, 0x80, description: "PPI 802.11-Common Channel Flags 2 GHz spectrum") { BitWidth = 16 },
        new("ppi.80211-common.chan.flags.5ghz", "5 GHz spectrum", FieldType.Boolean, FieldBase.None, 0x100, description: "PPI 802.11-Common Channel Flags 5 GHz spectrum"),
        new("ppi.80211-common.chan.flags.passive", "Passive", FieldType.Boolean, FieldBase.None, 0x200, description: "PPI 802.11-Common Channel Flags Passive"),
        new("ppi.80211-common.chan.flags.dynamic", "Dynamic CCK-OFDM", FieldType.Boolean, FieldBase.None, 0x400, description: "PPI 802.11-Common Channel Flags Dynamic CCK-OFDM Channel"),
        new("ppi.80211-common.chan.flags.gfsk", "Gaussian Frequency Shift Keying (GFSK)", FieldType.Boolean, FieldBase.None, 0x800, description: "PPI 802.11-Common Channel Flags Gaussian Frequency Shift Keying (GFSK) Modulation"),
    ];
    public static readonly FieldDef CommonFhssHopset = new("ppi.80211-common.fhss.hopset", "FHSS hopset", FieldType.UInt8, FieldBase.Hex, description: "PPI 802.11-Common Frequency-Hopping Spread Spectrum (FHSS) Hopset");
    public static readonly FieldDef CommonFhssPattern = new("ppi.80211-common.fhss.pattern", "FHSS pattern", FieldType.UInt8, FieldBase.Hex, description: "PPI 802.11-Common Frequency-Hopping Spread Spectrum (FHSS) Pattern");
    public static readonly FieldDef CommonDbmAntSignal = new("ppi.80211-common.dbm.antsignal", "dBm antenna signal", FieldType.Int8, FieldBase.Dec, description: "PPI 802.11-Common dBm Antenna Signal");
    public static readonly FieldDef CommonDbmAntNoise = new("ppi.80211-common.dbm.antnoise", "dBm antenna noise", FieldType.Int8, FieldBase.Dec, description: "PPI 802.11-Common dBm Antenna Noise");
    public static readonly FieldDef Reserved = new("ppi.reserved", "Reserved", FieldType.Bytes);

    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
    [
        Version, Flags, FlagsAlignment, FlagsReserved, Length, Dlt, FieldTypeField, FieldLen, CommonTsft, CommonFlags, CommonFlagsFcs,
        CommonFlagsTsft, CommonFlagsFcsInvalid, CommonFlagsPhyErr, CommonRate, CommonChanFreq, CommonChanFlags, .. CommonChanFlagBits,
        CommonFhssHopset, CommonFhssPattern, CommonDbmAntSignal, CommonDbmAntNoise, Reserved,
    ]);
}
