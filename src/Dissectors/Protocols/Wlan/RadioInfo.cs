namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>802.11 PHY kinds as Wireshark numbers them (PHDR_802_11_PHY_*), the values of wlan_radio.phy.</summary>
public enum WlanPhy : byte
{
    Unknown = 0,
    Fhss = 1,
    Ir = 2,
    Dsss = 3,
    B = 4,
    A = 5,
    G = 6,
    N = 7,
    Ac = 8,
}

/// <summary>
/// What a radio header (radiotap, PPI) told about one frame, in the shape Wireshark's 802.11 pseudo-header has
/// (struct ieee_802_11_phdr): every value with a flag saying whether it was there. One instance is reused per frame.
/// </summary>
public sealed class RadioInfo
{
    public WlanPhy Phy;
    public bool HasShortPreamble, ShortPreamble;
    public bool HasMode11g;
    public bool HasChannelType11a;
    public uint ChannelType11a;
    public bool HasTurboType11a;
    public uint TurboType11a;
    /// <summary>Rate in units of 500 kb/s, as radiotap's Rate field and PPI give it.</summary>
    public bool HasDataRate;
    public uint DataRate;
    public bool HasFrequency;
    public uint Frequency;
    public bool HasSignalDbm, HasNoiseDbm;
    public sbyte SignalDbm, NoiseDbm;
    public bool HasSignalDb, HasNoiseDb;
    public byte SignalDb, NoiseDb;
    public bool HasTsf;
    public ulong Tsf;

    // 802.11n
    public bool HasMcsIndex, HasBandwidth, HasShortGi, HasGreenfield, HasFec, HasStbcStreams, HasNess;
    public uint McsIndex, Bandwidth, Fec, StbcStreams, Ness;
    public bool ShortGi, Greenfield;

    // 802.11ac
    public bool AcHasStbc, AcStbc, AcHasShortGi, AcShortGi, AcHasBandwidth, AcHasFec, AcHasGroupId, AcHasPartialAid;
    public uint AcBandwidth, AcFec, AcGroupId, AcPartialAid;
    public readonly byte[] AcMcs = new byte[4];
    public readonly byte[] AcNss = new byte[4];

    /// <summary>Whether the 802.11 frame ends with its FCS (radiotap's "FCS at end", PPI's FCS-present flag).</summary>
    public bool FcsAtEnd;

    /// <summary>Radiotap's "Data Pad": padding between the 802.11 header and its body, to a multiple of 4.</summary>
    public bool DataPad;

    /// <summary>
    /// True when the capture file's own pseudo-header says the frame has no FCS (PPI): Wireshark then counts 4 more
    /// bytes of airtime for it; radiotap's pseudo-header says "unknown" and nothing is added.
    /// </summary>
    public bool AddFcsToAirtime;

    public void Reset()
    {
        Phy = WlanPhy.Unknown;
        HasShortPreamble = ShortPreamble = HasMode11g = HasChannelType11a = HasTurboType11a = false;
        ChannelType11a = TurboType11a = 0;
        HasDataRate = HasFrequency = HasSignalDbm = HasNoiseDbm = HasSignalDb = HasNoiseDb = HasTsf = false;
        DataRate = Frequency = 0;
        SignalDbm = NoiseDbm = 0;
        SignalDb = NoiseDb = 0;
        Tsf = 0;
        HasMcsIndex = HasBandwidth = HasShortGi = HasGreenfield = HasFec = HasStbcStreams = HasNess = false;
        McsIndex = Bandwidth = Fec = StbcStreams = Ness = 0;
        ShortGi = Greenfield = false;
        AcHasStbc = AcStbc = AcHasShortGi = AcShortGi = AcHasBandwidth = AcHasFec = AcHasGroupId = AcHasPartialAid = false;
        AcBandwidth = AcFec = AcGroupId = AcPartialAid = 0;
        Array.Clear(AcMcs);
        Array.Clear(AcNss);
        FcsAtEnd = DataPad = AddFcsToAirtime = false;
    }

    /// <summary>The 802.11 channel number of a centre frequency in MHz (Wireshark's ieee80211_mhz_to_chan), or -1.</summary>
    public static int ChannelOf(uint mhz) => mhz switch
    {
        2484 => 14,
        >= 2412 and < 2484 when (mhz - 2407) % 5 == 0 => (int)(mhz - 2407) / 5,
        >= 4910 and <= 4980 when mhz % 5 == 0 => (int)(mhz - 4000) / 5,
        >= 5000 and < 5950 when mhz % 5 == 0 => (int)(mhz - 5000) / 5,
        >= 5950 and <= 7125 when (mhz - 5950) % 5 == 0 => (int)(mhz - 5950) / 5,
        _ => -1,
    };
}
