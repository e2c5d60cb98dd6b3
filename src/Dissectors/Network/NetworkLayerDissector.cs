using System.Buffers.Binary;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Streams.IpReassembly;
using Sniffer.Dissectors.Transport;

namespace Sniffer.Dissectors.Network;

/// <summary>
/// IPv4 (RFC 791) and IPv6 (RFC 8200): header fields, options and extension headers, then the
/// transport payload trimmed to the length the header declares (link padding is not TCP data).
/// </summary>
public sealed class NetworkLayerDissector
{
    private const int Ipv4MinHeader = 20;
    private const int Ipv6Header = 40;
    private const int MaxExtensionHeaders = 16;

    private readonly TransportLayerDissector _transport;
    // Datagrams waiting for fragments, per IP version; null when -o ip.defragment:FALSE / ipv6.defragment:FALSE.
    private readonly IpFragmentTable? _ipv4Fragments;
    private readonly IpFragmentTable? _ipv6Fragments;

    public NetworkLayerDissector(TransportLayerDissector transport, Preferences? preferences = null)
    {
        _transport = transport;
        preferences ??= new Preferences();
        if (IsTrue(preferences[Ipv4Fields.Defragment]))
            _ipv4Fragments = new IpFragmentTable();
        if (IsTrue(preferences[Ipv6Fields.Defragment]))
            _ipv6Fragments = new IpFragmentTable();
    }

    private static bool IsTrue(string value) => value.Equals("TRUE", StringComparison.OrdinalIgnoreCase);

    /// <summary>The IPv4 datagrams waiting for fragments (null when IPv4 reassembly is off).</summary>
    public IpFragmentTable? Ipv4Fragments => _ipv4Fragments;

    /// <summary>The IPv6 datagrams waiting for fragments (null when IPv6 reassembly is off).</summary>
    public IpFragmentTable? Ipv6Fragments => _ipv6Fragments;

    /// <summary>Decodes IPv4 at <paramref name="offset"/>; returns where its datagram ends in the frame.</summary>
    // Hot per frame: its locals (a text buffer used only when display text is built) are not zeroed on every call;
    // every stackalloc here is written before it is read.
    [System.Runtime.CompilerServices.SkipLocalsInit]
    public int DissectIpv4(PacketContext packet, ReadOnlySpan<byte> frame, int offset, int available)
    {
        var tree = packet.Tree;
        packet.AddProtocolName("ip");
        packet.Columns.Protocol = Ipv4Fields.Protocol.ColumnName;
        var b = frame.Slice(offset, available);
        if (b.Length < Ipv4MinHeader)
        {
            tree.AddNode(-1, Ipv4Fields.Protocol, 0, offset, b.Length);
            CommonFields.MarkTooShort(packet, Ipv4Fields.Protocol);
            return frame.Length;
        }
        int version = b[0] >> 4;
        int headerLength = (b[0] & 0x0F) * 4;
        int ip = tree.AddNode(-1, Ipv4Fields.Protocol, 0, offset, Math.Min(headerLength, b.Length));
        int totalLength = BinaryPrimitives.ReadUInt16BigEndian(b[2..]);
        bool moreFragments = (b[6] & 0x20) != 0;
        int fragmentOffset = (BinaryPrimitives.ReadUInt16BigEndian(b[6..]) & 0x1FFF) * 8;
        byte protocol = b[9];
        var src = b.Slice(12, 4);
        var dst = b.Slice(16, 4);
        // The header's items only when something reads them (-Y on a higher layer and analyze read none); a bogus
        // version or header length always goes the long way, which says so.
        bool items = tree.WantsAnyOf(Ipv4Fields.Declaration);
        int lenNode = -1;
        if ((items || version != 4 || headerLength < Ipv4MinHeader) && !AddHeaderItems(packet, ip, b, offset, available, out lenNode))
            return frame.Length;
        if (tree.BuildsText)
            SetAddressSummary(tree, ip, AddressKind.Ipv4, src, dst);
        packet.SetNetworkAddresses(AddressKind.Ipv4, src, dst);

        if (headerLength > b.Length)
        {
            CommonFields.MarkTooShort(packet, Ipv4Fields.Protocol);
            return frame.Length;
        }
        if (items && headerLength > Ipv4MinHeader)
            DissectIpv4Options(tree, ip, b[Ipv4MinHeader..headerLength], offset + Ipv4MinHeader);

        // A total length of 0 is TCP segmentation offload: the NIC fills it in later; use what was captured.
        int datagramLength = totalLength == 0 ? b.Length : totalLength;
        if (datagramLength < headerLength)
        {
            if (tree.BuildsText && lenNode >= 0)
                tree.SetValueText(lenNode, $"{totalLength} bytes (bogus, less than header length {headerLength})");
            tree.AddExpert(lenNode, Ipv4Fields.BogusIpLength, 0, offset + 2, 2);
            packet.Columns.Info.Set($"Bogus IP length ({totalLength}, less than header length {headerLength})");
            return frame.Length;
        }
        int payloadLength = datagramLength - headerLength;
        int capturedPayload = Math.Min(payloadLength, b.Length - headerLength);
        int payloadOffset = offset + headerLength;
        if (moreFragments || fragmentOffset != 0)
        {
            ushort id = BinaryPrimitives.ReadUInt16BigEndian(b[4..]);
            // packet-ip.c reassembles a fragment whose payload is all in the frame (not one quoted in an ICMP error).
            if (_ipv4Fragments is { } table && payloadLength > 0 && capturedPayload == payloadLength && !packet.InErrorPacket
                && table.Add(IpFragmentKey.ForIpv4(src, dst, id, protocol), packet.Frame.Number, fragmentOffset,
                    frame.Slice(payloadOffset, capturedPayload), moreFragments) is { } datagram)
            {
                DissectReassembled(packet, ip, datagram, Ipv4Fields.FragmentFields, protocol);
                return payloadOffset + capturedPayload;
            }
            packet.Columns.Info.Set($"Fragmented IP protocol (proto={ProtocolName(protocol)} {protocol}, off={fragmentOffset}, ID={id:x4})");
            if (ReassembledIn(packet, Ipv4Fields.ReassembledIn) is long reassembledIn)
            {
                tree.Add(ip, Ipv4Fields.ReassembledIn, 0, offset, 0, (ulong)reassembledIn, NodeFlags.Generated);
                packet.Columns.Info.Append($" [Reassembled in #{reassembledIn}]");
            }
            CommonFields.AddData(packet, 0, payloadOffset, frame.Slice(payloadOffset, capturedPayload));
            return payloadOffset + capturedPayload;
        }
        _transport.Dissect(packet, frame, protocol, payloadOffset, capturedPayload, payloadLength);
        return payloadOffset + capturedPayload;
    }

