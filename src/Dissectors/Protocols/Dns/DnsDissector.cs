using AddressText = Sniffer.Dissectors.Protocols.Common.AddressText;
using System.Buffers.Binary;
using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Transport;
using Sniffer.Dissectors.Protocols.Common;
using Sniffer.Dissectors.Registry;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Dns;

/// <summary>
/// DNS messages (RFC 1035 and the record types in common use) as tshark 4.0 shows them, over UDP, over TCP with the
/// two-byte length prefix, and as mDNS and LLMNR. Queries and responses are matched per conversation by transaction
/// ID (dns.response_to, dns.time; a response with no query is dns.unsolicited). Names are decompressed with a bound on
/// pointers and length, so hostile messages cost linear time. The dissector keeps no state of its own: what spans
/// messages lives in the conversation's slot.
/// </summary>
public sealed class DnsDissector : IDatagramDissector, IStreamDissector
{
    private const int HeaderLength = 12;
    private const ushort FlagResponse = 0x8000;

    public static readonly DnsDissector Dns = new(DnsVariant.Dns, DnsFields.Protocol);
    public static readonly DnsDissector Mdns = new(DnsVariant.Mdns, DnsFields.Mdns);
    public static readonly DnsDissector Llmnr = new(DnsVariant.Llmnr, DnsFields.Llmnr);

    private readonly DnsVariant _variant;
    [ThreadStatic] private static StringBuilder? t_name;

    private DnsDissector(DnsVariant variant, ProtocolDef protocol)
    {
        _variant = variant;
        Protocol = protocol;
    }

    public ProtocolDef Protocol { get; }

    // ---- UDP ------------------------------------------------------------------------------------

    /// <summary>
    /// packet-dns.c's dns_udp heuristic, for DNS on a port no table names (a query to an unusual port): a standard
    /// query with exactly one question and no answers, or a response with at most one question, some question or answer,
    /// and few records; never for mDNS and LLMNR, which are found by port only.
    /// </summary>
    public bool LooksLikeMine(ReadOnlySpan<byte> payload, DatagramContext context)
    {
        if (_variant != DnsVariant.Dns || payload.Length <= HeaderLength)
            return false;
        ushort flags = BinaryPrimitives.ReadUInt16BigEndian(payload[2..]);
        if ((flags & 0x7800) != 0)
            return false;
        int quest = BinaryPrimitives.ReadUInt16BigEndian(payload[4..]), ans = BinaryPrimitives.ReadUInt16BigEndian(payload[6..]);
        int auth = BinaryPrimitives.ReadUInt16BigEndian(payload[8..]), add = BinaryPrimitives.ReadUInt16BigEndian(payload[10..]);
        if ((flags & FlagResponse) == 0)
        {
            if (quest != 1 || ans != 0 || auth != 0)
                return false;
        }
        else if (quest > 1 || ans > 100 || auth > 10 || quest + ans == 0)
        {
            return false;
        }
        return add <= 10;
    }

    public bool Dissect(ReadOnlySpan<byte> payload, DatagramContext context, PacketContext packet, int source, int offset)
    {
        var transactions = context.InErrorPacket ? null : context.Conversation.GetState(this, static () => new DnsTransactions());
        DissectMessage(payload, packet, source, offset, tcpLength: -1, transactions);
        return true;
    }

    // ---- TCP ------------------------------------------------------------------------------------

    public bool LooksLikeMine(ReadOnlySpan<byte> firstBytes, StreamDirection direction) => false;

    public PduBoundary FindPdu(ReadOnlySpan<byte> pending, StreamSide side, bool endOfStream)
    {
        if (pending.Length < 2)
            return PduBoundary.NeedMore(2);
        int total = 2 + BinaryPrimitives.ReadUInt16BigEndian(pending);
        return pending.Length >= total ? PduBoundary.Complete(total) : PduBoundary.NeedMore(total);
    }

    public void Dissect(ReadOnlySpan<byte> pdu, StreamSide side, PacketContext packet, int source)
    {
        if (pdu.Length < 2)
            return;
        var transactions = packet.InErrorPacket ? null : side.Conversation.GetState(this, static () => new DnsTransactions());
        AddPduSize(packet.Tree, pdu.Length, source, side.PduSourceOffset);
        DissectMessage(pdu[2..], packet, source, side.PduSourceOffset + 2, BinaryPrimitives.ReadUInt16BigEndian(pdu), transactions);
    }

