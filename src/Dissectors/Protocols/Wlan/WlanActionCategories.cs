using System.Buffers.Binary;
using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>
/// Action categories beyond Block Ack and Public Action, as add_ff_action shows them: SA Query (8) request and response,
/// High Throughput (7) Notify Channel Width and SM Power Save, VHT (21) Operating Mode Notification. Other actions of these
/// categories, and the other categories, still show only their category.
/// </summary>
internal static class WlanActionCategories
{
    /// <summary>What <see cref="Dissect"/> found: tagged parameters follow, a field was cut, or the action is not decoded here.</summary>
    public enum Outcome { TagsFollow, Cut, NotDecoded }

    private static readonly Dictionary<ulong, string> SaQueryActionNames = new() { [0] = "SA Query Request", [1] = "SA Query Response" };
    private static readonly Dictionary<ulong, string> HtActionNames = new()
    {
        [0] = "Notify Channel Width", [1] = "Spatial Multiplexing (SM) Power Save", [2] = "Power Save Multi-Poll (PSMP) action frame",
        [3] = "Set PCO Phase", [4] = "MIMO CSI Matrices", [5] = "MIMO Non-compressed Beamforming", [6] = "MIMO Compressed Beamforming",
        [7] = "Antenna Selection Indices Feedback", [8] = "HT Information Exchange",
    };
    private static readonly Dictionary<ulong, string> ChannelWidthNames = new() { [0] = "20 MHz channel width only", [1] = "Any channel width in the STA's Supported Channel Width Set" };
    private static readonly Dictionary<ulong, string> VhtActionNames = new() { [0] = "VHT Compressed Beamforming", [1] = "Group ID Management", [2] = "Operating Mode Notification" };

    /// <summary>packet-ieee80211.c registers wlan.fixed.action_code once per category; SA Query's is decimal with its own names.</summary>
    public static readonly FieldDef SaQueryActionCode = new("wlan.fixed.action_code", "Action code", FieldType.UInt8, FieldBase.Dec, valueNames: SaQueryActionNames)
        { SameNameAs = WlanActionFields.FixedActionCode };
    public static readonly FieldDef TransactionId = new("wlan.fixed.transaction_id", "Transaction Id", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef HtAction = new("wlan.fixed.htact", "HT Action", FieldType.UInt8, FieldBase.Hex, description: "HT Action Code", valueNames: HtActionNames);
    public static readonly FieldDef ChannelWidth = new("wlan.fixed.chanwidth", "Supported Channel Width", FieldType.UInt8, FieldBase.Hex, valueNames: ChannelWidthNames);
    public static readonly FieldDef SmPowerControl = new("wlan.fixed.sm.powercontrol", "Spatial Multiplexing (SM) Power Control", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef SmPowerControlEnabled = new("wlan.fixed.sm.powercontrol.enabled", "SM Power Save", FieldType.Boolean, FieldBase.None, 0x1,
        description: "Spatial Multiplexing (SM) Power Save")
        { Booleans = new("Enabled", "Disabled") };
    public static readonly FieldDef SmPowerControlMode = new("wlan.fixed.sm.powercontrol.mode", "SM Mode", FieldType.Boolean, FieldBase.None, 0x2,
        description: "Spatial Multiplexing (SM) Mode")
        { Booleans = new("Dynamic SM Power Save mode", "Static SM Power Save mode") };
    public static readonly FieldDef SmPowerControlReserved = new("wlan.fixed.sm.powercontrol.reserved", "Reserved", FieldType.UInt8, FieldBase.Hex, 0xFC);
    public static readonly FieldDef VhtAction = new("wlan.vht.action", "VHT Action", FieldType.UInt8, FieldBase.Dec, valueNames: VhtActionNames);
    public static readonly FieldDef VhtOperationModeNotification = new("wlan.vht.operation_mode_notification", "Operation Mode Notification", FieldType.Bytes);

    public static readonly ExpertDef VhtActionUndecoded = new("wlan.vht.action.undecoded", ExpertGroup.Undecoded, ExpertSeverity.Note,
        "All subtype of VHT Action is not yet supported by Wireshark");

    /// <summary>These fields in declaration order, for the protocol's declaration.</summary>
    public static FieldDef[] All { get; } =
        [TransactionId, HtAction, ChannelWidth, SmPowerControl, SmPowerControlEnabled, SmPowerControlMode, SmPowerControlReserved, VhtAction, VhtOperationModeNotification];

    /// <summary>The second definitions among these fields, for the protocol's declaration.</summary>
    public static FieldDef[] SecondDefinitions { get; } = [SaQueryActionCode];

    private static readonly FieldDef[] SmPowerControlBits = [SmPowerControlEnabled, SmPowerControlMode, SmPowerControlReserved];

    /// <summary>Whether this class reads category <paramref name="category"/>'s action fields.</summary>
    public static bool Handles(int category) => category is 7 or 8 or 21;

    /// <summary>
    /// The action fields after the category, from <paramref name="at"/>, which ends past the last field read (where the
    /// tagged parameters start when they follow).
    /// </summary>
    public static Outcome Dissect(FieldTree tree, int fixedNode, ReadOnlySpan<byte> frame, ref int at, int end, int category)
    {
        if (at >= end)
            return Outcome.Cut;
        byte action = frame[at];
        switch (category)
        {
            case 8:
                tree.Add(fixedNode, SaQueryActionCode, 0, at, 1, action);
                at++;
                if (action is 0 or 1)
                {
                    if (at + 2 > end)
                        return Outcome.Cut;
                    tree.Add(fixedNode, TransactionId, 0, at, 2, BinaryPrimitives.ReadUInt16LittleEndian(frame[at..]));
                    at += 2;
                }
                return Outcome.TagsFollow;
            case 7:
                tree.Add(fixedNode, HtAction, 0, at, 1, action);
                at++;
                if (action > 1)
                    return at >= end ? Outcome.Cut : Outcome.NotDecoded; // each of these actions has fields: none at all is tshark's exception
                if (at >= end)
                    return Outcome.Cut;
                if (action == 0)
                    tree.Add(fixedNode, ChannelWidth, 0, at, 1, frame[at]);
                else
                    WlanBits.AddBitmaskNamingSetFlags(tree, fixedNode, SmPowerControl, at, 1, frame[at], SmPowerControlBits);
                at++;
                return Outcome.TagsFollow;
            default: // 21, VHT
                tree.Add(fixedNode, VhtAction, 0, at, 1, action);
                at++;
                if (action != 2)
                    return at >= end ? Outcome.Cut : Outcome.NotDecoded; // each of these actions has fields: none at all is tshark's exception
                if (at >= end)
                    return Outcome.Cut;
                int notification = tree.AddBytesInPlace(fixedNode, VhtOperationModeNotification, 0, at, 1);
                tree.AddExpert(notification, VhtActionUndecoded, 0, at, 0);
                at++;
                return Outcome.TagsFollow;
        }
    }
}
