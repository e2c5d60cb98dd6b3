using System.Buffers.Binary;
using Sniffer.Dissectors.Model;
using static Sniffer.Dissectors.Protocols.Wlan.WlanHtFields;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>
/// The 802.11n elements as packet-ieee80211.c shows them: HT Capabilities (45) with its capability bits, A-MPDU
/// parameters, supported MCS set, extended capabilities, transmit beamforming and antenna selection; HT Operation (61);
/// Overlapping BSS Scan Parameters (74) and 20/40 BSS Coexistence (72).
/// </summary>
internal static class WlanHtTags
{
    private static readonly FieldDef[] CapabilityBits =
    [
        HtCapabilitiesLdpccoding, HtCapabilitiesWidth, HtCapabilitiesSm, HtCapabilitiesGreen, HtCapabilitiesShort20, HtCapabilitiesShort40,
        HtCapabilitiesTxstbc, HtCapabilitiesRxstbc, HtCapabilitiesDelayedblockack, HtCapabilitiesAmsdu, HtCapabilitiesDsscck, HtCapabilitiesPsmp,
        HtCapabilities40mhzintolerant, HtCapabilitiesLsig,
    ];

    private static readonly FieldDef[] ExtendedBits =
        [HtexCapabilitiesPco, HtexCapabilitiesTranstime, HtexCapabilitiesMcs, HtexCapabilitiesHtc, HtexCapabilitiesRdresponder];

    private static readonly FieldDef[] BeamformingBits =
    [
        TxbfTxbf, TxbfRxss, TxbfTxss, TxbfRxndp, TxbfTxndp, TxbfImpltxbf, TxbfCalibration, TxbfCsi, TxbfFmUncompressedTbf, TxbfFmCompressedTbf,
        TxbfRcsi, TxbfFmUncompressedRbf, TxbfFmCompressedBf, TxbfMingroup, TxbfCsinumant, TxbfFmUncompressedMaxant, TxbfFmCompressedMaxant,
        TxbfCsiMaxrows, TxbfChannelest, TxbfReserved,
    ];

    private static readonly FieldDef[] AntennaSelectionBits = [AselCapable, AselTxcsi, AselTxif, AselCsi, AselIf, AselRx, AselSppdu, AselReserved];
    private static readonly FieldDef[] OperationBits1 = [HtInfoSecchanoffset, HtInfoChanwidth, HtInfoRifs, HtInfoReservedB4B7];
    private static readonly FieldDef[] OperationBits2 =
        [HtInfoHtProtection, HtInfoGreenfield, HtInfoReservedB11, HtInfoObssnonht, HtInfoChanCenterFreqSeg2, HtInfoReservedB21B23];
    private static readonly FieldDef[] OperationBits3 =
    [
        HtInfoReservedB24B29, HtInfoDualbeacon, HtInfoDualcts, HtInfoSecondarybeacon, HtInfoLsigprotsupport, HtInfoPcoActive, HtInfoPcoPhase,
        HtInfoReservedB36B39,
    ];
    private static readonly FieldDef[] CoexistenceBits =
    [
        Bc2040InformationRequest, Bc2040FortyMhzIntolerant, Bc2040WidthRequest20Mhz, Bc2040ObssScanningExemptionRequest,
        Bc2040ObssScanningExemptionGrant, Bc2040Reserved,
    ];

    /// <summary>mcsset_tx_max_spatial_streams_flags.</summary>
    private static string SpatialStreams(int n) => n switch
    {
        0 => "1 spatial stream", 1 => "2 spatial streams", 2 => "3 spatial streams", 3 => "4 spatial streams", 4 => "TX MCS Set Not Defined",
        _ => $"Reserved:{n}",
    };

