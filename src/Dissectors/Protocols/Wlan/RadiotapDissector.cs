using System.Buffers.Binary;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>
/// The radiotap header (link type 127) a monitor-mode capture puts before each 802.11 frame: the present-flags
/// words (extended and namespaced as radiotap.org defines), then each present field at its natural alignment.
/// The radio facts go to wlan_radio, the rest of the frame to 802.11.
/// </summary>
public sealed class RadiotapDissector : IPacketDissector
{
    private const int FixedHeader = 8;
    private const int MaxPresentWords = 16;
    private const uint ExtBit = 0x80000000, RadiotapNamespaceNext = 0x20000000, VendorNamespaceNext = 0x40000000;

    // (alignment, size) of the fields of the radiotap namespace, by present bit; size 0 = unknown (stop reading).
    private static readonly (byte Align, byte Size)[] Layout =
    [
        (8, 8), (1, 1), (1, 1), (2, 4), (1, 2), (1, 1), (1, 1), (2, 2), (2, 2), (2, 2), (1, 1), (1, 1), (1, 1), (1, 1),
        (2, 2), (2, 2), (1, 1), (1, 1), (4, 8), (1, 3), (4, 8), (2, 12), (8, 12), (2, 12), (2, 12), (2, 6), (1, 1), (2, 4),
    ];

    private static readonly FieldDef[] PresentBits =
    [
        RadiotapFields.PresentTsft, RadiotapFields.PresentFlags, RadiotapFields.PresentRate, RadiotapFields.PresentChannel,
        RadiotapFields.PresentFhss, RadiotapFields.PresentDbmAntsignal, RadiotapFields.PresentDbmAntnoise, RadiotapFields.PresentLockQuality,
        RadiotapFields.PresentTxAttenuation, RadiotapFields.PresentDbTxAttenuation, RadiotapFields.PresentDbmTxPower,
        RadiotapFields.PresentAntenna, RadiotapFields.PresentDbAntsignal, RadiotapFields.PresentDbAntnoise, RadiotapFields.PresentRxflags,
        RadiotapFields.PresentTxflags, RadiotapFields.PresentDataRetries, RadiotapFields.PresentXchannel, RadiotapFields.PresentMcs,
        RadiotapFields.PresentAmpdu, RadiotapFields.PresentVht, RadiotapFields.PresentTimestamp, RadiotapFields.PresentHe,
        RadiotapFields.PresentHeMu, RadiotapFields.PresentZeroLengthPsdu, RadiotapFields.PresentLSig, RadiotapFields.PresentTlv,
        RadiotapFields.PresentRtapNs, RadiotapFields.PresentVendorNs, RadiotapFields.PresentExt,
    ];

    private static readonly FieldDef[] FlagBits =
    [
        RadiotapFields.FlagsCfp, RadiotapFields.FlagsPreamble, RadiotapFields.FlagsWep, RadiotapFields.FlagsFrag,
        RadiotapFields.FlagsFcs, RadiotapFields.FlagsDatapad, RadiotapFields.FlagsBadfcs, RadiotapFields.FlagsShortgi,
    ];

    internal static readonly FieldDef[] ChannelFlagBits =
    [
        RadiotapFields.ChannelFlagsF700mhz, RadiotapFields.ChannelFlagsF800mhz, RadiotapFields.ChannelFlagsF900mhz,
        RadiotapFields.ChannelFlagsTurbo, RadiotapFields.ChannelFlagsCck, RadiotapFields.ChannelFlagsOfdm, RadiotapFields.ChannelFlagsF2ghz,
        RadiotapFields.ChannelFlagsF5ghz, RadiotapFields.ChannelFlagsPassive, RadiotapFields.ChannelFlagsDynamic,
        RadiotapFields.ChannelFlagsGfsk, RadiotapFields.ChannelFlagsGsm, RadiotapFields.ChannelFlagsSturbo,
        RadiotapFields.ChannelFlagsHalf, RadiotapFields.ChannelFlagsQuarter,
    ];

    private readonly WlanDissector _wlan;
    private readonly RadioInfo _info = new();
    private readonly uint[] _words = new uint[MaxPresentWords];

    public RadiotapDissector(WlanDissector wlan) => _wlan = wlan;

    public ProtocolDef Protocol => RadiotapFields.Protocol;

