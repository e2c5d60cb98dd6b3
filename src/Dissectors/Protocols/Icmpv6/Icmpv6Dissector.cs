using AddressText = Sniffer.Dissectors.Protocols.Common.AddressText;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Network;
using Sniffer.Dissectors.Protocols.Common;
using Sniffer.Dissectors.Protocols.Icmp;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Icmpv6;

/// <summary>
/// ICMPv6 (RFC 4443) as tshark 4.0 shows it: the checksum verified over the IPv6 pseudo-header, errors with the quoted
/// IPv6 packet (dissected as in_error_pkt, columns kept), echo request/reply matching, neighbour discovery (RFC 4861:
/// router and neighbour solicitation and advertisement, redirect, with their options) and MLD/MLDv2 reports.
/// </summary>
public sealed class Icmpv6Dissector : IPacketDissector
{
    private const byte Unreachable = 1, PacketTooBig = 2, TimeExceeded = 3, ParameterProblem = 4, EchoRequest = 128, EchoReply = 129,
        MldQuery = 130, MldReport = 131, MldDone = 132, RouterSolicitation = 133, RouterAdvertisement = 134,
        NeighborSolicitation = 135, NeighborAdvertisement = 136, Redirect = 137, MldV2Report = 143;

    private readonly EchoTransactions _echoes = new();
    private readonly QuotedPacket _quoted;

    public Icmpv6Dissector(DissectorRegistry registry)
    {
        _quoted = new QuotedPacket(registry);
    }

    public ProtocolDef Protocol => Icmpv6Fields.Protocol;

