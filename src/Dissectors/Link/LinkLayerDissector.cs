using System.Buffers.Binary;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Network;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Link;

/// <summary>
/// Decodes the link layer named by the frame's link type and hands the payload to the network layer:
/// Ethernet II (with 802.1Q/802.1ad tags), BSD NULL/Loopback, Linux cooked SLL and SLL2, raw IP.
/// </summary>
public sealed class LinkLayerDissector
{
    private const int EthernetHeader = 14;
    private const int VlanTag = 4;
    private const int MaxVlanTags = 4;
    private const int SllHeader = 16;
    private const int Sll2Header = 20;
    private const int NullHeader = 4;

    private readonly NetworkLayerDissector _network;
    private readonly DissectorRegistry _registry;

    public LinkLayerDissector(NetworkLayerDissector network, DissectorRegistry registry)
    {
        _network = network;
        _registry = registry;
    }

    /// <summary>Dissects from <paramref name="offset"/> what an EtherType names (VLAN tags followed); returns where it ends.</summary>
    public int DissectEtherType(PacketContext packet, ReadOnlySpan<byte> frame, ushort type, int offset, bool viaEthertypeProtocol = true)
        => DispatchEtherType(packet, frame, type, offset, 0, viaEthertypeProtocol);

    public void Dissect(PacketContext packet, ReadOnlySpan<byte> frame)
    {
        switch (packet.Frame.Link)
        {
            case LinkType.Ethernet:
                DissectEthernet(packet, frame);
                break;
            case LinkType.Null:
            case LinkType.Loop:
                DissectNull(packet, frame, bigEndianOnly: packet.Frame.Link == LinkType.Loop);
                break;
            case LinkType.LinuxSll:
                DissectSll(packet, frame);
                break;
            case LinkType.LinuxSll2:
                DissectSll2(packet, frame);
                break;
            case LinkType.Raw:
                DissectRaw(packet, frame, 0);
                break;
            case LinkType.Ipv4:
                _network.DissectIpv4(packet, frame, 0, frame.Length);
                break;
            case LinkType.Ipv6:
                _network.DissectIpv6(packet, frame, 0, frame.Length);
                break;
            default:
                if (_registry.LinkTypes.Find((int)packet.Frame.Link) is { } plugin)
                {
                    plugin.Dissect(packet, frame, 0, frame.Length, packet.Frame.OriginalLength);
                    break;
                }
                packet.Columns.Protocol = "WTAP_ENCAP";
                packet.Columns.Info.Set($"Link type {(int)packet.Frame.Link} is not decoded");
                CommonFields.AddData(packet, 0, 0, frame);
                break;
        }
    }

    // Hot per frame: its locals (a text buffer used only when display text is built) are not zeroed on every call;
    // every stackalloc here is written before it is read.
    [System.Runtime.CompilerServices.SkipLocalsInit]
    private void DissectEthernet(PacketContext packet, ReadOnlySpan<byte> frame)
    {
        var tree = packet.Tree;
        if (!CommonFields.TryBeginLayer(packet, EthernetFields.Protocol, "eth", 0, frame.Length, EthernetHeader, out int eth))
            return;
        if (tree.BuildsText)
            SetEthernetText(tree, eth, frame);
        // Items only when something reads them (-Y on a higher layer, analyze and most -T fields read none).
        bool items = tree.WantsAnyOf(EthernetFields.Declaration);
        if (items)
        {
            AddEthernetAddress(packet, eth, frame, 0, EthernetFields.Dst, EthernetFields.DstResolved, EthernetFields.DstOui,
                EthernetFields.DstOuiResolved, EthernetFields.DstLg, EthernetFields.DstIg);
            AddEthernetAddress(packet, eth, frame, 6, EthernetFields.Src, EthernetFields.SrcResolved, EthernetFields.SrcOui,
                EthernetFields.SrcOuiResolved, EthernetFields.SrcLg, EthernetFields.SrcIg);
            if ((frame[6] & 1) != 0)
                tree.AddExpert(eth, EthernetFields.SrcNotGroup, 0, 6, 6);
        }
        packet.Columns.SetAddresses(AddressKind.Ether, frame.Slice(6, 6), frame[..6]);

        ushort type = BinaryPrimitives.ReadUInt16BigEndian(frame[12..]);
        if (type <= 1500)
        {
            // IEEE 802.3 length field: an LLC frame, which Sniffer does not decode further.
            tree.Add(eth, EthernetFields.Len, 0, 12, 2, type);
            packet.Columns.Info.Set("IEEE 802.3 frame");
            CommonFields.AddData(packet, 0, EthernetHeader, frame[EthernetHeader..]);
            return;
        }
        tree.Add(eth, EthernetFields.Type, 0, 12, 2, type);
        int payloadEnd = DispatchEtherType(packet, frame, type, EthernetHeader, 0);
        if (items)
            AddEthernetTrailer(packet, eth, frame, payloadEnd);
    }

