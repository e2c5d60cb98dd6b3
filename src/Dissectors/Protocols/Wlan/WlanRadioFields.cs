using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>"802.11 radio information" (wlan_radio): what radiotap or PPI said about the PHY, in one shape, with the frame's computed airtime.</summary>
public static class WlanRadioFields
{
    public static readonly IReadOnlyDictionary<ulong, string> PhyNames = new Dictionary<ulong, string>
    {
        [1] = "802.11 FHSS", [2] = "802.11 IR", [3] = "802.11 DSSS", [4] = "802.11b (HR/DSSS)", [5] = "802.11a (OFDM)",
        [6] = "802.11g (ERP)", [7] = "802.11n (HT)", [8] = "802.11ac (VHT)", [9] = "802.11ad (DMG)", [10] = "802.11ah (S1G)",
        [11] = "802.11ax (HE)",
    };

    public static readonly IReadOnlyDictionary<ulong, string> BandwidthNames = new Dictionary<ulong, string>
    {
        [0] = "20 MHz", [1] = "40 MHz", [2] = "20 MHz + 20 MHz lower", [3] = "20 MHz + 20 MHz upper", [4] = "80 MHz",
        [5] = "40 MHz + 40 MHz lower", [6] = "40 MHz + 40 MHz upper", [7] = "20 MHz, channel 1/4", [8] = "20 MHz, channel 2/4",
        [9] = "20 MHz, channel 3/4", [10] = "20 MHz, channel 4/4", [11] = "160 MHz", [12] = "80 MHz + 80 MHz lower",
        [13] = "80 MHz + 80 MHz upper", [14] = "40 MHz, channel 1/4", [15] = "40 MHz, channel 2/4", [16] = "40 MHz, channel 3/4",
        [17] = "40 MHz, channel 4/4", [18] = "20 MHz, channel 1/8", [19] = "20 MHz, channel 2/8", [20] = "20 MHz, channel 3/8",
        [21] = "20 MHz, channel 4/8", [22] = "20 MHz, channel 5/8", [23] = "20 MHz, channel 6/8", [24] = "20 MHz, channel 7/8",
        [25] = "20 MHz, channel 8/8",
    };

    /// <summary>ieee80211_vhtinfo's modulation and coding rate of VHT MCS 0–9 ("256-QAM 5/6"), shown after the MCS index.</summary>
    public static readonly string[] VhtModulations =
        ["BPSK 1/2", "QPSK 1/2", "QPSK 3/4", "16-QAM 1/2", "16-QAM 3/4", "64-QAM 2/3", "64-QAM 3/4", "64-QAM 5/6", "256-QAM 3/4", "256-QAM 5/6"];

    public static readonly IReadOnlyDictionary<ulong, string> FecNames = new Dictionary<ulong, string> { [0] = "BEC", [1] = "LDPC" };