    public int Dissect(PacketContext packet, ReadOnlySpan<byte> frame, int offset, int captured, int declared)
    {
        var tree = packet.Tree;
        int end = offset + captured;
        if (!CommonFields.TryBeginLayer(packet, RadiotapFields.Protocol, "radiotap", offset, captured, FixedHeader, out int node))
            return end;
        var header = frame[offset..end];
        int length = BinaryPrimitives.ReadUInt16LittleEndian(header[2..]);
        tree.Add(node, RadiotapFields.Version, 0, offset, 1, header[0]);
        tree.Add(node, RadiotapFields.Pad, 0, offset + 1, 1, header[1]);
        tree.Add(node, RadiotapFields.Length, 0, offset + 2, 2, (ulong)length);
        if (tree.BuildsText)
            tree.SetText(node, $"Radiotap Header v{header[0]}, Length {length}");
        if (length < FixedHeader || length > captured)
        {
            CommonFields.MarkTooShort(packet, RadiotapFields.Protocol);
            return end;
        }
        tree.SetLength(node, length);
        header = header[..length];
        var info = _info;
        info.Reset();

        int words = 0, at = 4;
        int presentNode = tree.AddNode(node, RadiotapFields.Present, 0, offset + 4, 4);
        while (true)
        {
            if (at + 4 > length || words == MaxPresentWords)
            {
                CommonFields.MarkMalformed(packet, RadiotapFields.Protocol);
                return end;
            }
            uint word = BinaryPrimitives.ReadUInt32LittleEndian(header[at..]);
            bool radiotapNamespace = words == 0 || (_words[words - 1] & RadiotapNamespaceNext) != 0;
            _words[words++] = word;
            int wordNode = tree.Add(presentNode, RadiotapFields.PresentWord, 0, offset + at, 4, word);
            if (radiotapNamespace)
                for (int bit = 0; bit < PresentBits.Length; bit++)
                    tree.Add(wordNode, PresentBits[bit], 0, offset + at, 4, (word & PresentBits[bit].Bitmask) != 0 ? 1UL : 0);
            at += 4;
            if ((word & ExtBit) == 0)
                break;
        }
        tree.SetLength(presentNode, at - 4);

        bool sawMcs = false, sawVht = false;
        ushort channelFlags = 0;
        bool sawChannel = false, sawFlags = false;
        for (int w = 0; w < words; w++)
        {
            uint word = _words[w];
            bool radiotapNamespace = w == 0 || (_words[w - 1] & RadiotapNamespaceNext) != 0;
            if (!radiotapNamespace)
            {
                // A vendor namespace: its header (OUI, sub-namespace, skip length) tells how many bytes to pass over.
                if (w > 0 && (_words[w - 1] & VendorNamespaceNext) != 0)
                {
                    at = Align(at, 2);
                    if (at + 6 > length)
                        break;
                    at += 6 + BinaryPrimitives.ReadUInt16LittleEndian(header[(at + 4)..]);
                }
                continue;
            }
            for (int bit = 0; bit < 29; bit++)
            {
                if ((word & (1u << bit)) == 0)
                    continue;
                if (bit >= Layout.Length)
                    goto done;
                var (align, size) = Layout[bit];
                at = Align(at, align);
                if (at + size > length)
                {
                    CommonFields.MarkMalformed(packet, RadiotapFields.Protocol);
                    return end;
                }
                var f = header.Slice(at, size);
                int o = offset + at;
                switch (bit)
                {
                    case 0:
                        ulong tsf = BinaryPrimitives.ReadUInt64LittleEndian(f);
                        tree.Add(node, RadiotapFields.MacTime, 0, o, 8, tsf);
                        if (!info.HasTsf)
                        {
                            info.HasTsf = true;
                            info.Tsf = tsf;
                        }
                        break;
                    case 1:
                    {
                        int flagsNode = tree.Add(node, RadiotapFields.Flags, 0, o, 1, f[0]);
                        foreach (var b in FlagBits)
                            tree.Add(flagsNode, b, 0, o, 1, (f[0] & b.Bitmask) != 0 ? 1UL : 0);
                        if (!sawFlags)
                        {
                            sawFlags = true;
                            info.ShortPreamble = (f[0] & 0x02) != 0;
                            info.FcsAtEnd = (f[0] & 0x10) != 0;
                            info.DataPad = (f[0] & 0x20) != 0;
                        }
                        break;
                    }
                    case 2:
                        SetRateText(tree, tree.AddDouble(node, RadiotapFields.DataRate, 0, o, 1, f[0] / 2.0f), f[0] / 2.0);
                        if (!info.HasDataRate && f[0] != 0)
                        {
                            info.HasDataRate = true;
                            info.DataRate = f[0];
                        }
                        break;
                    case 3:
                    {
                        ushort freq = BinaryPrimitives.ReadUInt16LittleEndian(f);
                        ushort flags = BinaryPrimitives.ReadUInt16LittleEndian(f[2..]);
                        int freqNode = tree.Add(node, RadiotapFields.ChannelFreq, 0, o, 2, freq);
                        int flagsNode = tree.Add(node, RadiotapFields.ChannelFlags, 0, o + 2, 2, flags);
                        if (tree.BuildsText)
                        {
                            if (ChannelOf(freq) is int channel)
                                tree.AppendText(freqNode, $" [{(freq is >= 2412 and <= 2484 ? "BG" : "A")} {channel}]");
                            // The flags item names each flag that is set, in bit order, as packet-ieee80211-radiotap.c appends them.
                            foreach (var b in ChannelFlagBits)
                                if ((flags & b.Bitmask) != 0)
                                    tree.AppendText(flagsNode, $", {b.Name}");
                        }
                        foreach (var b in ChannelFlagBits)
                            tree.Add(flagsNode, b, 0, o + 2, 2, (flags & b.Bitmask) != 0 ? 1UL : 0);
                        if (!sawChannel)
                        {
                            sawChannel = true;
                            channelFlags = flags;
                            if (freq != 0)
                            {
                                info.HasFrequency = true;
                                info.Frequency = freq;
                            }
                        }
                        break;
                    }
                    case 4:
                        tree.Add(node, RadiotapFields.FhssHopset, 0, o, 1, f[0]);
                        tree.Add(node, RadiotapFields.FhssPattern, 0, o + 1, 1, f[1]);
                        break;
                    case 5:
                        tree.Add(node, RadiotapFields.DbmAntSignal, 0, o, 1, (ulong)(long)(sbyte)f[0]);
                        if (!info.HasSignalDbm)
                        {
                            info.HasSignalDbm = true;
                            info.SignalDbm = (sbyte)f[0];
                        }
                        break;
                    case 6:
                        tree.Add(node, RadiotapFields.DbmAntNoise, 0, o, 1, (ulong)(long)(sbyte)f[0]);
                        if (!info.HasNoiseDbm)
                        {
                            info.HasNoiseDbm = true;
                            info.NoiseDbm = (sbyte)f[0];
                        }
                        break;
                    case 7:
                        tree.Add(node, RadiotapFields.Quality, 0, o, 2, BinaryPrimitives.ReadUInt16LittleEndian(f));
                        break;
                    case 8:
                        tree.Add(node, RadiotapFields.TxAttenuation, 0, o, 2, BinaryPrimitives.ReadUInt16LittleEndian(f));
                        break;
                    case 9:
                        tree.Add(node, RadiotapFields.DbTxAttenuation, 0, o, 2, BinaryPrimitives.ReadUInt16LittleEndian(f));
                        break;
                    case 10:
                        tree.Add(node, RadiotapFields.TxPower, 0, o, 1, (ulong)(long)(sbyte)f[0]);
                        break;
                    case 11:
                        tree.Add(node, RadiotapFields.Antenna, 0, o, 1, f[0]);
                        break;
                    case 12:
                        tree.Add(node, RadiotapFields.DbAntSignal, 0, o, 1, f[0]);
                        if (!info.HasSignalDb)
                        {
                            info.HasSignalDb = true;
                            info.SignalDb = f[0];
                        }
                        break;
                    case 13:
                        tree.Add(node, RadiotapFields.DbAntNoise, 0, o, 1, f[0]);
                        if (!info.HasNoiseDb)
                        {
                            info.HasNoiseDb = true;
                            info.NoiseDb = f[0];
                        }
                        break;
                    case 14:
                    {
                        ushort rx = BinaryPrimitives.ReadUInt16LittleEndian(f);
                        int rxNode = tree.Add(node, RadiotapFields.RxFlags, 0, o, 2, rx);
                        tree.Add(rxNode, RadiotapFields.RxFlagsBadPlcp, 0, o, 2, (rx & 2) != 0 ? 1UL : 0);
                        break;
                    }
                    case 15:
                        tree.Add(node, RadiotapFields.TxFlags, 0, o, 2, BinaryPrimitives.ReadUInt16LittleEndian(f));
                        break;
                    case 17:
                        tree.Add(node, RadiotapFields.DataRetries, 0, o, 1, f[0]);
                        break;
                    case 18:
                        tree.Add(node, RadiotapFields.XChannelFlags, 0, o, 4, BinaryPrimitives.ReadUInt32LittleEndian(f));
                        tree.Add(node, RadiotapFields.XChannelFreq, 0, o + 4, 2, BinaryPrimitives.ReadUInt16LittleEndian(f[4..]));
                        tree.Add(node, RadiotapFields.XChannelChannel, 0, o + 6, 1, f[6]);
                        break;
                    case 19:
                        if (!sawMcs)
                            DissectMcs(tree, node, f, o, info);
                        sawMcs = true;
                        break;
                    case 20:
                    {
                        int ampdu = tree.AddNode(node, RadiotapFields.Ampdu, 0, o, 8);
                        tree.Add(ampdu, RadiotapFields.AmpduReference, 0, o, 4, BinaryPrimitives.ReadUInt32LittleEndian(f));
                        tree.Add(ampdu, RadiotapFields.AmpduFlags, 0, o + 4, 2, BinaryPrimitives.ReadUInt16LittleEndian(f[4..]));
                        break;
                    }
                    case 21:
                        if (!sawVht)
                            DissectVht(tree, node, f, o, info);
                        sawVht = true;
                        break;
                }
                at += size;
            }
        }
        done:
        if (sawVht)
            info.Phy = WlanPhy.Ac;
        else if (sawMcs)
            info.Phy = WlanPhy.N;
        else if (sawChannel)
            SetPhyFromChannel(info, channelFlags, sawFlags);
        else if (sawFlags)
            info.HasShortPreamble = false;

        int wlanStart = offset + length;
        _wlan.DissectWithRadio(packet, frame, wlanStart, end, packet.Frame.OriginalLength - length, info);
        return end;
    }

