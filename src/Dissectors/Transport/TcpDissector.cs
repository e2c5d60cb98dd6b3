using System.Buffers.Binary;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Transport;

/// <summary>
/// TCP (RFC 9293): header fields and options, the conversation (tcp.stream), SEQ/ACK analysis and the
/// Info column as tshark writes it, then the payload to the reassembler and the stream dissectors.
/// </summary>
public sealed class TcpDissector
{
    private static readonly string[] FlagNames = ["FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR", "AE"];
    private const string FlagLetters = "FSRPAUECNRRR";
    private const char FlagUnset = '\u00B7';

    private readonly TcpConversationTable _conversations;
    private readonly TcpPayloadHandler _payload;

    public TcpDissector(TcpConversationTable conversations, TcpPayloadHandler payload)
    {
        _conversations = conversations;
        _payload = payload;
    }

    public TcpConversationTable Conversations => _conversations;

    public void Dissect(PacketContext packet, ReadOnlySpan<byte> frame, int offset, int captured, int declared)
    {
        var tree = packet.Tree;
        var columns = packet.Columns;
        packet.AddProtocolName("tcp");
        columns.Protocol = TcpFields.Protocol.ShortName;
        if (packet.InErrorPacket)
        {
            DissectQuoted(packet, frame, offset, captured);
            return;
        }
        var b = frame.Slice(offset, captured);
        var status = TcpHeaderView.TryRead(b, out var tcp);
        if (status != TcpHeaderStatus.Ok)
        {
            DissectBadHeader(packet, b, offset, status);
            return;
        }

        int headerLength = tcp.HeaderLength;
        int segmentLength = Math.Max(0, declared - headerLength);
        int capturedPayload = Math.Max(0, Math.Min(captured, declared) - headerLength);
        ushort srcPort = tcp.SourcePort, dstPort = tcp.DestinationPort;
        packet.SourcePort = srcPort;
        packet.DestinationPort = dstPort;
        int flags = tcp.Flags;
        uint seq = tcp.Sequence, ack = tcp.Acknowledgment;
        bool syn = (flags & TcpFlagBits.Syn) != 0, hasAck = (flags & TcpFlagBits.Ack) != 0;
        long frameNumber = packet.Frame.Number, time = packet.Frame.Timestamp;

        var conversation = _conversations.Lookup(packet.NetworkSource, srcPort, packet.NetworkDestination, dstPort,
            syn, hasAck, seq, frameNumber, time, out var direction, out bool portsReused);
        var fwd = conversation.Half(direction);
        var rev = conversation.Half(direction == StreamDirection.ClientToServer ? StreamDirection.ServerToClient : StreamDirection.ClientToServer);
        long previousTime = conversation.LastTime;
        bool newConversation = conversation.FirstFrame == frameNumber && previousTime == time && fwd.Frames == 0 && rev.Frames == 0;
        if (portsReused)
            conversation.Completeness = 1; // as Wireshark: the conversation a reusing SYN starts is complete up to its SYN
        // A SYN with the ISN already seen is a retransmitted SYN: Wireshark restores the expected sequence number
        // (a RST may have moved it, issue 17616); tshark 4.0.17 does not call it "port numbers reused".
        bool synAgain = syn && !hasAck && !portsReused && !newConversation && fwd.BaseSeqSet && seq == fwd.BaseSeq;
        if (synAgain)
            fwd.NextSeq = fwd.MaxSeqToBeAcked;
        int completeness = conversation.Completeness;
        fwd.SackCount = 0;
        TcpHandshake.Record(conversation, fwd, rev, direction, flags, segmentLength, frameNumber, time);

        var analysis = TcpSequenceAnalysis.Analyze(conversation, fwd, rev, seq, ack, flags, tcp.Window, segmentLength, frameNumber, time,
            portsReused);
        TcpHandshake.AfterAnalysis(conversation, fwd, rev, flags, segmentLength, time, newConversation && !portsReused, tcp.Options);
        fwd.Frames++;
        fwd.Bytes += packet.Frame.OriginalLength;
        conversation.LastTime = time;
        conversation.LastFrame = frameNumber;

        // ---- fields ----
        int node = tree.AddNode(-1, TcpFields.Protocol, 0, offset, headerLength);
        tree.Add(node, TcpFields.SrcPort, 0, offset, 2, srcPort);
        tree.Add(node, TcpFields.DstPort, 0, offset + 2, 2, dstPort);
        tree.Add(node, TcpFields.Port, 0, offset, 2, srcPort, NodeFlags.Hidden);
        tree.Add(node, TcpFields.Port, 0, offset + 2, 2, dstPort, NodeFlags.Hidden);
        tree.Add(node, TcpFields.Stream, 0, offset, 0, (ulong)conversation.Index, NodeFlags.Generated);
        tree.Add(node, TcpFields.Completeness, 0, offset, 0, (ulong)completeness, NodeFlags.Generated);
        tree.Add(node, TcpFields.Len, 0, offset, 0, (ulong)segmentLength, NodeFlags.Generated);
        tree.Add(node, TcpFields.Seq, 0, offset + 4, 4, analysis.RelativeSeq);
        tree.Add(node, TcpFields.SeqRaw, 0, offset + 4, 4, seq);
        tree.Add(node, TcpFields.NextSeq, 0, offset, 0, analysis.RelativeNextSeq, NodeFlags.Generated);
        tree.Add(node, TcpFields.Ack, 0, offset + 8, 4, hasAck ? analysis.RelativeAck : ack);
        tree.Add(node, TcpFields.AckRaw, 0, offset + 8, 4, ack);
        tree.Add(node, TcpFields.HdrLen, 0, offset + 12, 1, (ulong)headerLength);
        var flagNodes = AddFlags(tree, node, offset + 12, flags);
        AddConnectionExperts(tree, flagNodes, offset + 13, flags, srcPort, dstPort, fwd, rev);
        tree.Add(node, TcpFields.WindowSizeValue, 0, offset + 14, 2, tcp.Window);
        tree.Add(node, TcpFields.WindowSize, 0, offset + 14, 2, analysis.CalculatedWindow, NodeFlags.Generated);
        if (!syn)
            tree.Add(node, TcpFields.WindowSizeScaleFactor, 0, offset + 14, 2, (ulong)(long)ScaleFactor(analysis.WindowScaleShift), NodeFlags.Generated);
        tree.Add(node, TcpFields.Checksum, 0, offset + 16, 2, tcp.Checksum);
        tree.Add(node, TcpFields.ChecksumStatus, 0, offset + 16, 0, Network.ChecksumStatuses.Unverified, NodeFlags.Generated);
        tree.Add(node, TcpFields.UrgentPointer, 0, offset + 18, 2, tcp.UrgentPointer);

        // ---- Info column: analysis prefixes behind a fence, then ports, flags, numbers, options ----
        var info = columns.Info;
        info.Clear();
        AddAnalysis(tree, node, offset, analysis, conversation, previousTime, time, info);
        info.SetFence();
        packet.AppendPort(info, srcPort, udp: false);
        info.Append(" \u2192 ");
        packet.AppendPort(info, dstPort, udp: false);
        info.Append(" [");
        AppendFlagNames(info, flags);
        info.Append("] Seq=");
        info.Append(analysis.RelativeSeq);
        if (hasAck)
        {
            info.Append(" Ack=");
            info.Append(analysis.RelativeAck);
        }
        info.Append(" Win=");
        info.Append(analysis.CalculatedWindow);
        if ((flags & TcpFlagBits.Urg) != 0)
        {
            info.Append(" Urg=");
            info.Append(tcp.UrgentPointer);
        }
        info.Append(" Len=");
        info.Append(segmentLength);
        if (headerLength > TcpHeaderView.MinHeaderLength)
            DissectOptions(tree, node, tcp.Options, offset + TcpHeaderView.MinHeaderLength, info, fwd, rev);


        _payload.OnSegment(packet, conversation, direction, fwd, node, frame.Slice(offset + headerLength, capturedPayload),
            offset + headerLength, seq + (syn ? 1u : 0u), (flags & TcpFlagBits.Fin) != 0, (flags & TcpFlagBits.Rst) != 0,
            capturedPayload < segmentLength);
        if (conversation.Closed)
            _conversations.MarkClosed(conversation);
    }

