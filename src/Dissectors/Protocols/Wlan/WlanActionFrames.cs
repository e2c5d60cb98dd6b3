using System.Buffers.Binary;
using Sniffer.Dissectors.Model;
using static Sniffer.Dissectors.Protocols.Wlan.WlanActionFields;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>
/// Action and Action No Ack frames (add_ff_action): the category, and for Block Ack (ADDBA request and response, DELBA),
/// Public Action and the categories of <see cref="WlanActionCategories"/> their fixed fields; what follows the fixed fields is read as tagged parameters, as tshark does.
/// </summary>
internal static class WlanActionFrames
{
    /// <summary>tshark's category_codes (wlan.fixed.category_code).</summary>
    public static IReadOnlyDictionary<ulong, string> CategoryNames { get; } = new Dictionary<ulong, string> { [0] = "Spectrum Management (SM)", [1] = "Quality of Service (QoS)", [2] = "Direct-Link Setup (DLS)", [3] = "Block Ack", [4] = "Public Action", [5] = "Radio Measurement", [6] = "Fast BSS Transition", [7] = "High Throughput", [8] = "SA Query", [9] = "Protected Dual of Public Action", [10] = "WNM", [11] = "Unprotected WNM", [12] = "TDLS", [13] = "MESH", [14] = "Multihop", [15] = "Self-protected", [16] = "DMG", [17] = "Management Notification", [18] = "Fast Session Transfer", [19] = "Robust AV Streaming", [20] = "Unprotected DMG", [21] = "VHT", [22] = "S1G", [23] = "S1G Relay", [24] = "Flow Control", [25] = "Control Response MCS Negotiation", [26] = "FILS", [30] = "HE", [31] = "Protected HE", [34] = "Protected FTM", [126] = "Vendor-specific Protected", [127] = "Vendor Specific", [128] = "Spectrum Management (SM) (error)", [129] = "Quality of Service (QoS (error))", [130] = "Direct-Link Setup (DLS) (error)", [131] = "Block Ack (error)", [132] = "Public Action (error)", [133] = "Radio Measurement (error)", [134] = "Fast BSS Transition (error)", [135] = "High Throughput (error)", [136] = "SA Query (error)", [137] = "Protected Dual of Public Action (error)", [138] = "WNM (error)", [139] = "Unprotected WNM (error)", [140] = "TDLS (error)", [141] = "Mesh (error)", [142] = "Multihop (error)", [143] = "Self-protected (error)", [144] = "DMG (error)", [145] = "Management Notification (error)", [146] = "Fast Session Transfer (error)", [147] = "Robust AV Streaming (error)", [148] = "Unprotected DMG (error)", [149] = "VHT (error)", [158] = "HE (error)", [159] = "Protected HE (error)", [162] = "Protected FTM (error)", [254] = "Vendor-specific Protected (error)", [255] = "Vendor Specific (error)" };

    private static readonly FieldDef[] BlockAckParameterBits = [FixedBaparamsAmsdu, FixedBaparamsPolicy, FixedBaparamsTid, FixedBaparamsBuffersize];
    private static readonly FieldDef[] DelbaParameterBits = [FixedDelbaParamReserved, FixedDelbaParamInitiator, FixedDelbaParamTid];

    /// <summary>The categories add_ff_action decodes with bodies of their own; any other shows its code and then tagged parameters.</summary>
    private static bool HasBody(int category) => category is <= 22 or 30 or 31 or 34 or 126 or 127;