    private static int Align(int at, int align) => (at + align - 1) & ~(align - 1);

    /// <summary>The PHY a channel's flags name (radiotap's and PPI's channel flags share their bits).</summary>
    internal static void SetPhyFromChannel(RadioInfo info, ushort flags, bool preambleKnown)
    {
        const ushort Turbo = 0x10, Cck = 0x20, Ofdm = 0x40, Ghz2 = 0x80, Ghz5 = 0x100, Dynamic = 0x400, Gfsk = 0x800;
        if ((flags & Gfsk) != 0)
        {
            info.Phy = WlanPhy.Fhss;
        }
        else if ((flags & Cck) != 0 && (flags & Ofdm) == 0)
        {
            info.Phy = WlanPhy.B;
            info.HasShortPreamble = preambleKnown;
        }
        else if ((flags & Ofdm) != 0 && (flags & Ghz5) != 0)
        {
            info.Phy = WlanPhy.A;
            // Radiotap's and PPI's channel give no channel type; a turbo channel is taken for dynamic turbo (2).
            info.HasTurboType11a = true;
            info.TurboType11a = (flags & Turbo) != 0 ? 2u : 0u;
        }
        else if ((flags & (Ofdm | Dynamic)) != 0 && (flags & Ghz2) != 0)
        {
            info.Phy = WlanPhy.G;
            info.HasMode11g = true;
        }
    }