    public int Dissect(PacketContext packet, ReadOnlySpan<byte> frame, int offset, int captured, int declared)
    {
        var tree = packet.Tree;
        var info = packet.Columns.Info;
        packet.AddProtocolName("icmpv6");
        packet.Columns.Protocol = "ICMPv6";
        info.Clear();
        var b = frame.Slice(offset, captured);
        if (b.Length < 4)
        {
            tree.AddNode(-1, Icmpv6Fields.Protocol, 0, offset, b.Length);
            CommonFields.MarkTooShort(packet, "ICMPv6");
            return offset + b.Length;
        }
        byte type = b[0], code = b[1];
        ushort checksum = BinaryPrimitives.ReadUInt16BigEndian(b[2..]);
        string typeName = Icmpv6Fields.TypeNames.TryGetValue(type, out var tn) ? tn : $"Unknown ({type})";
        var codes = type switch
        {
            Unreachable => Icmpv6Fields.UnreachableCodes,
            TimeExceeded => Icmpv6Fields.TimeExceededCodes,
            ParameterProblem => Icmpv6Fields.ParameterProblemCodes,
            _ => null,
        };
        string? codeName = codes is null ? null : codes.TryGetValue(code, out var cn) ? cn : "Unknown";
        if (info.Enabled)
        {
            info.Set(typeName);
            if (codeName is not null)
                info.Append($" ({codeName})");
        }
        int node = tree.AddNode(-1, Icmpv6Fields.Protocol, 0, offset, b.Length);
        tree.Add(node, Icmpv6Fields.Type, 0, offset, 1, type);
        int codeNode = tree.Add(node, Icmpv6Fields.Code, 0, offset + 1, 1, code);
        if (codeName is not null && tree.BuildsText)
            tree.SetText(codeNode, $"Code: {code} ({codeName})");
        AddChecksum(packet, node, offset, b, checksum, captured < declared);

        switch (type)
        {
            case Unreachable or PacketTooBig or TimeExceeded or ParameterProblem when b.Length >= 8:
                if (type == PacketTooBig)
                    tree.Add(node, Icmpv6Fields.Mtu, 0, offset + 4, 4, BinaryPrimitives.ReadUInt32BigEndian(b[4..]));
                else if (type == ParameterProblem)
                    tree.Add(node, Icmpv6Fields.Pointer, 0, offset + 4, 4, BinaryPrimitives.ReadUInt32BigEndian(b[4..]));
                else
                    tree.AddBytesInPlace(node, Icmpv6Fields.Reserved, 0, offset + 4, 4);
                _quoted.Dissect(packet, node, frame, offset + 8, b.Length - 8);
                break;
            case EchoRequest or EchoReply when b.Length >= 8:
                DissectEcho(packet, node, offset, b, type);
                break;
            case RouterSolicitation when b.Length >= 8:
                tree.AddBytesInPlace(node, Icmpv6Fields.Reserved, 0, offset + 4, 4);
                Options(packet, node, frame, offset, 8, b);
                break;
            case RouterAdvertisement when b.Length >= 16:
                RouterAdvertisementFields(tree, node, offset, b);
                Options(packet, node, frame, offset, 16, b);
                break;
            case NeighborSolicitation when b.Length >= 24:
                tree.AddBytesInPlace(node, Icmpv6Fields.Reserved, 0, offset + 4, 4);
                tree.AddBytesInPlace(node, Icmpv6Fields.NdNsTargetAddress, 0, offset + 8, 16);
                if (info.Enabled)
                    info.Append($" for {AddressText.Ipv6(b.Slice(8, 16))}");
                Options(packet, node, frame, offset, 24, b);
                break;
            case NeighborAdvertisement when b.Length >= 24:
                NeighborAdvertisementFields(packet, node, offset, b);
                Options(packet, node, frame, offset, 24, b);
                break;
            case Redirect when b.Length >= 40:
                tree.AddBytesInPlace(node, Icmpv6Fields.Reserved, 0, offset + 4, 4);
                tree.AddBytesInPlace(node, Icmpv6Fields.NdRdTargetAddress, 0, offset + 8, 16);
                Options(packet, node, frame, offset, 40, b);
                break;
            case MldQuery or MldReport or MldDone when b.Length >= 24:
                tree.Add(node, Icmpv6Fields.MldMaximumResponseDelay, 0, offset + 4, 2, BinaryPrimitives.ReadUInt16BigEndian(b[4..]));
                tree.AddBytesInPlace(node, Icmpv6Fields.Reserved, 0, offset + 6, 2);
                tree.AddBytesInPlace(node, Icmpv6Fields.MldMulticastAddress, 0, offset + 8, 16);
                break;
            case MldV2Report when b.Length >= 8:
                MldV2ReportFields(tree, node, offset, b);
                break;
            default:
                if (b.Length < 8)
                    CommonFields.MarkTooShort(packet, "ICMPv6");
                else
                    PayloadData.Add(packet, node, 0, offset + 4, b.Length - 4);
                break;
        }
        return offset + b.Length;
    }

    private static void AddChecksum(PacketContext packet, int node, int offset, ReadOnlySpan<byte> message, ushort checksum, bool truncated)
    {
        var tree = packet.Tree;
        int item = tree.Add(node, Icmpv6Fields.Checksum, 0, offset + 2, 2, checksum);
        if (packet.InErrorPacket || truncated || packet.NetworkKind != AddressKind.Ipv6)
        {
            if (tree.BuildsText)
                tree.SetText(item, $"Checksum: 0x{checksum:x4} [unverified]{(packet.InErrorPacket ? " [in ICMP error packet]" : "")}");
            tree.Add(node, Icmpv6Fields.ChecksumStatus, 0, offset + 2, 0, ChecksumStatuses.Unverified, NodeFlags.Generated);
            return;
        }
        uint sum = InternetChecksum.Add(0, packet.NetworkSource);
        sum = InternetChecksum.Add(sum, packet.NetworkDestination);
        sum = InternetChecksum.Fold(sum + (uint)(message.Length >> 16) + (uint)(message.Length & 0xFFFF) + IpProtocols.Icmpv6);
        ushort computed = InternetChecksum.Finish(InternetChecksum.Add(sum, message));
        if (computed == 0)
        {
            if (tree.BuildsText)
                tree.SetText(item, $"Checksum: 0x{checksum:x4} [correct]");
            tree.Add(node, Icmpv6Fields.ChecksumStatus, 0, offset + 2, 0, ChecksumStatuses.Good, NodeFlags.Generated);
            return;
        }
        if (tree.BuildsText)
            tree.SetText(item, $"Checksum: 0x{checksum:x4} incorrect, should be 0x{InternetChecksum.ShouldBe(checksum, computed):x4}");
        tree.AddExpert(item, Icmpv6Fields.ChecksumBad, 0, offset + 2, 2);
        tree.Add(node, Icmpv6Fields.ChecksumStatus, 0, offset + 2, 0, ChecksumStatuses.Bad, NodeFlags.Generated);
    }