    /// <summary>
    /// tcp_dissect_pdus, which packet-dns.c frames DNS over TCP with, adds "[PDU Size: n]" to the TCP item for each PDU it
    /// hands over (the last TCP item of the frame: the one whose payload this is).
    /// </summary>
    private static void AddPduSize(FieldTree tree, int length, int source, int offset)
    {
        if (!tree.Wants(TcpFields.PduSize))
            return;
        var nodes = tree.Nodes;
        for (int i = nodes.Length - 1; i >= 0; i--)
        {
            if (ReferenceEquals(nodes[i].Field, TcpFields.Protocol))
            {
                tree.Add(i, TcpFields.PduSize, source, offset, length, (ulong)length, NodeFlags.Generated);
                return;
            }
        }
    }

    // ---- the message ----------------------------------------------------------------------------

    private void DissectMessage(ReadOnlySpan<byte> m, PacketContext packet, int source, int baseOffset, int tcpLength, DnsTransactions? transactions)
    {
        var tree = packet.Tree;
        var info = packet.Columns.Info;
        packet.AddProtocolName(Protocol.Abbrev);
        packet.Columns.Protocol = Protocol.ColumnName;
        if (m.Length < HeaderLength)
        {
            // tshark reads the header's flags before it adds the DNS item: a shorter message has none.
            info.Clear();
            CommonFields.MarkTooShort(packet, Protocol);
            return;
        }
        int protoStart = tcpLength >= 0 ? baseOffset - 2 : baseOffset;
        int node = tree.AddNode(-1, Protocol, source, protoStart, m.Length + (tcpLength >= 0 ? 2 : 0));
        if (tcpLength >= 0)
            tree.Add(node, DnsFields.Length, source, baseOffset - 2, 2, (ulong)tcpLength);
        ushort id = BinaryPrimitives.ReadUInt16BigEndian(m), flags = BinaryPrimitives.ReadUInt16BigEndian(m[2..]);
        bool response = (flags & FlagResponse) != 0;
        int opcode = (flags >> 11) & 0xF, rcode = flags & 0xF;
        string opcodeName = DnsNames.Opcodes.TryGetValue((ulong)opcode, out var on) ? on : $"Unknown operation ({opcode})";
        string rcodeName = DnsNames.Rcodes.TryGetValue((ulong)rcode, out var rn) ? rn : $"Unknown error ({rcode})";
        if (info.Enabled)
        {
            info.Set(opcodeName);
            if (response)
                info.Append(" response");
            info.Append($" 0x{id:x4}");
            if (response && rcode != 0)
                info.Append($" {rcodeName}");
        }
        if (tree.BuildsText)
            tree.SetText(node, $"{Protocol.Name} ({(response ? "response" : "query")})");
        tree.Add(node, DnsFields.Id, source, baseOffset, 2, id);
        AddFlags(tree, node, source, baseOffset + 2, flags, response, opcodeName, rcodeName);
        int qd = BinaryPrimitives.ReadUInt16BigEndian(m[4..]), an = BinaryPrimitives.ReadUInt16BigEndian(m[6..]);
        int ns = BinaryPrimitives.ReadUInt16BigEndian(m[8..]), ar = BinaryPrimitives.ReadUInt16BigEndian(m[10..]);
        bool update = opcode == 5; // RFC 2136: zone, prerequisites, updates
        tree.Add(node, update ? DnsFields.CountZones : DnsFields.CountQueries, source, baseOffset + 4, 2, (ulong)qd);
        tree.Add(node, update ? DnsFields.CountPrerequisites : DnsFields.CountAnswers, source, baseOffset + 6, 2, (ulong)an);
        tree.Add(node, update ? DnsFields.CountUpdates : DnsFields.CountAuthRr, source, baseOffset + 8, 2, (ulong)ns);
        tree.Add(node, DnsFields.CountAddRr, source, baseOffset + 10, 2, (ulong)ar);

        var name = t_name ??= new StringBuilder(64);
        int pos = HeaderLength;
        bool ok = true;
        if (qd > 0)
            ok = Questions(m, packet, node, source, baseOffset, qd, update ? "Zone" : "Queries", ref pos, name);
        if (ok && an > 0)
            ok = Records(m, packet, node, source, baseOffset, an, update ? "Prerequisites" : "Answers", ref pos, name);
        if (ok && ns > 0)
            ok = Records(m, packet, node, source, baseOffset, ns, update ? "Updates" : "Authoritative nameservers", ref pos, name);
        if (ok && ar > 0)
            ok = Records(m, packet, node, source, baseOffset, ar, "Additional records", ref pos, name);
        if (!ok)
        {
            CommonFields.MarkTooShort(packet, Protocol);
            return;
        }

        if (transactions is null)
            return;
        long frame = packet.Frame.Number, time = packet.Frame.Timestamp;
        if (!response)
        {
            transactions.Query(id, frame, time);
            // A two-pass read (-2): the response the first pass matched to this query.
            if (packet.Annotations is { } notes && notes.TryGet(frame, DnsFields.ResponseIn, out ulong responseFrame))
                tree.Add(node, DnsFields.ResponseIn, source, protoStart, 0, responseFrame, NodeFlags.Generated);
        }
        else if (transactions.TryMatch(id, frame, out long queryFrame, out long queryTime))
        {
            packet.Annotations?.Note(queryFrame, DnsFields.ResponseIn, (ulong)frame);
            tree.Add(node, DnsFields.ResponseTo, source, protoStart, 0, (ulong)queryFrame, NodeFlags.Generated);
            tree.Add(node, DnsFields.Time, source, protoStart, 0, (ulong)(time - queryTime), NodeFlags.Generated);
        }
        else
        {
            tree.Add(node, DnsFields.Unsolicited, source, protoStart, 0, 1, NodeFlags.Generated);
        }
    }