    public static readonly ProtocolDef Protocol = new("wlan_radio", "802.11 Radio", "802.11 radio information") { ColumnName = "Radio" };
    public static readonly FieldDef Phy = new("wlan_radio.phy", "PHY type", FieldType.UInt32, FieldBase.Dec, valueNames: PhyNames);
    public static readonly FieldDef ChannelType11a = new("wlan_radio.11a.channel_type", "Channel type", FieldType.UInt32, FieldBase.Dec,
        valueNames: new Dictionary<ulong, string> { [0] = "Normal", [1] = "Half-clocked", [2] = "Quarter-clocked" });
    public static readonly FieldDef TurboType11a = new("wlan_radio.11a.turbo_type", "Turbo type", FieldType.UInt32, FieldBase.Dec,
        valueNames: new Dictionary<ulong, string> { [0] = "Non-turbo", [1] = "Turbo", [2] = "Dynamic turbo", [3] = "Static turbo" });
    public static readonly FieldDef Mode11g = new("wlan_radio.11g.mode", "Proprietary mode", FieldType.UInt32, FieldBase.Dec, valueNames: new Dictionary<ulong, string> { [0] = "None", [1] = "Super G" });
    public static readonly FieldDef McsIndex11n = new("wlan_radio.11n.mcs_index", "MCS index", FieldType.UInt32, FieldBase.Dec, description: "Modulation and Coding Scheme index");
    public static readonly FieldDef Bandwidth11n = new("wlan_radio.11n.bandwidth", "Bandwidth", FieldType.UInt32, FieldBase.Dec, valueNames: BandwidthNames);
    public static readonly FieldDef ShortGi11n = new("wlan_radio.11n.short_gi", "Short GI", FieldType.Boolean);
    public static readonly FieldDef Greenfield11n = new("wlan_radio.11n.greenfield", "Greenfield", FieldType.Boolean);
    public static readonly FieldDef Fec11n = new("wlan_radio.11n.fec", "FEC", FieldType.UInt32, FieldBase.Dec, valueNames: FecNames);
    public static readonly FieldDef StbcStreams11n = new("wlan_radio.11n.stbc_streams", "Number of STBC streams", FieldType.UInt32, FieldBase.Dec);
    public static readonly FieldDef Ness11n = new("wlan_radio.11n.ness", "Number of extension spatial streams", FieldType.UInt32, FieldBase.Dec);
    public static readonly FieldDef Stbc11ac = new("wlan_radio.11ac.stbc", "STBC", FieldType.Boolean, description: "Space Time Block Coding flag") { Booleans = new("On", "Off") };
    public static readonly FieldDef ShortGi11ac = new("wlan_radio.11ac.short_gi", "Short GI", FieldType.Boolean);
    public static readonly FieldDef Bandwidth11ac = new("wlan_radio.11ac.bandwidth", "Bandwidth", FieldType.UInt32, FieldBase.Dec, valueNames: BandwidthNames);
    public static readonly FieldDef User11ac = new("wlan_radio.11ac.user", "User", FieldType.None);
    public static readonly FieldDef Nsts11ac = new("wlan_radio.11ac.nsts", "Space-time streams", FieldType.UInt32, FieldBase.Dec, description: "Number of Space-time streams");
    public static readonly FieldDef Mcs11ac = new("wlan_radio.11ac.mcs", "MCS index", FieldType.UInt32, FieldBase.Dec, description: "Modulation and Coding Scheme index");
    public static readonly FieldDef Nss11ac = new("wlan_radio.11ac.nss", "Spatial streams", FieldType.UInt32, FieldBase.Dec, description: "Number of spatial streams");
    public static readonly FieldDef Fec11ac = new("wlan_radio.11ac.fec", "FEC", FieldType.UInt32, FieldBase.Dec, description: "Type of FEC", valueNames: FecNames);
    public static readonly FieldDef Gid11ac = new("wlan_radio.11ac.gid", "Group Id", FieldType.UInt32, FieldBase.Dec);
    public static readonly FieldDef Paid11ac = new("wlan_radio.11ac.paid", "Partial AID", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef DataRate = new("wlan_radio.data_rate", "Data rate", FieldType.Float, description: "Speed at which this frame was sent/received");
    public static readonly FieldDef Channel = new("wlan_radio.channel", "Channel", FieldType.UInt32, FieldBase.Dec, description: "802.11 channel number that this frame was sent/received on");
    public static readonly FieldDef Frequency = new("wlan_radio.frequency", "Frequency", FieldType.UInt16, FieldBase.Dec, description: "Center frequency of the 802.11 channel that this frame was sent/received on") { Unit = new("MHz", "MHz") };
    public static readonly FieldDef ShortPreamble = new("wlan_radio.short_preamble", "Short preamble", FieldType.Boolean);
    public static readonly FieldDef SignalDbm = new("wlan_radio.signal_dbm", "Signal strength (dBm)", FieldType.Int8, FieldBase.Dec) { Unit = new(" dBm", " dBm") };
    public static readonly FieldDef NoiseDbm = new("wlan_radio.noise_dbm", "Noise level (dBm)", FieldType.Int8, FieldBase.Dec) { Unit = new(" dBm", " dBm") };
    public static readonly FieldDef SignalDb = new("wlan_radio.signal_db", "Signal strength (dB)", FieldType.UInt8, FieldBase.Dec) { Unit = new(" dB", " dB") };
    public static readonly FieldDef NoiseDb = new("wlan_radio.noise_db", "Noise level (dB)", FieldType.UInt8, FieldBase.Dec) { Unit = new(" dB", " dB") };
    public static readonly FieldDef Snr = new("wlan_radio.snr", "Signal/noise ratio (dB)", FieldType.Int32, FieldBase.Dec) { Unit = new(" dB", " dB") };
    public static readonly FieldDef Timestamp = new("wlan_radio.timestamp", "TSF timestamp", FieldType.UInt64, FieldBase.Dec, description: "Timing Synchronization Function timestamp");
    public static readonly FieldDef Duration = new("wlan_radio.duration", "Duration", FieldType.UInt32, FieldBase.Dec, description: "Total duration of the frame in microseconds, including any preamble or plcp header. Calculated from the frame length, modulation and other phy data.") { Unit = new("\u00b5s", "\u00b5s") };
    public static readonly FieldDef Preamble = new("wlan_radio.preamble", "Preamble", FieldType.UInt32, FieldBase.Dec, description: "Duration of the PLCP or preamble in microseconds, calculated from PHY data") { Unit = new("\u00b5s", "\u00b5s") };
    public static readonly FieldDef Ifs = new("wlan_radio.ifs", "IFS", FieldType.Int64, FieldBase.Dec, description: "Inter Frame Space before this frame in microseconds, calculated from PHY data") { Unit = new("\u00b5s", "\u00b5s") };
    public static readonly FieldDef StartTsf = new("wlan_radio.start_tsf", "Start", FieldType.UInt64, FieldBase.Dec, description: "Calculated start time of the frame") { Unit = new("\u00b5s", "\u00b5s") };
    public static readonly FieldDef EndTsf = new("wlan_radio.end_tsf", "End", FieldType.UInt64, FieldBase.Dec, description: "Calculated end time of the frame") { Unit = new("\u00b5s", "\u00b5s") };

    public static readonly ExpertDef AssumedShortPreamble = new("wlan_radio.assumed.short_preamble", ExpertGroup.Assumption, ExpertSeverity.Warning,
        "No preamble length information was available, assuming short preamble.");
    public static readonly ExpertDef AssumedNonGreenfield = new("wlan_radio.assumed.non_greenfield", ExpertGroup.Assumption, ExpertSeverity.Warning,
        "No plcp type information was available, assuming non greenfield.");
    public static readonly ExpertDef AssumedNoStbc = new("wlan_radio.assumed.no_stbc", ExpertGroup.Assumption, ExpertSeverity.Warning,
        "No stbc information was available, assuming no stbc.");
    public static readonly ExpertDef AssumedNoExtensionStreams = new("wlan_radio.assumed.no_extension_streams", ExpertGroup.Assumption, ExpertSeverity.Warning,
        "No extension stream information was available, assuming no extension streams.");
    public static readonly ExpertDef AssumedBccFec = new("wlan_radio.assumed.bcc_fec", ExpertGroup.Assumption, ExpertSeverity.Warning,
        "No fec type information was available, assuming bcc fec.");

    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
    [
        Phy, ChannelType11a, TurboType11a, Mode11g, McsIndex11n, Bandwidth11n, ShortGi11n, Greenfield11n, Fec11n, StbcStreams11n,
        Ness11n, Stbc11ac, ShortGi11ac, Bandwidth11ac, User11ac, Nsts11ac, Mcs11ac, Nss11ac, Fec11ac, Gid11ac, Paid11ac, DataRate,
        Channel, Frequency, ShortPreamble, SignalDbm, NoiseDbm, SignalDb, NoiseDb, Snr, Timestamp, Duration, Preamble, Ifs, StartTsf,
        EndTsf,
    ],
    [AssumedShortPreamble, AssumedNonGreenfield, AssumedNoStbc, AssumedNoExtensionStreams, AssumedBccFec]);
}
