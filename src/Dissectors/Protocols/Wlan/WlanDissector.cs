using System.Buffers.Binary;
using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Llc;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>
/// IEEE 802.11 frames (link type 105, and what radiotap and PPI carry): the MAC header (frame control, duration,
/// the addresses each frame type has, sequence control, QoS control), management bodies (fixed parameters and
/// tagged parameters), the control frames' bodies, and data: LLC/SNAP into the EtherType table when unprotected,
/// the CCMP/TKIP/WEP header and opaque data when protected, as tshark shows them without keys.
/// </summary>
public sealed class WlanDissector : IPacketDissector
{
    private const int FcsLength = 4;
    private const byte TypeManagement = 0, TypeControl = 1, TypeData = 2;
    private const byte ElementIdExtension = 255;
    private const byte FlagToDs = 0x01, FlagFromDs = 0x02, FlagRetry = 0x08, FlagOrder = 0x80, FlagProtected = 0x40;

    private readonly DissectorRegistry _registry;
    private readonly WlanRadioDissector _radio = new();
    private readonly StringBuilder _text = new(64);
    /// <summary>The radio channel of the frame being dissected, in MHz; 0 when no radio header gave it (HE capabilities name bits by band).</summary>
    private uint _frequency;

    public WlanDissector(DissectorRegistry registry) => _registry = registry;

    public ProtocolDef Protocol => WlanFields.Protocol;

    public int Dissect(PacketContext packet, ReadOnlySpan<byte> frame, int offset, int captured, int declared)
    {
        _frequency = 0;
        DissectMac(packet, frame, offset, offset + captured, fcsAtEnd: false, dataPad: false);
        return offset + captured;
    }

    /// <summary>Dissects wlan_radio from <paramref name="radio"/>, then the 802.11 frame at <paramref name="offset"/>.</summary>
    public void DissectWithRadio(PacketContext packet, ReadOnlySpan<byte> frame, int offset, int end, int reportedLength, RadioInfo radio)
    {
        _radio.Dissect(packet, radio, Math.Max(0, reportedLength), frame[offset..end], offset);
        _frequency = radio.HasFrequency ? radio.Frequency : 0;
        DissectMac(packet, frame, offset, end, radio.FcsAtEnd, radio.DataPad);
    }

    private static string FlagsText(byte flags)
    {
        Span<char> c = stackalloc char[8];
        ReadOnlySpan<char> letters = "opmPRMFT";
        for (int i = 0; i < 8; i++)
            c[i] = (flags & (0x80 >> i)) != 0 ? letters[i] : '.';
        return new string(c);
    }