    /// <summary>
    /// A TCP header quoted in an ICMP error (in_error_pkt): its fields with absolute numbers and its tcp.stream, without
    /// sequence analysis, reassembly or any change to the conversation; a header cut short shows what there is.
    /// </summary>
    private void DissectQuoted(PacketContext packet, ReadOnlySpan<byte> frame, int offset, int captured)
    {
        var tree = packet.Tree;
        var b = frame.Slice(offset, captured);
        int node = tree.AddNode(-1, TcpFields.Protocol, 0, offset, Math.Min(b.Length, TcpHeaderView.MinHeaderLength));
        if (b.Length < 4)
            return;
        ushort srcPort = BinaryPrimitives.ReadUInt16BigEndian(b), dstPort = BinaryPrimitives.ReadUInt16BigEndian(b[2..]);
        tree.Add(node, TcpFields.SrcPort, 0, offset, 2, srcPort);
        tree.Add(node, TcpFields.DstPort, 0, offset + 2, 2, dstPort);
        tree.Add(node, TcpFields.Port, 0, offset, 2, srcPort, NodeFlags.Hidden);
        tree.Add(node, TcpFields.Port, 0, offset + 2, 2, dstPort, NodeFlags.Hidden);
        if (b.Length < 8)
            return;
        uint seq = BinaryPrimitives.ReadUInt32BigEndian(b[4..]);
        tree.Add(node, TcpFields.Seq, 0, offset + 4, 4, seq);
        if (TcpHeaderView.TryRead(b, out var tcp) != TcpHeaderStatus.Ok)
            return;
        int flags = tcp.Flags;
        bool syn = (flags & TcpFlagBits.Syn) != 0, hasAck = (flags & TcpFlagBits.Ack) != 0;
        var conversation = _conversations.Lookup(packet.NetworkSource, srcPort, packet.NetworkDestination, dstPort,
            syn, hasAck, seq, packet.Frame.Number, packet.Frame.Timestamp, out _, out _);
        tree.SetLength(node, tcp.HeaderLength);
        tree.Add(node, TcpFields.Stream, 0, offset, 0, (ulong)conversation.Index, NodeFlags.Generated);
        // The conversation's completeness so far, as packet-tcp.c shows it on a quoted header too (read, not changed).
        tree.Add(node, TcpFields.Completeness, 0, offset, 0, (ulong)conversation.Completeness, NodeFlags.Generated);
        tree.Add(node, TcpFields.Ack, 0, offset + 8, 4, tcp.Acknowledgment);
        tree.Add(node, TcpFields.AckRaw, 0, offset + 8, 4, tcp.Acknowledgment);
        tree.Add(node, TcpFields.HdrLen, 0, offset + 12, 1, (ulong)tcp.HeaderLength);
        var flagNodes = AddFlags(tree, node, offset + 12, flags);
        AddConnectionExperts(tree, flagNodes, offset + 13, flags, srcPort, dstPort, null, null);
        tree.Add(node, TcpFields.WindowSizeValue, 0, offset + 14, 2, tcp.Window);
        tree.Add(node, TcpFields.WindowSize, 0, offset + 14, 2, tcp.Window, NodeFlags.Generated);
        tree.Add(node, TcpFields.Checksum, 0, offset + 16, 2, tcp.Checksum);
        tree.Add(node, TcpFields.ChecksumStatus, 0, offset + 16, 0, Network.ChecksumStatuses.Unverified, NodeFlags.Generated);
        tree.Add(node, TcpFields.UrgentPointer, 0, offset + 18, 2, tcp.UrgentPointer);
        if (tcp.HeaderLength > TcpHeaderView.MinHeaderLength)
        {
            var scratch = new InfoColumn { Enabled = false };
            DissectOptions(tree, node, tcp.Options, offset + TcpHeaderView.MinHeaderLength, scratch, conversation.ClientToServer, conversation.ServerToClient);
        }
        long time = packet.Frame.Timestamp;
        tree.Add(node, TcpFields.TimeRelative, 0, offset, 0, (ulong)(time - conversation.FirstTime), NodeFlags.Generated);
        tree.Add(node, TcpFields.TimeDelta, 0, offset, 0, (ulong)(time - conversation.LastTime), NodeFlags.Generated);
        tree.AddNode(node, TcpFields.Analysis, 0, offset, 0, NodeFlags.Generated);
    }