    /// <summary>A data rate item's text, "Data Rate: 2.0 Mb/s" (the radiotap dissector writes it whole).</summary>
    private static void SetRateText(FieldTree tree, int node, double rate)
    {
        if (node >= 0 && tree.BuildsText)
            tree.SetText(node, $"Data Rate: {rate.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)} Mb/s");
    }

    /// <summary>The channel number of a frequency in MHz (ieee80211_mhz_to_chan, 6 GHz included), null when it names none.</summary>
    internal static int? ChannelOf(int freq) => freq >= 0 && RadioInfo.ChannelOf((uint)freq) is var channel and >= 0 ? channel : null;

    private static void DissectMcs(FieldTree tree, int node, ReadOnlySpan<byte> f, int o, RadioInfo info)
    {
        byte known = f[0], flags = f[1], index = f[2];
        int mcs = tree.AddNode(node, RadiotapFields.Mcs, 0, o, 3);
        int knownNode = tree.Add(mcs, RadiotapFields.McsKnown, 0, o, 1, known);
        foreach (var b in (ReadOnlySpan<FieldDef>)[RadiotapFields.McsHaveBw, RadiotapFields.McsHaveIndex, RadiotapFields.McsHaveGi,
                     RadiotapFields.McsHaveFormat, RadiotapFields.McsHaveFec, RadiotapFields.McsHaveStbc, RadiotapFields.McsHaveNess])
        {
            tree.Add(knownNode, b, 0, o, 1, (known & b.Bitmask) != 0 ? 1UL : 0);
            if ((known & b.Bitmask) != 0 && tree.BuildsText)
                tree.AppendText(knownNode, $", {b.Name}"); // "Known MCS information: 0x1f, Bandwidth, MCS index, …"
        }
        if ((known & 0x01) != 0)
        {
            tree.Add(mcs, RadiotapFields.McsBw, 0, o + 1, 1, (ulong)(flags & 0x03));
            info.HasBandwidth = true;
            info.Bandwidth = (uint)(flags & 0x03);
        }
        if ((known & 0x04) != 0)
        {
            tree.Add(mcs, RadiotapFields.McsGi, 0, o + 1, 1, (ulong)((flags >> 2) & 1));
            info.HasShortGi = true;
            info.ShortGi = (flags & 0x04) != 0;
        }
        if ((known & 0x08) != 0)
        {
            tree.Add(mcs, RadiotapFields.McsFormat, 0, o + 1, 1, (ulong)((flags >> 3) & 1));
            info.HasGreenfield = true;
            info.Greenfield = (flags & 0x08) != 0;
        }
        if ((known & 0x10) != 0)
        {
            tree.Add(mcs, RadiotapFields.McsFec, 0, o + 1, 1, (ulong)((flags >> 4) & 1));
            info.HasFec = true;
            info.Fec = (uint)((flags >> 4) & 1);
        }
        if ((known & 0x20) != 0)
        {
            tree.Add(mcs, RadiotapFields.McsStbc, 0, o + 1, 1, (ulong)((flags >> 5) & 3));
            info.HasStbcStreams = true;
            info.StbcStreams = (uint)((flags >> 5) & 3);
        }
        if ((known & 0x40) != 0)
        {
            info.HasNess = true;
            info.Ness = (uint)(((flags >> 7) & 1) | (((known >> 7) & 1) << 1));
        }
        if ((known & 0x02) != 0)
        {
            tree.Add(mcs, RadiotapFields.McsIndex, 0, o + 2, 1, index);
            info.HasMcsIndex = true;
            info.McsIndex = index;
        }
        if ((known & 0x07) == 0x07 && index < 32)
        {
            double rate = WlanRadioDissector.HtRate(index, (flags & 0x03) == 1, (flags & 0x04) != 0);
            SetRateText(tree, tree.AddDouble(node, RadiotapFields.DataRate, 0, o, 3, rate, NodeFlags.Generated), rate);
        }
    }