    private void DissectMac(PacketContext packet, ReadOnlySpan<byte> frame, int offset, int end, bool fcsAtEnd, bool dataPad)
    {
        var tree = packet.Tree;
        var columns = packet.Columns;
        packet.AddProtocolName("wlan");
        columns.Protocol = WlanFields.Protocol.ColumnName;
        int available = end - offset;
        if (available < 2)
        {
            tree.AddNode(-1, WlanFields.Protocol, 0, offset, available);
            CommonFields.MarkTooShort(packet, WlanFields.Protocol);
            return;
        }
        byte fc0 = frame[offset], flags = frame[offset + 1];
        int type = (fc0 >> 2) & 3, subtype = fc0 >> 4;
        int typeSubtype = type << 4 | subtype;
        string name = WlanValueNames.TypeSubtype.TryGetValue((ulong)typeSubtype, out var n) ? n : "Unrecognized (Reserved frame)";
        string flagsText = FlagsText(flags);
        int headerLength = HeaderLength(type, subtype, flags);
        // The wlan item spans the MAC header (a Block Ack's control fields are its body's), and a protected frame's IV header.
        int node = tree.AddNode(-1, WlanFields.Protocol, 0, offset, Math.Min(available, typeSubtype is 0x18 or 0x19 ? 16 : headerLength));
        if (tree.BuildsText)
            tree.SetText(node, $"IEEE 802.11 {name}, Flags: {flagsText}");
        tree.Add(node, WlanFields.TypeSubtype, 0, offset, 1, (ulong)typeSubtype);
        int fcNode = tree.Add(node, WlanFields.Fc, 0, offset, 2, (ulong)(fc0 << 8 | flags));
        tree.Add(fcNode, WlanFields.FcVersion, 0, offset, 1, (ulong)(fc0 & 3));
        tree.Add(fcNode, WlanFields.FcType, 0, offset, 1, (ulong)type);
        tree.Add(fcNode, WlanFields.FcSubtype, 0, offset, 1, (ulong)subtype);
        int flagsNode = tree.Add(fcNode, WlanFields.Flags, 0, offset + 1, 1, flags);
        tree.Add(flagsNode, WlanFields.FcDs, 0, offset + 1, 1, (ulong)(flags & 3));
        // To DS and From DS are hidden: the DS status item shows both bits.
        tree.Add(flagsNode, WlanFields.FcToDs, 0, offset + 1, 1, (ulong)(flags & FlagToDs), NodeFlags.Hidden);
        tree.Add(flagsNode, WlanFields.FcFromDs, 0, offset + 1, 1, (ulong)((flags & FlagFromDs) >> 1), NodeFlags.Hidden);
        foreach (var b in (ReadOnlySpan<FieldDef>)[WlanFields.FcFrag, WlanFields.FcRetry,
                     WlanFields.FcPwrMgt, WlanFields.FcMoreData, WlanFields.FcProtected, WlanFields.FcOrder])
        {
            int flag = tree.Add(flagsNode, b, 0, offset + 1, 1, (flags & b.Bitmask) != 0 ? 1UL : 0);
            if (ReferenceEquals(b, WlanFields.FcRetry) && (flags & FlagRetry) != 0)
                tree.AddExpert(flag, WlanFields.RetryExpert, 0, offset + 1, 0);
        }

        var info = columns.Info;
        info.Set(name);
        if (available < headerLength)
        {
            CommonFields.MarkTooShort(packet, WlanFields.Protocol);
            return;
        }

        ushort durationId = BinaryPrimitives.ReadUInt16LittleEndian(frame[(offset + 2)..]);
        // packet-ieee80211.c's dissect_durid: a duration below 0x8000; a PS-Poll's association ID (0xC001..0xC7FF); else
        // "Duration/ID" with the value's low 14 bits, noted reserved (0x8000 alone is the contention-free period's).
        if (durationId < 0x8000)
            tree.Add(node, WlanFields.Duration, 0, offset + 2, 2, durationId);
        else if (typeSubtype == 0x1A && durationId is >= 0xC001 and <= 0xC7FF)
            tree.Add(node, WlanFields.Aid, 0, offset + 2, 2, (ulong)(durationId & 0x3FFF));
        else
        {
            int did = tree.Add(node, WlanFields.Duration, 0, offset + 2, 2, (ulong)(durationId & 0x7FFF));
            if (tree.BuildsText)
                tree.SetText(did, durationId == 0x8000 ? $"Duration/ID: {durationId}" : $"Duration/ID: {durationId & 0x3FFF} (reserved)");
        }

        bool hasSequence = type is TypeManagement or TypeData;
        switch (type)
        {
            case TypeManagement:
            {
                var a1 = frame.Slice(offset + 4, 6);
                var a2 = frame.Slice(offset + 10, 6);
                var a3 = frame.Slice(offset + 16, 6);
                AddAddress(packet, node, WlanFields.Ra, WlanFields.RaResolved, offset + 4, a1);
                AddAddress(packet, node, WlanFields.Da, WlanFields.DaResolved, offset + 4, a1, hiddenAddr: false);
                AddAddress(packet, node, WlanFields.Ta, WlanFields.TaResolved, offset + 10, a2, hiddenAddr: false);
                AddAddress(packet, node, WlanFields.Sa, WlanFields.SaResolved, offset + 10, a2, hiddenAddr: false);
                AddAddress(packet, node, WlanFields.Bssid, WlanFields.BssidResolved, offset + 16, a3, hiddenAddr: false);
                AddHiddenAddr(packet, node, offset + 10, a2);
                AddHiddenAddr(packet, node, offset + 16, a3);
                columns.SetAddresses(AddressKind.Ether, a2, a1);
                break;
            }
            case TypeControl:
                DissectControlAddresses(packet, node, frame, offset, typeSubtype, available);
                break;
            case TypeData:
                DissectDataAddresses(packet, node, frame, offset, flags);
                break;
            default:
                // The reserved (extension) type: no address layout to read; what follows is shown as data.
                break;
        }

        int at = offset + (type == TypeControl ? 0 : 24);
        if (hasSequence)
        {
            ushort sc = BinaryPrimitives.ReadUInt16LittleEndian(frame[(offset + 22)..]);
            tree.Add(node, WlanFields.Frag, 0, offset + 22, 2, (ulong)(sc & 0xF));
            tree.Add(node, WlanFields.Seq, 0, offset + 22, 2, (ulong)(sc >> 4));
            if (type == TypeData)
            {
                // A data frame's third address is named wlan.addr after the sequence number (a WDS frame's fourth first).
                if ((flags & (FlagToDs | FlagFromDs)) == (FlagToDs | FlagFromDs) && available >= 30)
                    AddHiddenAddr(packet, node, offset + 24, frame.Slice(offset + 24, 6));
                AddHiddenAddr(packet, node, offset + 16, frame.Slice(offset + 16, 6));
            }
            info.Append(", SN=");
            info.Append((long)(sc >> 4));
            info.Append(", FN=");
            info.Append((long)(sc & 0xF));
            at = offset + 24 + ((flags & (FlagToDs | FlagFromDs)) == (FlagToDs | FlagFromDs) && type == TypeData ? 6 : 0);
        }
        info.Append(", Flags=");
        info.Append(flagsText);

        if (type == TypeData && (subtype & 0x8) != 0)
        {
            ushort qos = BinaryPrimitives.ReadUInt16LittleEndian(frame[at..]);
            int qosNode = tree.Add(node, WlanFields.Qos, 0, at, 2, qos);
            tree.Add(qosNode, WlanFields.QosTid, 0, at, 2, (ulong)(qos & 0xF));
            tree.Add(qosNode, WlanFields.QosPriority, 0, at, 2, (ulong)(qos & 0x7), NodeFlags.Generated);
            // Bits 8-15 mean one thing from the access point (FromDS: its buffer state) and another from a station
            // (bit 4 chooses: the TXOP duration it asks for, or its queue size).
            bool fromAp = (flags & (FlagToDs | FlagFromDs)) == FlagFromDs;
            tree.Add(qosNode, fromAp ? WlanFields.QosEosp : WlanFields.QosBit4, 0, at, 2, (ulong)((qos >> 4) & 1));
            tree.Add(qosNode, WlanFields.QosAck, 0, at, 2, (ulong)((qos >> 5) & 3));
            tree.Add(qosNode, WlanFields.QosAmsduPresent, 0, at, 2, (ulong)((qos >> 7) & 1));
            if (fromAp)
            {
                int ps = tree.Add(qosNode, WlanFields.QosPsBufState, 0, at, 2, (ulong)(qos >> 8));
                tree.Add(ps, WlanFields.QosBufStateIndicated, 0, at, 2, (ulong)((qos >> 9) & 1));
                if ((qos & 0x0200) != 0)
                {
                    tree.Add(ps, WlanFields.QosHighestPriBufAc, 0, at, 2, (ulong)((qos >> 10) & 3));
                    tree.Add(ps, WlanFields.QosQapBufLoad, 0, at, 2, (ulong)(qos >> 12));
                }
            }
            else
            {
                int high = tree.Add(qosNode, (qos & 0x10) == 0 ? WlanFields.QosTxopDurReq : WlanFields.QosQueueSize, 0, at, 2, (ulong)(qos >> 8));
                if ((qos & 0x10) == 0 && (qos >> 8) == 0 && tree.BuildsText)
                    tree.AppendText(high, " (no TXOP requested)");
            }
            at += 2;
        }
        if ((flags & FlagOrder) != 0 && (type == TypeManagement || (type == TypeData && (subtype & 0x8) != 0)))
            at += 4;
        if (type == TypeControl)
            at = offset + headerLength;
        at = Math.Min(at, end);

        int bodyEnd = end;
        if (fcsAtEnd && end - at >= FcsLength)
        {
            bodyEnd = end - FcsLength;
            tree.Add(node, WlanFields.Fcs, 0, bodyEnd, FcsLength, BinaryPrimitives.ReadUInt32LittleEndian(frame[bodyEnd..]));
        }
        if (dataPad && type == TypeData)
            at = offset + ((at - offset + 3) & ~3);
        at = Math.Min(at, bodyEnd);

        switch (type)
        {
            case TypeManagement:
                DissectManagementBody(packet, node, frame, at, bodyEnd, subtype, (flags & FlagProtected) != 0);
                break;
            case TypeControl:
                DissectControlBody(packet, node, frame, at, bodyEnd, typeSubtype);
                break;
            case TypeData:
                DissectDataBody(packet, node, frame, at, bodyEnd, subtype, flags);
                break;
        }
    }