    private static int ScaleFactor(int shift) => shift switch
    {
        -1 => -1,
        -2 => -2,
        _ => 1 << shift,
    };

    /// <summary>
    /// The connection remarks tshark 4.0 hangs under the flag bits: SYN and SYN+ACK name the server port, every FIN and
    /// RST is noted, and a FIN+ACK before the other side has sent one marks its side as the one closing the connection
    /// (the other side's FINs then "undergo" the closing).
    /// </summary>
    private static void AddConnectionExperts(FieldTree tree, (int Syn, int Reset, int Fin) nodes, int offset, int flags,
        ushort srcPort, ushort dstPort, TcpHalf? fwd, TcpHalf? rev)
    {
        if ((flags & TcpFlagBits.Syn) != 0)
        {
            if ((flags & TcpFlagBits.Ack) != 0)
                tree.AddExpert(nodes.Syn, TcpFields.ConnectionSynAck, 0, offset, 1,
                    tree.BuildsText ? $"Connection establish acknowledge (SYN+ACK): server port {srcPort}" : default);
            else
                tree.AddExpert(nodes.Syn, TcpFields.ConnectionSyn, 0, offset, 1,
                    tree.BuildsText ? $"Connection establish request (SYN): server port {dstPort}" : default);
        }
        if ((flags & TcpFlagBits.Fin) != 0)
        {
            tree.AddExpert(nodes.Fin, TcpFields.ConnectionFin, 0, offset, 1);
            if (fwd is null || rev is null)
            {
                // A header quoted in an ICMP error closes nothing.
            }
            else if ((flags & TcpFlagBits.Ack) != 0 && !rev.ClosingInitiator)
            {
                // A retransmitted FIN of the initiator initiates again, as in tshark 4.0.
                fwd.ClosingInitiator = true;
                tree.AddExpert(nodes.Fin, TcpFields.ConnectionFinActive, 0, offset, 1);
            }
            else if (rev.ClosingInitiator)
            {
                tree.AddExpert(nodes.Fin, TcpFields.ConnectionFinPassive, 0, offset, 1);
            }
        }
        if ((flags & TcpFlagBits.Rst) != 0)
            tree.AddExpert(nodes.Reset, TcpFields.ConnectionRst, 0, offset, 1);
    }