    /// <summary>"Ethernet II, Src: …, Dst: …" (with -n, as Sniffer never resolves names: the addresses themselves).</summary>
    private void SetEthernetText(FieldTree tree, int eth, ReadOnlySpan<byte> frame)
    {
        if (eth < 0 || !tree.BuildsText)
            return;
        // Straight into the tree as UTF-8 (ASCII); the text of the last two address pairs (both directions of a
        // conversation) is kept and copied.
        const int Length = 18 + 17 + 7 + 17;
        var text = tree.ReserveText(64);
        ulong first = BinaryPrimitives.ReadUInt64LittleEndian(frame);
        uint rest = BinaryPrimitives.ReadUInt32LittleEndian(frame[8..]);
        int slot = _titleFirst[0] == first && _titleRest[0] == rest && _titleMade[0] ? 0
            : _titleFirst[1] == first && _titleRest[1] == rest && _titleMade[1] ? 1 : -1;
        if (slot >= 0)
        {
            _titles.AsSpan(slot * Length, Length).CopyTo(text);
            tree.CommitText(eth, Length);
            return;
        }
        "Ethernet II, Src: "u8.CopyTo(text);
        int n = 18;
        n += AddressText.FormatEther(frame.Slice(6, 6), text[n..]);
        ", Dst: "u8.CopyTo(text[n..]);
        n += 7;
        n += AddressText.FormatEther(frame[..6], text[n..]);
        slot = _nextTitle;
        _nextTitle ^= 1;
        text[..Length].CopyTo(_titles.AsSpan(slot * Length));
        _titleFirst[slot] = first;
        _titleRest[slot] = rest;
        _titleMade[slot] = true;
        tree.CommitText(eth, n);
    }

    // The last two Ethernet titles made (SetEthernetText), by the 12 address bytes they show.
    private readonly byte[] _titles = new byte[2 * (18 + 17 + 7 + 17)];
    private readonly ulong[] _titleFirst = new ulong[2];
    private readonly uint[] _titleRest = new uint[2];
    private readonly bool[] _titleMade = new bool[2];
    private int _nextTitle;

    /// <summary>
    /// An Ethernet address as packet-eth.c shows it: the address, then under it (hidden) its resolved name and OUI, the
    /// "Address" item with the same, and the LG and IG bits (each also as the hidden eth.lg / eth.ig).
    /// </summary>
    // Hot per frame: its locals (a text buffer used only when display text is built) are not zeroed on every call;
    // every stackalloc here is written before it is read.
    [System.Runtime.CompilerServices.SkipLocalsInit]
    private static void AddEthernetAddress(PacketContext packet, int parent, ReadOnlySpan<byte> frame, int offset, FieldDef address,
        FieldDef resolved, FieldDef oui, FieldDef ouiResolved, FieldDef lg, FieldDef ig)
    {
        var tree = packet.Tree;
        var mac = frame.Slice(offset, 6);
        int node = tree.AddBytesInPlace(parent, address, 0, offset, 6);
        // The names are hidden items: not even the call when hidden items are dropped (-V alone).
        bool names = !tree.DropsHiddenItems;
        if (names)
            AddAddressNames(packet, node, mac, offset, resolved, oui, ouiResolved);
        tree.AddBytesInPlace(node, EthernetFields.Addr, 0, offset, 6);
        if (names)
            AddAddressNames(packet, node, mac, offset, EthernetFields.AddrResolved, EthernetFields.AddrOui, EthernetFields.AddrOuiResolved);
        ulong lgBit = (ulong)((mac[0] >> 1) & 1), igBit = (ulong)(mac[0] & 1);
        tree.Add(node, lg, 0, offset, 3, lgBit);
        tree.Add(node, EthernetFields.Lg, 0, offset, 3, lgBit, NodeFlags.Hidden);
        tree.Add(node, ig, 0, offset, 3, igBit);
        tree.Add(node, EthernetFields.Ig, 0, offset, 3, igBit, NodeFlags.Hidden);
    }

