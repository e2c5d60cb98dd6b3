using System.Buffers.Binary;
using System.Globalization;
using Sniffer.Dissectors.Model;
using static Sniffer.Dissectors.Protocols.Wlan.WlanHeCapabilityFields;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>
/// The 802.11ax HE Capabilities element (extension 35) as dissect_he_capabilities shows it: the 48-bit MAC capabilities,
/// the 88-bit PHY capabilities (its first byte's channel-width bits named for the 2.4 GHz band or for 5/6 GHz, as the
/// frame's radio channel says, both bands' without one), the HE-MCS maps for up to 80 MHz then 160 and 80+80 MHz when the PHY says those widths,
/// and the PPE thresholds when present, read bit by bit.
/// </summary>
internal static class WlanHeCapabilityTags
{
    private const int MacLength = 6, PhyLength = 11;
    private const byte Width160 = 0x08, Width80Plus80 = 0x10;

    private static readonly FieldDef[] MacBits =
    [
        HeMacCapHtcHeSupport, HeMacCapTwtReqSupport, HeMacCapTwtRspSupport, HeMacCapDynamicFragmentationSupport, HeMacCapMaxFragMsdus,
        HeMacCapMinFragSize, HeMacCapTrigFrmMacPaddingDur, HeMacCapMultiTidAggRxSupport, HeMacCapHeLinkAdaptationSupport, HeMacCapAllAckSupport,
        HeMacCapTrsSupport, HeMacCapBsrSupport, HeMacCapBroadcastTwtSupport, HeMacCap32BitBaBitmapSupport, HeMacCapMuCascadingSupport,
        HeMacCapAckEnabledAggSupport, HeMacCapReservedB24, HeMacCapOmControlSupport, HeMacCapOfdmaRaSupport, HeMacCapMaxAMpduLenExpExt,
        HeMacCapAMsduFragSupport, HeMacCapFlexibleTwtSchedSupport, HeMacCapRxCtlFrmMultibss, HeMacCapBsrpBqrpAMpduAgg, HeMacCapQtpSupport,
        HeMacCapBqrSupport, HeMacCapPsrResponder, HeMacCapNdpFeedbackReportSupport, HeMacCapOpsSupport, HeMacCapAMsduInAMpduSupport,
        HeMacCapMultiTidAggTxSupport, HeMacCapSubchannelSelectiveXmitSupport, HeMacCapUl2996ToneRuSupport,
        HeMacCapOmCntlUlMuDataDisableRxSupport, HeDynamicSmPowerSave, HePuncturedSoundingSupport, HeHtAndVhtTriggerFrameRxSupport,
    ];

    private static readonly FieldDef[] WidthBits5Ghz =
    [
        HePhyCapChanWidthSet5GHzB0Reserved, HePhyCapChanWidthSet4080In5ghz, HePhyCapChanWidthSet160In5ghz, HePhyCapChanWidthSet1608080In5ghz,
        HePhyCapChanWidthSet5GHzB4Reserved, HePhyCapChanWidthSet242ToneIn5ghz, HePhyCapChanWidthSetReserved,
    ];

    private static readonly FieldDef[] WidthBits24Ghz =
    [
        HePhyCapChanWidthSet40mhzIn24ghz, HePhyCapChanWidthSet24GHzB1Reserved, HePhyCapChanWidthSet24GHzB2Reserved,
        HePhyCapChanWidthSet24GHzB3Reserved, HePhyCapChanWidthSet242ToneIn24ghz, HePhyCapChanWidthSet24GHzB5Reserved, HePhyCapChanWidthSetReserved,
    ];

    private static readonly FieldDef[] WidthBitsEitherBand =
    [
        HePhyCapChanWidthSet40mhzIn24ghz, HePhyCapChanWidthSet4080In5ghz, HePhyCapChanWidthSet160In5ghz, HePhyCapChanWidthSet1608080In5ghz,
        HePhyCapChanWidthSet242ToneIn24ghz, HePhyCapChanWidthSet242ToneIn5ghz, HePhyCapChanWidthSetReserved,
    ];