    /// <summary>Adds the flags item and its bits; returns the SYN, RST and FIN bit items (the connection remarks hang there).</summary>
    private static (int Syn, int Reset, int Fin) AddFlags(FieldTree tree, int node, int offset, int flags)
    {
        int f = tree.Add(node, TcpFields.Flags, 0, offset, 2, (ulong)flags);
        tree.Add(f, TcpFields.FlagsRes, 0, offset, 1, (ulong)((flags >> 9) & 7));
        tree.Add(f, TcpFields.FlagsAe, 0, offset, 1, (ulong)((flags >> 8) & 1));
        tree.Add(f, TcpFields.FlagsCwr, 0, offset + 1, 1, (ulong)((flags >> 7) & 1));
        tree.Add(f, TcpFields.FlagsEce, 0, offset + 1, 1, (ulong)((flags >> 6) & 1));
        tree.Add(f, TcpFields.FlagsUrg, 0, offset + 1, 1, (ulong)((flags >> 5) & 1));
        tree.Add(f, TcpFields.FlagsAck, 0, offset + 1, 1, (ulong)((flags >> 4) & 1));
        tree.Add(f, TcpFields.FlagsPush, 0, offset + 1, 1, (ulong)((flags >> 3) & 1));
        int reset = tree.Add(f, TcpFields.FlagsReset, 0, offset + 1, 1, (ulong)((flags >> 2) & 1));
        int syn = tree.Add(f, TcpFields.FlagsSyn, 0, offset + 1, 1, (ulong)((flags >> 1) & 1));
        int fin = tree.Add(f, TcpFields.FlagsFin, 0, offset + 1, 1, (ulong)(flags & 1));
        Span<char> str = stackalloc char[12];
        for (int bit = 0; bit < 12; bit++)
            str[11 - bit] = (flags & (1 << bit)) != 0 ? FlagLetters[bit] : FlagUnset;
        tree.AddString(f, TcpFields.FlagsStr, 0, offset, 2, str);
        return (syn, reset, fin);
    }

