using System.Buffers.Binary;
using Sniffer.Dissectors.Model;
using static Sniffer.Dissectors.Protocols.Wlan.WlanHeFields;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>
/// The 802.11ax HE Operation element (extension 36) as dissect_he_operation shows it: the operation parameters, BSS
/// color, basic HE-MCS map, then the VHT operation information, co-hosted BSSID indicator and 6 GHz operation
/// information when the parameters say they are there. (HE Capabilities, extension 35, is WlanHeCapabilityTags'.)
/// </summary>
internal static class WlanHeTags
{
    private const uint VhtOperationPresent = 0x004000, CoHostedBss = 0x008000, SixGhzPresent = 0x020000;

    private static readonly FieldDef[] ParameterBits =
    [
        HeOperationDefaultPeDuration, HeOperationTwtRequired, HeOperationTxopDurationRtsThresh, HeOperationVhtOpInfoPresent, HeOperationCoHostedBss,
        HeOperationErSuDisable, HeOperation6ghzOperationInformationPresent, HeOperationReservedB16B32,
    ];

    private static readonly FieldDef[] ColorBits = [BssColorInformationBssColor, BssColorInformationPartialBssColor, BssColorInformationBssColorDisabled];

    private static readonly FieldDef[] BasicMcsBits =
    [
        HeOperationMaxHeMcsFor1Ss, HeOperationMaxHeMcsFor2Ss, HeOperationMaxHeMcsFor3Ss, HeOperationMaxHeMcsFor4Ss, HeOperationMaxHeMcsFor5Ss,
        HeOperationMaxHeMcsFor6Ss, HeOperationMaxHeMcsFor7Ss, HeOperationMaxHeMcsFor8Ss,
    ];

    private static readonly FieldDef[] SixGhzControlBits =
        [HeOperation6ghzControlChannelWidth, HeOperation6ghzControlDuplicateBeacon, HeOperation6ghzControlRegulatoryInfo, HeOperation6ghzControlReserved];

    /// <summary>The body after the extension number (<paramref name="v"/> at <paramref name="data"/>); false at the first field past the element.</summary>
    public static bool Operation(FieldTree tree, int tag, ReadOnlySpan<byte> v, int data)
    {
        if (v.Length < 3)
            return false;
        uint parameters = (uint)(v[0] | v[1] << 8 | v[2] << 16);
        WlanBits.AddBitmask(tree, tag, HeOperationParams, data, 3, parameters, ParameterBits);
        if (v.Length < 4)
            return false;
        WlanBits.AddBitmask(tree, tag, BssColorInformation, data + 3, 1, v[3], ColorBits);
        if (v.Length < 6)
            return false;
        WlanBits.AddBitmask(tree, tag, HeOperationBasicHeMcsAndNss, data + 4, 2, BinaryPrimitives.ReadUInt16LittleEndian(v[4..]), BasicMcsBits);
        int at = 6;
        if ((parameters & VhtOperationPresent) != 0)
        {
            int info = tree.AddNode(tag, TextItem.Field, 0, data + at, Math.Min(3, v.Length - at));
            tree.SetText(info, "VHT Operation Information");
            ReadOnlySpan<FieldDef> fields = [HeOperationVhtOpInfoChannelWidth, HeOperationVhtOpInfoChanCenterFreqSeg0, HeOperationVhtOpInfoChanCenterFreqSeg1];
            foreach (var f in fields)
            {
                if (at >= v.Length)
                    return false;
                tree.Add(info, f, 0, data + at, 1, v[at]);
                at++;
            }
        }
        if ((parameters & CoHostedBss) != 0)
        {
            if (at >= v.Length)
                return false;
            tree.Add(tag, HeOperationMaxCoHostedBssidIndicator, 0, data + at, 1, v[at]);
            at++;
        }
        if ((parameters & SixGhzPresent) != 0)
        {
            int info = tree.AddNode(tag, TextItem.Field, 0, data + at, Math.Min(5, Math.Max(0, v.Length - at)));
            tree.SetText(info, "6 GHz Operation Information");
            for (int i = 0; i < 5; i++, at++)
            {
                if (at >= v.Length)
                    return false;
                if (i == 1)
                    WlanBits.AddBitmask(tree, info, HeOperation6ghzControl, data + at, 1, v[at], SixGhzControlBits);
                else
                    tree.Add(info, i switch { 0 => HeOperation6ghzPrimaryChannel, 2 => HeOperation6ghzChanCenterFreqSeg0, 3 => HeOperation6ghzChanCenterFreqSeg1, _ => HeOperation6ghzMinimumRate },
                        0, data + at, 1, v[at]);
            }
        }
        return true;
    }
}
