using System.Buffers.Binary;
using System.Globalization;
using Sniffer.Dissectors.Model;
using static Sniffer.Dissectors.Protocols.Wlan.WlanVhtFields;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>The 802.11ac elements as packet-ieee80211.c shows them: VHT Capabilities (191), VHT Operation (192), Tx Power Envelope (195).</summary>
internal static class WlanVhtTags
{
    private static readonly FieldDef[] CapabilityBits =
    [
        VhtCapabilitiesMaxmpdulength, VhtCapabilitiesSupportedchanwidthset, VhtCapabilitiesRxldpc, VhtCapabilitiesShort80, VhtCapabilitiesShort160,
        VhtCapabilitiesTxstbc, VhtCapabilitiesRxstbc, VhtCapabilitiesSubeamformer, VhtCapabilitiesSubeamformee, VhtCapabilitiesBeamformeeStsCap,
        VhtCapabilitiesSoundingdimensions, VhtCapabilitiesMubeamformer, VhtCapabilitiesMubeamformee, VhtCapabilitiesVhttxopps, VhtCapabilitiesVhthtc,
        VhtCapabilitiesMaxampdu, VhtCapabilitiesLinkadapt, VhtCapabilitiesRxpatconsist, VhtCapabilitiesTxpatconsist, VhtCapabilitiesExtNssBwSupport,
    ];

    private static readonly FieldDef[] RxMap =
        [VhtMcssetRxmcsmapSs1, VhtMcssetRxmcsmapSs2, VhtMcssetRxmcsmapSs3, VhtMcssetRxmcsmapSs4, VhtMcssetRxmcsmapSs5, VhtMcssetRxmcsmapSs6, VhtMcssetRxmcsmapSs7, VhtMcssetRxmcsmapSs8];
    private static readonly FieldDef[] TxMap =
        [VhtMcssetTxmcsmapSs1, VhtMcssetTxmcsmapSs2, VhtMcssetTxmcsmapSs3, VhtMcssetTxmcsmapSs4, VhtMcssetTxmcsmapSs5, VhtMcssetTxmcsmapSs6, VhtMcssetTxmcsmapSs7, VhtMcssetTxmcsmapSs8];
    private static readonly FieldDef[] BasicMap =
        [VhtOpBasicmcsmapSs1, VhtOpBasicmcsmapSs2, VhtOpBasicmcsmapSs3, VhtOpBasicmcsmapSs4, VhtOpBasicmcsmapSs5, VhtOpBasicmcsmapSs6, VhtOpBasicmcsmapSs7, VhtOpBasicmcsmapSs8];
    private static readonly FieldDef[] PowerConstraints = [VhtTpePwrConstr20, VhtTpePwrConstr40, VhtTpePwrConstr80, VhtTpePwrConstr160];

    public static readonly ExpertDef PowerCountInvalid = new("wlan.vht.tpe.pwr_info.count.invalid", ExpertGroup.Malformed, ExpertSeverity.Error,
        "Max Tx Pwr Count is Incorrect, should be 0-7");