    // Hot per frame: its locals (a text buffer used only when display text is built) are not zeroed on every call;
    // every stackalloc here is written before it is read.
    [System.Runtime.CompilerServices.SkipLocalsInit]
    private static void AddAddressNames(PacketContext packet, int node, ReadOnlySpan<byte> mac, int offset, FieldDef resolved, FieldDef oui, FieldDef ouiResolved)
    {
        var tree = packet.Tree;
        if (node == FieldTree.Dropped)
            return;
        const NodeFlags hiddenGenerated = NodeFlags.Hidden | NodeFlags.Generated;
        if (tree.Wants(resolved))
        {
            // The address's name under -N m (tshark's proto_tree_add_mac48_detail), else the address itself.
            if (packet.MacNames is null)
            {
                // The address as written, as ASCII bytes (what AddString would store).
                Span<byte> ascii = stackalloc byte[17];
                tree.AddBytes(node, resolved, 0, offset, 6, ascii[..AddressText.FormatEther(mac, ascii)], hiddenGenerated);
            }
            else
            {
                Span<char> text = stackalloc char[64];
                tree.AddString(node, resolved, 0, offset, 6, text[..packet.ResolvedMac(mac, text)], hiddenGenerated);
            }
        }
        uint prefix = (uint)(mac[0] << 16 | mac[1] << 8 | mac[2]);
        tree.Add(node, oui, 0, offset, 3, prefix, hiddenGenerated);
        if (tree.Wants(ouiResolved) && OuiNames.TryGet(prefix, out var vendor))
            tree.AddString(node, ouiResolved, 0, offset, 6, vendor, hiddenGenerated);
    }

    /// <summary>Follows VLAN tags, then hands the payload to IP. Returns where the network payload ended.</summary>
    private int DispatchEtherType(PacketContext packet, ReadOnlySpan<byte> frame, ushort type, int offset, int depth, bool viaEthertypeProtocol = true)
    {
        var tree = packet.Tree;
        packet.ExceptionOffset = offset; // packet-ethertype.c catches its payload's exceptions and marks them here
        if (type is EtherTypes.Vlan or EtherTypes.QinQ)
        {
            packet.AddProtocolName("vlan");
            if (frame.Length - offset < VlanTag || depth >= MaxVlanTags)
            {
                tree.AddNode(-1, VlanFields.Protocol, 0, offset, frame.Length - offset);
                CommonFields.MarkTooShort(packet, VlanFields.Protocol);
                return frame.Length;
            }
            ushort tci = BinaryPrimitives.ReadUInt16BigEndian(frame[offset..]);
            ushort inner = BinaryPrimitives.ReadUInt16BigEndian(frame[(offset + 2)..]);
            int vlan = tree.AddNode(-1, VlanFields.Protocol, 0, offset, VlanTag);
            tree.Add(vlan, VlanFields.Priority, 0, offset, 2, (ulong)(tci >> 13));
            tree.Add(vlan, VlanFields.Dei, 0, offset, 2, (ulong)((tci >> 12) & 1));
            tree.Add(vlan, VlanFields.Id, 0, offset, 2, (ulong)(tci & 0x0FFF));
            tree.Add(vlan, VlanFields.Etype, 0, offset + 2, 2, inner);
            return DispatchEtherType(packet, frame, inner, offset + VlanTag, depth + 1);
        }
        if (viaEthertypeProtocol)
            packet.AddProtocolName("ethertype");
        return DispatchNetwork(packet, frame, type, offset);
    }