    private void DissectEcho(PacketContext packet, int node, int offset, ReadOnlySpan<byte> b, byte type)
    {
        var tree = packet.Tree;
        var info = packet.Columns.Info;
        ushort id = BinaryPrimitives.ReadUInt16BigEndian(b[4..]), seq = BinaryPrimitives.ReadUInt16BigEndian(b[6..]);
        tree.Add(node, Icmpv6Fields.EchoIdentifier, 0, offset + 4, 2, id);
        tree.Add(node, Icmpv6Fields.EchoSequenceNumber, 0, offset + 6, 2, seq);
        if (info.Enabled)
        {
            info.Append($" id=0x{id:x4}, seq={seq}");
            if (FindHopLimit(packet) is { } hop)
                info.Append($", hop limit={hop}");
        }
        if (!packet.InErrorPacket)
        {
            long frameNumber = packet.Frame.Number, time = packet.Frame.Timestamp;
            if (type == EchoRequest)
            {
                _echoes.Request(packet.NetworkSource, packet.NetworkDestination, id, seq, 0, frameNumber, time);
                EchoTransactions.ShowReply(packet, node, offset, Icmpv6Fields.RespIn, Icmpv6Fields.NoResp, Icmpv6Fields.RespNotFound,
                    static frame => $"No response seen to ICMPv6 request in frame {frame}");
            }
            else if (_echoes.FindRequest(packet.NetworkSource, packet.NetworkDestination, id, seq, 0, frameNumber,
                         out long requestFrame, out long requestTime))
            {
                packet.Annotations?.Note(requestFrame, Icmpv6Fields.RespIn, (ulong)frameNumber);
                tree.Add(node, Icmpv6Fields.RespTo, 0, offset, 0, (ulong)requestFrame, NodeFlags.Generated);
                double ms = (time - requestTime) / 1e6;
                int rt = tree.AddDouble(node, Icmpv6Fields.Resptime, 0, offset, 0, ms, NodeFlags.Generated);
                if (tree.BuildsText)
                    tree.SetText(rt, $"Response Time: {ms.ToString("0.000", CultureInfo.InvariantCulture)} ms");
                info.Append(" (request in ");
                info.Append(requestFrame);
                info.Append(')');
            }
        }
        PayloadData.Add(packet, node, 0, offset + 8, b.Length - 8);
    }

