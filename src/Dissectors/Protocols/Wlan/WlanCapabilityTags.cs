using Sniffer.Dissectors.Model;
using static Sniffer.Dissectors.Protocols.Wlan.WlanCapabilityFields;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>
/// Extended Capabilities (127) octet by octet as dissect_extended_capabilities_ie splits them (octets 8 and 9 together,
/// since a field crosses them), and RM Enabled Capabilities (70), five octets.
/// </summary>
internal static class WlanCapabilityTags
{
    // Octets 8 & 9 read as one 16-bit value: tshark registers these names a second time, 16 bits wide (second definitions
    // of the 8-bit ones, listed in WlanFields.Declaration).
    internal static readonly FieldDef Extcap16 = new("wlan.extcap", "Extended Capabilities", FieldType.UInt16, FieldBase.Hex) { SameNameAs = Extcap };
    internal static readonly FieldDef B56 = new("wlan.extcap.b56", "Alternate EDCA", FieldType.Boolean, FieldBase.None, 0x01) { BitWidth = 16, SameNameAs = ExtcapB56 };
    internal static readonly FieldDef B57 = new("wlan.extcap.b57", "Unprotected TXOP Negotiation", FieldType.Boolean, FieldBase.None, 0x02) { BitWidth = 16, SameNameAs = ExtcapB57 };
    internal static readonly FieldDef B58 = new("wlan.extcap.b58", "Protected TXOP Negotiation", FieldType.Boolean, FieldBase.None, 0x04) { BitWidth = 16, SameNameAs = ExtcapB58 };
    internal static readonly FieldDef B59 = new("wlan.extcap.b59", "Reserved", FieldType.UInt16, FieldBase.Hex, 0x08) { SameNameAs = ExtcapB59 };
    internal static readonly FieldDef B60 = new("wlan.extcap.b60", "Protected QLoad Report", FieldType.Boolean, FieldBase.None, 0x10) { BitWidth = 16, SameNameAs = ExtcapB60 };
    internal static readonly FieldDef B61 = new("wlan.extcap.b61", "TDLS Wider Bandwidth", FieldType.Boolean, FieldBase.None, 0x20) { BitWidth = 16, Booleans = new("Supported", "Not supported"), SameNameAs = ExtcapB61 };
    internal static readonly FieldDef B62 = new("wlan.extcap.b62", "Operating Mode Notification", FieldType.Boolean, FieldBase.None, 0x40) { BitWidth = 16, Booleans = new("Supported", "Not supported"), SameNameAs = ExtcapB62 };
    internal static readonly FieldDef MaxMsdus = new("wlan.extcap.b63", "Max Number Of MSDUs In A-MSDU", FieldType.UInt16, FieldBase.Dec, 0x0180,
        valueNames: new Dictionary<ulong, string> { [0] = "No limit", [1] = "32", [2] = "16", [3] = "8" }) { SameNameAs = ExtcapB63 };

    /// <summary>The second definitions above, for the protocol's declaration.</summary>
    internal static FieldDef[] SecondDefinitions { get; } = [Extcap16, B56, B57, B58, B59, B60, B61, B62, MaxMsdus];

    private static readonly FieldDef[][] Octets =
    [
        [ExtcapB0, ExtcapB1, ExtcapB2, ExtcapB3, ExtcapB4, ExtcapB5, ExtcapB6, ExtcapB7],
        [ExtcapB8, ExtcapB9, ExtcapB10, ExtcapB11, ExtcapB12, ExtcapB13, ExtcapB14, ExtcapB15],
        [ExtcapB16, ExtcapB17, ExtcapB18, ExtcapB19, ExtcapB20, ExtcapB21, ExtcapB22, ExtcapB23],
        [ExtcapB24, ExtcapB25, ExtcapB26, ExtcapB27, ExtcapB28, ExtcapB29, ExtcapB30, ExtcapB31],
        [ExtcapB32, ExtcapB33, ExtcapB34, ExtcapB35, ExtcapB36, ExtcapB37, ExtcapB38, ExtcapB39],
        [ExtcapB40, ExtcapServIntGranularity, ExtcapB44, ExtcapB45, ExtcapB46, ExtcapB47],
        [ExtcapB48, ExtcapB49, ExtcapB50, ExtcapB51, ExtcapB52, ExtcapB53, ExtcapB54, ExtcapB55],
    ];