    /// <summary>
    /// The IPv4 header's items from Version to Destination Address, in packet-ip.c's order; false (after the expert item
    /// and the Info text saying why) for a version other than 4 or a header length below 20, where dissection stops.
    /// </summary>
    private static bool AddHeaderItems(PacketContext packet, int ip, ReadOnlySpan<byte> b, int offset, int available, out int lenNode)
    {
        var tree = packet.Tree;
        lenNode = -1;
        int version = b[0] >> 4;
        int headerLength = (b[0] & 0x0F) * 4;
        int versionNode = tree.Add(ip, Ipv4Fields.Version, 0, offset, 1, (ulong)version);
        var firstByte = tree.BuildsText ? FirstByteTexts.Of(b[0]) : null;
        if (firstByte is not null)
            tree.SetTextUtf8(versionNode, firstByte.Version);
        if (version != 4)
        {
            tree.AddExpert(ip, Ipv4Fields.BogusVersion, 0, offset, 1);
            packet.Columns.Info.Set($"Bogus IPv4 version ({version}, must be 4)");
            return false;
        }
        int hdrLenNode = tree.Add(ip, Ipv4Fields.HdrLen, 0, offset, 1, (ulong)headerLength);
        if (firstByte is not null)
            tree.SetTextUtf8(hdrLenNode, firstByte.HeaderLength);
        if (headerLength < Ipv4MinHeader)
        {
            tree.AddExpert(ip, Ipv4Fields.BogusHeaderLength, 0, offset, 1);
            packet.Columns.Info.Set($"Bogus IP header length ({headerLength}, must be at least {Ipv4MinHeader})");
            return false;
        }
        int dsfield = tree.Add(ip, Ipv4Fields.DsField, 0, offset + 1, 1, b[1]);
        if (tree.BuildsText)
            DiffServ.AppendSummary(tree, dsfield, b[1]);
        tree.Add(dsfield, Ipv4Fields.DsFieldDscp, 0, offset + 1, 1, (ulong)(b[1] >> 2));
        tree.Add(dsfield, Ipv4Fields.DsFieldEcn, 0, offset + 1, 1, (ulong)(b[1] & 3));
        int totalLength = BinaryPrimitives.ReadUInt16BigEndian(b[2..]);
        lenNode = tree.Add(ip, Ipv4Fields.Len, 0, offset + 2, 2, (ulong)totalLength);
        int reported = available + (packet.Frame.OriginalLength - packet.Frame.Data.Length);
        if (totalLength > reported)
            tree.AddExpert(lenNode, Ipv4Fields.BogusIpLength, 0, offset + 2, 2,
                tree.BuildsText ? $"IPv4 total length exceeds packet length ({reported} bytes)" : default);
        tree.Add(ip, Ipv4Fields.Id, 0, offset + 4, 2, BinaryPrimitives.ReadUInt16BigEndian(b[4..]));
        int flagsAndOffset = BinaryPrimitives.ReadUInt16BigEndian(b[6..]);
        int flags = tree.Add(ip, Ipv4Fields.Flags, 0, offset + 6, 1, (ulong)(b[6] >> 5));
        if (tree.BuildsText)
            AppendFlagNames(tree, flags, b[6]);
        tree.Add(flags, Ipv4Fields.FlagsRb, 0, offset + 6, 1, (ulong)((b[6] >> 7) & 1));
        tree.Add(flags, Ipv4Fields.FlagsDf, 0, offset + 6, 1, (ulong)((b[6] >> 6) & 1));
        tree.Add(flags, Ipv4Fields.FlagsMf, 0, offset + 6, 1, (ulong)((b[6] >> 5) & 1));
        int fragmentOffset = (flagsAndOffset & 0x1FFF) * 8;
        // The field holds the 13-bit value (a filter matches ip.frag_offset == 63); its text says bytes ("Fragment Offset: 504").
        int fragOffsetNode = tree.Add(ip, Ipv4Fields.FragOffset, 0, offset + 6, 2, (ulong)(flagsAndOffset & 0x1FFF));
        if (tree.BuildsText && fragmentOffset != 0)
            tree.SetValueText(fragOffsetNode, fragmentOffset.ToString(System.Globalization.CultureInfo.InvariantCulture));
        int ttlNode = tree.Add(ip, Ipv4Fields.Ttl, 0, offset + 8, 1, b[8]);
        byte protocol = b[9];
        AddTtlRemark(tree, ttlNode, offset + 8, b[8], BinaryPrimitives.ReadUInt32BigEndian(b[16..]), protocol);
        tree.Add(ip, Ipv4Fields.Proto, 0, offset + 9, 1, protocol);
        int checksum = tree.Add(ip, Ipv4Fields.Checksum, 0, offset + 10, 2, BinaryPrimitives.ReadUInt16BigEndian(b[10..]));
        tree.AppendTextUtf8(checksum, " [validation disabled]"u8);
        tree.Add(ip, Ipv4Fields.ChecksumStatus, 0, offset + 10, 0, ChecksumStatuses.Unverified, NodeFlags.Generated);
        AddIpv4Address(tree, ip, Ipv4Fields.Src, Ipv4Fields.SrcHost, offset + 12, BinaryPrimitives.ReadUInt32BigEndian(b[12..]));
        AddIpv4Address(tree, ip, Ipv4Fields.Dst, Ipv4Fields.DstHost, offset + 16, BinaryPrimitives.ReadUInt32BigEndian(b[16..]));
        return true;
    }