    private static void RouterAdvertisementFields(FieldTree tree, int node, int offset, ReadOnlySpan<byte> b)
    {
        tree.Add(node, Icmpv6Fields.NdRaCurHopLimit, 0, offset + 4, 1, b[4]);
        byte flags = b[5];
        int f = tree.Add(node, Icmpv6Fields.NdRaFlag, 0, offset + 5, 1, flags);
        int prf = (flags >> 3) & 3;
        if (tree.BuildsText)
        {
            var text = new StringBuilder($"Flags: 0x{flags:x2}");
            if ((flags & 0x80) != 0) text.Append(", Managed address configuration");
            if ((flags & 0x40) != 0) text.Append(", Other configuration");
            if ((flags & 0x20) != 0) text.Append(", Home Agent");
            text.Append(", Prf (Default Router Preference): ").Append(prf switch { 0 => "Medium", 1 => "High", 2 => "Reserved", _ => "Low" });
            if ((flags & 0x04) != 0) text.Append(", Proxy");
            tree.SetText(f, text.ToString());
        }
        tree.Add(f, Icmpv6Fields.NdRaFlagM, 0, offset + 5, 1, (ulong)((flags >> 7) & 1));
        tree.Add(f, Icmpv6Fields.NdRaFlagO, 0, offset + 5, 1, (ulong)((flags >> 6) & 1));
        tree.Add(f, Icmpv6Fields.NdRaFlagH, 0, offset + 5, 1, (ulong)((flags >> 5) & 1));
        tree.Add(f, Icmpv6Fields.NdRaFlagPrf, 0, offset + 5, 1, (ulong)prf);
        tree.Add(f, Icmpv6Fields.NdRaFlagP, 0, offset + 5, 1, (ulong)((flags >> 2) & 1));
        tree.Add(f, Icmpv6Fields.NdRaFlagRsv, 0, offset + 5, 1, (ulong)(flags & 3));
        tree.Add(node, Icmpv6Fields.NdRaRouterLifetime, 0, offset + 6, 2, BinaryPrimitives.ReadUInt16BigEndian(b[6..]));
        tree.Add(node, Icmpv6Fields.NdRaReachableTime, 0, offset + 8, 4, BinaryPrimitives.ReadUInt32BigEndian(b[8..]));
        tree.Add(node, Icmpv6Fields.NdRaRetransTimer, 0, offset + 12, 4, BinaryPrimitives.ReadUInt32BigEndian(b[12..]));
    }

    private static void NeighborAdvertisementFields(PacketContext packet, int node, int offset, ReadOnlySpan<byte> b)
    {
        var tree = packet.Tree;
        uint flags = BinaryPrimitives.ReadUInt32BigEndian(b[4..]);
        var names = new List<string>(3);
        if ((flags & 0x80000000) != 0) names.Add("rtr");
        if ((flags & 0x40000000) != 0) names.Add("sol");
        if ((flags & 0x20000000) != 0) names.Add("ovr");
        int f = tree.Add(node, Icmpv6Fields.NdNaFlag, 0, offset + 4, 4, flags);
        if (tree.BuildsText)
        {
            var text = new StringBuilder($"Flags: 0x{flags:x8}");
            if ((flags & 0x80000000) != 0) text.Append(", Router");
            if ((flags & 0x40000000) != 0) text.Append(", Solicited");
            if ((flags & 0x20000000) != 0) text.Append(", Override");
            tree.SetText(f, text.ToString());
        }
        tree.Add(f, Icmpv6Fields.NdNaFlagR, 0, offset + 4, 4, (flags >> 31) & 1);
        tree.Add(f, Icmpv6Fields.NdNaFlagS, 0, offset + 4, 4, (flags >> 30) & 1);
        tree.Add(f, Icmpv6Fields.NdNaFlagO, 0, offset + 4, 4, (flags >> 29) & 1);
        tree.Add(f, Icmpv6Fields.NdNaFlagRsv, 0, offset + 4, 4, flags & 0x1FFFFFFF);
        tree.AddBytesInPlace(node, Icmpv6Fields.NdNaTargetAddress, 0, offset + 8, 16);
        var info = packet.Columns.Info;
        if (info.Enabled)
        {
            info.Append(' ');
            info.Append(AddressText.Ipv6(b.Slice(8, 16)));
            if (names.Count > 0)
                info.Append($" ({string.Join(", ", names)})");
        }
    }