    private static readonly FieldDef[] Octet8 = [ExtcapB56, ExtcapB57, ExtcapB58, ExtcapB59, ExtcapB60, ExtcapB61, ExtcapB62, ExtcapB63];
    private static readonly FieldDef[] Octets8And9 = [B56, B57, B58, B59, B60, B61, B62, MaxMsdus, ExtcapB65, ExtcapB66, ExtcapB67, ExtcapB68, ExtcapB69, ExtcapB70, ExtcapB71];

    private static readonly FieldDef[][] OctetsFrom10 =
    [
        [ExtcapB72, ExtcapB73, ExtcapB74, ExtcapB75, ExtcapB76, ExtcapB77, ExtcapB78, ExtcapB79],
        [ExtcapB80, ExtcapB81, ExtcapB82, ExtcapB83, ExtcapB84, ExtcapB85, ExtcapB86, ExtcapB87],
        [ExtcapB88, ExtcapB89, ExtcapB90, ExtcapB91, ExtcapB92, ExtcapB93, ExtcapB94, ExtcapB95],
        [ExtcapDmgLocation, ExtcapI2rLmrFeedbackPolicy, ExtcapReserved2],
    ];

    private static readonly FieldDef[][] RmOctets =
    [
        [RmcapB0, RmcapB1, RmcapB2, RmcapB3, RmcapB4, RmcapB5, RmcapB6, RmcapB7],
        [RmcapB8, RmcapB9, RmcapB10, RmcapB11, RmcapB12, RmcapB13, RmcapB14, RmcapB15],
        [RmcapB16, RmcapB17, RmcapB18to20, RmcapB21to23],
        [RmcapB24to26, RmcapB27, RmcapB28, RmcapB29, RmcapB30, RmcapB31],
        [RmcapB32, RmcapB33, RmcapB34, RmcapB35, RmcapO5],
    ];

    /// <summary>Extended Capabilities: as many octets as the element has, up to 13 (what follows is not shown).</summary>
    public static void Extended(PacketContext packet, int tag, int lengthItem, ReadOnlySpan<byte> v, int data)
    {
        var tree = packet.Tree;
        if (v.Length < 1)
        {
            WlanTags.BadLength(tree, lengthItem, data - 1, $"Tag length {v.Length} too short, must be greater than 0");
            return;
        }
        tree.AppendText(tag, v.Length == 1 ? " (1 octet)" : $" ({v.Length} octets)");
        int at = 0;
        for (; at < Octets.Length && at < v.Length; at++)
            Octet(tree, tag, Extcap, data + at, v[at], Octets[at], $" (octet {at + 1})");
        if (at >= v.Length)
            return;
        if (at == v.Length - 1)
        {
            Octet(tree, tag, Extcap, data + at, v[at], Octet8, " (octet 8)");
            return;
        }
        int both = WlanBits.AddBitmask(tree, tag, Extcap16, data + at, 2, (ulong)(v[at] | v[at + 1] << 8), Octets8And9);
        tree.AppendText(both, " (octets 8 & 9)");
        at += 2;
        for (int i = 0; i < OctetsFrom10.Length && at < v.Length; i++, at++)
            Octet(tree, tag, Extcap, data + at, v[at], OctetsFrom10[i], $" (octet {at + 1})");
    }

    /// <summary>RM Enabled Capabilities: exactly five octets.</summary>
    public static void RadioMeasurement(PacketContext packet, int tag, int lengthItem, ReadOnlySpan<byte> v, int data)
    {
        var tree = packet.Tree;
        if (v.Length != 5)
        {
            WlanTags.BadLength(tree, lengthItem, data - 1, $"RM Enabled Capabilities length {v.Length} wrong, must = 5");
            return;
        }
        tree.AppendText(tag, $" ({v.Length} octets)");
        for (int i = 0; i < 5; i++)
            Octet(tree, tag, Rmcap, data + i, v[i], RmOctets[i], $" (octet {i + 1})");
    }

    private static void Octet(FieldTree tree, int tag, FieldDef header, int offset, byte value, ReadOnlySpan<FieldDef> bits, string suffix)
    {
        int node = WlanBits.AddBitmask(tree, tag, header, offset, 1, value, bits);
        tree.AppendText(node, suffix);
    }
}