    /// <summary>
    /// The fixed fields under <paramref name="mgt"/>. Returns where the tagged parameters start, or -1 when nothing more is
    /// read (a category whose body is not decoded yet, or a frame too short: then the frame is marked malformed).
    /// </summary>
    public static int Dissect(PacketContext packet, int mgt, ReadOnlySpan<byte> frame, int at, int end)
    {
        var tree = packet.Tree;
        int start = at;
        int fixedNode = tree.AddNode(mgt, TextItem.Field, 0, at, 1); // a text item here (proto_tree_add_subtree), not wlan.fixed.all
        if (tree.BuildsText)
            tree.SetText(fixedNode, "Fixed parameters");
        int category = frame[at] & 0x7F;
        if (category == 3 && end - at >= 2 && frame[at + 1] is not (0 or 1 or 2 or 128 or 129 or 130 or 132 or 133 or 134))
        {
            // add_ff_action_block_ack adds nothing for another action code: empty fixed fields, the body read as tags.
            tree.SetLength(fixedNode, 0);
            return at;
        }
        if (category == 3 && end - at < 2)
        {
            CommonFields.MarkTooShort(packet, WlanFields.Protocol); // tshark reads the action code first
            return -1;
        }
        tree.Add(fixedNode, WlanFields.FixedCategoryCode, 0, at, 1, frame[at]);
        at++;
        switch (category)
        {
            case 3:
                at = BlockAck(packet, fixedNode, frame, at, end);
                if (at < 0)
                {
                    CommonFields.MarkTooShort(packet, WlanFields.Protocol);
                    return -1;
                }
                break;
            case 4:
                if (at >= end)
                {
                    CommonFields.MarkTooShort(packet, WlanFields.Protocol);
                    return -1;
                }
                tree.Add(fixedNode, FixedPublicact, 0, at, 1, frame[at]);
                at++;
                if (frame[at - 1] is 4 or 9 or 10 or 11 or 12 or 13 or 14 or 16 or 17 or 32 or 33 or 34 or 47)
                {
                    tree.SetLength(fixedNode, at - start);
                    return -1; // a public action whose fields tshark decodes (vendor, GAS, FTM, …): not yet here
                }
                break;
            case var _ when WlanActionCategories.Handles(category):
                switch (WlanActionCategories.Dissect(tree, fixedNode, frame, ref at, end, category))
                {
                    case WlanActionCategories.Outcome.Cut:
                        tree.SetLength(fixedNode, 0); // tshark sets the subtree's length only after its last field
                        CommonFields.MarkTooShort(packet, WlanFields.Protocol);
                        return -1;
                    case WlanActionCategories.Outcome.NotDecoded:
                        tree.SetLength(fixedNode, at - start);
                        return -1; // the action's details are not decoded yet
                }
                break;
            default:
                if (HasBody(category))
                {
                    tree.SetLength(fixedNode, at - start);
                    return -1; // the category's action details are not decoded yet
                }
                break;
        }
        tree.SetLength(fixedNode, at - start);
        return at;
    }

    /// <summary>The Block Ack action's fields, each read only when its bytes are there; -1 at the first that is not (tshark's exception).</summary>
    private static int BlockAck(PacketContext packet, int fixedNode, ReadOnlySpan<byte> frame, int at, int end)
    {
        var tree = packet.Tree;
        byte action = frame[at];
        tree.Add(fixedNode, FixedActionCode, 0, at, 1, action);
        at++;
        bool request = action is 0 or 128 or 132, response = action is 1 or 129 or 133;
        if (request || response)
        {
            if (at + 1 > end)
                return -1;
            DialogToken(packet, fixedNode, frame, at);
            at++;
            if (response)
            {
                if (at + 2 > end)
                    return -1;
                tree.Add(fixedNode, WlanFields.FixedStatusCode, 0, at, 2, BinaryPrimitives.ReadUInt16LittleEndian(frame[at..]));
                at += 2;
            }
            if (at + 2 > end)
                return -1;
            WlanBits.AddBitmaskNamingSetFlags(tree, fixedNode, FixedBaparams, at, 2, BinaryPrimitives.ReadUInt16LittleEndian(frame[at..]), BlockAckParameterBits);
            at += 2;
            if (at + 2 > end)
                return -1;
            tree.Add(fixedNode, FixedBatimeout, 0, at, 2, BinaryPrimitives.ReadUInt16LittleEndian(frame[at..]));
            at += 2;
            if (response)
                return at;
            if (at + 2 > end)
                return -1;
            ushort ssc = BinaryPrimitives.ReadUInt16LittleEndian(frame[at..]);
            int sscNode = tree.Add(fixedNode, WlanFields.FixedSsc, 0, at, 2, ssc);
            tree.Add(sscNode, WlanFields.FixedSscFragment, 0, at, 2, (ulong)(ssc & 0xF));
            tree.Add(sscNode, WlanFields.FixedSscSequence, 0, at, 2, (ulong)(ssc >> 4));
            return at + 2;
        }
        // DELBA (the other action codes were turned away before).
        if (at + 2 > end)
            return -1;
        WlanBits.AddBitmaskNamingSetFlags(tree, fixedNode, FixedDelbaParam, at, 2, BinaryPrimitives.ReadUInt16LittleEndian(frame[at..]), DelbaParameterBits);
        at += 2;
        if (at + 2 > end)
            return -1;
        tree.Add(fixedNode, WlanFields.FixedReasonCode, 0, at, 2, BinaryPrimitives.ReadUInt16LittleEndian(frame[at..]));
        return at + 2;
    }

    private static void DialogToken(PacketContext packet, int fixedNode, ReadOnlySpan<byte> frame, int at)
    {
        var info = packet.Columns.Info;
        info.Append(", Dialog Token=");
        info.Append((long)frame[at]);
        packet.Tree.Add(fixedNode, FixedDialogToken, 0, at, 1, frame[at]);
    }

}