    private static void MldV2ReportFields(FieldTree tree, int node, int offset, ReadOnlySpan<byte> b)
    {
        tree.AddBytesInPlace(node, Icmpv6Fields.Reserved, 0, offset + 4, 2);
        int records = BinaryPrimitives.ReadUInt16BigEndian(b[6..]);
        tree.Add(node, Icmpv6Fields.MldrNbMcastRecords, 0, offset + 6, 2, (ulong)records);
        int p = 8;
        for (int r = 0; r < records && p + 20 <= b.Length; r++)
        {
            byte recordType = b[p];
            int aux = b[p + 1] * 4, sources = BinaryPrimitives.ReadUInt16BigEndian(b[(p + 2)..]);
            int length = 20 + sources * 16 + aux;
            int mar = tree.AddNode(node, Icmpv6Fields.MldrMar, 0, offset + p, Math.Min(length, b.Length - p));
            if (tree.BuildsText)
            {
                string rt = Icmpv6Fields.RecordTypes.TryGetValue(recordType, out var n) ? n : $"Unknown ({recordType})";
                tree.SetText(mar, $"Multicast Address Record {rt}: {AddressText.Ipv6(b.Slice(p + 4, 16))}");
            }
            tree.Add(mar, Icmpv6Fields.MldrMarRecordType, 0, offset + p, 1, recordType);
            tree.Add(mar, Icmpv6Fields.MldrMarAuxDataLen, 0, offset + p + 1, 1, b[p + 1]);
            tree.Add(mar, Icmpv6Fields.MldrMarNbSources, 0, offset + p + 2, 2, (ulong)sources);
            tree.AddBytesInPlace(mar, Icmpv6Fields.MldrMarMulticastAddress, 0, offset + p + 4, 16);
            for (int s = 0; s < sources && p + 20 + 16 * (s + 1) <= b.Length; s++)
                tree.AddBytesInPlace(mar, Icmpv6Fields.MldrMarSourceAddress, 0, offset + p + 20 + 16 * s, 16);
            p += length;
        }
    }

