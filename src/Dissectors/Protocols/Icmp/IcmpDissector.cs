using System.Buffers.Binary;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Network;
using Sniffer.Dissectors.Protocols.Common;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Icmp;

/// <summary>
/// ICMP (RFC 792) as tshark 4.0 shows it: type and code in the Info column, the checksum verified, echo requests
/// matched with their replies ("(request in N)", icmp.resp_to, icmp.resptime), the time stamp ping puts in its data,
/// and for errors the quoted IP header and the start of its TCP/UDP/ICMP payload, dissected without touching any
/// conversation state and without changing the columns. One instance per pipeline (the echo table spans frames).
/// </summary>
public sealed class IcmpDissector : IPacketDissector
{
    private const int HeaderLength = 8;
    private const byte EchoReply = 0, Unreachable = 3, SourceQuench = 4, Redirect = 5, AlternateHost = 6, Echo = 8,
        RouterAdvertisement = 9, TimeExceeded = 11, ParameterProblem = 12, TimestampRequest = 13, TimestampReply = 14, Photuris = 40;

    private readonly EchoTransactions _echoes = new();
    private readonly QuotedPacket _quoted;

    public IcmpDissector(DissectorRegistry registry)
    {
        _quoted = new QuotedPacket(registry);
    }

    public ProtocolDef Protocol => IcmpFields.Protocol;

    public int Dissect(PacketContext packet, ReadOnlySpan<byte> frame, int offset, int captured, int declared)
    {
        var tree = packet.Tree;
        var info = packet.Columns.Info;
        bool inError = packet.InErrorPacket;
        packet.AddProtocolName("icmp");
        packet.Columns.Protocol = "ICMP";
        info.Clear();
        var b = frame.Slice(offset, captured);
        if (b.Length < 4)
        {
            // tshark reads type, code and checksum before it adds the ICMP item: a shorter message has none.
            CommonFields.MarkTooShort(packet, "ICMP");
            return offset + b.Length;
        }
        byte type = b[0], code = b[1];
        ushort checksum = BinaryPrimitives.ReadUInt16BigEndian(b[2..]);
        string typeName = IcmpFields.TypeNames.TryGetValue(type, out var tn) ? tn : "Unknown ICMP (obsolete or malformed?)";
        var codeNames = CodeNames(type);
        string codeName = codeNames is null ? "" : codeNames.TryGetValue(code, out var cn) ? cn : $"Unknown code: {code}";
        if (info.Enabled)
        {
            info.Set(typeName.PadRight(20));
            if (codeName.Length > 0)
                info.Append($" ({codeName})");
        }

        int node = tree.AddNode(-1, IcmpFields.Protocol, 0, offset, b.Length);
        int typeNode = tree.Add(node, IcmpFields.Type, 0, offset, 1, type);
        if (tree.BuildsText)
            tree.SetText(typeNode, $"Type: {type} ({typeName})");
        int codeNode = tree.Add(node, IcmpFields.Code, 0, offset + 1, 1, code);
        if (codeName.Length > 0 && tree.BuildsText)
            tree.SetText(codeNode, $"Code: {code} ({codeName})");
        AddChecksum(tree, node, offset, b, checksum, inError, captured < declared);
        if (b.Length < HeaderLength)
        {
            CommonFields.MarkTooShort(packet, "ICMP");
            return offset + b.Length;
        }

        switch (type)
        {
            case Unreachable:
            case TimeExceeded:
            case ParameterProblem:
            case SourceQuench:
            case Redirect:
                AddErrorHeader(tree, node, offset, b, type, code);
                _quoted.Dissect(packet, node, frame, offset + HeaderLength, captured - HeaderLength);
                break;
            case Echo:
            case EchoReply:
                DissectEcho(packet, node, frame, offset, b, type, checksum, declared);
                break;
            case TimestampRequest:
            case TimestampReply:
                AddIdentifierAndSequence(packet, node, offset, b);
                if (b.Length < HeaderLength + 12)
                {
                    CommonFields.MarkTooShort(packet, "ICMP");
                    break;
                }
                AddMilliseconds(tree, node, IcmpFields.OriginateTimestamp, offset + 8, b[8..]);
                AddMilliseconds(tree, node, IcmpFields.ReceiveTimestamp, offset + 12, b[12..]);
                AddMilliseconds(tree, node, IcmpFields.TransmitTimestamp, offset + 16, b[16..]);
                break;
            default:
                break; // tshark 4.0 shows nothing after the header of the other types
        }
        return offset + b.Length;
    }