    /// <summary>HT Capabilities (45): exactly 26 bytes, else only tshark's length expert.</summary>
    public static void Capabilities(PacketContext packet, int tag, int lengthItem, ReadOnlySpan<byte> v, int data)
    {
        var tree = packet.Tree;
        if (v.Length != 26)
        {
            WlanTags.BadLength(tree, lengthItem, data - 1, $"HT Capabilities IE length {v.Length} wrong, must be = 26");
            return;
        }
        WlanBits.AddBitmask(tree, tag, HtCapabilities, data, 2, BinaryPrimitives.ReadUInt16LittleEndian(v), CapabilityBits);
        int ampdu = tree.Add(tag, HtAmpduparam, 0, data + 2, 1, v[2]);
        int maxLength = tree.Add(ampdu, HtAmpduparamMaxlength, 0, data + 2, 1, (ulong)(v[2] & 3));
        tree.AppendText(maxLength, $" ({(1 << (13 + (v[2] & 3))) - 1:0000}[Bytes])");
        tree.Add(ampdu, HtAmpduparamMpdudensity, 0, data + 2, 1, WlanBits.Extract(HtAmpduparamMpdudensity, v[2]));
        tree.Add(ampdu, HtAmpduparamReserved, 0, data + 2, 1, WlanBits.Extract(HtAmpduparamReserved, v[2]));
        McsSet(tree, tag, v.Slice(3, 16), data + 3, basic: false);
        WlanBits.AddBitmask(tree, tag, HtexCapabilities, data + 19, 2, BinaryPrimitives.ReadUInt16LittleEndian(v[19..]), ExtendedBits);
        WlanBits.AddBitmask(tree, tag, Txbf, data + 21, 4, BinaryPrimitives.ReadUInt32LittleEndian(v[21..]), BeamformingBits);
        WlanBits.AddBitmask(tree, tag, Asel, data + 25, 1, v[25], AntennaSelectionBits);
    }

    /// <summary>HT Operation (61, "HT Information"): at least 22 bytes.</summary>
    public static void Operation(PacketContext packet, int tag, int lengthItem, ReadOnlySpan<byte> v, int data)
    {
        var tree = packet.Tree;
        if (v.Length < 22)
        {
            WlanTags.BadLength(tree, lengthItem, data - 1, $"HT Information IE content length {v.Length} wrong, must be at least 22 bytes");
            return;
        }
        tree.Add(tag, HtInfoPrimarychannel, 0, data, 1, v[0]);
        WlanBits.AddBitmask(tree, tag, HtInfoDelim1, data + 1, 1, v[1], OperationBits1);
        WlanBits.AddBitmask(tree, tag, HtInfoDelim2, data + 2, 2, BinaryPrimitives.ReadUInt16LittleEndian(v[2..]), OperationBits2);
        WlanBits.AddBitmask(tree, tag, HtInfoDelim3, data + 4, 2, BinaryPrimitives.ReadUInt16LittleEndian(v[4..]), OperationBits3);
        McsSet(tree, tag, v.Slice(6, 16), data + 6, basic: true);
    }