    /// <summary>Neighbour discovery options (RFC 4861 §4.6 and later), from <paramref name="start"/> to the end of the message.</summary>
    private static void Options(PacketContext packet, int node, ReadOnlySpan<byte> frame, int offset, int start, ReadOnlySpan<byte> b)
    {
        var tree = packet.Tree;
        var info = packet.Columns.Info;
        int p = start;
        while (p + 2 <= b.Length)
        {
            byte type = b[p];
            int units = b[p + 1], length = units * 8;
            int opt = tree.AddNode(node, Icmpv6Fields.Opt, 0, offset + p, 0);
            tree.Add(opt, Icmpv6Fields.OptType, 0, offset + p, 1, type);
            int lengthNode = tree.Add(opt, Icmpv6Fields.OptLength, 0, offset + p + 1, 1, (ulong)units);
            if (tree.BuildsText)
                tree.SetText(lengthNode, $"Length: {units} ({length} bytes)");
            string name = Icmpv6Fields.OptionNames.TryGetValue(type, out var n) ? n : $"Unknown ({type})";
            if (length == 0 || p + length > b.Length)
            {
                if (tree.BuildsText)
                    tree.SetText(opt, $"ICMPv6 Option ({name})");
                if (p + Math.Max(length, 2) > b.Length && !packet.Frame.CutBySnaplen)
                    CommonFields.MarkMalformed(packet, "ICMPv6");
                return;
            }
            tree.SetLength(opt, length);
            var body = b.Slice(p + 2, length - 2);
            int at = offset + p + 2;
            string detail = "";
            switch (type)
            {
                case 1:
                case 2:
                    if (body.Length >= 6)
                    {
                        tree.AddBytesInPlace(opt, Icmpv6Fields.OptLinkaddr, 0, at, 6);
                        tree.AddBytesInPlace(opt, type == 1 ? Icmpv6Fields.OptSrcLinkaddr : Icmpv6Fields.OptTargetLinkaddr, 0, at, 6, NodeFlags.Hidden);
                        string mac = AddressText.Mac(body[..6]);
                        detail = " : " + mac;
                        info.Append(type == 1 ? " from " : " is at ");
                        if (info.Enabled)
                            info.Append(mac);
                    }
                    break;
                case 3 when body.Length >= 30:
                {
                    byte flags = body[1];
                    tree.Add(opt, Icmpv6Fields.OptPrefixLength, 0, at, 1, body[0]);
                    int f = tree.Add(opt, Icmpv6Fields.OptPrefixFlag, 0, at + 1, 1, flags);
                    if (tree.BuildsText)
                    {
                        var text = new StringBuilder($"Flag: 0x{flags:x2}");
                        if ((flags & 0x80) != 0) text.Append(", On-link flag(L)");
                        if ((flags & 0x40) != 0) text.Append(", Autonomous address-configuration flag(A)");
                        if ((flags & 0x20) != 0) text.Append(", Router address flag(R)");
                        tree.SetText(f, text.ToString());
                    }
                    tree.Add(f, Icmpv6Fields.OptPrefixFlagL, 0, at + 1, 1, (ulong)((flags >> 7) & 1));
                    tree.Add(f, Icmpv6Fields.OptPrefixFlagA, 0, at + 1, 1, (ulong)((flags >> 6) & 1));
                    tree.Add(f, Icmpv6Fields.OptPrefixFlagR, 0, at + 1, 1, (ulong)((flags >> 5) & 1));
                    tree.Add(f, Icmpv6Fields.OptPrefixFlagReserved, 0, at + 1, 1, (ulong)(flags & 0x1F));
                    tree.Add(opt, Icmpv6Fields.OptPrefixValidLifetime, 0, at + 2, 4, BinaryPrimitives.ReadUInt32BigEndian(body[2..]));
                    tree.Add(opt, Icmpv6Fields.OptPrefixPreferredLifetime, 0, at + 6, 4, BinaryPrimitives.ReadUInt32BigEndian(body[6..]));
                    tree.AddNode(opt, Icmpv6Fields.OptReserved, 0, at + 10, 4);
                    tree.AddBytesInPlace(opt, Icmpv6Fields.OptPrefix, 0, at + 14, 16);
                    detail = $" : {AddressText.Ipv6(body.Slice(14, 16))}/{body[0]}";
                    break;
                }
                case 5 when body.Length >= 6:
                {
                    uint mtu = BinaryPrimitives.ReadUInt32BigEndian(body[2..]);
                    tree.AddNode(opt, Icmpv6Fields.OptReserved, 0, at, 2);
                    tree.Add(opt, Icmpv6Fields.OptMtu, 0, at + 2, 4, mtu);
                    detail = " : " + mtu.ToString(CultureInfo.InvariantCulture);
                    break;
                }
                case 14:
                    if (body.Length > 0)
                        tree.AddBytesInPlace(opt, Icmpv6Fields.OptNonce, 0, at, body.Length);
                    break;
                case 25 when body.Length >= 6:
                {
                    tree.AddNode(opt, Icmpv6Fields.OptReserved, 0, at, 2);
                    tree.Add(opt, Icmpv6Fields.OptRdnssLifetime, 0, at + 2, 4, BinaryPrimitives.ReadUInt32BigEndian(body[2..]));
                    var servers = new StringBuilder();
                    for (int s = 6; s + 16 <= body.Length; s += 16)
                    {
                        tree.AddBytesInPlace(opt, Icmpv6Fields.OptRdnss, 0, at + s, 16);
                        servers.Append(' ').Append(AddressText.Ipv6(body.Slice(s, 16)));
                    }
                    detail = servers.ToString();
                    break;
                }
            }
            if (tree.BuildsText)
                tree.SetText(opt, $"ICMPv6 Option ({name}{detail})");
            p += length;
        }
        _ = frame;
    }

    /// <summary>
    /// The hop limit of the IPv6 header this message came in, for the Info column: read from the frame at the last Ipv6Fields item
    /// (protocol items are kept whatever fields the tree is restricted to).
    /// </summary>
    private static ulong? FindHopLimit(PacketContext packet)
    {
        var tree = packet.Tree;
        var nodes = tree.Nodes;
        var frame = packet.Frame.Data.Span;
        for (int i = nodes.Length - 1; i >= 0; i--)
        {
            if (!ReferenceEquals(nodes[i].Field, Ipv6Fields.Protocol))
                continue;
            int at = nodes[i].Offset + 7;
            return nodes[i].Source == 0 && (uint)at < (uint)frame.Length ? frame[at] : null;
        }
        return null;
    }
}