    private static IReadOnlyDictionary<ulong, string>? CodeNames(byte type) => type switch
    {
        Unreachable => IcmpFields.UnreachableCodes,
        Redirect => IcmpFields.RedirectCodes,
        AlternateHost => IcmpFields.AlternateHostCodes,
        RouterAdvertisement => IcmpFields.RouterAdvertisementCodes,
        TimeExceeded => IcmpFields.TimeExceededCodes,
        ParameterProblem => IcmpFields.ParameterProblemCodes,
        Photuris => IcmpFields.PhoturisCodes,
        _ => null,
    };

    private static void AddChecksum(FieldTree tree, int node, int offset, ReadOnlySpan<byte> message, ushort checksum, bool inError, bool truncated)
    {
        int item = tree.Add(node, IcmpFields.Checksum, 0, offset + 2, 2, checksum);
        if (inError || truncated)
        {
            if (tree.BuildsText)
                tree.SetText(item, $"Checksum: 0x{checksum:x4} [unverified]{(inError ? " [in ICMP error packet]" : "")}");
            tree.Add(node, IcmpFields.ChecksumStatus, 0, offset + 2, 0, ChecksumStatuses.Unverified, NodeFlags.Generated);
            return;
        }
        ushort computed = InternetChecksum.Finish(InternetChecksum.Add(0, message));
        if (computed == 0)
        {
            if (tree.BuildsText)
                tree.SetText(item, $"Checksum: 0x{checksum:x4} [correct]");
            tree.Add(node, IcmpFields.ChecksumStatus, 0, offset + 2, 0, ChecksumStatuses.Good, NodeFlags.Generated);
            return;
        }
        if (tree.BuildsText)
            tree.SetText(item, $"Checksum: 0x{checksum:x4} incorrect, should be 0x{InternetChecksum.ShouldBe(checksum, computed):x4}");
        tree.AddExpert(item, IcmpFields.ChecksumBad, 0, offset + 2, 2);
        tree.Add(node, IcmpFields.ChecksumStatus, 0, offset + 2, 0, ChecksumStatuses.Bad, NodeFlags.Generated);
    }

    private static void AddErrorHeader(FieldTree tree, int node, int offset, ReadOnlySpan<byte> b, byte type, byte code)
    {
        switch (type)
        {
            case Redirect:
                tree.Add(node, IcmpFields.RedirGw, 0, offset + 4, 4, BinaryPrimitives.ReadUInt32BigEndian(b[4..]));
                break;
            case ParameterProblem:
                tree.Add(node, IcmpFields.Pointer, 0, offset + 4, 1, b[4]);
                tree.AddBytesInPlace(node, IcmpFields.Unused, 0, offset + 5, 3);
                break;
            case Unreachable when code == 4:
                tree.AddBytesInPlace(node, IcmpFields.Unused, 0, offset + 4, 2);
                tree.Add(node, IcmpFields.Mtu, 0, offset + 6, 2, BinaryPrimitives.ReadUInt16BigEndian(b[6..]));
                break;
            default:
                tree.AddBytesInPlace(node, IcmpFields.Unused, 0, offset + 4, 4);
                break;
        }
    }

    /// <summary>"Originate Timestamp: 1 (0.001 seconds after midnight UTC)": milliseconds since midnight UTC.</summary>
    private static void AddMilliseconds(FieldTree tree, int node, FieldDef field, int offset, ReadOnlySpan<byte> b)
    {
        uint ms = BinaryPrimitives.ReadUInt32BigEndian(b);
        int item = tree.Add(node, field, 0, offset, 4, ms);
        if (tree.BuildsText)
            tree.SetText(item, $"{field.Name}: {ms} ({(ms / 1000.0).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} seconds after midnight UTC)");
    }

    /// <summary>The identifier and sequence number of echo and timestamp messages, both byte orders, and their Info text.</summary>
    private static (ushort Id, ushort Seq) AddIdentifierAndSequence(PacketContext packet, int node, int offset, ReadOnlySpan<byte> b)
    {
        var tree = packet.Tree;
        ushort id = BinaryPrimitives.ReadUInt16BigEndian(b[4..]), seq = BinaryPrimitives.ReadUInt16BigEndian(b[6..]);
        ushort idLe = BinaryPrimitives.ReadUInt16LittleEndian(b[4..]), seqLe = BinaryPrimitives.ReadUInt16LittleEndian(b[6..]);
        tree.Add(node, IcmpFields.Ident, 0, offset + 4, 2, id);
        tree.Add(node, IcmpFields.IdentLe, 0, offset + 4, 2, idLe);
        tree.Add(node, IcmpFields.Seq, 0, offset + 6, 2, seq);
        tree.Add(node, IcmpFields.SeqLe, 0, offset + 6, 2, seqLe);
        var info = packet.Columns.Info;
        if (info.Enabled)
        {
            info.Append($" id=0x{id:x4}, seq={seq}/{seqLe}");
            if (packet.NetworkKind == AddressKind.Ipv4 && FindEnclosingTtl(packet) is { } ttl)
                info.Append($", ttl={ttl}");
        }
        return (id, seq);
    }