    /// <summary>The PHY capabilities after the first byte: five 16-bit groups, each a header and its bits.</summary>
    private static readonly (FieldDef Header, FieldDef[] Bits)[] PhyGroups =
    [
        (HePhyCapBits8To23,
        [
            HePhyCapPuncPreambleRx, HePhyCapDeviceClass, HePhyCapLdpcCodingInPayload, HePhyCapHeSuPpduWith1xHeLtf08us, HePhyCapMidambleTxRxMaxNsts,
            HePhyCapNdpWith4xHeLtf4x32us, HePhyCapStbcTxLt80mhz, HePhyCapStbcRxLt80mhz, HePhyCapDopplerTx, HePhyCapDopplerRx, HePhyCapFullBwUlMuMimo,
            HePhyCapPartialBwUlMuMimo,
        ]),
        (HePhyCapBits24To39,
        [
            HePhyCapDcmMaxConstTx, HePhyCapDcmMaxNssTx, HePhyCapDcmMaxConstRx, HePhyCapDcmMaxNssRx, HePhyCapRxPartialBwSu20mhzHeMuPpdu,
            HePhyCapSuBeamformer, HePhyCapSuBeamformee, HePhyCapMuBeamformer, HePhyCapBeamformeeStsLte80mhz, HePhyCapBeamformeeStsGt80mhz,
        ]),
        (HePhyCapBits40To55,
        [
            HePhyCapNoSoundingDimsLte80, HePhyCapNoSoundingDimsGt80, HePhyCapNgEq16SuFb, HePhyCapNgEq16MuFb, HePhyCapCodebookSizeSuFb,
            HePhyCapCodebookSizeMuFb, HePhyCapTrigSuBfFb, HePhyCapTrigMuBfFb, HePhyCapTrigCqiFb, HePhyCapPartialBwEr, HePhyCapPartialBwDlMuMimo,
            HePhyCapPpeThresPresent,
        ]),
        (HePhyCapBits56To71,
        [
            HePhyCapPsrBasedSrSup, HePhyCapPwrBstFactorArSup, HePhyCapHeSuPpduEtcGi, HePhyCapMaxNc, HePhyCapStbcTxGt80Mhz, HePhyCapStbcRxGt80Mhz,
            HePhyCapHeErSuPpdu4xxxGi, HePhyCap20MhzIn40In24ghz, HePhyCap20MhzIn16080p80Ppdu, HePhyCap80MhzIn16080p80Ppdu, HePhyCapHeErSuPpdu1xxxGi,
            HePhyCapMidambleTxRx2x1xHeLtf, HePhyCapDcmMaxRu,
        ]),
        (HePhyCapBits72To87,
        [
            HePhyCapLongerThan16HeSigbOfdmSymSupport, HePhyCapNonTriggeredFeedback, HePhyCapTx1024QamSupportLt242ToneRu,
            HePhyCapRx1024QamSupportLt242ToneRu, HePhyCapRxFullBwSuUsingHeMuPpduWithCompressedSigb,
            HePhyCapRxFullBwSuUsingHeMuPpduWithNonCompressedSigb, HePhyCapNominalPacketPadding, HePhyCapHeMuPpduRuRxMax, HePhyCapReservedB81B87,
        ]),
    ];