    private void AddFlags(FieldTree tree, int node, int source, int offset, ushort flags, bool response, string opcodeName, string rcodeName)
    {
        int f = tree.Add(node, DnsFields.Flags, source, offset, 2, flags);
        if (tree.BuildsText)
            tree.SetText(f, $"Flags: 0x{flags:x4} {opcodeName}{(response ? " response, " + rcodeName : "")}");
        void Bit(FieldDef field, int mask) => tree.Add(f, field, source, offset, 2, (flags & mask) != 0 ? 1UL : 0UL);
        Bit(DnsFields.FlagsResponse, 0x8000);
        tree.Add(f, DnsFields.FlagsOpcode, source, offset, 2, (ulong)((flags >> 11) & 0xF));
        if (_variant == DnsVariant.Llmnr)
        {
            int conflict = tree.Add(f, DnsFields.FlagsConflict, source, offset, 2, (flags & 0x400) != 0 ? 1UL : 0UL);
            if (response && tree.BuildsText)
            {
                // A response's conflict bit is hf_dns_flags_conflict_response: the same filter name, other words.
                tree.SetText(conflict, (flags & 0x400) != 0
                    ? ".... .1.. .... .... = Conflict: The name is not considered unique"
                    : ".... .0.. .... .... = Conflict: The name is considered unique");
            }
            Bit(DnsFields.FlagsTruncated, 0x200);
            Bit(DnsFields.FlagsTentative, 0x100);
            if (response)
                tree.Add(f, DnsFields.FlagsRcode, source, offset, 2, (ulong)(flags & 0xF));
            return;
        }
        if (response)
            Bit(DnsFields.FlagsAuthoritative, 0x400);
        Bit(DnsFields.FlagsTruncated, 0x200);
        Bit(DnsFields.FlagsRecdesired, 0x100);
        if (response)
            Bit(DnsFields.FlagsRecavail, 0x80);
        Bit(DnsFields.FlagsZ, 0x40);
        if (response)
        {
            Bit(DnsFields.FlagsAuthenticated, 0x20);
        }
        else if ((flags & 0x20) != 0)
        {
            // A query shows the AD bit only when it is set (hf_dns_flags_ad, the same filter name).
            int ad = tree.Add(f, DnsFields.FlagsAuthenticated, source, offset, 2, 1);
            if (tree.BuildsText)
                tree.SetText(ad, ".... .... ..1. .... = AD bit: Set");
        }
        Bit(DnsFields.FlagsCheckdisable, 0x10);
        if (response)
            tree.Add(f, DnsFields.FlagsRcode, source, offset, 2, (ulong)(flags & 0xF));
    }

