using System.Buffers.Binary;
using Sniffer.Dissectors.Model;
using static Sniffer.Dissectors.Protocols.Wlan.WlanVendorFields;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>
/// Vendor Specific elements (221) as ieee80211_tag_vendor_specific_ie shows them: the OUI (its maker named on the element's
/// line) and OUI type, then for Microsoft's 00:50:f2 the WPA element, WMM/WME information and parameter elements and WPS,
/// for the Wi-Fi Alliance's 50:6f:9a what WlanWfaVendor reads; any other OUI's bytes as "Vendor Specific Data".
/// </summary>
internal static class WlanVendorTags
{
    private const uint OuiMicrosoft = 0x0050F2;

    /// <summary>The OUIs packet-ieee80211.c decodes with bodies of their own (RSN, pre-11n, WFA, Cisco, Marvell, Atheros…), not yet here: only their OUI and type show.</summary>
    private static readonly HashSet<uint> DecodedElsewhere =
        [0x000FAC, 0x00904C, 0x506F9A, 0x004096, 0x005043, 0x00037F, 0x000512, 0x000B86, 0x001F32, 0x000C42, 0x000CE6, 0x00A0F8, 0x001977, 0x5C5B35, 0x001392, 0x6A5C35, 0x00090F];

    private static readonly FieldDef[] StationQosBits =
    [
        WfaIeWmeQosInfoStaMaxSpLength, WfaIeWmeQosInfoStaAcBe, WfaIeWmeQosInfoStaAcBk, WfaIeWmeQosInfoStaAcVi, WfaIeWmeQosInfoStaAcVo,
        WfaIeWmeQosInfoStaReserved,
    ];

    private static readonly FieldDef[] AccessPointQosBits = [WfaIeWmeQosInfoApUApsd, WfaIeWmeQosInfoApParameterSetCount, WfaIeWmeQosInfoApReserved];
    private static readonly FieldDef[] AciAifsnBits = [WfaIeWmeAcpAifsn, WfaIeWmeAcpAcm, WfaIeWmeAcpAci, WfaIeWmeAcpReserved];

    public static readonly ExpertDef BadAifsn = new("wlan.qos_info.bad_aifsn", ExpertGroup.Malformed, ExpertSeverity.Warning, "Invalid AIFSN");

    /// <summary>
    /// The element's body. <paramref name="subtype"/> is the management frame's (the WME QoS Info bits depend on who sends
    /// it). False when a read reaches past the element (tshark's exception: nothing more of the frame is dissected).
    /// </summary>
    public static bool Dissect(PacketContext packet, int tag, int lengthItem, ReadOnlySpan<byte> v, int data, int subtype)
    {
        var tree = packet.Tree;
        if (v.Length < 3)
        {
            WlanTags.BadLength(tree, lengthItem, data - 1, $"Tag Length {v.Length} wrong, must be >= 3");
            return true;
        }
        uint oui = (uint)(v[0] << 16 | v[1] << 8 | v[2]);
        tree.Add(tag, WlanFields.TagOui, 0, data, 3, oui);
        if (tree.BuildsText)
            tree.AppendText(tag, $": {(Link.OuiNames.TryGet(oui, out var maker) ? maker : "(null)")}");
        if (v.Length < 4)
            return false;
        tree.Add(tag, WlanFields.TagVendorOuiType, 0, data + 3, 1, v[3]);
        if (oui == OuiMicrosoft)
            return Microsoft(packet, tag, v, data, subtype);
        if (oui == WlanWfaVendor.Oui)
            return WlanWfaVendor.Dissect(tree, tag, v, data);
        if (!DecodedElsewhere.Contains(oui))
            tree.AddBytesInPlace(tag, WlanFields.TagVendorData, 0, data + 3, v.Length - 3);
        return true;
    }