    private static int HeaderLength(int type, int subtype, byte flags)
    {
        switch (type)
        {
            case TypeManagement:
                return 24 + ((flags & FlagOrder) != 0 ? 4 : 0);
            case TypeControl:
                return (type << 4 | subtype) switch
                {
                    0x1C or 0x1D => 10,           // CTS, ACK: receiver address only
                    0x18 => 20,                   // Block Ack Request: RA, TA, BAR control, SSC
                    0x19 => 20,                   // Block Ack: RA, TA, BA control, SSC (bitmap follows)
                    _ => 16,                      // RTS, PS-Poll, CF-End…: RA and TA (or BSSID)
                };
            case TypeData:
            {
                int length = 24;
                if ((flags & (FlagToDs | FlagFromDs)) == (FlagToDs | FlagFromDs))
                    length += 6;
                if ((subtype & 0x8) != 0)
                    length += 2 + ((flags & FlagOrder) != 0 ? 4 : 0);
                return length;
            }
            default:
                return 24; // the reserved type: tshark wants as much as a management header, and reads no addresses
        }
    }

    /// <summary>
    /// An address item and its hidden "(resolved)" string (proto_tree_add_mac48_detail), then, when <paramref name="hiddenAddr"/>,
    /// the hidden wlan.addr pair for the same bytes.
    /// </summary>
    private static void AddAddress(PacketContext packet, int node, FieldDef field, FieldDef resolved, int offset, ReadOnlySpan<byte> address, bool hiddenAddr = true)
    {
        packet.Tree.AddBytes(node, field, 0, offset, 6, address);
        AddResolved(packet, node, resolved, offset, address);
        if (hiddenAddr)
            AddHiddenAddr(packet, node, offset, address);
    }

    private static void AddHiddenAddr(PacketContext packet, int node, int offset, ReadOnlySpan<byte> address)
    {
        packet.Tree.AddBytes(node, WlanFields.Addr, 0, offset, 6, address, NodeFlags.Hidden);
        AddResolved(packet, node, WlanFields.AddrResolved, offset, address);
    }

    /// <summary>The "(resolved)" string: the address's name under -N m, else the address as written (what tshark -n shows).</summary>
    private static void AddResolved(PacketContext packet, int node, FieldDef resolved, int offset, ReadOnlySpan<byte> address)
    {
        var tree = packet.Tree;
        if (!tree.Wants(resolved))
            return;
        Span<char> text = stackalloc char[64];
        tree.AddString(node, resolved, 0, offset, 6, text[..packet.ResolvedMac(address, text)], NodeFlags.Hidden);
    }

    private static void DissectControlAddresses(PacketContext packet, int node, ReadOnlySpan<byte> frame, int offset, int typeSubtype, int available)
    {
        var tree = packet.Tree;
        var ra = frame.Slice(offset + 4, 6);
        AddAddress(packet, node, WlanFields.Ra, WlanFields.RaResolved, offset + 4, ra);
        if (typeSubtype is 0x1C or 0x1D)
        {
            packet.Columns.SetAddresses(AddressKind.Ether, ra, ra);
            packet.Columns.SetAddressNotes("", " (RA)", sourceAbsent: true);
            return;
        }
        var ta = frame.Slice(offset + 10, 6);
        if (typeSubtype is 0x1E or 0x1F)
            AddAddress(packet, node, WlanFields.Bssid, WlanFields.BssidResolved, offset + 10, ta);  // CF-End: the BSSID is the second address
        else
        {
            if (typeSubtype == 0x1A)
                AddAddress(packet, node, WlanFields.Bssid, WlanFields.BssidResolved, offset + 4, ra, hiddenAddr: false); // PS-Poll: the AP's
            AddAddress(packet, node, WlanFields.Ta, WlanFields.TaResolved, offset + 10, ta);
        }
        packet.Columns.SetAddresses(AddressKind.Ether, ta, ra);
        // The columns name each address's role: a PS-Poll goes to its BSSID, a CF-End comes from its BSSID.
        packet.Columns.SetAddressNotes(typeSubtype is 0x1E or 0x1F ? " (BSSID)" : " (TA)", typeSubtype == 0x1A ? " (BSSID)" : " (RA)", sourceAbsent: false);
    }