    /// <summary>
    /// tshark 4.0's remark on a Time to Live that will not reach far: a packet to the Local Network Control Block
    /// (224.0.0.0/24, RFC 3171) should carry TTL 1 (255 to mDNS's 224.0.0.251); a unicast or broadcast one below 5 is
    /// noted unless it is PIM or OSPF.
    /// </summary>
    private static void AddTtlRemark(FieldTree tree, int ttlNode, int offset, byte ttl, uint dst, byte protocol)
    {
        if ((dst & 0xFFFFFF00) == 0xE0000000)
        {
            int expected = dst == 0xE00000FB ? 255 : 1;
            if (ttl != expected)
                tree.AddExpert(ttlNode, Ipv4Fields.TtlLncb, 0, offset, 1, tree.BuildsText
                    ? $"\"Time To Live\" != {expected} for a packet sent to the Local Network Control Block (see RFC 3171)"
                    : default);
        }
        else if ((dst & 0xF0000000) != 0xE0000000 && ttl < 5 && protocol != 103 && protocol != 89)
        {
            tree.AddExpert(ttlNode, Ipv4Fields.TtlTooSmall, 0, offset, 1, tree.BuildsText ? $"\"Time To Live\" only {ttl}" : default);
        }
    }

    // Hot per frame: its locals (a text buffer used only when display text is built) are not zeroed on every call;
    // every stackalloc here is written before it is read.
    [System.Runtime.CompilerServices.SkipLocalsInit]
    // The address as a number (a span argument costs this hot call a stack copy that stalls on its own stores).
    private static void AddIpv4Address(FieldTree tree, int parent, FieldDef field, FieldDef host, int offset, uint address)
    {
        tree.Add(parent, field, 0, offset, 4, address);
        tree.Add(parent, Ipv4Fields.Addr, 0, offset, 4, address, NodeFlags.Hidden);
        // The host names (never resolved by Sniffer, as tshark -n): the address as text.
        if (tree.WantsHidden(host) || tree.WantsHidden(Ipv4Fields.Host))
            AddIpv4Hosts(tree, parent, host, offset, address);
    }

