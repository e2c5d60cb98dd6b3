using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>
/// Adds "802.11 radio information" (wlan_radio) from a <see cref="RadioInfo"/>: PHY, rate, channel, signal, and the
/// airtime Wireshark computes (duration, preamble, start/end on the TSF clock, and the gap to the previous frame).
/// Keeps the previous frame's end time, so one instance serves one capture, frames in order.
/// </summary>
public sealed class WlanRadioDissector
{
    // Data bits per OFDM symbol (20 MHz, one stream's base) for HT MCS 0-31, with the streams and BCC encoders per MCS.
    private static readonly ushort[] HtDbps =
    [
        26, 52, 78, 104, 156, 208, 234, 260, 52, 104, 156, 208, 312, 416, 468, 520,
        78, 156, 234, 312, 468, 624, 702, 780, 104, 208, 312, 416, 624, 832, 936, 1040,
    ];
    private static readonly byte[] HtEncoders =
    [
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 1, 1, 1, 1, 2, 2, 2, 2,
    ];
    private static readonly uint[] HtLtfData = [1, 2, 4, 4];
    private static readonly uint[] HtLtfExtension = [0, 1, 2, 4];
    private static readonly float[] VhtDataBitsPerSymbol = [26, 52, 78, 104, 156, 208, 234, 260, 312, (float)(1040 / 3.0)];
    private static readonly uint[] VhtSubcarriers = [52, 108, 234, 468];
    // Radiotap/wlan_radio bandwidth value → index into the subcarrier table (20, 40, 80, 160 MHz).
    private static readonly int[] VhtBandwidthIndex = [0, 1, 0, 0, 2, 1, 1, 0, 0, 0, 0, 3, 2, 2, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>Where the 802.11 frame starts: every wlan_radio item is placed there, with no length, as tshark places them.</summary>
    private int _at;
    private bool _havePrevious;
    private ulong _previousEnd;

    /// <summary>Data rate of HT MCS <paramref name="mcs"/> (0-31) in Mb/s.</summary>
    public static float HtRate(uint mcs, bool bandwidth40, bool shortGi)
        => (float)(HtDbps[mcs] * (bandwidth40 ? 108 : 52) / 52.0 / (shortGi ? 3.6 : 4.0));

    /// <summary>Data rate of one VHT spatial stream in Mb/s; <paramref name="bandwidthIndex"/> 0-3 is 20/40/80/160 MHz.</summary>
    public static float VhtRate(int mcs, int bandwidthIndex, bool shortGi)
        => (float)(VhtDataBitsPerSymbol[mcs] * VhtSubcarriers[bandwidthIndex] / (shortGi ? 3.6 : 4.0) / 52.0);

    /// <summary>Whether a VHT MCS/NSS/bandwidth combination exists (802.11ac Tables 21-30 to 21-61).</summary>
    public static bool VhtValid(int mcs, int bandwidthIndex, int nss)
    {
        if (mcs > 9 || nss < 1 || nss > 8)
            return false;
        return (mcs, bandwidthIndex) switch
        {
            (6, 2) => nss is not (3 or 7),
            (9, 0) => nss is 3 or 6,
            (9, 2) => nss != 6,
            (9, 3) => nss != 3,
            _ => true,
        };
    }

    /// <param name="frameLength">The 802.11 frame's length on the air as the capture gives it (reported length).</param>
    public void Dissect(PacketContext packet, RadioInfo info, int frameLength, ReadOnlySpan<byte> wlanHeader, int at = 0)
    {
        _at = at;
        var tree = packet.Tree;
        packet.AddProtocolName("wlan_radio");
        int node = tree.AddNode(-1, WlanRadioFields.Protocol, 0, _at, 0);
        float rate = 0;
        bool haveRate = false;
        if (info.HasDataRate)
        {
            rate = info.DataRate * 0.5f;
            haveRate = true;
        }
        var phy = info.Phy;
        if (phy != WlanPhy.Unknown)
            tree.Add(node, WlanRadioFields.Phy, 0, _at, 0, (ulong)phy);
        switch (phy)
        {
            case WlanPhy.B:
                if (info.HasShortPreamble)
                    tree.Add(node, WlanRadioFields.ShortPreamble, 0, _at, 0, info.ShortPreamble ? 1UL : 0);
                break;
            case WlanPhy.A:
                if (info.HasChannelType11a)
                    tree.Add(node, WlanRadioFields.ChannelType11a, 0, _at, 0, info.ChannelType11a);
                if (info.HasTurboType11a)
                    tree.Add(node, WlanRadioFields.TurboType11a, 0, _at, 0, info.TurboType11a);
                break;
            case WlanPhy.G:
                if (info.HasShortPreamble)
                    tree.Add(node, WlanRadioFields.ShortPreamble, 0, _at, 0, info.ShortPreamble ? 1UL : 0);
                if (info.HasMode11g)
                    tree.Add(node, WlanRadioFields.Mode11g, 0, _at, 0, 0);
                break;
            case WlanPhy.N:
                if (info.HasMcsIndex && info.HasBandwidth && info.HasShortGi && info.McsIndex < HtDbps.Length)
                {
                    rate = HtRate(info.McsIndex, info.Bandwidth == 1, info.ShortGi);
                    haveRate = true;
                }
                if (info.HasMcsIndex)
                    tree.Add(node, WlanRadioFields.McsIndex11n, 0, _at, 0, info.McsIndex);
                if (info.HasBandwidth)
                    tree.Add(node, WlanRadioFields.Bandwidth11n, 0, _at, 0, info.Bandwidth);
                if (info.HasShortGi)
                    tree.Add(node, WlanRadioFields.ShortGi11n, 0, _at, 0, info.ShortGi ? 1UL : 0);
                if (info.HasGreenfield)
                    tree.Add(node, WlanRadioFields.Greenfield11n, 0, _at, 0, info.Greenfield ? 1UL : 0);
                if (info.HasFec)
                    tree.Add(node, WlanRadioFields.Fec11n, 0, _at, 0, info.Fec);
                if (info.HasStbcStreams)
                    tree.Add(node, WlanRadioFields.StbcStreams11n, 0, _at, 0, info.StbcStreams);
                if (info.HasNess)
                    tree.Add(node, WlanRadioFields.Ness11n, 0, _at, 0, info.Ness);
                break;
            case WlanPhy.Ac:
                haveRate |= DissectVht(tree, node, info, ref rate);
                break;
        }

        if (haveRate)
        {
            int rateNode = tree.AddDouble(node, WlanRadioFields.DataRate, 0, _at, 0, rate);
            if (rateNode >= 0 && tree.BuildsText)
                tree.SetValueText(rateNode, $"{rate.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)} Mb/s");
        }
        if (info.HasFrequency)
        {
            int channel = RadioInfo.ChannelOf(info.Frequency);
            if (channel >= 0)
                tree.Add(node, WlanRadioFields.Channel, 0, _at, 0, (ulong)channel);
            tree.Add(node, WlanRadioFields.Frequency, 0, _at, 0, info.Frequency);
        }
        if (info.HasSignalDb)
            tree.Add(node, WlanRadioFields.SignalDb, 0, _at, 0, info.SignalDb);
        if (info.HasSignalDbm)
            tree.Add(node, WlanRadioFields.SignalDbm, 0, _at, 0, (ulong)(long)info.SignalDbm);
        if (info.HasNoiseDb)
            tree.Add(node, WlanRadioFields.NoiseDb, 0, _at, 0, info.NoiseDb);
        if (info.HasNoiseDbm)
            tree.Add(node, WlanRadioFields.NoiseDbm, 0, _at, 0, (ulong)(long)info.NoiseDbm);
        if (info.HasSignalDbm && info.HasNoiseDbm)
            tree.Add(node, WlanRadioFields.Snr, 0, _at, 0, (ulong)(long)(info.SignalDbm - info.NoiseDbm));
        if (info.HasTsf)
            tree.Add(node, WlanRadioFields.Timestamp, 0, _at, 0, info.Tsf);

        if (info.AddFcsToAirtime)
            frameLength += 4;
        if (haveRate && rate > 0)
            AddAirtime(packet, node, info, phy, rate, (uint)frameLength);
        else
            ForgetPrevious();
    }

    private bool DissectVht(FieldTree tree, int node, RadioInfo info, ref float rate)
    {
        bool canCalculate = info.AcHasShortGi;
        if (info.AcHasShortGi)
            tree.Add(node, WlanRadioFields.ShortGi11ac, 0, _at, 0, info.AcShortGi ? 1UL : 0);
        int bandwidthIndex = 0;
        if (info.AcHasBandwidth)
        {
            tree.Add(node, WlanRadioFields.Bandwidth11ac, 0, _at, 0, info.AcBandwidth);
            if (info.AcBandwidth < VhtBandwidthIndex.Length)
                bandwidthIndex = VhtBandwidthIndex[info.AcBandwidth];
            else
                canCalculate = false;
        }
        else
        {
            canCalculate = false;
        }
        if (info.AcHasStbc)
            tree.Add(node, WlanRadioFields.Stbc11ac, 0, _at, 0, info.AcStbc ? 1UL : 0);
        bool haveRate = false;
        for (int i = 0; i < 4; i++)
        {
            int nss = info.AcNss[i];
            if (nss == 0)
                continue;
            int user = tree.AddNode(node, WlanRadioFields.User11ac, 0, _at, 0);
            if (tree.BuildsText)
                tree.SetText(user, $"User {i}: MCS {info.AcMcs[i]}");
            int mcsNode = tree.Add(user, WlanRadioFields.Mcs11ac, 0, _at, 0, info.AcMcs[i]);
            if (tree.BuildsText && info.AcMcs[i] < WlanRadioFields.VhtModulations.Length)
                tree.SetValueText(mcsNode, $"{info.AcMcs[i]} ({WlanRadioFields.VhtModulations[info.AcMcs[i]]})");
            tree.Add(user, WlanRadioFields.Nss11ac, 0, _at, 0, (ulong)nss);
            if (info.AcHasStbc)
                tree.Add(user, WlanRadioFields.Nsts11ac, 0, _at, 0, (ulong)(info.AcStbc ? 2 * nss : nss));
            if (info.AcHasFec)
                tree.Add(user, WlanRadioFields.Fec11ac, 0, _at, 0, (info.AcFec >> i) & 1);
            if (canCalculate && VhtValid(info.AcMcs[i], bandwidthIndex, nss))
            {
                rate = VhtRate(info.AcMcs[i], bandwidthIndex, info.AcShortGi) * nss;
                if (rate != 0)
                    haveRate = true;
            }
        }
        if (info.AcHasGroupId)
            tree.Add(node, WlanRadioFields.Gid11ac, 0, _at, 0, info.AcGroupId);
        if (info.AcHasPartialAid)
            tree.Add(node, WlanRadioFields.Paid11ac, 0, _at, 0, info.AcPartialAid);
        return haveRate;
    }

    /// <summary>A frame with no computed airtime still counts as the previous frame, with no end time (IFS then spans from 0, as Wireshark's does).</summary>
    private void ForgetPrevious()
    {
        _havePrevious = true;
        _previousEnd = 0;
    }

    private void AddAirtime(PacketContext packet, int node, RadioInfo info, WlanPhy phy, float rate, uint frameLength)
    {
        var tree = packet.Tree;
        bool assumedShortPreamble = false, assumedNonGreenfield = false, assumedNoStbc = false, assumedNoExtension = false, assumedBcc = false;
        bool isCckRate = rate is 1.0f or 2.0f or 5.5f or 11.0f or 22.0f or 33.0f;
        if (phy == WlanPhy.G && isCckRate || phy == WlanPhy.Unknown && isCckRate)
            phy = WlanPhy.B;
        else if (phy == WlanPhy.Unknown && rate is 6.0f or 9.0f or 12.0f or 18.0f or 24.0f or 36.0f or 48.0f or 54.0f)
            phy = WlanPhy.A;

        uint preamble = 0, duration = 0;
        bool haveDuration = false;
        switch (phy)
        {
            case WlanPhy.B:
            {
                bool shortPreamble = info.ShortPreamble;
                if (!info.HasShortPreamble)
                {
                    assumedShortPreamble = true;
                    shortPreamble = true;
                }
                preamble = shortPreamble ? 72u + 24 : 144u + 48;
                duration = (uint)Math.Ceiling(preamble + frameLength * 8 / rate);
                haveDuration = true;
                break;
            }
            case WlanPhy.A:
            case WlanPhy.G:
            {
                preamble = 16 + 4;
                uint bits = 16 + 8 * frameLength + 6;
                uint symbols = (uint)Math.Ceiling(bits / (rate * 4));
                duration = preamble + symbols * 4;
                haveDuration = true;
                break;
            }
            case WlanPhy.N:
            {
                if (!info.HasMcsIndex || info.McsIndex >= HtDbps.Length || !info.HasBandwidth || !info.HasShortGi)
                    break;
                if (info.HasGreenfield)
                {
                    preamble = info.Greenfield ? 24u : 32u;
                }
                else
                {
                    preamble = 32;
                    assumedNonGreenfield = true;
                }
                uint stbc = info.HasStbcStreams ? info.StbcStreams : 0;
                assumedNoStbc = !info.HasStbcStreams;
                uint ness = info.HasNess ? info.Ness : 0;
                assumedNoExtension = !info.HasNess;
                if (ness >= HtLtfExtension.Length)
                    break;
                uint streams = info.McsIndex / 8 + 1 + stbc;
                if (streams == 0 || streams > HtLtfData.Length)
                    break;
                preamble += 4 * (HtLtfData[streams - 1] + HtLtfExtension[ness]);
                assumedBcc = !info.HasFec;
                uint dataBits = 8 * frameLength + 16 + HtEncoders[info.McsIndex] * 6u;
                uint stbcFactor = stbc != 0 ? 2u : 1u;
                uint bitsPerSymbol = HtDbps[info.McsIndex] * (info.Bandwidth == 1 ? 2u : 1u);
                uint symbols = dataBits / (bitsPerSymbol * stbcFactor);
                if (dataBits % (bitsPerSymbol * stbcFactor) > 0)
                    symbols++;
                symbols *= stbcFactor;
                duration = preamble + (symbols * (info.ShortGi ? 36u : 40u) + 5) / 10;
                haveDuration = true;
                break;
            }
            case WlanPhy.Ac:
            {
                assumedNoStbc = !info.AcHasStbc;
                preamble = 32 + 4u * info.AcNss[0] * (info.AcHasStbc ? (info.AcStbc ? 2u : 1u) : 1u);
                duration = preamble + (uint)((8 * frameLength + 16) / rate);
                haveDuration = true;
                break;
            }
        }
        if (!haveDuration)
        {
            ForgetPrevious();
            return;
        }

        ulong start = 0, end = 0;
        long ifs = 0;
        if (info.HasTsf)
        {
            // Wireshark's default (wlan_radio.tsf_at_end): the TSF marks the end of the frame.
            start = info.Tsf - duration;
            end = info.Tsf;
            if (_havePrevious)
                ifs = (long)(start - _previousEnd);
        }
        _havePrevious = true;
        _previousEnd = end;

        int item = tree.Add(node, WlanRadioFields.Duration, 0, _at, 0, duration, NodeFlags.Generated);
        if (assumedShortPreamble)
            tree.AddExpert(item, WlanRadioFields.AssumedShortPreamble, 0, _at, 0);
        if (assumedNonGreenfield)
            tree.AddExpert(item, WlanRadioFields.AssumedNonGreenfield, 0, _at, 0);
        if (assumedNoStbc)
            tree.AddExpert(item, WlanRadioFields.AssumedNoStbc, 0, _at, 0);
        if (assumedNoExtension)
            tree.AddExpert(item, WlanRadioFields.AssumedNoExtensionStreams, 0, _at, 0);
        if (assumedBcc)
            tree.AddExpert(item, WlanRadioFields.AssumedBccFec, 0, _at, 0);
        if (preamble != 0)
            tree.Add(item, WlanRadioFields.Preamble, 0, _at, 0, preamble, NodeFlags.Generated);
        if (ifs != 0)
            tree.Add(item, WlanRadioFields.Ifs, 0, _at, 0, (ulong)ifs, NodeFlags.Generated);
        if (start != 0)
            tree.Add(item, WlanRadioFields.StartTsf, 0, _at, 0, start, NodeFlags.Generated);
        if (end != 0)
            tree.Add(item, WlanRadioFields.EndTsf, 0, _at, 0, end, NodeFlags.Generated);
    }
}