    private static void DissectVht(FieldTree tree, int node, ReadOnlySpan<byte> f, int o, RadioInfo info)
    {
        ushort known = BinaryPrimitives.ReadUInt16LittleEndian(f);
        byte flags = f[2], bw = f[3], coding = f[8], gid = f[9];
        ushort paid = BinaryPrimitives.ReadUInt16LittleEndian(f[10..]);
        int vht = tree.AddNode(node, RadiotapFields.Vht, 0, o, 12);
        // tshark 4.0 declares this 16-bit field as FT_UINT8 and reads it big-endian: the value it keeps is the second byte,
        // the line shows both bytes in that order.
        int knownNode = tree.Add(vht, RadiotapFields.VhtKnown, 0, o, 2, f[1]);
        if (tree.BuildsText)
            tree.SetText(knownNode, $"Known VHT information: 0x{f[0]:x2}{f[1]:x2}");
        foreach (var b in (ReadOnlySpan<FieldDef>)[RadiotapFields.VhtHaveStbc, RadiotapFields.VhtHaveTxopPs, RadiotapFields.VhtHaveGi,
                     RadiotapFields.VhtHaveSgiNsymDa, RadiotapFields.VhtLdpcExtra, RadiotapFields.VhtHaveBeamformed])
            tree.Add(knownNode, b, 0, o, 2, (known & b.Bitmask) != 0 ? 1UL : 0);
        // tshark 4.0 names the VHT "Bandwidth known" bit radiotap.mcs.have_bw (its own 16-bit definition, mask 0x0040),
        // and the group-id and partial-AID bits radiotap.mcs.have_gid / have_paid.
        tree.Add(knownNode, RadiotapFields.VhtHaveBw, 0, o, 2, (known & 0x40) != 0 ? 1UL : 0);
        tree.Add(knownNode, RadiotapFields.McsHaveGid, 0, o, 2, (known & 0x80) != 0 ? 1UL : 0);
        tree.Add(knownNode, RadiotapFields.McsHavePaid, 0, o, 2, (known & 0x100) != 0 ? 1UL : 0);
        bool haveStbc = (known & 0x01) != 0, haveGi = (known & 0x04) != 0, haveBw = (known & 0x40) != 0;
        if (haveStbc)
            tree.Add(vht, RadiotapFields.VhtStbc, 0, o + 2, 1, (ulong)(flags & 1));
        if ((known & 0x02) != 0)
            tree.Add(vht, RadiotapFields.VhtTxopPs, 0, o + 2, 1, (ulong)((flags >> 1) & 1));
        if (haveGi)
            tree.Add(vht, RadiotapFields.VhtGi, 0, o + 2, 1, (ulong)((flags >> 2) & 1));
        if ((known & 0x08) != 0)
            tree.Add(vht, RadiotapFields.VhtSgiNsymDa, 0, o + 2, 1, (ulong)((flags >> 3) & 1));
        if ((known & 0x20) != 0)
            tree.Add(vht, RadiotapFields.VhtBeamformed, 0, o + 2, 1, (ulong)((flags >> 5) & 1));
        int bandwidth = bw & 0x1F;
        if (haveBw)
            tree.Add(vht, RadiotapFields.VhtBw, 0, o + 3, 1, (ulong)bandwidth);
        info.AcHasStbc = haveStbc;
        info.AcStbc = (flags & 1) != 0;
        info.AcHasShortGi = haveGi;
        info.AcShortGi = (flags & 4) != 0;
        info.AcHasBandwidth = haveBw;
        info.AcBandwidth = (uint)bandwidth;
        info.AcHasFec = true;
        info.AcFec = coding;
        int bandwidthIndex = bandwidth switch { 0 => 0, 1 or 2 or 3 => 1, >= 4 and <= 10 => 2, >= 11 and <= 25 => 3, _ => -1 };
        for (int i = 0; i < 4; i++)
        {
            byte mcsNss = f[4 + i];
            int nss = mcsNss & 0x0F, mcs = mcsNss >> 4;
            info.AcMcs[i] = (byte)mcs;
            info.AcNss[i] = (byte)nss;
            if (nss == 0)
                continue;
            // The user's item runs from its MCS/NSS byte to the coding byte, as packet-ieee80211-radiotap.c sizes it.
            int user = tree.AddNode(vht, RadiotapFields.VhtUser, 0, o + 4 + i, 5 - i);
            int mcsNode = tree.Add(user, RadiotapFields.VhtMcs[i], 0, o + 4 + i, 1, (ulong)mcs);
            if (tree.BuildsText)
            {
                tree.SetText(user, $"User {i}: MCS {mcs}");
                if (mcs < WlanRadioFields.VhtModulations.Length)
                    tree.SetValueText(mcsNode, $"{mcs} ({WlanRadioFields.VhtModulations[mcs]})");
            }
            tree.Add(user, RadiotapFields.VhtNss[i], 0, o + 4 + i, 1, (ulong)nss);
            if (haveStbc)
                tree.Add(user, RadiotapFields.VhtNsts[i], 0, o + 4 + i, 1, (ulong)(nss * ((flags & 1) != 0 ? 2 : 1)), NodeFlags.Generated);
            tree.Add(user, RadiotapFields.VhtCoding[i], 0, o + 8, 1, (ulong)((coding >> i) & 1));
            if (haveGi && haveBw && bandwidthIndex >= 0 && WlanRadioDissector.VhtValid(mcs, bandwidthIndex, nss))
            {
                // radiotap's table keeps each stream's rate to one decimal before multiplying by the streams.
                float perStream = (float)(Math.Round(WlanRadioDissector.VhtRate(mcs, bandwidthIndex, (flags & 4) != 0) * 10.0) / 10.0);
                SetRateText(tree, tree.AddDouble(user, RadiotapFields.VhtDataRate[i], 0, o + 4 + i, 1, perStream * nss, NodeFlags.Generated), perStream * nss);
            }
        }
        if ((known & 0x80) != 0)
        {
            tree.Add(vht, RadiotapFields.VhtGid, 0, o + 9, 1, gid);
            info.AcHasGroupId = true;
            info.AcGroupId = gid;
        }
        if ((known & 0x100) != 0)
        {
            tree.Add(vht, RadiotapFields.VhtPaid, 0, o + 10, 2, paid);
            info.AcHasPartialAid = true;
            info.AcPartialAid = paid;
        }
    }
}