    private static void DissectDataAddresses(PacketContext packet, int node, ReadOnlySpan<byte> frame, int offset, byte flags)
    {
        var tree = packet.Tree;
        var a1 = frame.Slice(offset + 4, 6);
        var a2 = frame.Slice(offset + 10, 6);
        var a3 = frame.Slice(offset + 16, 6);
        // Receiver and transmitter first, each with its wlan.addr; then what the DS bits make of the addresses.
        AddAddress(packet, node, WlanFields.Ra, WlanFields.RaResolved, offset + 4, a1);
        AddAddress(packet, node, WlanFields.Ta, WlanFields.TaResolved, offset + 10, a2);
        int sa, da;
        switch (flags & (FlagToDs | FlagFromDs))
        {
            case 0:
                AddAddress(packet, node, WlanFields.Da, WlanFields.DaResolved, offset + 4, a1, hiddenAddr: false);
                AddAddress(packet, node, WlanFields.Sa, WlanFields.SaResolved, offset + 10, a2, hiddenAddr: false);
                AddAddress(packet, node, WlanFields.Bssid, WlanFields.BssidResolved, offset + 16, a3, hiddenAddr: false);
                (sa, da) = (10, 4);
                break;
            case FlagToDs:
                AddAddress(packet, node, WlanFields.Da, WlanFields.DaResolved, offset + 16, a3, hiddenAddr: false);
                AddAddress(packet, node, WlanFields.Sa, WlanFields.SaResolved, offset + 10, a2, hiddenAddr: false);
                AddAddress(packet, node, WlanFields.Bssid, WlanFields.BssidResolved, offset + 4, a1, hiddenAddr: false);
                AddAddress(packet, node, WlanFields.Staa, WlanFields.StaaResolved, offset + 10, a2, hiddenAddr: false);
                (sa, da) = (10, 16);
                break;
            case FlagFromDs:
                AddAddress(packet, node, WlanFields.Da, WlanFields.DaResolved, offset + 4, a1, hiddenAddr: false);
                AddAddress(packet, node, WlanFields.Sa, WlanFields.SaResolved, offset + 16, a3, hiddenAddr: false);
                AddAddress(packet, node, WlanFields.Bssid, WlanFields.BssidResolved, offset + 10, a2, hiddenAddr: false);
                AddAddress(packet, node, WlanFields.Staa, WlanFields.StaaResolved, offset + 4, a1, hiddenAddr: false);
                (sa, da) = (16, 4);
                break;
            default:
            {
                var a4 = frame.Slice(offset + 24, 6);
                AddAddress(packet, node, WlanFields.Da, WlanFields.DaResolved, offset + 16, a3, hiddenAddr: false);
                AddAddress(packet, node, WlanFields.Sa, WlanFields.SaResolved, offset + 24, a4, hiddenAddr: false);
                (sa, da) = (24, 16);
                break;
            }
        }
        packet.Columns.SetAddresses(AddressKind.Ether, frame.Slice(offset + sa, 6), frame.Slice(offset + da, 6));
    }

    private static void DissectControlBody(PacketContext packet, int node, ReadOnlySpan<byte> frame, int at, int end, int typeSubtype)
    {
        if (typeSubtype is not (0x18 or 0x19))
            return;
        var tree = packet.Tree;
        int control = at - 4;
        ushort baControl = BinaryPrimitives.ReadUInt16LittleEndian(frame[control..]);
        int baType = (baControl >> 1) & 0xF;
        int bitmap = baType == 0 ? 128 : 8;      // basic: 64 frames × 16 fragments; compressed and extended: 64 bits
        // The request's or response's fields sit under a text item naming its type ("Compressed BlockAck Request").
        int body = tree.AddNode(node, TextItem.Field, 0, control, typeSubtype == 0x19 ? Math.Min(4 + bitmap, end - control) : 4);
        if (tree.BuildsText)
            tree.SetText(body, $"{(WlanFields.BaControlType.ValueNames!.TryGetValue((ulong)baType, out var typeName) ? typeName : "Reserved")} {(typeSubtype == 0x18 ? "Request" : "Response")}");
        int controlNode = tree.Add(body, WlanFields.BaControl, 0, control, 2, baControl);
        tree.Add(controlNode, WlanFields.BaControlAckPolicy, 0, control, 2, (ulong)(baControl & 1));
        tree.Add(controlNode, WlanFields.BaControlType, 0, control, 2, (ulong)baType);
        tree.Add(controlNode, WlanFields.BaControlReserved, 0, control, 2, (ulong)((baControl >> 5) & 0x7F));
        tree.Add(controlNode, WlanFields.BaBasicTidInfo, 0, control, 2, (ulong)(baControl >> 12));
        ushort ssc = BinaryPrimitives.ReadUInt16LittleEndian(frame[(control + 2)..]);
        int sscNode = tree.Add(body, WlanFields.FixedSsc, 0, control + 2, 2, ssc);
        tree.Add(sscNode, WlanFields.FixedSscFragment, 0, control + 2, 2, (ulong)(ssc & 0xF));
        tree.Add(sscNode, WlanFields.FixedSscSequence, 0, control + 2, 2, (ulong)(ssc >> 4));
        if (typeSubtype == 0x19)
        {
            if (at + bitmap > end)
            {
                CommonFields.MarkTooShort(packet, WlanFields.Protocol);
                return;
            }
            int bm = tree.AddBytesInPlace(body, WlanFields.BaBitmap, 0, at, bitmap);
            if (baType == 2)
            {
                // A compressed bitmap: one bit per sequence number from the starting one; each clear bit is a missing frame.
                int start = ssc >> 4;
                for (int i = 0; i < 64; i++)
                    if ((frame[at + i / 8] & (1 << (i % 8))) == 0)
                        tree.Add(bm, WlanFields.BaMissingFrame, 0, at + i / 8, 1, (ulong)((start + i) & 0xFFF));
            }
        }
    }

    private void DissectDataBody(PacketContext packet, int node, ReadOnlySpan<byte> frame, int at, int end, int subtype, byte flags)
    {
        if ((subtype & 0x4) != 0 || at >= end)
            return;                                         // null function and the other no-data subtypes
        var tree = packet.Tree;
        if ((flags & FlagProtected) != 0)
        {
            at = DissectProtectionHeader(packet, node, frame, at, end);
            if (node >= 0)
                tree.SetLength(node, at - tree[node].Offset);
            if (at < end)
                CommonFields.AddData(packet, 0, at, frame[at..end]);
            return;
        }
        LlcDissector.Dissect(packet, frame, at, end, _registry.Core);
        _ = tree;
    }