    private int DispatchNetwork(PacketContext packet, ReadOnlySpan<byte> frame, ushort type, int offset)
    {
        switch (type)
        {
            case EtherTypes.Ipv4:
                return _network.DissectIpv4(packet, frame, offset, frame.Length - offset);
            case EtherTypes.Ipv6:
                return _network.DissectIpv6(packet, frame, offset, frame.Length - offset);
            default:
                if (_registry.EtherTypes.Find(type) is { } plugin)
                    return plugin.Dissect(packet, frame, offset, frame.Length - offset, packet.Frame.OriginalLength - offset);
                packet.Columns.Protocol = EtherTypes.Names.TryGetValue(type, out var name) && type == EtherTypes.Arp ? "ARP" : $"0x{type:x4}";
                packet.Columns.Info.Set($"Ethernet II, EtherType 0x{type:x4} not decoded");
                CommonFields.AddData(packet, 0, offset, frame[offset..]);
                return frame.Length;
        }
    }

    private static void AddEthernetTrailer(PacketContext packet, int eth, ReadOnlySpan<byte> frame, int payloadEnd)
    {
        if (payloadEnd >= frame.Length || payloadEnd <= 0)
            return;
        var extra = frame[payloadEnd..];
        // Frames shorter than 60 bytes are padded with zeros by the sender; anything else is a trailer.
        bool allZero = extra.IndexOfAnyExcept((byte)0) < 0;
        packet.Tree.AddBytes(eth, allZero ? EthernetFields.Padding : EthernetFields.Trailer, 0, payloadEnd, extra.Length, extra);
    }

    private void DissectNull(PacketContext packet, ReadOnlySpan<byte> frame, bool bigEndianOnly)
    {
        var tree = packet.Tree;
        if (!CommonFields.TryBeginLayer(packet, NullFields.Protocol, "null", 0, frame.Length, NullHeader, out int node))
            return;
        // The family is in the capturing host's byte order; a value that fits in the low bytes decides it.
        uint family = BinaryPrimitives.ReadUInt32BigEndian(frame);
        if (!bigEndianOnly && (family & 0xFFFF0000) != 0)
            family = BinaryPrimitives.ReadUInt32LittleEndian(frame);
        tree.Add(node, NullFields.Family, 0, 0, NullHeader, family);
        switch (family)
        {
            case 2:
                _network.DissectIpv4(packet, frame, NullHeader, frame.Length - NullHeader);
                break;
            case 10: // Linux AF_INET6
            case 24: // NetBSD, OpenBSD
            case 28: // FreeBSD
            case 30: // macOS
                _network.DissectIpv6(packet, frame, NullHeader, frame.Length - NullHeader);
                break;
            default:
                packet.Columns.Info.Set($"Null/Loopback family {family} not decoded");
                CommonFields.AddData(packet, 0, NullHeader, frame[NullHeader..]);
                break;
        }
    }

    private void DissectSll(PacketContext packet, ReadOnlySpan<byte> frame)
    {
        var tree = packet.Tree;
        if (!CommonFields.TryBeginLayer(packet, SllFields.Protocol, "sll", 0, frame.Length, SllHeader, out int node))
            return;
        tree.SetText(node, "Linux cooked capture v1");
        ushort hatype = BinaryPrimitives.ReadUInt16BigEndian(frame[2..]);
        tree.Add(node, SllFields.PacketType, 0, 0, 2, BinaryPrimitives.ReadUInt16BigEndian(frame));
        tree.Add(node, SllFields.HaType, 0, 2, 2, hatype);
        AddSllAddress(packet, node, frame, 4, 2, BinaryPrimitives.ReadUInt16BigEndian(frame[4..]));
        ushort protocol = BinaryPrimitives.ReadUInt16BigEndian(frame[14..]);
        AddSllProtocol(packet.Tree, node, protocol, 14);
        DispatchSllProtocol(packet, frame, protocol, SllHeader);
    }