    [System.Runtime.CompilerServices.SkipLocalsInit]
    private static void AddIpv4Hosts(FieldTree tree, int parent, FieldDef host, int offset, uint address)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, address);
        Span<byte> text = stackalloc byte[15];
        var name = text[..AddressText.FormatIpv4(bytes, text)];
        tree.AddBytes(parent, host, 0, offset, 4, name, NodeFlags.Hidden | NodeFlags.Generated);
        tree.AddBytes(parent, Ipv4Fields.Host, 0, offset, 4, name, NodeFlags.Hidden | NodeFlags.Generated);
    }

    // ", Src: a, Dst: b" of IPv4 for the last two address pairs summarised (SetAddressSummary), by pair.
    private const int SummaryRoom = 46;
    private readonly byte[] _summaries = new byte[2 * SummaryRoom];
    private readonly int[] _summaryLengths = new int[2];
    private readonly ulong[] _summaryKeys = new ulong[2];
    private int _nextSummary;

    /// <summary>", Src: a, Dst: b" after the protocol's name (ip_summary_in_tree).</summary>
    private void SetAddressSummary(FieldTree tree, int node, AddressKind kind, ReadOnlySpan<byte> src, ReadOnlySpan<byte> dst)
    {
        if (kind == AddressKind.Ipv4)
        {
            // Straight into the tree as UTF-8 (ASCII), as made for the last two address pairs (both directions).
            ulong key = (ulong)BinaryPrimitives.ReadUInt32BigEndian(src) << 32 | BinaryPrimitives.ReadUInt32BigEndian(dst);
            for (int i = 0; i < 2; i++)
            {
                if (_summaryLengths[i] > 0 && _summaryKeys[i] == key)
                {
                    tree.AppendTextUtf8(node, _summaries.AsSpan(i * SummaryRoom, _summaryLengths[i]));
                    return;
                }
            }
            int slot = _nextSummary;
            _nextSummary ^= 1;
            var ascii = _summaries.AsSpan(slot * SummaryRoom, SummaryRoom);
            ", Src: "u8.CopyTo(ascii);
            int a = 7;
            a += AddressText.FormatIpv4(src, ascii[a..]);
            ", Dst: "u8.CopyTo(ascii[a..]);
            a += 7;
            a += AddressText.FormatIpv4(dst, ascii[a..]);
            _summaryKeys[slot] = key;
            _summaryLengths[slot] = a;
            tree.AppendTextUtf8(node, ascii[..a]);
            return;
        }
        Span<char> text = stackalloc char[112];
        ", Src: ".CopyTo(text);
        int n = 7;
        n += kind == AddressKind.Ipv4 ? AddressText.FormatIpv4(src, text[n..]) : AddressText.FormatIpv6(src, text[n..]);
        ", Dst: ".CopyTo(text[n..]);
        n += 7;
        n += kind == AddressKind.Ipv4 ? AddressText.FormatIpv4(dst, text[n..]) : AddressText.FormatIpv6(dst, text[n..]);
        tree.AppendText(node, text[..n]);
    }

    /// <summary>
    /// Per value of an IPv4 header's first byte: the Version and Header Length items' texts, made once as UTF-8 (a value two
    /// threads make at once is made twice, the same).
    /// </summary>
    private sealed class FirstByteTexts
    {
        private static readonly FirstByteTexts?[] Made = new FirstByteTexts?[256];

        public readonly byte[] Version;
        public readonly byte[] HeaderLength;

        private FirstByteTexts(byte raw)
        {
            int version = raw >> 4, headerLength = (raw & 0x0F) * 4;
            Version = Utf8(BitsText(raw, 0xF0, "Version: ", version, ""));
            HeaderLength = Utf8(BitsText(raw, 0x0F, "Header Length: ", headerLength,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $" bytes ({headerLength >> 2})")));
        }

        public static FirstByteTexts Of(byte raw) => Made[raw] ??= new FirstByteTexts(raw);

        private static string BitsText(byte raw, byte mask, string label, int value, string suffix)
        {
            Span<char> bits = stackalloc char[BitPicture.Length(8)];
            return string.Concat(bits[..BitPicture.Write(bits, raw, mask, 8)], label,
                value.ToString(System.Globalization.CultureInfo.InvariantCulture), suffix);
        }

        private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
    }

    /// <summary>The text of an item made from bits of one byte (proto_tree_add_bits_item): "0100 .... = Version: 4".</summary>
    private static void SetBitsText(FieldTree tree, int node, byte raw, byte mask, string label, int value, ReadOnlySpan<char> suffix)
    {
        if (node < 0 || !tree.BuildsText)
            return;
        // Straight into the tree as UTF-8.
        var text = tree.ReserveText(BitPicture.Length(8) + 3 * (label.Length + suffix.Length) + 11);
        int n = BitPicture.Write(text, raw, mask, 8);
        n += Utf8Narrowing.Encode(label, text[n..]);
        value.TryFormat(text[n..], out int w, default, System.Globalization.CultureInfo.InvariantCulture);
        n += w;
        n += Utf8Narrowing.Encode(suffix, text[n..]);
        tree.CommitText(node, n);
    }

    /// <summary>", Don't fragment": the names of the flags that are set, after the Flags item (BMT_NO_FALSE | BMT_NO_TFS).</summary>
    private static void AppendFlagNames(FieldTree tree, int node, byte flags)
    {
        if ((flags & 0x80) != 0)
            tree.AppendTextUtf8(node, ", Reserved bit"u8);
        if ((flags & 0x40) != 0)
            tree.AppendTextUtf8(node, ", Don't fragment"u8);
        if ((flags & 0x20) != 0)
            tree.AppendTextUtf8(node, ", More fragments"u8);
    }

    private static void DissectIpv4Options(FieldTree tree, int ip, ReadOnlySpan<byte> options, int offset)
    {
        int i = 0;
        while (i < options.Length)
        {
            byte type = options[i];
            if (type == 0) // End of Option List: the rest is padding
            {
                tree.Add(ip, Ipv4Fields.OptType, 0, offset + i, 1, type);
                if (i + 1 < options.Length)
                    tree.AddBytes(ip, Ipv4Fields.OptPadding, 0, offset + i + 1, options.Length - i - 1, options[(i + 1)..]);
                return;
            }
            if (type == 1) // No-Operation
            {
                tree.Add(ip, Ipv4Fields.OptType, 0, offset + i, 1, type);
                i++;
                continue;
            }
            if (i + 1 >= options.Length)
                return;
            int length = options[i + 1];
            if (length < 2 || i + length > options.Length)
                return; // a bogus option length ends option parsing, as in Wireshark
            tree.Add(ip, Ipv4Fields.OptType, 0, offset + i, 1, type);
            tree.Add(ip, Ipv4Fields.OptLen, 0, offset + i + 1, 1, (ulong)length);
            i += length;
        }
    }

    /// <summary>Decodes IPv6 at <paramref name="offset"/>, walking extension headers; returns where its datagram ends.</summary>
    public int DissectIpv6(PacketContext packet, ReadOnlySpan<byte> frame, int offset, int available)
    {
        var tree = packet.Tree;
        packet.AddProtocolName("ipv6");
        packet.Columns.Protocol = Ipv6Fields.Protocol.ColumnName;
        var b = frame.Slice(offset, available);
        if (b.Length < Ipv6Header)
        {
            tree.AddNode(-1, Ipv6Fields.Protocol, 0, offset, b.Length);
            CommonFields.MarkTooShort(packet, Ipv6Fields.Protocol);
            return frame.Length;
        }
        int ip = tree.AddNode(-1, Ipv6Fields.Protocol, 0, offset, Ipv6Header);
        uint first = BinaryPrimitives.ReadUInt32BigEndian(b);
        int version = (int)(first >> 28);
        int versionNode = tree.Add(ip, Ipv6Fields.Version, 0, offset, 1, (ulong)version);
        int ipVersion = tree.Add(ip, Ipv6Fields.IpVersion, 0, offset, 1, (ulong)version, NodeFlags.Hidden);
        if (tree.BuildsText)
        {
            SetBitsText(tree, versionNode, b[0], 0xF0, "Version: ", version, null);
            SetBitsText(tree, ipVersion, b[0], 0xF0, "Version: ", version, null);
            tree.AppendText(ipVersion, " [This field makes the filter match on \"ip.version == 6\" possible]");
        }
        if (version != 6)
        {
            tree.AddExpert(versionNode, Ipv6Fields.BogusVersion, 0, offset, 1, tree.BuildsText ? "Bogus IPv6 version" : default);
            packet.Columns.Info.Set($"Bogus IPv6 version ({version}, must be 6)");
            return frame.Length;
        }
        byte trafficClass = (byte)(first >> 20);
        int tclass = tree.Add(ip, Ipv6Fields.TrafficClass, 0, offset, 4, trafficClass);
        if (tree.BuildsText)
            DiffServ.AppendSummary(tree, tclass, trafficClass);
        tree.Add(tclass, Ipv6Fields.TrafficClassDscp, 0, offset, 4, (ulong)(trafficClass >> 2));
        tree.Add(tclass, Ipv6Fields.TrafficClassEcn, 0, offset, 4, (ulong)(trafficClass & 3));
        tree.Add(ip, Ipv6Fields.Flow, 0, offset + 1, 3, first & 0xFFFFF);
        int payloadLength = BinaryPrimitives.ReadUInt16BigEndian(b[4..]);
        int plen = tree.Add(ip, Ipv6Fields.PayloadLength, 0, offset + 4, 2, (ulong)payloadLength);
        byte next = b[6];
        tree.Add(ip, Ipv6Fields.NextHeader, 0, offset + 6, 1, next);
        tree.Add(ip, Ipv6Fields.HopLimit, 0, offset + 7, 1, b[7]);
        var src = b.Slice(8, 16);
        var dst = b.Slice(24, 16);
        AddIpv6Address(tree, ip, Ipv6Fields.Src, Ipv6Fields.SrcHost, offset + 8, src);
        AddIpv6Address(tree, ip, Ipv6Fields.Dst, Ipv6Fields.DstHost, offset + 24, dst);
        packet.SetNetworkAddresses(AddressKind.Ipv6, src, dst);
        if (tree.BuildsText)
            SetAddressSummary(tree, ip, AddressKind.Ipv6, src, dst);
        Ipv6AddressKinds.Add(tree, ip, offset + 8, src, source: true);
        Ipv6AddressKinds.Add(tree, ip, offset + 24, dst, source: false);

        // Payload length 0 with a hop-by-hop jumbo option, or offload: use what was captured.
        int datagramEnd = payloadLength == 0 ? b.Length : Ipv6Header + payloadLength;
        if (datagramEnd > b.Length && !packet.Frame.CutBySnaplen)
            tree.AddExpert(plen, Ipv6Fields.PayloadLengthExceedsFraming, 0, offset + 4, 2,
                tree.BuildsText ? $"IPv6 payload length exceeds framing length ({b.Length - Ipv6Header} bytes)" : default);
        int capturedEnd = Math.Min(datagramEnd, b.Length);

        int cursor = Ipv6Header;
        for (int count = 0; count < MaxExtensionHeaders; count++)
        {
            if (next is not (IpProtocols.HopByHop or IpProtocols.Routing or IpProtocols.DestinationOptions or IpProtocols.Fragment))
                break;
            if (capturedEnd - cursor < 8)
            {
                CommonFields.MarkTooShort(packet, Ipv6Fields.Protocol);
                return offset + capturedEnd;
            }
            int extOffset = offset + cursor;
            byte extNext = b[cursor];
            if (next == IpProtocols.Fragment)
            {
                ushort offsetAndFlags = BinaryPrimitives.ReadUInt16BigEndian(b[(cursor + 2)..]);
                packet.AddProtocolName(Ipv6Fields.FragmentHeader.Abbrev);
                int frag = tree.AddNode(ip, Ipv6Fields.FragmentHeader, 0, extOffset, 8);
                tree.Add(frag, Ipv6Fields.FragmentNext, 0, extOffset, 1, extNext);
                tree.Add(frag, Ipv6Fields.FragmentReservedOctet, 0, extOffset + 1, 1, b[cursor + 1]);
                int fragOffset = tree.Add(frag, Ipv6Fields.FragmentOffset, 0, extOffset + 2, 2, (ulong)(offsetAndFlags >> 3));
                if (tree.BuildsText)
                    tree.AppendText(fragOffset, $" ({(offsetAndFlags >> 3) * 8} bytes)");
                tree.Add(frag, Ipv6Fields.FragmentReservedBits, 0, extOffset + 2, 2, (ulong)((offsetAndFlags >> 1) & 3));
                tree.Add(frag, Ipv6Fields.FragmentMore, 0, extOffset + 2, 2, (ulong)(offsetAndFlags & 1));
                tree.Add(frag, Ipv6Fields.FragmentIdent, 0, extOffset + 4, 4, BinaryPrimitives.ReadUInt32BigEndian(b[(cursor + 4)..]));
                cursor += 8;
                if ((offsetAndFlags & 0xFFF9) != 0) // an offset or more-fragments: a real fragment
                {
                    int fragmentLength = (payloadLength == 0 ? b.Length : Ipv6Header + payloadLength) - cursor;
                    // packet-ipv6.c reassembles a fragment whose payload is all in the frame.
                    if (_ipv6Fragments is { } table && fragmentLength >= 0 && cursor + fragmentLength <= capturedEnd && !packet.InErrorPacket
                        && table.Add(IpFragmentKey.ForIpv6(src, dst, BinaryPrimitives.ReadUInt32BigEndian(b[(cursor - 4)..])), packet.Frame.Number,
                            (offsetAndFlags >> 3) * 8, b.Slice(cursor, fragmentLength), (offsetAndFlags & 1) != 0) is { } datagram)
                    {
                        // The ipv6 item spans its extension headers on the frame that completes the datagram; on the others
                        // it stays the fixed header (packet-ipv6.c sets its length only when it goes on to the payload).
                        tree.SetLength(ip, cursor);
                        DissectReassembled(packet, ip, datagram, Ipv6Fields.FragmentFields, extNext);
                        return offset + capturedEnd;
                    }
                    if (ReassembledIn(packet, Ipv6Fields.ReassembledIn) is long reassembledIn)
                        tree.Add(ip, Ipv6Fields.ReassembledIn, 0, offset, 0, (ulong)reassembledIn, NodeFlags.Generated);
                    packet.Columns.Info.Set($"IPv6 fragment (off={(offsetAndFlags >> 3) * 8} more={((offsetAndFlags & 1) != 0 ? 'y' : 'n')} ident=0x{BinaryPrimitives.ReadUInt32BigEndian(b[(cursor - 4)..]):x8} nxt={extNext})");
                    CommonFields.AddData(packet, 0, offset + cursor, b[cursor..capturedEnd]);
                    return offset + capturedEnd;
                }
                next = extNext;
                continue;
            }
            int extLength = (b[cursor + 1] + 1) * 8;
            if (cursor + extLength > capturedEnd)
            {
                CommonFields.MarkTooShort(packet, Ipv6Fields.Protocol);
                return offset + capturedEnd;
            }
            var (def, nextField, lengthField, octetsField) = next switch
            {
                IpProtocols.HopByHop => (Ipv6Fields.HopByHop, Ipv6Fields.HopByHopNext, Ipv6Fields.HopByHopLength, Ipv6Fields.HopByHopLengthOctets),
                IpProtocols.Routing => (Ipv6Fields.Routing, Ipv6Fields.RoutingNext, Ipv6Fields.RoutingLength, Ipv6Fields.RoutingLengthOctets),
                _ => (Ipv6Fields.DestinationOptions, Ipv6Fields.DestinationOptionsNext, Ipv6Fields.DestinationOptionsLength, Ipv6Fields.DestinationOptionsLengthOctets),
            };
            packet.AddProtocolName(def.Abbrev); // frame.protocols names each extension header ("ipv6:ipv6.hopopts:icmpv6")
            int ext = tree.AddNode(ip, def, 0, extOffset, extLength);
            tree.Add(ext, nextField, 0, extOffset, 1, extNext);
            tree.Add(ext, lengthField, 0, extOffset + 1, 1, b[cursor + 1]);
            tree.Add(ext, octetsField, 0, extOffset + 1, 1, (ulong)extLength, NodeFlags.Generated);
            if (next == IpProtocols.Routing)
            {
                var finalDestination = Ipv6ExtensionHeaders.DissectRouting(packet, ext, b, offset, cursor, cursor + extLength);
                if (!finalDestination.IsEmpty)
                    packet.SetNetworkAddresses(AddressKind.Ipv6, src, finalDestination);
            }
            else if (!Ipv6ExtensionHeaders.DissectOptions(packet, ext, b, offset, cursor + 2, cursor + extLength, payloadLength))
            {
                // An option longer than its header: tshark's exception names the header, the Protocol column stays IPv6
                // and the Info column keeps what the Hop-by-Hop header wrote there.
                if (def == Ipv6Fields.HopByHop)
                    packet.Columns.Info.Set("IPv6 hop-by-hop options");
                CommonFields.MarkMalformed(packet, Ipv6Fields.Protocol.ColumnName, def.ShortName);
                return offset + capturedEnd;
            }
            cursor += extLength;
            next = extNext;
        }
        if (cursor > Ipv6Header)
            tree.SetLength(ip, cursor); // the ipv6 item spans its extension headers, as packet-ipv6.c sets it
        int payloadOffset = offset + cursor;
        int declaredPayload = (payloadLength == 0 ? b.Length : Ipv6Header + payloadLength) - cursor;
        _transport.Dissect(packet, frame, next, payloadOffset, capturedEnd - cursor, declaredPayload);
        return offset + capturedEnd;
    }

    /// <summary>
    /// The frame that completed a datagram: the fragment list under the IP item, the datagram as a data source of its
    /// own ("Reassembled IPv4"), and its payload dissected through the ip.proto table as if it had come whole. In the first
    /// pass of a two-pass read, each earlier fragment's frame is told where its datagram was reassembled.
    /// </summary>
    private void DissectReassembled(PacketContext packet, int ip, IpReassembled datagram, IpFragmentFields fields, byte protocol)
    {
        var tree = packet.Tree;
        int source = tree.AddDataSource(fields.SourceName, datagram.Data);
        IpReassemblyTree.Add(tree, ip, source, datagram, fields);
        if (packet.Annotations is { FirstPassEnded: false } notes)
        {
            foreach (var f in datagram.Fragments)
            {
                if (f.Frame != packet.Frame.Number)
                    notes.Note(f.Frame, fields.ReassembledIn, (ulong)packet.Frame.Number);
            }
        }
        int saved = tree.FrameSourceAlias;
        tree.FrameSourceAlias = source;
        try
        {
            int length = datagram.Data.Length;
            _transport.Dissect(packet, datagram.Data, protocol, 0, length, length);
        }
        finally
        {
            tree.FrameSourceAlias = saved;
        }
    }

    /// <summary>In the second pass of a two-pass read, the frame that completed this fragment's datagram (tshark's ip.reassembled_in).</summary>
    private static long? ReassembledIn(PacketContext packet, FieldDef field)
        => packet.Annotations is { FirstPassEnded: true } notes && notes.TryGet(packet.Frame.Number, field, out ulong frame) ? (long)frame : null;

    /// <summary>add_ipv6_address: the address, then hidden ipv6.addr, its side's host name and ipv6.host.</summary>
    private static void AddIpv6Address(FieldTree tree, int parent, FieldDef field, FieldDef host, int offset, ReadOnlySpan<byte> address)
    {
        tree.AddBytes(parent, field, 0, offset, 16, address);
        tree.AddBytes(parent, Ipv6Fields.Addr, 0, offset, 16, address, NodeFlags.Hidden);
        if (tree.WantsHidden(host) || tree.WantsHidden(Ipv6Fields.Host))
        {
            Span<char> text = stackalloc char[48];
            var name = text[..AddressText.FormatIpv6(address, text)];
            tree.AddString(parent, host, 0, offset, 16, name, NodeFlags.Hidden | NodeFlags.Generated);
            tree.AddString(parent, Ipv6Fields.Host, 0, offset, 16, name, NodeFlags.Hidden | NodeFlags.Generated);
        }
    }

    private static string ProtocolName(byte protocol) => IpProtocols.Names.TryGetValue(protocol, out var n) ? n : "Unknown";
}