    /// <summary>The CCMP/TKIP extended IV or WEP IV that starts a protected body; returns where the ciphertext starts.</summary>
    private static int DissectProtectionHeader(PacketContext packet, int node, ReadOnlySpan<byte> frame, int at, int end)
    {
        var tree = packet.Tree;
        if (end - at < 4)
            return at;
        byte keyByte = frame[at + 3];
        bool extIv = (keyByte & 0x20) != 0;
        if (!extIv)
        {
            uint iv = (uint)(frame[at] << 16 | frame[at + 1] << 8 | frame[at + 2]);
            tree.Add(node, WlanFields.WepIv, 0, at, 3, iv);
            tree.Add(node, WlanFields.WepKey, 0, at + 3, 1, (ulong)(keyByte >> 6));
            return at + 4;
        }
        if (end - at < 8)
            return at;
        var h = frame.Slice(at, 8);
        bool tkip = h[1] == ((h[0] | 0x20) & 0x7F);
        string text;
        if (tkip)
            text = $"0x{h[7]:X2}{h[6]:X2}{h[5]:X2}{h[4]:X2}{h[0]:X2}{h[2]:X2}";
        else
            text = $"0x{h[7]:X2}{h[6]:X2}{h[5]:X2}{h[4]:X2}{h[1]:X2}{h[0]:X2}";
        int parameters = tree.AddNode(node, TextItem.Field, 0, at, 8);
        if (tree.BuildsText)
            tree.SetText(parameters, tkip ? "TKIP parameters" : "CCMP parameters");
        tree.AddString(parameters, tkip ? WlanFields.TkipExtIv : WlanFields.CcmpExtIv, 0, at, 8, text);
        tree.Add(parameters, WlanFields.WepKey, 0, at + 3, 1, (ulong)(keyByte >> 6));
        return at + 8;
    }

    private void DissectManagementBody(PacketContext packet, int node, ReadOnlySpan<byte> frame, int at, int end, int subtype, bool isProtected)
    {
        var tree = packet.Tree;
        var info = packet.Columns.Info;
        if (at >= end)
            return;
        if (isProtected)
        {
            at = DissectProtectionHeader(packet, node, frame, at, end);
            if (at < end)
                CommonFields.AddData(packet, 0, at, frame[at..end]);
            return;
        }
        int fixedLength = subtype switch
        {
            0 => 4, 1 or 3 => 6, 2 => 10, 5 or 8 => 12, 10 or 12 => 2, 11 => 6, _ => 0,
        };
        // "IEEE 802.11 Wireless Management" is a top-level item of its own, after wlan's (packet-ieee80211.c adds it to the root).
        int mgt = tree.AddNode(-1, WlanFields.Management, 0, at, end - at);
        if (subtype is 13 or 14)
        {
            at = WlanActionFrames.Dissect(packet, mgt, frame, at, end);
            if (at >= 0 && at < end)
                DissectTags(packet, mgt, frame, at, end, subtype);
            return;
        }
        if (fixedLength > 0)
        {
            if (end - at < fixedLength)
            {
                CommonFields.MarkTooShort(packet, WlanFields.Protocol);
                return;
            }
            int fixedNode = tree.AddNode(mgt, WlanFields.FixedAll, 0, at, fixedLength);
            if (tree.BuildsText)
                tree.SetText(fixedNode, $"Fixed parameters ({fixedLength} bytes)");
            var f = frame.Slice(at, fixedLength);
            switch (subtype)
            {
                case 0:
                    AddCapabilities(tree, fixedNode, f, at);
                    tree.Add(fixedNode, WlanFields.FixedListenInterval, 0, at + 2, 2, BinaryPrimitives.ReadUInt16LittleEndian(f[2..]));
                    break;
                case 1:
                case 3:
                    AddCapabilities(tree, fixedNode, f, at);
                    tree.Add(fixedNode, WlanFields.FixedStatusCode, 0, at + 2, 2, BinaryPrimitives.ReadUInt16LittleEndian(f[2..]));
                    tree.Add(fixedNode, WlanFields.FixedAid, 0, at + 4, 2, (ulong)(BinaryPrimitives.ReadUInt16LittleEndian(f[4..]) & 0x3FFF));
                    break;
                case 2:
                    AddCapabilities(tree, fixedNode, f, at);
                    tree.Add(fixedNode, WlanFields.FixedListenInterval, 0, at + 2, 2, BinaryPrimitives.ReadUInt16LittleEndian(f[2..]));
                    tree.AddBytes(fixedNode, WlanFields.FixedCurrentAp, 0, at + 4, 6, f.Slice(4, 6));
                    break;
                case 5:
                case 8:
                {
                    tree.Add(fixedNode, WlanFields.FixedTimestamp, 0, at, 8, BinaryPrimitives.ReadUInt64LittleEndian(f));
                    ushort interval = BinaryPrimitives.ReadUInt16LittleEndian(f[8..]);
                    int beacon = tree.Add(fixedNode, WlanFields.FixedBeacon, 0, at + 8, 2, interval);
                    if (tree.BuildsText)
                        tree.SetValueText(beacon, $"{(interval * 1024 / 1e6).ToString("F6", System.Globalization.CultureInfo.InvariantCulture)} [Seconds]");
                    AddCapabilities(tree, fixedNode, f[10..], at + 10);
                    info.Append(", BI=");
                    info.Append((long)interval);
                    break;
                }
                case 10:
                case 12:
                    tree.Add(fixedNode, WlanFields.FixedReasonCode, 0, at, 2, BinaryPrimitives.ReadUInt16LittleEndian(f));
                    break;
                case 11:
                    tree.Add(fixedNode, WlanFields.FixedAuthAlg, 0, at, 2, BinaryPrimitives.ReadUInt16LittleEndian(f));
                    tree.Add(fixedNode, WlanFields.FixedAuthSeq, 0, at + 2, 2, BinaryPrimitives.ReadUInt16LittleEndian(f[2..]));
                    tree.Add(fixedNode, WlanFields.FixedStatusCode, 0, at + 4, 2, BinaryPrimitives.ReadUInt16LittleEndian(f[4..]));
                    break;
            }
            at += fixedLength;
        }
        if (at >= end)
            return;
        DissectTags(packet, mgt, frame, at, end, subtype);
    }