    /// <summary>The 16-byte supported MCS set (dissect_mcs_set): the Rx bitmask split as tshark splits it, its spatial streams.</summary>
    private static void McsSet(FieldTree tree, int parent, ReadOnlySpan<byte> m, int at, bool basic)
    {
        int set = tree.AddNode(parent, HtMcsset, 0, at, 16);
        tree.AppendText(set, basic ? ": Basic MCS Set" : ": MCS Set");
        int bitmask = tree.AddNode(set, HtMcssetRxbitmask, 0, at, 10);
        uint mcs0To31 = BinaryPrimitives.ReadUInt32LittleEndian(m);
        int rxStreams = 8;
        if (mcs0To31 != 0)
            rxStreams = (mcs0To31 & 0xFFFFFF00) == 0 ? 0 : (mcs0To31 & 0xFFFF0000) == 0 ? 1 : (mcs0To31 & 0xFF000000) == 0 ? 2 : 3;
        foreach (var f in (ReadOnlySpan<FieldDef>)[HtMcssetRxbitmask0to7, HtMcssetRxbitmask8to15, HtMcssetRxbitmask16to23, HtMcssetRxbitmask24to31])
            tree.Add(bitmask, f, 0, at, 4, WlanBits.Extract(f, mcs0To31));
        uint mcs32To52 = BinaryPrimitives.ReadUInt32LittleEndian(m[4..]);
        if ((mcs32To52 & 0x1FFFFE) != 0)
            rxStreams = (mcs32To52 & 0x1FFF80) == 0 ? Math.Max(1, rxStreams) : Math.Max(2, rxStreams);
        foreach (var f in (ReadOnlySpan<FieldDef>)[HtMcssetRxbitmask32, HtMcssetRxbitmask33to38, HtMcssetRxbitmask39to52])
            tree.Add(bitmask, f, 0, at + 4, 4, WlanBits.Extract(f, mcs32To52));
        uint mcs53To76 = BinaryPrimitives.ReadUInt32LittleEndian(m[6..]);
        if ((mcs53To76 & 0x1FFFFFE0) != 0)
            rxStreams = Math.Max(3, rxStreams);
        tree.Add(bitmask, HtMcssetRxbitmask53to76, 0, at + 6, 4, WlanBits.Extract(HtMcssetRxbitmask53to76, mcs53To76));
        ushort highest = BinaryPrimitives.ReadUInt16LittleEndian(m[10..]);
        tree.Add(set, HtMcssetHighestdatarate, 0, at + 10, 2, WlanBits.Extract(HtMcssetHighestdatarate, highest));
        byte tx = m[12];
        int txStreams = 8;
        if ((tx & 3) == 0)
            txStreams = 4;
        else if ((tx & 3) == 1)
            txStreams = rxStreams;
        tree.AppendText(bitmask, $": {SpatialStreams(rxStreams)}");
        tree.Add(set, HtMcssetTxsetdefined, 0, at + 12, 1, WlanBits.Extract(HtMcssetTxsetdefined, tx));
        tree.Add(set, HtMcssetTxrxmcsnotequal, 0, at + 12, 1, WlanBits.Extract(HtMcssetTxrxmcsnotequal, tx));
        int maxStreams = tree.Add(set, HtMcssetTxmaxss, 0, at + 12, 1, WlanBits.Extract(HtMcssetTxmaxss, tx));
        tree.AppendText(maxStreams, $", {SpatialStreams(txStreams)}");
        tree.Add(set, HtMcssetTxunequalmod, 0, at + 12, 1, WlanBits.Extract(HtMcssetTxunequalmod, tx));
    }

    /// <summary>Overlapping BSS Scan Parameters (74): seven 16-bit values in 14 bytes.</summary>
    public static void OverlappingBssScan(PacketContext packet, int tag, int lengthItem, ReadOnlySpan<byte> v, int data)
    {
        var tree = packet.Tree;
        if (v.Length != 14)
        {
            WlanTags.BadLength(tree, lengthItem, data - 1, "OBSS Length must be 14 bytes");
            return;
        }
        ReadOnlySpan<FieldDef> fields = [ObssSpd, ObssSad, ObssCwtsi, ObssSptpc, ObssSatpc, ObssWctdf, ObssSat];
        for (int i = 0; i < fields.Length; i++)
            tree.Add(tag, fields[i], 0, data + 2 * i, 2, BinaryPrimitives.ReadUInt16LittleEndian(v[(2 * i)..]));
    }

    /// <summary>20/40 BSS Coexistence (72): one flags byte.</summary>
    public static void Coexistence(PacketContext packet, int tag, int lengthItem, ReadOnlySpan<byte> v, int data)
    {
        var tree = packet.Tree;
        if (v.Length != 1)
        {
            WlanTags.BadLength(tree, lengthItem, data - 1, $"20/40 BSS Coexistence length {v.Length} wrong, must = 1");
            return;
        }
        WlanBits.AddBitmask(tree, tag, Bc2040, data, 1, v[0], CoexistenceBits);
    }
}