    private static void AppendFlagNames(InfoColumn info, int flags)
    {
        bool first = true;
        for (int bit = 0; bit < FlagNames.Length; bit++)
        {
            if ((flags & (1 << bit)) == 0)
                continue;
            if (!first)
                info.Append(", ");
            info.Append(FlagNames[bit]);
            first = false;
        }
        if (first)
            info.Append("<None>");
    }

    private static void AddAnalysis(FieldTree tree, int node, int offset, in TcpSegmentAnalysis analysis, TcpConversation c,
        long previousTime, long time, InfoColumn info)
    {
        tree.Add(node, TcpFields.TimeRelative, 0, offset, 0, (ulong)(time - c.FirstTime), NodeFlags.Generated);
        tree.Add(node, TcpFields.TimeDelta, 0, offset, 0, (ulong)(time - previousTime), NodeFlags.Generated);
        // As Wireshark (tcp_print_sequence_number_analysis): the subtree exists when the frame has an analysis record.
        if (!analysis.HasRecord)
            return;
        int a = tree.AddNode(node, TcpFields.Analysis, 0, offset, 0, NodeFlags.Generated);
        if (analysis.AcksFrame != 0)
        {
            tree.Add(a, TcpFields.AnalysisAcksFrame, 0, offset, 0, (ulong)analysis.AcksFrame, NodeFlags.Generated);
            if (analysis.AckRtt != 0)
                tree.Add(a, TcpFields.AnalysisAckRtt, 0, offset, 0, (ulong)analysis.AckRtt, NodeFlags.Generated);
        }
        if (c.InitialRtt > 0)
            tree.Add(a, TcpFields.AnalysisInitialRtt, 0, offset, 0, (ulong)c.InitialRtt, NodeFlags.Generated);
        if (analysis.BytesInFlight != 0)
        {
            tree.Add(a, TcpFields.AnalysisBytesInFlight, 0, offset, 0, analysis.BytesInFlight, NodeFlags.Generated);
            tree.Add(a, TcpFields.AnalysisPushBytesSent, 0, offset, 0, analysis.PushBytesSent, NodeFlags.Generated);
        }
        var flags = analysis.Flags;
        if (flags == TcpAnalysisFlags.None)
            return;
        int f = tree.AddNode(a, TcpFields.AnalysisFlags, 0, offset, 0, NodeFlags.Generated);
        // Wireshark prepends each note in this order, so the last one listed appears first in Info.
        if ((flags & TcpAnalysisFlags.ReusedPorts) != 0)
            Note(tree, f, TcpFields.AnalysisReusedPorts, offset, info, "[TCP Port numbers reused] ");
        if ((flags & TcpAnalysisFlags.Retransmission) != 0)
        {
            Note(tree, f, TcpFields.AnalysisRetransmission, offset, info, "[TCP Retransmission] ");
            if (analysis.Rto != 0)
            {
                tree.Add(f, TcpFields.AnalysisRto, 0, offset, 0, (ulong)analysis.Rto, NodeFlags.Generated);
                tree.Add(f, TcpFields.AnalysisRtoFrame, 0, offset, 0, (ulong)analysis.RtoFrame, NodeFlags.Generated);
            }
        }
        if ((flags & TcpAnalysisFlags.FastRetransmission) != 0)
        {
            tree.AddExpert(f, TcpFields.AnalysisFastRetransmission, 0, offset, 0);
            Note(tree, f, TcpFields.AnalysisRetransmission, offset, info, "[TCP Fast Retransmission] ");
        }
        if ((flags & TcpAnalysisFlags.SpuriousRetransmission) != 0)
        {
            tree.AddExpert(f, TcpFields.AnalysisSpuriousRetransmission, 0, offset, 0);
            Note(tree, f, TcpFields.AnalysisRetransmission, offset, info, "[TCP Spurious Retransmission] ");
        }
        if ((flags & TcpAnalysisFlags.OutOfOrder) != 0)
            Note(tree, f, TcpFields.AnalysisOutOfOrder, offset, info, "[TCP Out-Of-Order] ");
        if ((flags & TcpAnalysisFlags.LostSegment) != 0)
            Note(tree, f, TcpFields.AnalysisLostSegment, offset, info, "[TCP Previous segment not captured] ");
        if ((flags & TcpAnalysisFlags.AckLostSegment) != 0)
            Note(tree, f, TcpFields.AnalysisAckLostSegment, offset, info, "[TCP ACKed unseen segment] ");
        if ((flags & TcpAnalysisFlags.WindowUpdate) != 0)
            Note(tree, f, TcpFields.AnalysisWindowUpdate, offset, info, "[TCP Window Update] ");
        if ((flags & TcpAnalysisFlags.WindowFull) != 0)
            Note(tree, f, TcpFields.AnalysisWindowFull, offset, info, "[TCP Window Full] ");
        if ((flags & TcpAnalysisFlags.KeepAlive) != 0)
            Note(tree, f, TcpFields.AnalysisKeepAlive, offset, info, "[TCP Keep-Alive] ");
        if ((flags & TcpAnalysisFlags.KeepAliveAck) != 0)
            Note(tree, f, TcpFields.AnalysisKeepAliveAck, offset, info, "[TCP Keep-Alive ACK] ");
        if (analysis.DuplicateAckNumber != 0)
        {
            if ((flags & TcpAnalysisFlags.DuplicateAck) != 0)
            {
                tree.AddExpert(f, TcpFields.AnalysisDuplicateAck, 0, offset, 0);
                info.Prepend($"[TCP Dup ACK {analysis.DuplicateAckOf}#{analysis.DuplicateAckNumber}] ");
            }
            tree.Add(a, TcpFields.AnalysisDuplicateAckNum, 0, offset, 0, (ulong)analysis.DuplicateAckNumber, NodeFlags.Generated);
            int of = tree.Add(a, TcpFields.AnalysisDuplicateAckFrame, 0, offset, 0, (ulong)analysis.DuplicateAckOf, NodeFlags.Generated);
            // Wireshark hangs the "Duplicate ACK (#n)" expert on the frame item too: -T fields shows the abbrev twice.
            tree.AddExpert(of, TcpFields.AnalysisDuplicateAck, 0, offset, 0);
        }
        if ((flags & TcpAnalysisFlags.ZeroWindowProbe) != 0)
            Note(tree, f, TcpFields.AnalysisZeroWindowProbe, offset, info, "[TCP ZeroWindowProbe] ");
        if ((flags & TcpAnalysisFlags.ZeroWindow) != 0)
            Note(tree, f, TcpFields.AnalysisZeroWindow, offset, info, "[TCP ZeroWindow] ");
        if ((flags & TcpAnalysisFlags.ZeroWindowProbeAck) != 0)
            Note(tree, f, TcpFields.AnalysisZeroWindowProbeAck, offset, info, "[TCP ZeroWindowProbeAck] ");
    }