    private bool Questions(ReadOnlySpan<byte> m, PacketContext packet, int node, int source, int baseOffset, int count, string title, ref int pos,
        StringBuilder name)
    {
        var tree = packet.Tree;
        var info = packet.Columns.Info;
        int section = tree.AddNode(node, TextItem.Field, source, baseOffset + pos, 0);
        if (tree.BuildsText)
            tree.SetText(section, title);
        int start = pos;
        for (int i = 0; i < count; i++)
        {
            int at = pos;
            var status = DnsNameReader.Read(m, pos, name, out int consumed, out int labels);
            if (status == DnsNameStatus.Truncated || pos + consumed + 4 > m.Length)
                return false;
            string text = DnsNameReader.Display(name);
            pos += consumed;
            ushort type = BinaryPrimitives.ReadUInt16BigEndian(m[pos..]), rawClass = BinaryPrimitives.ReadUInt16BigEndian(m[(pos + 2)..]);
            bool qu = _variant == DnsVariant.Mdns && (rawClass & 0x8000) != 0;
            ushort cls = _variant == DnsVariant.Mdns ? (ushort)(rawClass & 0x7FFF) : rawClass;
            int q = tree.AddNode(section, TextItem.Field, source, baseOffset + at, consumed + 4);
            if (tree.BuildsText)
                tree.SetText(q, $"{text}: type {DnsNames.TypeShort(type)}, class {DnsNames.Class(cls)}{(_variant == DnsVariant.Mdns ? qu ? ", \"QU\" question" : ", \"QM\" question" : "")}");
            tree.AddString(q, DnsFields.QryName, source, baseOffset + at, consumed, text);
            tree.Add(q, DnsFields.QryNameLen, source, baseOffset + at, consumed, (ulong)(name.Length == 0 ? 6 : name.Length), NodeFlags.Generated);
            tree.Add(q, DnsFields.CountLabels, source, baseOffset + at, consumed, (ulong)labels, NodeFlags.Generated);
            tree.Add(q, DnsFields.QryType, source, baseOffset + pos, 2, type);
            int qc = tree.Add(q, _variant == DnsVariant.Mdns ? DnsFields.QryClassMdns : DnsFields.QryClass, source, baseOffset + pos + 2, 2, cls);
            if (_variant == DnsVariant.Mdns)
                tree.Add(q, DnsFields.QryQu, source, baseOffset + pos + 2, 2, qu ? 1UL : 0UL);
            pos += 4;
            if (info.Enabled)
            {
                info.Append(' ');
                info.Append(DnsNames.TypeShort(type));
                info.Append(' ');
                info.Append(text);
                if (_variant == DnsVariant.Mdns)
                    info.Append(qu ? ", \"QU\" question" : ", \"QM\" question");
            }
        }
        tree.SetLength(section, pos - start);
        return true;
    }

    private bool Records(ReadOnlySpan<byte> m, PacketContext packet, int node, int source, int baseOffset, int count, string title, ref int pos, StringBuilder name)
    {
        var tree = packet.Tree;
        var info = packet.Columns.Info;
        int section = tree.AddNode(node, TextItem.Field, source, baseOffset + pos, 0);
        if (tree.BuildsText)
            tree.SetText(section, title);
        int start = pos;
        for (int i = 0; i < count; i++)
        {
            int at = pos;
            var status = DnsNameReader.Read(m, pos, name, out int consumed, out _);
            if (status == DnsNameStatus.Truncated || pos + consumed + 10 > m.Length)
                return false;
            string owner = DnsNameReader.Display(name);
            pos += consumed;
            ushort type = BinaryPrimitives.ReadUInt16BigEndian(m[pos..]), rawClass = BinaryPrimitives.ReadUInt16BigEndian(m[(pos + 2)..]);
            uint ttl = BinaryPrimitives.ReadUInt32BigEndian(m[(pos + 4)..]);
            int rdLength = BinaryPrimitives.ReadUInt16BigEndian(m[(pos + 8)..]);
            int rdata = pos + 10;
            if (rdata + rdLength > m.Length)
                return false;
            int rr = tree.AddNode(section, TextItem.Field, source, baseOffset + at, rdata + rdLength - at);
            if (info.Enabled)
            {
                info.Append(' ');
                info.Append(DnsNames.TypeShort(type));
            }
            if (type == 41)
            {
                Opt(m, tree, rr, source, baseOffset, at, consumed, owner, pos, rawClass, ttl, rdLength);
                pos = rdata + rdLength;
                continue;
            }
            bool flush = _variant == DnsVariant.Mdns && (rawClass & 0x8000) != 0;
            ushort cls = _variant == DnsVariant.Mdns ? (ushort)(rawClass & 0x7FFF) : rawClass;
            if (flush)
                info.Append(", cache flush");
            if (type == 33 && SplitService(owner, out var service, out var proto, out var rest))
            {
                tree.AddString(rr, DnsFields.SrvService, source, baseOffset + at, consumed, service);
                tree.AddString(rr, DnsFields.SrvProto, source, baseOffset + at, consumed, proto);
                tree.AddString(rr, DnsFields.SrvName, source, baseOffset + at, consumed, rest);
            }
            else
            {
                tree.AddString(rr, DnsFields.RespName, source, baseOffset + at, consumed, owner);
            }
            tree.Add(rr, DnsFields.RespType, source, baseOffset + pos, 2, type);
            int rc = tree.Add(rr, _variant == DnsVariant.Mdns ? DnsFields.RespClassMdns : DnsFields.RespClass, source, baseOffset + pos + 2, 2, cls);
            if (_variant == DnsVariant.Mdns)
                tree.Add(rr, DnsFields.RespCacheFlush, source, baseOffset + pos + 2, 2, flush ? 1UL : 0UL);
            int ttlNode = tree.Add(rr, DnsFields.RespTtl, source, baseOffset + pos + 4, 4, ttl);
            if (tree.BuildsText)
                tree.SetText(ttlNode, $"Time to live: {ttl} ({DurationText.Of(ttl)})");
            tree.Add(rr, DnsFields.RespLen, source, baseOffset + pos + 8, 2, (ulong)rdLength);
            string summary = RecordData(m, packet, rr, source, baseOffset, type, rdata, rdLength, name);
            if (packet.Malformed)
                return false;
            if (tree.BuildsText)
                tree.SetText(rr, $"{owner}: type {DnsNames.TypeShort(type)}, class {DnsNames.Class(cls)}{(flush ? ", cache flush" : "")}{summary}");
            pos = rdata + rdLength;
        }
        tree.SetLength(section, pos - start);
        return true;
    }

    private static bool SplitService(string owner, out string service, out string proto, out string rest)
    {
        int first = owner.IndexOf('.');
        int second = first < 0 ? -1 : owner.IndexOf('.', first + 1);
        if (second < 0)
        {
            service = proto = rest = "";
            return false;
        }
        service = owner[..first];
        proto = owner[(first + 1)..second];
        rest = owner[(second + 1)..];
        return true;
    }

    /// <summary>Adds a record's data fields and its Info text; returns the suffix of the record's tree line (", addr …").</summary>
    private static string RecordData(ReadOnlySpan<byte> m, PacketContext packet, int rr, int source, int baseOffset, ushort type,
        int rdata, int rdLength, StringBuilder name)
    {
        var tree = packet.Tree;
        var info = packet.Columns.Info;
        int at = baseOffset + rdata;
        var data = m.Slice(rdata, rdLength);
        switch (type)
        {
            case 1 when rdLength == 4:
            {
                tree.Add(rr, DnsFields.A, source, at, 4, BinaryPrimitives.ReadUInt32BigEndian(data));
                string a = AddressText.Ipv4(data);
                info.Append(' ');
                info.Append(a);
                return ", addr " + a;
            }
            case 28 when rdLength == 16:
            {
                tree.AddBytesInPlace(rr, DnsFields.Aaaa, source, at, 16);
                string a = AddressText.Ipv6(data);
                info.Append(' ');
                info.Append(a);
                return ", addr " + a;
            }
            case 2:
            case 5:
            case 12:
            {
                string target = NameAt(m, rdata, name, out int used);
                var field = type == 2 ? DnsFields.Ns : type == 5 ? DnsFields.Cname : DnsFields.PtrDomainName;
                tree.AddString(rr, field, source, at, used, target);
                info.Append(' ');
                info.Append(target);
                return type == 2 ? ", ns " + target : type == 5 ? ", cname " + target : ", " + target;
            }
            case 15 when rdLength >= 3:
            {
                ushort preference = BinaryPrimitives.ReadUInt16BigEndian(data);
                tree.Add(rr, DnsFields.MxPreference, source, at, 2, preference);
                string exchange = NameAt(m, rdata + 2, name, out int used);
                tree.AddString(rr, DnsFields.MxMailExchange, source, at + 2, used, exchange);
                info.Append($" {preference} {exchange}");
                return $", preference {preference}, mx {exchange}";
            }
            case 6:
            {
                string mname = NameAt(m, rdata, name, out int used1);
                tree.AddString(rr, DnsFields.SoaMname, source, at, used1, mname);
                string rname = NameAt(m, rdata + used1, name, out int used2);
                tree.AddString(rr, DnsFields.SoaRname, source, at + used1, used2, rname);
                int p = rdata + used1 + used2;
                if (p + 20 <= rdata + rdLength)
                {
                    FieldDef[] numbers = [DnsFields.SoaSerialNumber, DnsFields.SoaRefreshInterval, DnsFields.SoaRetryInterval, DnsFields.SoaExpireLimit, DnsFields.SoaMinimumTtl];
                    for (int i = 0; i < numbers.Length; i++)
                    {
                        uint v = BinaryPrimitives.ReadUInt32BigEndian(m[(p + 4 * i)..]);
                        int item = tree.Add(rr, numbers[i], source, baseOffset + p + 4 * i, 4, v);
                        if (i > 0 && tree.BuildsText)
                            tree.SetText(item, $"{numbers[i].Name}: {v} ({DurationText.Of(v)})");
                    }
                }
                info.Append(' ');
                info.Append(mname);
                return ", mname " + mname;
            }
            case 16:
            case 99:
            {
                var (lengthField, textField) = type == 16 ? (DnsFields.TxtLength, DnsFields.Txt) : (DnsFields.SpfLength, DnsFields.Spf);
                int p = 0;
                while (p < data.Length)
                {
                    int len = data[p];
                    tree.Add(rr, lengthField, source, at + p, 1, (ulong)len);
                    if (p + 1 + len > data.Length)
                    {
                        // The string runs past its record: tshark's read throws there.
                        CommonFields.MarkMalformed(packet, packet.Columns.Protocol);
                        return "";
                    }
                    tree.AddString(rr, textField, source, at + p + 1, len, Latin1(data.Slice(p + 1, len)));
                    p += 1 + len;
                }
                return "";
            }
            case 33 when rdLength >= 7:
            {
                ushort priority = BinaryPrimitives.ReadUInt16BigEndian(data), weight = BinaryPrimitives.ReadUInt16BigEndian(data[2..]);
                ushort port = BinaryPrimitives.ReadUInt16BigEndian(data[4..]);
                tree.Add(rr, DnsFields.SrvPriority, source, at, 2, priority);
                tree.Add(rr, DnsFields.SrvWeight, source, at + 2, 2, weight);
                tree.Add(rr, DnsFields.SrvPort, source, at + 4, 2, port);
                string target = NameAt(m, rdata + 6, name, out int used);
                tree.AddString(rr, DnsFields.SrvTarget, source, at + 6, used, target);
                info.Append($" {priority} {weight} {port} {target}");
                return $", priority {priority}, weight {weight}, port {port}, target {target}";
            }
            case 47:
            {
                string next = NameAt(m, rdata, name, out int used);
                tree.AddString(rr, DnsFields.NsecNextDomainName, source, at, used, next);
                TypeBitmap(m, tree, rr, source, baseOffset, rdata + used, rdata + rdLength);
                info.Append(' ');
                info.Append(next);
                return ", next domain name " + next;
            }
            case 64:
            case 65:
                ServiceBinding(m, tree, rr, source, baseOffset, rdata, rdLength, name);
                return "";
            default:
                return "";
        }
    }

    /// <summary>An NSEC type bitmap: each type present is shown as dns.resp.type ("RR type in bit map").</summary>
    private static void TypeBitmap(ReadOnlySpan<byte> m, FieldTree tree, int rr, int source, int baseOffset, int p, int end)
    {
        while (p + 2 <= end)
        {
            int window = m[p], length = m[p + 1];
            if (length == 0 || length > 32 || p + 2 + length > end)
                return;
            for (int i = 0; i < length; i++)
            {
                byte bits = m[p + 2 + i];
                for (int bit = 0; bit < 8; bit++)
                {
                    if ((bits & (0x80 >> bit)) == 0)
                        continue;
                    ushort type = (ushort)(window * 256 + i * 8 + bit);
                    int item = tree.Add(rr, DnsFields.RespType, source, baseOffset + p + 2 + i, 1, type);
                    if (tree.BuildsText)
                        tree.SetText(item, $"RR type in bit map: {DnsNames.TypeLong(type)}");
                }
            }
            p += 2 + length;
        }
    }

    private static void ServiceBinding(ReadOnlySpan<byte> m, FieldTree tree, int rr, int source, int baseOffset, int rdata, int rdLength, StringBuilder name)
    {
        int end = rdata + rdLength;
        if (rdLength < 3)
            return;
        tree.Add(rr, DnsFields.SvcbSvcpriority, source, baseOffset + rdata, 2, BinaryPrimitives.ReadUInt16BigEndian(m[rdata..]));
        string target = NameAt(m, rdata + 2, name, out int used);
        tree.AddString(rr, DnsFields.SvcbTargetname, source, baseOffset + rdata + 2, used, target);
        int p = rdata + 2 + used;
        while (p + 4 <= end)
        {
            ushort key = BinaryPrimitives.ReadUInt16BigEndian(m[p..]);
            int len = BinaryPrimitives.ReadUInt16BigEndian(m[(p + 2)..]);
            if (p + 4 + len > end)
                break;
            var value = m.Slice(p + 4, len);
            int param = tree.AddNode(rr, DnsFields.SvcbSvcparam, source, baseOffset + p, 4 + len);
            tree.Add(param, DnsFields.SvcbSvcparamKey, source, baseOffset + p, 2, key);
            tree.Add(param, DnsFields.SvcbSvcparamValueLength, source, baseOffset + p + 2, 2, (ulong)len);
            string keyName = DnsNames.SvcParamKeys.TryGetValue(key, out var kn) ? kn : $"key{key}";
            var shown = new StringBuilder();
            int v = baseOffset + p + 4;
            switch (key)
            {
                case 1:
                    for (int i = 0; i < value.Length;)
                    {
                        int l = value[i];
                        int take = Math.Min(l, value.Length - i - 1);
                        tree.Add(param, DnsFields.SvcbSvcparamAlpnLength, source, v + i, 1, (ulong)l);
                        string alpn = Latin1(value.Slice(i + 1, take));
                        tree.AddString(param, DnsFields.SvcbSvcparamAlpn, source, v + i + 1, take, alpn);
                        shown.Append(shown.Length == 0 ? "" : ",").Append(alpn);
                        i += 1 + l;
                    }
                    break;
                case 3 when len == 2:
                {
                    ushort port = BinaryPrimitives.ReadUInt16BigEndian(value);
                    tree.Add(param, DnsFields.SvcbSvcparamPort, source, v, 2, port);
                    shown.Append(port);
                    break;
                }
                case 4:
                    for (int i = 0; i + 4 <= value.Length; i += 4)
                    {
                        tree.Add(param, DnsFields.SvcbSvcparamIpv4hintIp, source, v + i, 4, BinaryPrimitives.ReadUInt32BigEndian(value[i..]));
                        shown.Append(shown.Length == 0 ? "" : ",").Append(AddressText.Ipv4(value.Slice(i, 4)));
                    }
                    break;
                default:
                    if (len > 0)
                        tree.AddBytesInPlace(param, DnsFields.SvcbSvcparamValue, source, v, len);
                    break;
            }
            if (tree.BuildsText)
                tree.SetText(param, shown.Length > 0 ? $"SvcParam: {keyName}={shown}" : $"SvcParam: {keyName}");
            p += 4 + len;
        }
    }

    private static void Opt(ReadOnlySpan<byte> m, FieldTree tree, int rr, int source, int baseOffset, int at, int nameLength, string owner,
        int pos, ushort payloadSize, uint ttl, int rdLength)
    {
        if (tree.BuildsText)
            tree.SetText(rr, $"{owner}: type OPT");
        tree.AddString(rr, DnsFields.RespName, source, baseOffset + at, nameLength, owner);
        tree.Add(rr, DnsFields.RespType, source, baseOffset + pos, 2, 41);
        tree.Add(rr, DnsFields.RrUdpPayloadSize, source, baseOffset + pos + 2, 2, payloadSize);
        tree.Add(rr, DnsFields.RespExtRcode, source, baseOffset + pos + 4, 1, ttl >> 24);
        tree.Add(rr, DnsFields.RespEdns0Version, source, baseOffset + pos + 5, 1, (ttl >> 16) & 0xFF);
        int z = tree.Add(rr, DnsFields.RespZ, source, baseOffset + pos + 6, 2, ttl & 0xFFFF);
        tree.Add(z, DnsFields.RespZDo, source, baseOffset + pos + 6, 2, (ttl & 0x8000) != 0 ? 1UL : 0UL);
        tree.Add(z, DnsFields.RespZReserved, source, baseOffset + pos + 6, 2, ttl & 0x7FFF);
        tree.Add(rr, DnsFields.RespLen, source, baseOffset + pos + 8, 2, (ulong)rdLength);
        int p = pos + 10, end = p + rdLength;
        while (p + 4 <= end)
        {
            ushort code = BinaryPrimitives.ReadUInt16BigEndian(m[p..]);
            int len = BinaryPrimitives.ReadUInt16BigEndian(m[(p + 2)..]);
            int take = Math.Min(len, end - p - 4);
            int opt = tree.AddNode(rr, DnsFields.Opt, source, baseOffset + p, 4 + take);
            string codeName = DnsNames.OptionCodes.TryGetValue(code, out var cn) ? cn : "Unknown";
            if (tree.BuildsText)
                tree.SetText(opt, $"Option: {codeName}");
            tree.Add(opt, DnsFields.OptCode, source, baseOffset + p, 2, code);
            tree.Add(opt, DnsFields.OptLen, source, baseOffset + p + 2, 2, (ulong)len);
            if (take > 0)
                tree.AddBytesInPlace(opt, DnsFields.OptData, source, baseOffset + p + 4, take);
            if (code == 10 && take >= 8)
            {
                tree.AddBytesInPlace(opt, DnsFields.OptCookieClient, source, baseOffset + p + 4, 8);
                // Added even when empty, as packet-dns.c does (-T fields prints <MISSING>, JSON and EK "").
                tree.AddBytesInPlace(opt, DnsFields.OptCookieServer, source, baseOffset + p + 12, take - 8);
            }
            else if (code == 15 && take >= 2)
            {
                tree.Add(opt, DnsFields.OptExtErrorInfoCode, source, baseOffset + p + 4, 2, BinaryPrimitives.ReadUInt16BigEndian(m[(p + 4)..]));
                if (take > 2)
                    tree.AddString(opt, DnsFields.OptExtErrorExtraText, source, baseOffset + p + 6, take - 2, Encoding.UTF8.GetString(m.Slice(p + 6, take - 2)));
            }
            p += 4 + len;
        }
    }

    private static string NameAt(ReadOnlySpan<byte> m, int offset, StringBuilder name, out int used)
    {
        DnsNameReader.Read(m, offset, name, out used, out _);
        return DnsNameReader.Display(name);
    }

    private static string Latin1(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);
}
