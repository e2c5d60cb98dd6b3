using System.Buffers.Binary;
using Sniffer.Dissectors.Model;
using static Sniffer.Dissectors.Protocols.Wlan.WlanHeParameterFields;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>
/// The smaller 802.11ax element extensions as packet-ieee80211.c shows them: MU EDCA Parameter Set (38), Spatial Reuse
/// Parameter Set (39) and HE 6 GHz Band Capabilities (59).
/// </summary>
internal static class WlanHeParameterTags
{
    private static readonly FieldDef[] QosInfoBits =
        [FixedQosinfoApEdcaupdate, FixedQosinfoApQack, FixedQosinfoApQueueReq, FixedQosinfoApTxopreq, FixedQosinfoApMoreDataAck];
    private static readonly FieldDef[] AciAifsnBits =
        [ExtTagMuEdcaParameterSetAifsn, ExtTagMuEdcaParameterSetAcm, ExtTagMuEdcaParameterSetAci, ExtTagMuEdcaParameterSetReserved];
    private static readonly string[] Records = ["MUAC_BE Parameter Record", "MUAC_BK Parameter Record", "MUAC_VI Parameter Record", "MUAC_VO Parameter Record"];
    private static readonly FieldDef[] SrControlBits =
    [
        ExtTagSpatialReuseSrControlSrpDis, ExtTagSpatialReuseSrControlNonSrgObssPdSrDis, ExtTagSpatialReuseSrControlNonSrgOfsPresent,
        ExtTagSpatialReuseSrControlSrgInfoPresent, ExtTagSpatialReuseSrControlHesigaVal15Allowed, ExtTagSpatialReuseSrControlReserved,
    ];
    private static readonly FieldDef[] SixGhzBits =
    [
        TagHe6ghzCapInfB0B2, TagHe6ghzCapInfB3B5, TagHe6ghzCapInfB6B7, TagHe6ghzCapInfB8, TagHe6ghzCapInfB9bB10, TagHe6ghzCapInfB11,
        TagHe6ghzCapInfB12, TagHe6ghzCapInfB13, TagHe6ghzCapInfB14B15,
    ];

    /// <summary>MU EDCA Parameter Set: the AP's QoS Info, then four 3-byte records (AC_BE, AC_BK, AC_VI, AC_VO).</summary>
    public static bool MuEdca(FieldTree tree, int tag, ReadOnlySpan<byte> v, int data)
    {
        if (v.Length < 1)
            return false;
        WlanBits.AddBitmask(tree, tag, FixedQosinfoAp, data, 1, v[0], QosInfoBits);
        for (int i = 0; i < Records.Length; i++)
        {
            int at = 1 + 3 * i;
            if (v.Length < at + 3)
                return false; // tshark's 3-byte record subtree: nothing of a cut record shows
            int record = tree.AddNode(tag, TextItem.Field, 0, data + at, 3);
            tree.SetText(record, Records[i]);
            WlanBits.AddBitmask(tree, record, ExtTagMuEdcaParameterSetAicAifsn, data + at, 1, v[at], AciAifsnBits);
            tree.Add(record, ExtTagMuEdcaParameterSetEcwminEcwmax, 0, data + at + 1, 1, v[at + 1]);
            tree.Add(record, ExtTagMuEdcaParameterSetMuEdcaTimer, 0, data + at + 2, 1, v[at + 2]);
        }
        return true;
    }

    /// <summary>Spatial Reuse Parameter Set: the SR Control byte, then the offsets and bitmaps its bits say are there.</summary>
    public static bool SpatialReuse(FieldTree tree, int tag, ReadOnlySpan<byte> v, int data)
    {
        if (v.Length < 1)
            return false;
        byte control = v[0];
        WlanBits.AddBitmask(tree, tag, ExtTagSpatialReuseSrControl, data, 1, control, SrControlBits);
        int at = 1;
        if ((control & 0x04) != 0)
        {
            if (v.Length < at + 1)
                return false;
            tree.Add(tag, ExtTagSpatialReuseNonSrgObssPdMaxOffset, 0, data + at, 1, (ulong)(long)(sbyte)v[at]);
            at++;
        }
        if ((control & 0x08) != 0)
        {
            foreach (var f in (ReadOnlySpan<FieldDef>)[ExtTagSpatialReuseSrgObssPdMinOffset, ExtTagSpatialReuseSrgObssPdMaxOffset])
            {
                if (v.Length < at + 1)
                    return false;
                tree.Add(tag, f, 0, data + at, 1, (ulong)(long)(sbyte)v[at]);
                at++;
            }
            foreach (var f in (ReadOnlySpan<FieldDef>)[ExtTagSpatialReuseSrgBssColorBitmap, ExtTagSpatialReuseSrgPartialBssidBitmap])
            {
                if (v.Length < at + 8)
                    return false;
                tree.AddBytesInPlace(tag, f, 0, data + at, 8);
                at += 8;
            }
        }
        return true;
    }

    /// <summary>HE 6 GHz Band Capabilities: one 16-bit capability word; shorter, tshark's note on the element and nothing else.</summary>
    public static bool SixGhzBand(FieldTree tree, int tag, ReadOnlySpan<byte> v, int data)
    {
        if (v.Length < 2)
        {
            tree.AddExpert(tag, WlanElementFields.TagLengthBad, 0, data - 3, 0, "HE 6 GHz Band Capabilities must be at 2 octets long");
            return true;
        }
        WlanBits.AddBitmask(tree, tag, TagHe6ghzCapInf, data, 2, BinaryPrimitives.ReadUInt16LittleEndian(v), SixGhzBits);
        return true;
    }
}