    private void DissectEcho(PacketContext packet, int node, ReadOnlySpan<byte> frame, int offset, ReadOnlySpan<byte> b, byte type,
        ushort checksum, int declared)
    {
        var tree = packet.Tree;
        var info = packet.Columns.Info;
        var (id, seq) = AddIdentifierAndSequence(packet, node, offset, b);
        if (!packet.InErrorPacket)
        {
            long frameNumber = packet.Frame.Number, time = packet.Frame.Timestamp;
            if (type == Echo)
            {
                _echoes.Request(packet.NetworkSource, packet.NetworkDestination, id, seq, checksum, frameNumber, time);
                EchoTransactions.ShowReply(packet, node, offset, IcmpFields.RespIn, IcmpFields.NoResp, IcmpFields.RespNotFound,
                    static _ => "No response seen to ICMP request");
            }
            else if (_echoes.FindRequest(packet.NetworkSource, packet.NetworkDestination, id, seq, EchoTransactions.RequestChecksumOf(checksum), frameNumber, out long requestFrame, out long requestTime))
            {
                packet.Annotations?.Note(requestFrame, IcmpFields.RespIn, (ulong)frameNumber);
                tree.Add(node, IcmpFields.RespTo, 0, offset, 0, (ulong)requestFrame, NodeFlags.Generated);
                double ms = (time - requestTime) / 1e6;
                int rt = tree.AddDouble(node, IcmpFields.Resptime, 0, offset, 0, ms, NodeFlags.Generated);
                if (tree.BuildsText)
                    tree.SetText(rt, $"Response time: {ms.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)} ms");
                info.Append(" (request in ");
                info.Append(requestFrame);
                info.Append(')');
            }
        }
        int dataOffset = offset + HeaderLength;
        int remaining = b.Length - HeaderLength;
        if (remaining <= 0)
            return;
        if (declared - HeaderLength >= 8 && remaining >= 8 && TryDataTime(packet, b[HeaderLength..], out long stampNs))
        {
            tree.Add(node, IcmpFields.DataTime, 0, dataOffset, 8, (ulong)stampNs);
            tree.Add(node, IcmpFields.DataTimeRelative, 0, dataOffset, 8, (ulong)(packet.Frame.Timestamp - stampNs), NodeFlags.Generated);
            dataOffset += 8;
            remaining -= 8;
        }
        PayloadData.Add(packet, node, 0, dataOffset, remaining);
        _ = frame;
    }

    /// <summary>
    /// packet-icmp.c's guess at a struct timeval in the first 8 data bytes: seconds and microseconds as 32-bit numbers,
    /// big-endian first, then little-endian, accepted when within a day of the frame's time and below a million µs.
    /// </summary>
    private static bool TryDataTime(PacketContext packet, ReadOnlySpan<byte> data, out long stampNs)
    {
        long frameSeconds = Math.DivRem(packet.Frame.Timestamp, 1_000_000_000, out long rem);
        if (rem < 0)
            frameSeconds--;
        uint secs = BinaryPrimitives.ReadUInt32BigEndian(data), usecs = BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
        if (!Plausible(secs, usecs, frameSeconds))
        {
            secs = BinaryPrimitives.ReadUInt32LittleEndian(data);
            usecs = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
        }
        stampNs = 0;
        if (!Plausible(secs, usecs, frameSeconds))
            return false;
        stampNs = secs * 1_000_000_000L + usecs * 1000L;
        return true;
    }

    private static bool Plausible(uint secs, uint usecs, long frameSeconds)
    {
        int delta = unchecked((int)(uint)((long)secs - frameSeconds));
        return Math.Abs((long)delta) < 3600 * 24 && usecs < 1_000_000;
    }

    /// <summary>
    /// The TTL of the IPv4 header this message came in, for the Info column: read from the frame at the last Ipv4Fields item
    /// (protocol items are kept whatever fields the tree is restricted to).
    /// </summary>
    private static ulong? FindEnclosingTtl(PacketContext packet)
    {
        var tree = packet.Tree;
        var nodes = tree.Nodes;
        var frame = packet.Frame.Data.Span;
        for (int i = nodes.Length - 1; i >= 0; i--)
        {
            if (!ReferenceEquals(nodes[i].Field, Ipv4Fields.Protocol))
                continue;
            int at = nodes[i].Offset + 8;
            return nodes[i].Source == 0 && (uint)at < (uint)frame.Length ? frame[at] : null;
        }
        return null;
    }
}