    /// <summary>dissect_vendor_ie_wpawme: the type (WPA, WMM/WME, WPS) and its body.</summary>
    private static bool Microsoft(PacketContext packet, int tag, ReadOnlySpan<byte> v, int data, int subtype)
    {
        var tree = packet.Tree;
        byte type = v[3];
        tree.Add(tag, WfaIeType, 0, data + 3, 1, type);
        if (tree.BuildsText)
            tree.AppendText(tag, $": {(WfaIeType.ValueNames!.TryGetValue(type, out var name) ? name : $"Unknown {type}")}");
        switch (type)
        {
            case 1:
                return Wpa(tree, tag, v, data);
            case 2:
            {
                if (v.Length < 6)
                    return false;
                byte wmeSubtype = v[4];
                tree.Add(tag, WfaIeWmeSubtype, 0, data + 4, 1, wmeSubtype);
                if (tree.BuildsText)
                    tree.AppendText(tag, $": {(WfaIeWmeSubtype.ValueNames!.TryGetValue(wmeSubtype, out var sub) ? sub : $"Unknown {wmeSubtype}")}");
                tree.Add(tag, WfaIeWmeVersion, 0, data + 5, 1, v[5]);
                if (wmeSubtype == 0)
                    return QosInfo(tree, tag, v, 6, data, subtype);
                if (wmeSubtype == 1)
                    return ParameterSet(packet, tag, v, 6, data, subtype);
                return true; // the TSPEC element is not decoded yet
            }
            case 4:
                return WpsAttributes.Dissect(tree, tag, v[4..], data + 4);
            default:
                return true;
        }
    }

    /// <summary>The WME QoS Info byte: a station's (requests) or an access point's (beacons, responses) bits.</summary>
    private static bool QosInfo(FieldTree tree, int tag, ReadOnlySpan<byte> v, int at, int data, int subtype)
    {
        if (at >= v.Length)
            return false;
        switch (subtype)
        {
            case 0 or 2 or 4:
                WlanBits.AddBitmask(tree, tag, WfaIeWmeQosInfo, data + at, 1, v[at], StationQosBits);
                break;
            case 1 or 3 or 5 or 8:
                WlanBits.AddBitmask(tree, tag, WfaIeWmeQosInfo, data + at, 1, v[at], AccessPointQosBits);
                break;
            default:
                tree.Add(tag, WfaIeWmeQosInfo, 0, data + at, 1, v[at]);
                break;
        }
        return true;
    }

    /// <summary>decode_qos_parameter_set: QoS Info, a reserved byte, then the four access categories' parameters.</summary>
    private static bool ParameterSet(PacketContext packet, int tag, ReadOnlySpan<byte> v, int at, int data, int subtype)
    {
        var tree = packet.Tree;
        if (!QosInfo(tree, tag, v, at, data, subtype))
            return false;
        at++;
        if (at >= v.Length)
            return false;
        tree.AddBytesInPlace(tag, WfaIeWmeReserved, 0, data + at, 1);
        at++;
        for (int i = 0; i < 4; i++, at += 4)
        {
            int ac = tree.AddNode(tag, WfaIeWmeAcp, 0, data + at, Math.Min(4, v.Length - at)); // tshark adds it before reading
            if (at + 4 > v.Length)
                return false;
            byte aciAifsn = v[at], ecw = v[at + 1];
            int aifsnNode = WlanBits.AddBitmask(tree, ac, WfaIeWmeAcpAciAifsn, data + at, 1, aciAifsn, AciAifsnBits);
            if (aciAifsn < 2)
                tree.AddExpert(aifsnNode, BadAifsn, 0, data + at, 1, $"The minimum value for the AIFSN subfield is 2 (found {aciAifsn}).");
            int aci = (aciAifsn & 0x60) >> 5;
            if (tree.BuildsText)
                tree.AppendText(ac, $" ACI {aci} ({WfaIeWmeAcpAci.ValueNames![(ulong)aci]}), ACM {((aciAifsn & 0x10) != 0 ? "yes" : "no")}, AIFSN {aciAifsn & 0x0F}");
            int ecwMin = ecw & 0x0F, ecwMax = ecw >> 4;
            int cwMin = (1 << ecwMin) - 1, cwMax = (1 << ecwMax) - 1;
            int ecwNode = tree.Add(ac, WfaIeWmeAcpEcw, 0, data + at + 1, 1, ecw);
            tree.Add(ecwNode, WfaIeWmeAcpEcwMax, 0, data + at + 1, 1, (ulong)ecwMax);
            tree.Add(ecwNode, WfaIeWmeAcpEcwMin, 0, data + at + 1, 1, (ulong)ecwMin);
            tree.Add(ecwNode, WfaIeWmeAcpCwMax, 0, data + at + 1, 1, (ulong)cwMax);
            tree.Add(ecwNode, WfaIeWmeAcpCwMin, 0, data + at + 1, 1, (ulong)cwMin);
            tree.AppendText(ac, $", ECWmin/max {ecwMin}/{ecwMax} (CWmin/max {cwMin}/{cwMax})");
            ushort txop = BinaryPrimitives.ReadUInt16LittleEndian(v[(at + 2)..]);
            tree.Add(ac, WfaIeWmeAcpTxopLimit, 0, data + at + 2, 2, txop);
            tree.AppendText(ac, $", TXOP {txop}");
        }
        return true;
    }