    private static void Note(FieldTree tree, int parent, ExpertDef expert, int offset, InfoColumn info, string prefix)
    {
        tree.AddExpert(parent, expert, 0, offset, 0);
        info.Prepend(prefix);
    }

    private static void DissectOptions(FieldTree tree, int node, ReadOnlySpan<byte> options, int offset, InfoColumn info, TcpHalf fwd, TcpHalf rev)
    {
        int opts = tree.AddBytes(node, TcpFields.Options, 0, offset, options.Length, options);
        int i = 0;
        while (i < options.Length)
        {
            byte kind = options[i];
            if (kind == TcpOptionKinds.EndOfList)
            {
                // Wireshark shows every End-of-Option-List byte that pads the header as an option of its own.
                int eol = tree.AddBytes(opts, TcpFields.OptionEol, 0, offset + i, 1, options.Slice(i, 1));
                tree.Add(eol, TcpFields.OptionKind, 0, offset + i, 1, kind);
                i++;
                continue;
            }
            if (kind == TcpOptionKinds.NoOperation)
            {
                int nop = tree.AddBytes(opts, TcpFields.OptionNop, 0, offset + i, 1, options.Slice(i, 1));
                tree.Add(nop, TcpFields.OptionKind, 0, offset + i, 1, kind);
                i++;
                continue;
            }
            if (i + 1 >= options.Length)
                return;
            int len = options[i + 1];
            if (len < 2 || i + len > options.Length)
                return; // a bogus option length ends option parsing, as in Wireshark
            var o = options.Slice(i, len);
            int at = offset + i;
            switch (kind)
            {
                case TcpOptionKinds.MaximumSegmentSize when len == 4:
                {
                    ushort mss = BinaryPrimitives.ReadUInt16BigEndian(o[2..]);
                    int n = OptionNode(tree, opts, TcpFields.OptionMss, at, len, kind);
                    tree.Add(n, TcpFields.OptionMssValue, 0, at + 2, 2, mss);
                    info.Append(" MSS=");
                    info.Append(mss);
                    break;
                }
                case TcpOptionKinds.WindowScale when len == 3:
                {
                    int n = OptionNode(tree, opts, TcpFields.OptionWindowScale, at, len, kind);
                    byte shift = o[2];
                    tree.Add(n, TcpFields.OptionWindowScaleShift, 0, at + 2, 1, shift);
                    tree.Add(n, TcpFields.OptionWindowScaleMultiplier, 0, at + 2, 1, 1UL << Math.Min((int)shift, 14), NodeFlags.Generated);
                    info.Append(" WS=");
                    info.Append(1L << Math.Min((int)shift, 14));
                    break;
                }
                case TcpOptionKinds.SackPermitted when len == 2:
                    OptionNode(tree, opts, TcpFields.OptionSackPerm, at, len, kind);
                    info.Append(" SACK_PERM");
                    break;
                case TcpOptionKinds.Sack when (len - 2) % 8 == 0:
                {
                    int n = OptionNode(tree, opts, TcpFields.OptionSack, at, len, kind);
                    uint baseSeq = rev.BaseSeqSet ? rev.BaseSeq : 0;
                    for (int e = 2; e + 8 <= len; e += 8)
                    {
                        uint rawLeft = BinaryPrimitives.ReadUInt32BigEndian(o[e..]), rawRight = BinaryPrimitives.ReadUInt32BigEndian(o[(e + 4)..]);
                        if (fwd.SackCount < fwd.SackLeft.Length)
                        {
                            // Kept for the peer's bytes in flight (SACKed bytes have arrived).
                            fwd.SackLeft[fwd.SackCount] = rawLeft;
                            fwd.SackRight[fwd.SackCount++] = rawRight;
                        }
                        uint le = rawLeft - baseSeq;
                        uint re = rawRight - baseSeq;
                        tree.Add(n, TcpFields.OptionSackLeftEdge, 0, at + e, 4, le);
                        tree.Add(n, TcpFields.OptionSackRightEdge, 0, at + e + 4, 4, re);
                        info.Append(" SLE=");
                        info.Append(le);
                        info.Append(" SRE=");
                        info.Append(re);
                    }
                    break;
                }
                case TcpOptionKinds.Timestamps when len == 10:
                {
                    uint tsval = BinaryPrimitives.ReadUInt32BigEndian(o[2..]);
                    uint tsecr = BinaryPrimitives.ReadUInt32BigEndian(o[6..]);
                    int n = OptionNode(tree, opts, TcpFields.OptionTimestamp, at, len, kind);
                    tree.Add(n, TcpFields.OptionTsval, 0, at + 2, 4, tsval);
                    tree.Add(n, TcpFields.OptionTsecr, 0, at + 6, 4, tsecr);
                    info.Append(" TSval=");
                    info.Append(tsval);
                    info.Append(" TSecr=");
                    info.Append(tsecr);
                    break;
                }
                default:
                    tree.Add(opts, TcpFields.OptionKind, 0, at, 1, kind);
                    tree.Add(opts, TcpFields.OptionLen, 0, at + 1, 1, (ulong)len);
                    break;
            }
            i += len;
        }
    }