    private static void AddCapabilities(FieldTree tree, int parent, ReadOnlySpan<byte> f, int at)
    {
        ushort cap = BinaryPrimitives.ReadUInt16LittleEndian(f);
        int capNode = tree.Add(parent, WlanFields.FixedCapabilities, 0, at, 2, cap);
        foreach (var b in (ReadOnlySpan<FieldDef>)[WlanFields.CapEss, WlanFields.CapIbss, WlanFields.CapReserved1, WlanFields.CapReserved2,
                     WlanFields.CapPrivacy, WlanFields.CapShortPreamble, WlanFields.CapReserved3, WlanFields.CapReserved4,
                     WlanFields.CapSpecMan, WlanFields.CapQos, WlanFields.CapShortSlotTime, WlanFields.CapApsd, WlanFields.CapRadioMeasurement,
                     WlanFields.CapEpd, WlanFields.CapReserved5, WlanFields.CapReserved6])
            tree.Add(capNode, b, 0, at, 2, (cap & b.Bitmask) != 0 ? 1UL : 0);
    }

    private void DissectTags(PacketContext packet, int parent, ReadOnlySpan<byte> frame, int at, int end, int subtype)
    {
        var tree = packet.Tree;
        int tagged = tree.AddNode(parent, WlanFields.TaggedAll, 0, at, end - at);
        if (tree.BuildsText)
            tree.SetText(tagged, $"Tagged parameters ({end - at} bytes)");
        while (at < end)
        {
            if (end - at < 2)
            {
                CommonFields.MarkTooShort(packet, WlanFields.Protocol);
                return;
            }
            byte number = frame[at];
            int length = frame[at + 1];
            int tag, numberItem, lengthItem;
            if (number == ElementIdExtension)
            {
                if (at + 2 >= end)
                {
                    CommonFields.MarkTooShort(packet, WlanFields.Protocol); // the extension's number is read first
                    return;
                }
                // "Ext Tag: HE Capabilities": the extension's own item, length (less its number byte) and number.
                byte extension = frame[at + 2];
                tag = tree.AddNode(tagged, WlanElementFields.ExtTag, 0, at, Math.Min(2 + length, end - at));
                if (tree.BuildsText)
                    tree.AppendText(tag, $": {(WlanElementFields.ExtTagNumber.ValueNames!.TryGetValue(extension, out var extName) ? extName : $"Unknown ({extension})")}");
                numberItem = tree.Add(tag, WlanFields.TagNumber, 0, at, 1, number);
                lengthItem = tree.Add(tag, WlanElementFields.ExtTagLength, 0, at + 1, 1, (ulong)(uint)(length - 1));
                tree.Add(tag, WlanElementFields.ExtTagNumber, 0, at + 2, 1, extension);
            }
            else
            {
                tag = tree.AddNode(tagged, WlanFields.Tag, 0, at, Math.Min(2 + length, end - at));
                if (tree.BuildsText)
                    tree.SetText(tag, $"Tag: {(WlanValueNames.TagNumber.TryGetValue(number, out var tagName) ? tagName : $"Unknown ({number})")}");
                numberItem = tree.Add(tag, WlanFields.TagNumber, 0, at, 1, number);
                lengthItem = tree.Add(tag, WlanFields.TagLength, 0, at + 1, 1, (ulong)length);
            }
            int data = at + 2;
            if (data + length > end)
            {
                // The element's bytes end early: tshark notes a length past what remains from the element's start, then
                // reads what is there (rates, one by one) and stops at the first byte missing, a contained-bounds error.
                if (length > end - at)
                    tree.AddExpert(lengthItem, WlanElementFields.TagLengthBad, 0, at + 1, 1, "Tag Length is longer than remaining payload");
                if (number is 1 or 50)
                    AddRates(tree, tag, number, frame[data..end], data);
                if (WlanTags.IsRegistered(number))
                    WlanTags.MarkContainedTooShort(packet);
                else
                    CommonFields.MarkTooShort(packet, WlanFields.Protocol); // the Tag Data item reads the frame's own bytes
                return;
            }
            var v = frame.Slice(data, length);
            switch (number)
            {
                case 0:
                {
                    int ssid = tree.AddBytesInPlace(tag, WlanFields.Ssid, 0, data, length);
                    if (length == 0)
                    {
                        if (tree.BuildsText)
                            tree.AppendText(tag, ": Wildcard SSID"); // the SSID item itself shows <MISSING>, as tshark's
                    }
                    else if (tree.BuildsText)
                    {
                        string text = SsidText(v);
                        tree.SetValueText(ssid, text);
                        tree.AppendText(tag, $": {text}");
                    }
                    if (subtype is 0 or 2 or 4 or 5 or 8)
                    {
                        var info = packet.Columns.Info;
                        info.Append(", SSID=");
                        AppendSsid(info, v);
                    }
                    break;
                }
                case 1:
                case 50:
                    AddRates(tree, tag, number, v, data);
                    if (tree.BuildsText)
                        tree.AppendText(tag, " [Mbit/sec]");
                    break;
                case 3:
                    if (length != 1)
                        WlanTags.BadLength(tree, lengthItem, at + 1, $"Tag length {length} wrong, must be = 1");
                    else
                    {
                        tree.Add(tag, WlanFields.DsCurrentChannel, 0, data, 1, v[0]);
                        if (tree.BuildsText)
                            tree.AppendText(tag, $": Current Channel: {v[0]}");
                    }
                    break;
                case 5:
                    if (length >= 3)
                    {
                        if (tree.BuildsText)
                            tree.AppendText(tag, $": DTIM {v[0]} of {v[1]} bitmap");
                        tree.Add(tag, WlanFields.TimDtimCount, 0, data, 1, v[0]);
                        tree.Add(tag, WlanFields.TimDtimPeriod, 0, data + 1, 1, v[1]);
                        int ctl = tree.Add(tag, WlanFields.TimBmapCtl, 0, data + 2, 1, v[2]);
                        tree.Add(ctl, WlanFields.TimBmapCtlMulticast, 0, data + 2, 1, (ulong)(v[2] & 1));
                        tree.Add(ctl, WlanFields.TimBmapCtlOffset, 0, data + 2, 1, (ulong)(v[2] >> 1));
                        if (length > 3)
                            tree.AddBytesInPlace(tag, WlanFields.TimPartialVirtualBitmap, 0, data + 3, length - 3);
                    }
                    break;
                case 7:
                    DissectCountry(tree, tag, v, data);
                    break;
                case 42 when length >= 1:
                {
                    int erp = tree.Add(tag, WlanFields.ErpInfo, 0, data, 1, v[0]);
                    foreach (var b in (ReadOnlySpan<FieldDef>)[WlanFields.ErpPresent, WlanFields.ErpUseProtection, WlanFields.ErpBarkerPreamble])
                        tree.Add(erp, b, 0, data, 1, (v[0] & b.Bitmask) != 0 ? 1UL : 0);
                    tree.Add(erp, WlanFields.ErpReserved, 0, data, 1, (ulong)(v[0] >> 3));
                    break;
                }
                case 48:
                    DissectRsn(tree, tag, v, data);
                    break;
                default:
                    if (!WlanTags.Dissect(packet, tag, numberItem, lengthItem, number, v, data, subtype, _frequency))
                    {
                        CommonFields.MarkTooShort(packet, WlanFields.Protocol);
                        return;
                    }
                    break;
            }
            at = data + length;
        }
    }