    private static readonly FieldDef[] Rx80 =
    [
        HeMcsMapMaxHeMcs80Rx1Ss, HeMcsMapMaxHeMcs80Rx2Ss, HeMcsMapMaxHeMcs80Rx3Ss, HeMcsMapMaxHeMcs80Rx4Ss, HeMcsMapMaxHeMcs80Rx5Ss,
        HeMcsMapMaxHeMcs80Rx6Ss, HeMcsMapMaxHeMcs80Rx7Ss, HeMcsMapMaxHeMcs80Rx8Ss,
    ];
    private static readonly FieldDef[] Tx80 =
    [
        HeMcsMapMaxHeMcs80Tx1Ss, HeMcsMapMaxHeMcs80Tx2Ss, HeMcsMapMaxHeMcs80Tx3Ss, HeMcsMapMaxHeMcs80Tx4Ss, HeMcsMapMaxHeMcs80Tx5Ss,
        HeMcsMapMaxHeMcs80Tx6Ss, HeMcsMapMaxHeMcs80Tx7Ss, HeMcsMapMaxHeMcs80Tx8Ss,
    ];
    private static readonly FieldDef[] Rx160 =
    [
        HeMcsMapMaxHeMcs160Rx1Ss, HeMcsMapMaxHeMcs160Rx2Ss, HeMcsMapMaxHeMcs160Rx3Ss, HeMcsMapMaxHeMcs160Rx4Ss, HeMcsMapMaxHeMcs160Rx5Ss,
        HeMcsMapMaxHeMcs160Rx6Ss, HeMcsMapMaxHeMcs160Rx7Ss, HeMcsMapMaxHeMcs160Rx8Ss,
    ];
    private static readonly FieldDef[] Tx160 =
    [
        HeMcsMapMaxHeMcs160Tx1Ss, HeMcsMapMaxHeMcs160Tx2Ss, HeMcsMapMaxHeMcs160Tx3Ss, HeMcsMapMaxHeMcs160Tx4Ss, HeMcsMapMaxHeMcs160Tx5Ss,
        HeMcsMapMaxHeMcs160Tx6Ss, HeMcsMapMaxHeMcs160Tx7Ss, HeMcsMapMaxHeMcs160Tx8Ss,
    ];
    private static readonly FieldDef[] Rx8080 =
    [
        HeMcsMapMaxHeMcs80p80Rx1Ss, HeMcsMapMaxHeMcs80p80Rx2Ss, HeMcsMapMaxHeMcs80p80Rx3Ss, HeMcsMapMaxHeMcs80p80Rx4Ss, HeMcsMapMaxHeMcs80p80Rx5Ss,
        HeMcsMapMaxHeMcs80p80Rx6Ss, HeMcsMapMaxHeMcs80p80Rx7Ss, HeMcsMapMaxHeMcs80p80Rx8Ss,
    ];
    private static readonly FieldDef[] Tx8080 =
    [
        HeMcsMapMaxHeMcs80p80Tx1Ss, HeMcsMapMaxHeMcs80p80Tx2Ss, HeMcsMapMaxHeMcs80p80Tx3Ss, HeMcsMapMaxHeMcs80p80Tx4Ss, HeMcsMapMaxHeMcs80p80Tx5Ss,
        HeMcsMapMaxHeMcs80p80Tx6Ss, HeMcsMapMaxHeMcs80p80Tx7Ss, HeMcsMapMaxHeMcs80p80Tx8Ss,
    ];

    private static readonly string[] RuNames = ["242", "484", "996", "2x996"];

