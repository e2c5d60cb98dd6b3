using System.Buffers.Binary;
using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>
/// Wi-Fi Alliance (50:6f:9a) vendor elements with bodies of their own, as packet-ieee80211.c shows them: the Hotspot 2.0
/// Indication (OUI type 16), which every Passpoint access point's beacon carries; the other types are named on the
/// element's line. (P2P, MBO-OCE, OWE Transition Mode and the rest still show only their OUI and type beneath.)
/// </summary>
internal static class WlanWfaVendor
{
    public const uint Oui = 0x506F9A;
    public const byte Hotspot20IndicationType = 0x10;

    private static readonly Dictionary<ulong, string> VersionNames = new() { [0] = "1.x", [1] = "2.x", [2] = "3.x" };

    public static readonly FieldDef DgafDisabled = new("wlan.hs20.indication.dgaf_disabled", "DGAF Disabled", FieldType.UInt8, FieldBase.Dec, 0x1);
    public static readonly FieldDef PpsMoIdPresent = new("wlan.hs20.indication.pps_mo_id_present", "PPS MO ID Present", FieldType.Boolean, FieldBase.None, 0x2)
        { Booleans = new("Present", "Not Present") };
    public static readonly FieldDef AnqpDomainIdPresent = new("wlan.hs20.indication.anqp_domain_id_present", "ANQP Domain ID Present", FieldType.Boolean, FieldBase.None, 0x4)
        { Booleans = new("Present", "Not Present") };
    public static readonly FieldDef Reserved = new("wlan.hs20.indication.reserved", "Reserved", FieldType.Boolean, FieldBase.None, 0x8) { Booleans = new("Set", "Not set") };
    public static readonly FieldDef VersionNumber = new("wlan.hs20.indication.version_number", "Version Number", FieldType.UInt8, FieldBase.Dec, 0xF0, valueNames: VersionNames);
    public static readonly FieldDef PpsMoId = new("wlan.hs20.indication.pps_mo_id", "PPS MO ID", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef DomainId = new("wlan.hs20.indication.domain_id", "ANQP Domain ID", FieldType.UInt16, FieldBase.Dec);

    /// <summary>These fields in declaration order, for the protocol's declaration.</summary>
    public static FieldDef[] All { get; } = [DgafDisabled, PpsMoIdPresent, AnqpDomainIdPresent, Reserved, VersionNumber, PpsMoId, DomainId];

    /// <summary>packet-ieee80211.c's names of the WFA OUI types, appended to the element's line ("Unknown" for any other).</summary>
    private static readonly Dictionary<byte, string> TypeNames = new()
    {
        [0] = "Subscription Remediation", [1] = "Deauthentication Imminent", [2] = "Non-preferred Channel Report", [9] = "P2P",
        [0x10] = "Hotspot 2.0 Indication", [0x12] = "OSU Server-only l2 Encryption Network", [0x13] = "NAN",
        [0x16] = "Multi Band Operation - Optimized Connectivity Experience", [0x17] = "60GHz Information Element", [0x18] = "NAN Action",
        [0x1a] = "Device Provisioning Protocol", [0x1b] = "IEEE1905 Multi-AP", [0x1c] = "OWE Transition Mode",
    };

    /// <summary>The element's body from the OUI on: the type's name on its line, then the Hotspot 2.0 Indication's fields.</summary>
    public static bool Dissect(FieldTree tree, int tag, ReadOnlySpan<byte> v, int data)
    {
        if (tree.BuildsText)
            tree.AppendText(tag, $": {(TypeNames.TryGetValue(v[3], out var name) ? name : "Unknown")}");
        return v[3] != Hotspot20IndicationType || Hotspot20Indication(tree, tag, v, data);
    }

    private static readonly FieldDef[] IndicationBits = [DgafDisabled, PpsMoIdPresent, AnqpDomainIdPresent, Reserved, VersionNumber];

    /// <summary>
    /// Hotspot 2.0 Indication (<paramref name="v"/> is the element's value from the OUI on): the indication byte's bits,
    /// then the PPS MO ID and the ANQP domain ID when its bits say they follow and the element holds them. False when the
    /// indication byte itself is missing.
    /// </summary>
    private static bool Hotspot20Indication(FieldTree tree, int tag, ReadOnlySpan<byte> v, int data)
    {
        if (v.Length < 5)
            return false;
        byte indication = v[4];
        WlanBits.AddFields(tree, tag, data + 4, 1, indication, IndicationBits);
        int at = 5;
        foreach (var (bit, field) in (ReadOnlySpan<(byte, FieldDef)>)[(0x2, PpsMoId), (0x4, DomainId)])
        {
            if ((indication & bit) == 0)
                continue;
            if (v.Length < at + 2)
                break; // tshark reads the IDs only while the element has two bytes for them
            tree.Add(tag, field, 0, data + at, 2, BinaryPrimitives.ReadUInt16LittleEndian(v[at..]));
            at += 2;
        }
        return true;
    }
}