    private static int OptionNode(FieldTree tree, int parent, FieldDef option, int at, int len, byte kind)
    {
        // tshark registers each option as a protocol of its own, whose -T fields value is the option's bytes.
        int n = tree.AddBytesInPlace(parent, option, 0, at, len);
        tree.Add(n, TcpFields.OptionKind, 0, at, 1, kind);
        tree.Add(n, TcpFields.OptionLen, 0, at + 1, 1, (ulong)len);
        return n;
    }

    private static void DissectBadHeader(PacketContext packet, ReadOnlySpan<byte> b, int offset, TcpHeaderStatus status)
    {
        var tree = packet.Tree;
        int node = tree.AddNode(-1, TcpFields.Protocol, 0, offset, b.Length);
        if (b.Length >= 4)
        {
            ushort src = BinaryPrimitives.ReadUInt16BigEndian(b), dst = BinaryPrimitives.ReadUInt16BigEndian(b[2..]);
            // Ports first: Follow Stream still works when the rest is bad.
            tree.Add(node, TcpFields.SrcPort, 0, offset, 2, src);
            tree.Add(node, TcpFields.DstPort, 0, offset + 2, 2, dst);
            tree.Add(node, TcpFields.Port, 0, offset, 2, src, NodeFlags.Hidden);
            tree.Add(node, TcpFields.Port, 0, offset + 2, 2, dst, NodeFlags.Hidden);
            packet.Columns.Info.Set($"{src} \u2192 {dst}");
        }
        if (status == TcpHeaderStatus.DataOffsetBelowFive || status == TcpHeaderStatus.OptionsPastEnd && !packet.Frame.CutBySnaplen)
        {
            int claimed = TcpHeaderView.PeekHeaderLength(b);
            tree.AddExpert(node, TcpFields.BadHeaderLength, 0, offset + 12, 1,
                $"Bogus TCP header length ({claimed}, must be at least {TcpHeaderView.MinHeaderLength})");
            if (status == TcpHeaderStatus.DataOffsetBelowFive)
            {
                packet.Columns.Info.Append($" [BOGUS TCP HEADER LENGTH ({claimed}, must be at least {TcpHeaderView.MinHeaderLength})]");
                return;
            }
        }
        CommonFields.MarkTooShort(packet, TcpFields.Protocol.ShortName);
    }
}