    /// <summary>
    /// The body after the extension number (<paramref name="v"/> at <paramref name="data"/>). <paramref name="frequency"/> is
    /// the radio channel's MHz (0 when no radio header says it), which decides the names of the first PHY
    /// byte's bits for one band. False at the first field past the element.
    /// </summary>
    public static bool Capabilities(FieldTree tree, int tag, ReadOnlySpan<byte> v, int data, uint frequency)
    {
        if (v.Length < MacLength)
            return false;
        ulong mac = WlanBits.ReadLittleEndian(v[..MacLength]);
        int macNode = tree.Add(tag, HeMacCaps, 0, data, MacLength, mac);
        bool htcHe = (mac & 0x1) != 0, dynamicFragmentation = (mac & 0x18) != 0;
        foreach (var bit in MacBits)
        {
            var f = MacBitAsShown(bit, htcHe, dynamicFragmentation);
            int item = tree.Add(macNode, f, 0, data, MacLength, WlanBits.Extract(f, mac));
            if (ReferenceEquals(f, HeMacCapMaxFragMsdus) && item >= 0 && tree.BuildsText)
            {
                ulong exponent = WlanBits.Extract(f, mac);
                tree.SetValueText(item, exponent == 7 ? "No restriction" : (1UL << (int)exponent).ToString(CultureInfo.InvariantCulture));
            }
        }

        int phyAt = data + MacLength;
        var phy = v[MacLength..];
        if (phy.Length < PhyLength)
            return false; // tshark's subtree of 11 bytes: nothing of the PHY capabilities shows
        int phyNode = tree.AddNode(tag, TextItem.Field, 0, phyAt, PhyLength);
        tree.SetText(phyNode, "HE PHY Capabilities Information");
        byte first = phy[0];
        int reserved = tree.Add(phyNode, HePhyCapReservedB0, 0, phyAt, 1, (ulong)(first & 1));
        tree.Add(reserved, HePhyCapFbyteReservedB0, 0, phyAt, 1, (ulong)(first & 1));
        // The band from the radio header's channel (2412-2484 MHz is 2.4 GHz, any other 5/6 GHz); without one, both bands' names.
        var widthBits = frequency == 0 ? WidthBitsEitherBand : frequency is >= 2412 and <= 2484 ? WidthBits24Ghz : WidthBits5Ghz;
        int widthNode = tree.Add(phyNode, HePhyCapFbytes, 0, phyAt, 1, WlanBits.Extract(HePhyCapFbytes, first));
        WlanBits.AddFields(tree, widthNode, phyAt, 1, first, widthBits);
        for (int g = 0; g < PhyGroups.Length; g++)
        {
            int at = 1 + 2 * g;
            ushort raw = BinaryPrimitives.ReadUInt16LittleEndian(phy[at..]);
            int header = tree.Add(phyNode, PhyGroups[g].Header, 0, phyAt + at, 2, raw);
            foreach (var f in PhyGroups[g].Bits)
                tree.Add(header, f, 0, phyAt + at, 2, MultiBitBoolean(f, raw));
        }

        int mcsAt = MacLength + PhyLength;
        if (v.Length == mcsAt)
        {
            tree.AddExpert(phyNode, WlanElementFields.TagLengthBad, 0, phyAt, 0, "Insufficient bytes for Phy Capabilities Rx and Tx Maps 80MHz!");
            return true;
        }
        int maps = 1 + ((first & Width160) != 0 ? 1 : 0) + ((first & Width80Plus80) != 0 ? 1 : 0);
        if (v.Length < mcsAt + 4 * maps)
            return false;
        int set = tree.AddNode(tag, TextItem.Field, 0, data + mcsAt, 4 * maps);
        tree.SetText(set, "Supported HE-MCS and NSS Set");
        int mapAt = mcsAt;
        McsMaps(tree, set, v, data, ref mapAt, "Rx and Tx MCS Maps <= 80 MHz", HeMcsMapRxHeMcsMapLte80, Rx80, HeMcsMapTxHeMcsMapLte80, Tx80);
        if ((first & Width160) != 0)
            McsMaps(tree, set, v, data, ref mapAt, "Rx and Tx MCS Maps 160 MHz", HeMcsMapRxHeMcsMap160, Rx160, HeMcsMapTxHeMcsMap160, Tx160);
        if ((first & Width80Plus80) != 0)
            McsMaps(tree, set, v, data, ref mapAt, "Rx and Tx MCS Maps 80+80 MHz", HeMcsMapRxHeMcsMap8080, Rx8080, HeMcsMapTxHeMcsMap8080, Tx8080);

        // PPE thresholds when the PHY says so and the element has bytes left (tshark shows nothing, and no error, without them).
        bool ppePresent = phy.Length > 6 && (phy[6] & 0x80) != 0;
        return !ppePresent || mapAt >= v.Length || PpeThresholds(tree, tag, v[mapAt..], data + mapAt);
    }

    /// <summary>
    /// packet-ieee80211.c shows the bits that only mean something with +HTC HE support (link adaptation, TRS, BSR, OM
    /// control, BQR) or with dynamic fragmentation (fragmented MSDUs, minimum fragment size, A-MSDU fragmentation) as
    /// Reserved when the station says it has neither.
    /// </summary>
    private static FieldDef MacBitAsShown(FieldDef bit, bool htcHe, bool dynamicFragmentation)
    {
        if (!htcHe)
        {
            if (ReferenceEquals(bit, HeMacCapHeLinkAdaptationSupport)) return HeMacCapReservedBits1516;
            if (ReferenceEquals(bit, HeMacCapTrsSupport)) return HeMacCapReservedBit18;
            if (ReferenceEquals(bit, HeMacCapBsrSupport)) return HeMacCapReservedBit19;
            if (ReferenceEquals(bit, HeMacCapOmControlSupport)) return HeMacCapReservedBit25;
            if (ReferenceEquals(bit, HeMacCapBqrSupport)) return HeMacCapReservedBit34;
        }
        if (!dynamicFragmentation)
        {
            if (ReferenceEquals(bit, HeMacCapMaxFragMsdus)) return HeMacCapReservedBits57;
            if (ReferenceEquals(bit, HeMacCapMinFragSize)) return HeMacCapReservedBits89;
            if (ReferenceEquals(bit, HeMacCapAMsduFragSupport)) return HeMacCapReservedBit29;
        }
        return bit;
    }

