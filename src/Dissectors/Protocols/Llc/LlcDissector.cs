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
    private const byte SnapSap = 0xAA;
    private const int SnapHeader = 8;

    /// <summary>Dissects LLC at <paramref name="offset"/> up to <paramref name="end"/>; returns where its payload ended.</summary>
    public static int Dissect(PacketContext packet, ReadOnlySpan<byte> frame, int offset, int end, ICoreDissectors? core)
    {
        var tree = packet.Tree;
        int available = end - offset;
        if (!CommonFields.TryBeginLayer(packet, LlcFields.Protocol, "llc", offset, available, 3, out int node))
            return end;
        byte dsap = frame[offset], ssap = frame[offset + 1], control = frame[offset + 2];
        int dsapNode = tree.Add(node, LlcFields.Dsap, 0, offset, 1, dsap);
        tree.Add(dsapNode, LlcFields.DsapSap, 0, offset, 1, (ulong)(dsap >> 1));
        tree.Add(dsapNode, LlcFields.DsapIg, 0, offset, 1, (ulong)(dsap & 1));
        int ssapNode = tree.Add(node, LlcFields.Ssap, 0, offset + 1, 1, ssap);
        tree.Add(ssapNode, LlcFields.SsapSap, 0, offset + 1, 1, (ulong)(ssap >> 1));
        tree.Add(ssapNode, LlcFields.SsapCr, 0, offset + 1, 1, (ulong)(ssap & 1));
        bool unnumbered = (control & 0x03) == 0x03;
        int controlNode = tree.Add(node, LlcFields.Control, 0, offset + 2, 1, control);
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
        }
        if (headerEnd < end)
            CommonFields.AddData(packet, 0, headerEnd, frame[headerEnd..end]);
        return end;
    }
}
