using System.Buffers.Binary;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Llc;

/// <summary>
/// IEEE 802.2 LLC with its SNAP extension, as 802.11 data frames carry it: DSAP, SSAP, control, and for SNAP
/// (AA AA 03) the OUI and EtherType, whose payload goes to the EtherType table (IP, ARP…). Only unnumbered
/// (UI) frames are SNAP; anything else stays LLC with its payload shown as data.
/// </summary>
public static class LlcDissector
{
    private const byte SnapSap = 0xAA, StpSap = 0x42;
    private const int SnapHeader = 8;

    /// <summary>packet-xdlc.c's short names of the unnumbered functions, by control byte without the poll/final bit.</summary>
    private static readonly Dictionary<byte, string> UFunctions = new()
    {
        [0x03] = "UI", [0x23] = "UP", [0x43] = "DISC", [0x63] = "UA", [0x83] = "SNRM", [0xCF] = "SNRME", [0xE3] = "TEST",
        [0x07] = "SIM", [0x87] = "FRMR", [0xC7] = "CFG", [0x0F] = "SARM", [0x2F] = "SABM", [0x4F] = "SARME", [0x6F] = "SABME",
        [0x8F] = "RESET", [0xAF] = "XID", [0xEF] = "BCN",
    };

    /// <summary>A SAP item (BASE_CUSTOM): the name of the SAP the byte's upper seven bits give, as packet-llc.c's llc_sap_value.</summary>
    private static void AddSap(FieldTree tree, int parent, FieldDef field, int offset, byte value)
    {
        int node = tree.Add(parent, field, 0, offset, 1, (ulong)(value >> 1));
        if (tree.BuildsText)
            tree.SetValueText(node, LlcValueNames.Saps.TryGetValue((ulong)(value & 0xFE), out var name) ? name : "Unknown");
    }

    /// <summary>A SAP in the Info column: its name, or its number in hex.</summary>
    private static string SapText(byte sap) => LlcValueNames.Saps.TryGetValue((ulong)(sap & 0xFE), out var name) ? name : $"0x{sap & 0xFE:x2}";

    /// <summary>Dissects LLC at <paramref name="offset"/> up to <paramref name="end"/>; returns where its payload ended.</summary>
    public static int Dissect(PacketContext packet, ReadOnlySpan<byte> frame, int offset, int end, ICoreDissectors? core)
    {
        var tree = packet.Tree;
        int available = end - offset;
        if (!CommonFields.TryBeginLayer(packet, LlcFields.Protocol, "llc", offset, available, 3, out int node))
            return end;
        byte dsap = frame[offset], ssap = frame[offset + 1], control = frame[offset + 2];
        int dsapNode = tree.Add(node, LlcFields.Dsap, 0, offset, 1, dsap);
        AddSap(tree, dsapNode, LlcFields.DsapSap, offset, dsap);
        tree.Add(dsapNode, LlcFields.DsapIg, 0, offset, 1, (ulong)(dsap & 1));
        int ssapNode = tree.Add(node, LlcFields.Ssap, 0, offset + 1, 1, ssap);
        AddSap(tree, ssapNode, LlcFields.SsapSap, offset + 1, ssap);
        tree.Add(ssapNode, LlcFields.SsapCr, 0, offset + 1, 1, (ulong)(ssap & 1));
        bool unnumbered = (control & 0x03) == 0x03;
        int controlNode = tree.Add(node, LlcFields.Control, 0, offset + 2, 1, control);
        if (unnumbered && tree.BuildsText)
        {
            // packet-xdlc.c: "U, func=UI", with " P" (a command's poll bit) or " F" (a response's final bit) after the U.
            bool response = (ssap & 1) != 0;
            string pf = (control & 0x10) == 0 ? "" : response ? " F" : " P";
            string func = UFunctions.TryGetValue((byte)(control & ~0x10), out var f) ? f : "Unknown";
            tree.SetText(controlNode, $"Control field: U{pf}, func={func} (0x{control:X2})");
        }
        if (unnumbered)
            tree.Add(controlNode, LlcFields.ControlUModifierCmd, 0, offset + 2, 1, (ulong)((control & 0xEC) >> 2));
        tree.Add(controlNode, LlcFields.ControlFtype, 0, offset + 2, 1, (ulong)(unnumbered ? control & 0x03 : control & 0x01));
        int headerEnd = offset + (unnumbered ? 3 : 4);
        if (dsap == SnapSap && ssap == SnapSap && unnumbered)
        {
            if (available < SnapHeader)
            {
                CommonFields.MarkTooShort(packet, LlcFields.Protocol);
                return end;
            }
            tree.SetLength(node, SnapHeader);
            uint oui = (uint)(frame[offset + 3] << 16 | frame[offset + 4] << 8 | frame[offset + 5]);
            ushort type = BinaryPrimitives.ReadUInt16BigEndian(frame[(offset + 6)..]);
            tree.Add(node, LlcFields.Oui, 0, offset + 3, 3, oui);
            if (oui == 0 || oui == 0x0000F8)
            {
                tree.Add(node, LlcFields.Type, 0, offset + 6, 2, type);
                if (core is not null)
                    return core.DissectEtherType(packet, frame[..end], type, offset + SnapHeader, viaEthertypeProtocol: false);
            }
            else
            {
                tree.Add(node, LlcFields.Pid, 0, offset + 6, 2, type);
            }
            headerEnd = offset + SnapHeader;
        }
        else
        {
            tree.SetLength(node, Math.Min(available, headerEnd - offset));
            var info = packet.Columns.Info;
            info.Append($"; DSAP {SapText(dsap)} {((dsap & 1) != 0 ? "Group" : "Individual")}, SSAP {SapText(ssap)} {((ssap & 1) != 0 ? "Response" : "Command")}");
            // A non-SNAP I or UI frame goes to its DSAP's protocol (packet-llc.c's llc.dsap table): the spanning tree's BPDUs.
            bool information = (control & 0x01) == 0 || control == 0x03;
            if (information && dsap == StpSap && headerEnd < end)
                return StpDissector.Dissect(packet, frame, headerEnd, end);
        }
        if (headerEnd < end)
            CommonFields.AddData(packet, 0, headerEnd, frame[headerEnd..end]);
        return end;
    }
}