    /// <summary>
    /// A boolean field whose mask covers several bits (packet-ieee80211.c's "Max Nc"): its value is the bits, shown as true
    /// when any is set, so the bit picture shows them all; any other field as <see cref="WlanBits.Extract"/>.
    /// </summary>
    private static ulong MultiBitBoolean(FieldDef field, ulong raw)
    {
        if (field.Type != FieldType.Boolean || System.Numerics.BitOperations.PopCount(field.Bitmask) == 1)
            return WlanBits.Extract(field, raw);
        return (raw & field.Bitmask) >> System.Numerics.BitOperations.TrailingZeroCount(field.Bitmask);
    }

    /// <summary>One Rx/Tx pair of HE-MCS maps (4 bytes, which the caller has checked are there).</summary>
    private static void McsMaps(FieldTree tree, int set, ReadOnlySpan<byte> v, int data, ref int at, string title,
        FieldDef rx, FieldDef[] rxBits, FieldDef tx, FieldDef[] txBits)
    {
        int node = tree.AddNode(set, TextItem.Field, 0, data + at, 4);
        tree.SetText(node, title);
        WlanBits.AddBitmask(tree, node, rx, data + at, 2, BinaryPrimitives.ReadUInt16LittleEndian(v[at..]), rxBits);
        WlanBits.AddBitmask(tree, node, tx, data + at + 2, 2, BinaryPrimitives.ReadUInt16LittleEndian(v[(at + 2)..]), txBits);
        at += 4;
    }

    /// <summary>
    /// PPE thresholds: NSS (3 bits) and the RU index bitmask (4 bits), then for each stream and each RU in the bitmask a
    /// 3-bit PPET16 and a 3-bit PPET8, packed from the least significant bit of each byte.
    /// </summary>
    private static bool PpeThresholds(FieldTree tree, int tag, ReadOnlySpan<byte> p, int at)
    {
        int node = tree.AddNode(tag, TextItem.Field, 0, at, p.Length);
        tree.SetText(node, "PPE Thresholds");
        if (p.Length < 1)
            return false;
        tree.Add(node, HePpeThresholdsNss, 0, at, 1, WlanBits.Extract(HePpeThresholdsNss, p[0]));
        tree.Add(node, HePpeThresholdsRuIndexBitmask, 0, at, 1, WlanBits.Extract(HePpeThresholdsRuIndexBitmask, p[0]));
        int streams = (p[0] & 7) + 1, ruMask = (p[0] >> 3) & 0xF;
        int rus = System.Numerics.BitOperations.PopCount((uint)ruMask);
        int bit = 7;
        for (int nss = 0; nss < streams; nss++)
        {
            // Items reaching past the element are cut at its end, as tshark's subtrees are.
            int nssNode = tree.AddNode(node, TextItem.Field, 0, at + bit / 8, Math.Min((bit + rus * 6) / 8, p.Length) - Math.Min(bit / 8, p.Length));
            tree.SetText(nssNode, $"NSS {nss}");
            for (int ru = 0; ru < 4; ru++)
            {
                if ((ruMask & (1 << ru)) == 0)
                    continue;
                int first = bit / 8, length = (bit + 5) / 8 - first + 1;
                int ruNode = tree.AddNode(nssNode, TextItem.Field, 0, at + first, Math.Max(0, Math.Min(length, p.Length - first)));
                tree.SetText(ruNode, $"RU allocation: {RuNames[ru]}");
                if (first + length > p.Length)
                    return false; // tshark shows the allocation, then its bits' read fails
                tree.Add(ruNode, HePpeThresholdsPpet16, 0, at + first, length, Bits(p, bit, 3));
                tree.Add(ruNode, HePpeThresholdsPpet8, 0, at + first, length, Bits(p, bit + 3, 3));
                bit += 6;
            }
        }
        return true;
    }

    /// <summary><paramref name="count"/> bits from bit <paramref name="bit"/>, least significant first.</summary>
    private static ulong Bits(ReadOnlySpan<byte> p, int bit, int count)
    {
        ulong value = 0;
        for (int i = 0; i < count; i++, bit++)
            if ((p[bit / 8] >> (bit % 8) & 1) != 0)
                value |= 1UL << i;
        return value;
    }
}