    private void DissectSll2(PacketContext packet, ReadOnlySpan<byte> frame)
    {
        var tree = packet.Tree;
        if (!CommonFields.TryBeginLayer(packet, SllFields.Protocol, "sll", 0, frame.Length, Sll2Header, out int node))
            return;
        tree.SetText(node, "Linux cooked capture v2");
        ushort protocol = BinaryPrimitives.ReadUInt16BigEndian(frame);
        AddSllProtocol(tree, node, protocol, 0);
        tree.Add(node, SllFields.IfIndex, 0, 4, 4, BinaryPrimitives.ReadUInt32BigEndian(frame[4..]));
        tree.Add(node, SllFields.HaType, 0, 8, 2, BinaryPrimitives.ReadUInt16BigEndian(frame[8..]));
        tree.Add(node, SllFields.PacketType, 0, 10, 1, frame[10]);
        AddSllAddress(packet, node, frame, 11, 1, frame[11]);
        DispatchSllProtocol(packet, frame, protocol, Sll2Header);
    }

    /// <summary>packet-sll.c add_ll_address: the length, then a 4-byte address as IPv4, 6 bytes as Ethernet, others as bytes; the rest of the 8 address bytes "Unused".</summary>
    private static void AddSllAddress(PacketContext packet, int node, ReadOnlySpan<byte> frame, int lengthOffset, int lengthSize, int halen)
    {
        var tree = packet.Tree;
        const int AddressSpace = 8;
        int at = lengthOffset + lengthSize;
        tree.Add(node, SllFields.HaLen, 0, lengthOffset, lengthSize, (ulong)halen);
        switch (halen)
        {
            case 4:
                tree.Add(node, SllFields.SrcIpv4, 0, at, 4, BinaryPrimitives.ReadUInt32BigEndian(frame[at..]));
                break;
            case 6:
                tree.AddBytesInPlace(node, SllFields.SrcEth, 0, at, 6);
                break;
            case 0:
                break;
            default:
                tree.AddBytesInPlace(node, SllFields.SrcOther, 0, at, Math.Min(halen, AddressSpace));
                break;
        }
        if (halen < AddressSpace)
            tree.AddBytesInPlace(node, SllFields.Unused, 0, at + halen, AddressSpace - halen);
    }

    /// <summary>A value up to 1536 is a Linux protocol type, above it an EtherType (as Linux decides).</summary>
    private static void AddSllProtocol(FieldTree tree, int node, ushort protocol, int offset)
        => tree.Add(node, protocol <= 1536 ? SllFields.Ltype : SllFields.Etype, 0, offset, 2, protocol);

    private void DispatchSllProtocol(PacketContext packet, ReadOnlySpan<byte> frame, ushort protocol, int payloadOffset)
    {
        if (protocol > 1536)
        {
            packet.AddProtocolName("ethertype");
            DispatchNetwork(packet, frame, protocol, payloadOffset);
            return;
        }
        packet.Columns.Info.Set($"Linux protocol type 0x{protocol:x4} not decoded");
        CommonFields.AddData(packet, 0, payloadOffset, frame[payloadOffset..]);
    }

    private void DissectRaw(PacketContext packet, ReadOnlySpan<byte> frame, int offset)
    {
        packet.AddProtocolName("raw");
        packet.Tree.AddNode(-1, RawFields.Protocol, 0, offset, frame.Length - offset);
        if (frame.Length <= offset)
        {
            CommonFields.MarkTooShort(packet, "Raw");
            return;
        }
        switch (frame[offset] >> 4)
        {
            case 4:
                _network.DissectIpv4(packet, frame, offset, frame.Length - offset);
                break;
            case 6:
                _network.DissectIpv6(packet, frame, offset, frame.Length - offset);
                break;
            default:
                packet.Columns.Protocol = "Raw";
                packet.Columns.Info.Set("Raw packet data");
                CommonFields.AddData(packet, 0, offset, frame[offset..]);
                break;
        }
    }
}