    /// <summary>VHT Capabilities: exactly 12 bytes, the 32-bit capability word then the 8-byte MCS set.</summary>
    public static void Capabilities(PacketContext packet, int tag, int lengthItem, ReadOnlySpan<byte> v, int data)
    {
        var tree = packet.Tree;
        if (v.Length != 12)
        {
            WlanTags.BadLength(tree, lengthItem, data - 1, $"VHT Capabilities IE length {v.Length} wrong, must be = 12");
            return;
        }
        WlanBits.AddBitmask(tree, tag, VhtCapabilities, data, 4, BinaryPrimitives.ReadUInt32LittleEndian(v), CapabilityBits);
        int set = tree.AddNode(tag, VhtMcsset, 0, data + 4, 8);
        int at = data + 4;
        ushort rx = BinaryPrimitives.ReadUInt16LittleEndian(v[4..]), rxRate = BinaryPrimitives.ReadUInt16LittleEndian(v[6..]);
        ushort tx = BinaryPrimitives.ReadUInt16LittleEndian(v[8..]), txRate = BinaryPrimitives.ReadUInt16LittleEndian(v[10..]);
        WlanBits.AddBitmask(tree, set, VhtMcssetRxmcsmap, at, 2, rx, RxMap);
        tree.Add(set, VhtMcssetRxhighestlonggirate, 0, at + 2, 2, WlanBits.Extract(VhtMcssetRxhighestlonggirate, rxRate));
        tree.Add(set, VhtMcssetMaxNstsTotal, 0, at + 2, 2, WlanBits.Extract(VhtMcssetMaxNstsTotal, rxRate));
        WlanBits.AddBitmask(tree, set, VhtMcssetTxmcsmap, at + 4, 2, tx, TxMap);
        tree.Add(set, VhtMcssetTxhighestlonggirate, 0, at + 6, 2, WlanBits.Extract(VhtMcssetTxhighestlonggirate, txRate));
        tree.Add(set, VhtNcssetExtNssBwCap, 0, at + 6, 2, WlanBits.Extract(VhtNcssetExtNssBwCap, txRate));
        tree.Add(set, VhtNcssetReserved, 0, at + 6, 2, WlanBits.Extract(VhtNcssetReserved, txRate));
    }

    /// <summary>VHT Operation: exactly 5 bytes, the operation information then the basic MCS map.</summary>
    public static void Operation(PacketContext packet, int tag, int lengthItem, ReadOnlySpan<byte> v, int data)
    {
        var tree = packet.Tree;
        if (v.Length != 5)
        {
            WlanTags.BadLength(tree, lengthItem, data - 1, $"VHT Operation IE length {v.Length} wrong, must be = 5");
            return;
        }
        int info = tree.AddNode(tag, VhtOp, 0, data, 3);
        tree.Add(info, VhtOpChannelwidth, 0, data, 1, v[0]);
        tree.Add(info, VhtOpChannelcenter0, 0, data + 1, 1, v[1]);
        tree.Add(info, VhtOpChannelcenter1, 0, data + 2, 1, v[2]);
        WlanBits.AddBitmask(tree, tag, VhtOpBasicmcsmap, data + 3, 2, BinaryPrimitives.ReadUInt16LittleEndian(v[3..]), BasicMap);
    }

    /// <summary>
    /// Transmit Power Envelope: the information byte, then one constraint per bandwidth as its count says (in half dBm).
    /// False when the count reaches past the element (tshark's exception: the rest of the frame is not dissected).
    /// </summary>
    public static bool TransmitPowerEnvelope(PacketContext packet, int tag, int lengthItem, ReadOnlySpan<byte> v, int data)
    {
        var tree = packet.Tree;
        if (v.Length is < 2 or > 5)
        {
            WlanTags.BadLength(tree, lengthItem, data - 1, $"VHT TX PWR Envelope IE length {v.Length} wrong, must be >= 2 and <= 5");
            return true;
        }
        int infoNode = tree.Add(tag, VhtTpePwrInfo, 0, data, 1, v[0]);
        int countItem = tree.Add(infoNode, VhtTpePwrInfoCount, 0, data, 1, WlanBits.Extract(VhtTpePwrInfoCount, v[0]));
        tree.Add(infoNode, VhtTpePwrInfoUnit, 0, data, 1, WlanBits.Extract(VhtTpePwrInfoUnit, v[0]));
        tree.Add(infoNode, VhtTpePwrInfoReserved, 0, data, 1, WlanBits.Extract(VhtTpePwrInfoReserved, v[0]));
        int count = v[0] & 7;
        for (int i = 0; i <= count; i++)
        {
            if (i >= PowerConstraints.Length)
            {
                // A count past the four bandwidths tshark names: a note on the count for each, nothing read.
                tree.AddExpert(countItem, PowerCountInvalid, 0, data, 1);
                continue;
            }
            if (1 + i >= v.Length)
                return false;
            sbyte level = (sbyte)v[1 + i];
            int item = tree.Add(tag, PowerConstraints[i], 0, data + 1 + i, 1, (ulong)(long)level);
            tree.SetValueText(item, $"{(level / 2.0).ToString("0.0", CultureInfo.InvariantCulture)} dBm");
        }
        return true;
    }
}