    /// <summary>The rates of a Supported Rates or Extended Supported Rates element, each named on the element's line.</summary>
    private static void AddRates(FieldTree tree, int tag, int number, ReadOnlySpan<byte> v, int data)
    {
        for (int i = 0; i < v.Length; i++)
        {
            tree.Add(tag, number == 1 ? WlanFields.SupportedRates : WlanFields.ExtendedSupportedRates, 0, data + i, 1, v[i]);
            if (tree.BuildsText)
                tree.AppendText(tag, $" {(WlanValueNames.SupportedRates.TryGetValue(v[i], out var rate) ? rate : $"Unknown (0x{v[i]:x2})")},");
        }
    }

    /// <summary>An SSID as tshark's Info column writes it: printable ASCII as is, other bytes escaped.</summary>
    private static void AppendSsid(InfoColumn info, ReadOnlySpan<byte> ssid)
    {
        if (ssid.IsEmpty)
        {
            info.Append("Wildcard (Broadcast)");
            return;
        }
        info.Append('"');
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(ssid);
        }
        catch (DecoderFallbackException)
        {
            text = string.Concat(ssid.ToArray().Select(b => b is >= 0x20 and < 0x7F ? ((char)b).ToString() : $"\\x{b:x2}"));
        }
        foreach (char c in text)
        {
            if (char.IsControl(c))
                info.Append($"\\x{(int)c:x2}");
            else
                info.Append(c);
        }
        info.Append('"');
    }

    private static void DissectRsn(FieldTree tree, int tag, ReadOnlySpan<byte> v, int data)
    {
        int at = 0;
        if (v.Length < 2)
            return;
        tree.Add(tag, WlanFields.RsnVersion, 0, data, 2, BinaryPrimitives.ReadUInt16LittleEndian(v));
        at = 2;
        if (!AddSuite(tree, tag, v, ref at, data, WlanFields.RsnGcs, WlanFields.RsnGcsOui, WlanFields.RsnGcsType))
            return;
        if (!AddSuiteList(tree, tag, v, ref at, data, WlanFields.RsnPcsCount, WlanFields.RsnPcsList, WlanFields.RsnPcs, WlanFields.RsnPcsOui, WlanFields.RsnPcsType))
            return;
        if (!AddSuiteList(tree, tag, v, ref at, data, WlanFields.RsnAkmsCount, WlanFields.RsnAkmsList, WlanFields.RsnAkms, WlanFields.RsnAkmsOui, WlanFields.RsnAkmsType))
            return;
        if (at + 2 > v.Length)
            return;
        ushort caps = BinaryPrimitives.ReadUInt16LittleEndian(v[at..]);
        int capNode = tree.Add(tag, WlanFields.RsnCapabilities, 0, data + at, 2, caps);
        tree.Add(capNode, WlanFields.RsnCapPreauth, 0, data + at, 2, (ulong)(caps & 1));
        tree.Add(capNode, WlanFields.RsnCapNoPairwise, 0, data + at, 2, (ulong)((caps >> 1) & 1));
        tree.Add(capNode, WlanFields.RsnCapPtksaReplayCounter, 0, data + at, 2, (ulong)((caps >> 2) & 3));
        tree.Add(capNode, WlanFields.RsnCapGtksaReplayCounter, 0, data + at, 2, (ulong)((caps >> 4) & 3));
        tree.Add(capNode, WlanFields.RsnCapMfpr, 0, data + at, 2, (ulong)((caps >> 6) & 1));
        tree.Add(capNode, WlanFields.RsnCapMfpc, 0, data + at, 2, (ulong)((caps >> 7) & 1));
        tree.Add(capNode, WlanFields.RsnCapJmr, 0, data + at, 2, (ulong)((caps >> 8) & 1));
        tree.Add(capNode, WlanFields.RsnCapPeerKey, 0, data + at, 2, (ulong)((caps >> 9) & 1));
        tree.Add(capNode, WlanFields.RsnCapExtendedKeyIdIaf, 0, data + at, 2, (ulong)((caps >> 13) & 1));
        at += 2;
        if (at + 2 > v.Length)
            return;
        int pmkids = BinaryPrimitives.ReadUInt16LittleEndian(v[at..]);
        tree.Add(tag, WlanFields.RsnPmkidCount, 0, data + at, 2, (ulong)pmkids);
        at += 2;
        int list = tree.AddNode(tag, WlanFields.RsnPmkidList, 0, data + at, Math.Min(pmkids * 16, v.Length - at));
        for (int i = 0; i < pmkids && at + 16 <= v.Length; i++, at += 16)
            tree.AddBytesInPlace(list, WlanFields.RsnPmkid, 0, data + at, 16);
        if (at + 4 <= v.Length)
            AddSuite(tree, tag, v, ref at, data, WlanFields.RsnGmcs, WlanFields.RsnGmcsOui, WlanFields.RsnGmcsType);
    }

    private static bool AddSuite(FieldTree tree, int parent, ReadOnlySpan<byte> v, ref int at, int data, FieldDef suite, FieldDef oui, FieldDef type,
        bool inList = false)
    {
        if (at + 4 > v.Length)
            return false;
        uint value = BinaryPrimitives.ReadUInt32BigEndian(v[at..]);
        int node = tree.Add(parent, suite, 0, data + at, 4, value);
        if (tree.BuildsText)
        {
            string text = SuiteText(value, type);
            tree.SetValueText(node, text);
            if (inList && parent >= 0)
                tree.AppendText(parent, $" {text}"); // a suite list's item names its suites
        }
        tree.Add(node, oui, 0, data + at, 3, value >> 8);
        tree.Add(node, type, 0, data + at + 3, 1, value & 0xFF);
        at += 4;
        return true;
    }

    /// <summary>A suite selector as packet-ieee80211.c's rsn_*_base_custom writes it: "00:0f:ac (Ieee 802.11) AES (CCM)".</summary>
    private static string SuiteText(uint value, FieldDef type)
    {
        uint oui = value >> 8;
        string ouiText = $"{oui >> 16:x2}:{(oui >> 8) & 0xFF:x2}:{oui & 0xFF:x2}";
        if (Link.OuiNames.TryGet(oui, out var vendor))
            ouiText = $"{ouiText} ({vendor})";
        if (oui != 0x000FAC)
            return $"{ouiText} {value & 0xFF}";
        return type.ValueNames is { } names && names.TryGetValue(value & 0xFF, out var name) ? $"{ouiText} {name}" : $"{ouiText} {value & 0xFF}";
    }

    /// <summary>The Country element: code, environment, then channel triplets (or regulatory triplets from 201 up), and a pad byte.</summary>
    private static void DissectCountry(FieldTree tree, int tag, ReadOnlySpan<byte> v, int data)
    {
        if (v.Length < 3)
            return;
        Span<char> code = [(char)v[0], (char)v[1]];
        tree.AddString(tag, WlanFields.CountryCode, 0, data, 2, code);
        tree.Add(tag, WlanFields.CountryEnvironment, 0, data + 2, 1, v[2]);
        if (tree.BuildsText)
            tree.AppendText(tag, $": Country Code {code}, Environment {(WlanFields.CountryEnvironment.ValueNames!.TryGetValue(v[2], out var env) ? env : "Unknown")}");
        int at = 3;
        for (; at + 3 <= v.Length; at += 3)
        {
            if (v[at] >= 201)
            {
                int rrc = tree.AddNode(tag, WlanFields.CountryRrc, 0, data + at, 3);
                if (tree.BuildsText)
                    tree.SetText(rrc, $"Country Info: Operating Extension Identifier: {v[at]}, Operating Class: {v[at + 1]}, Coverage Class: {v[at + 2]}");
                tree.Add(rrc, WlanFields.CountryOperatingExtension, 0, data + at, 1, v[at]);
                tree.Add(rrc, WlanFields.CountryOperatingClass, 0, data + at + 1, 1, v[at + 1]);
                tree.Add(rrc, WlanFields.CountryCoverageClass, 0, data + at + 2, 1, v[at + 2]);
            }
            else
            {
                int fnm = tree.AddNode(tag, WlanFields.CountryFnm, 0, data + at, 3);
                if (tree.BuildsText)
                    tree.SetText(fnm, $"Country Info: First Channel Number: {v[at]}, Number of Channels: {v[at + 1]}, Maximum Transmit Power Level: {(sbyte)v[at + 2]} dBm");
                tree.Add(fnm, WlanFields.CountryFirstChannel, 0, data + at, 1, v[at]);
                tree.Add(fnm, WlanFields.CountryChannels, 0, data + at + 1, 1, v[at + 1]);
                tree.Add(fnm, WlanFields.CountryMaxPower, 0, data + at + 2, 1, (ulong)(long)(sbyte)v[at + 2]);
            }
        }
        if (at < v.Length)
            tree.AddBytesInPlace(tag, WlanFields.CountryPadding, 0, data + at, v.Length - at);
    }

    /// <summary>An SSID as the tree shows it: in quotes, as format_text writes the string (non-printable bytes escaped).</summary>
    private static string SsidText(ReadOnlySpan<byte> ssid)
    {
        // The bytes read as UTF-8 (invalid sequences become U+FFFD, as tvb_get_string_enc makes them), control characters escaped.
        var sb = new StringBuilder(ssid.Length + 2);
        sb.Append('"');
        foreach (char c in Encoding.UTF8.GetString(ssid))
        {
            if (c < 0x20 || c == 0x7F)
                sb.Append($"\\x{(int)c:x2}");
            else
                sb.Append(c);
        }
        sb.Append('"');
        return sb.ToString();
    }

    private static bool AddSuiteList(FieldTree tree, int parent, ReadOnlySpan<byte> v, ref int at, int data, FieldDef count, FieldDef list,
        FieldDef suite, FieldDef oui, FieldDef type)
    {
        if (at + 2 > v.Length)
            return false;
        int n = BinaryPrimitives.ReadUInt16LittleEndian(v[at..]);
        tree.Add(parent, count, 0, data + at, 2, (ulong)n);
        at += 2;
        int listNode = tree.AddNode(parent, list, 0, data + at, Math.Min(n * 4, v.Length - at));
        for (int i = 0; i < n; i++)
            if (!AddSuite(tree, listNode, v, ref at, data, suite, oui, type, inList: true))
                return false;
        return true;
    }
}