    /// <summary>The WPA element: version, multicast suite, unicast and AKM suite lists (Microsoft's suite names).</summary>
    private static bool Wpa(FieldTree tree, int tag, ReadOnlySpan<byte> v, int data)
    {
        int at = 4;
        if (at + 2 > v.Length)
            return false;
        tree.Add(tag, WfaIeWpaVersion, 0, data + at, 2, BinaryPrimitives.ReadUInt16LittleEndian(v[at..]));
        at += 2;
        if (at + 4 > v.Length)
            return false;
        uint mcs = BinaryPrimitives.ReadUInt32BigEndian(v[at..]);
        int mcsNode = tree.Add(tag, WfaIeWpaMcs, 0, data + at, 4, mcs);
        if (tree.BuildsText)
            tree.SetValueText(mcsNode, SuiteText(mcs, WfaIeWpaMcsType));
        tree.Add(mcsNode, WfaIeWpaMcsOui, 0, data + at, 3, mcs >> 8);
        tree.Add(mcsNode, WfaIeWpaMcsType, 0, data + at + 3, 1, mcs & 0xFF);
        at += 4;
        return SuiteList(tree, tag, v, ref at, data, WfaIeWpaUcsCount, WfaIeWpaUcsList, WfaIeWpaUcs, WfaIeWpaUcsOui, WfaIeWpaUcsType, WfaIeWpaMcsType)
            && SuiteList(tree, tag, v, ref at, data, WfaIeWpaAkmsCount, WfaIeWpaAkmsList, WfaIeWpaAkms, WfaIeWpaAkmsOui, WfaIeWpaType, WfaIeWpaType);
    }

    private static bool SuiteList(FieldTree tree, int tag, ReadOnlySpan<byte> v, ref int at, int data, FieldDef count, FieldDef list, FieldDef suite,
        FieldDef oui, FieldDef type, FieldDef names)
    {
        if (at + 2 > v.Length)
            return false;
        int n = BinaryPrimitives.ReadUInt16LittleEndian(v[at..]);
        tree.Add(tag, count, 0, data + at, 2, (ulong)n);
        at += 2;
        int listNode = tree.AddNode(tag, list, 0, data + at, Math.Min(n * 4, v.Length - at));
        for (int i = 0; i < n; i++, at += 4)
        {
            if (at + 4 > v.Length)
                return false; // the suite reaches past the element: tshark's exception
            uint value = BinaryPrimitives.ReadUInt32BigEndian(v[at..]);
            int node = tree.Add(listNode, suite, 0, data + at, 4, value);
            if (tree.BuildsText)
            {
                string text = SuiteText(value, names);
                tree.SetValueText(node, text);
                if (value >> 8 == OuiMicrosoft)
                    tree.AppendText(listNode, $" {text}"); // tshark names only Microsoft's suites on the list's line
            }
            tree.Add(node, oui, 0, data + at, 3, value >> 8);
            tree.Add(node, type, 0, data + at + 3, 1, value & 0xFF);
        }
        return true;
    }

    /// <summary>wpa_*_base_custom: "00:50:f2 (Microsoft Corp.) TKIP".</summary>
    private static string SuiteText(uint value, FieldDef names)
    {
        uint oui = value >> 8;
        string ouiText = $"{oui >> 16:x2}:{(oui >> 8) & 0xFF:x2}:{oui & 0xFF:x2}";
        if (Link.OuiNames.TryGet(oui, out var vendor))
            ouiText = $"{ouiText} ({vendor})";
        return $"{ouiText} {(names.ValueNames!.TryGetValue(value & 0xFF, out var name) ? name : $"Unknown {value & 0xFF}")}";
    }
}
