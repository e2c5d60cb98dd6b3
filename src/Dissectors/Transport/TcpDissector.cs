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
    private readonly TcpConversationTable _conversations;
    private readonly TcpPayloadHandler _payload;
    private readonly TcpTreeText _text = new();

    public TcpDissector(TcpConversationTable conversations, TcpPayloadHandler payload)
    {
        _conversations = conversations;
        _payload = payload;
    }

    public TcpConversationTable Conversations => _conversations;

    // Hot per frame: its locals (a text buffer used only when display text is built) are not zeroed on every call;
    // every stackalloc here is written before it is read.
    [System.Runtime.CompilerServices.SkipLocalsInit]
    public void Dissect(PacketContext packet, ReadOnlySpan<byte> frame, int offset, int captured, int declared)
    {
        var tree = packet.Tree;
        var columns = packet.Columns;
        packet.AddProtocolName("tcp");
        columns.Protocol = TcpFields.Protocol.ColumnName;
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
        // An announced connection (an FTP data connection) had its Wireshark conversation before its SYN: the SYN starts none.
        bool startsConversation = newConversation && !_payload.IsAnnounced(conversation.Key);
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
        TcpHandshake.AfterAnalysis(conversation, fwd, rev, flags, segmentLength, time, startsConversation && !portsReused, tcp.Options);
        completeness = CompletenessShown(packet, conversation, completeness);
        fwd.Frames++;
        fwd.Bytes += packet.Frame.OriginalLength;
        conversation.LastTime = time;
        conversation.LastFrame = frameNumber;

        // ---- fields, in packet-tcp.c's order ----
        int node = tree.AddNode(-1, TcpFields.Protocol, 0, offset, headerLength);
        bool text = tree.BuildsText;
        if (text)
            _text.AppendSummary(tree, node, srcPort, dstPort, analysis.RelativeSeq, hasAck, analysis.RelativeAck, segmentLength);
        // The first FIN of the connection makes its side the one that closes (packet-tcp.c's closing_initiator).
        bool closeInitiator = false;
        if ((flags & TcpFlagBits.Fin) != 0 && !rev.ClosingInitiator)
            closeInitiator = fwd.ClosingInitiator = true;
        // Each block of the header's items only when something reads one of its items (-Y on a higher layer reads none,
        // analyze only the stream and flags): the analysis, the Info column and the payload's dissection happen either way.
        if (tree.WantsAnyOf(TcpItemBlocks.Ports))
        {
            tree.Add(node, TcpFields.SrcPort, 0, offset, 2, srcPort);
            tree.Add(node, TcpFields.DstPort, 0, offset + 2, 2, dstPort);
            tree.Add(node, TcpFields.Port, 0, offset, 2, srcPort, NodeFlags.Hidden);
            tree.Add(node, TcpFields.Port, 0, offset + 2, 2, dstPort, NodeFlags.Hidden);
        }
        tree.Add(node, TcpFields.Stream, 0, offset, 0, (ulong)conversation.Index, NodeFlags.Generated);
        if (tree.WantsAnyOf(TcpItemBlocks.Numbers))
        {
            int completenessNode = tree.Add(node, TcpFields.Completeness, 0, 0, 0, (ulong)completeness, NodeFlags.Generated | NodeFlags.NoSource);
            if (text)
                TcpTreeText.SetCompletenessText(tree, completenessNode, completeness);
            tree.Add(node, TcpFields.Len, 0, offset, 0, (ulong)segmentLength, NodeFlags.Generated);
            int seqNode = tree.Add(node, TcpFields.Seq, 0, offset + 4, 4, analysis.RelativeSeq);
            tree.AppendTextUtf8(seqNode, RelativeSeqNote);
            tree.Add(node, TcpFields.SeqRaw, 0, offset + 4, 4, seq);
            int nextSeq = tree.Add(node, TcpFields.NextSeq, 0, offset, 0, analysis.RelativeNextSeq, NodeFlags.Generated);
            tree.AppendTextUtf8(nextSeq, RelativeSeqNote);
            int ackNode = tree.Add(node, TcpFields.Ack, 0, offset + 8, 4, hasAck ? analysis.RelativeAck : ack);
            tree.Add(node, TcpFields.AckRaw, 0, offset + 8, 4, ack);
            if (hasAck)
                tree.AppendTextUtf8(ackNode, "    (relative ack number)"u8);
            else if (ack != 0)
                tree.AddExpert(ackNode, TcpFields.AckNonzero, 0, offset + 8, 4);
            int hdrLen = tree.Add(node, TcpFields.HdrLen, 0, offset + 12, 1, (ulong)headerLength);
            if (text)
                TcpTreeText.SetHeaderLengthText(tree, hdrLen, b[12], headerLength);
        }
        bool flagItems = tree.WantsAnyOf(TcpItemBlocks.Flags);
        int flagsStr = flagItems ? AddFlags(tree, node, offset + 12, flags, text, srcPort, dstPort) : node;
        // packet-tcp.c adds the closing side's expert after the window items; it is the flags string's only child, so it is
        // added here, under its parent while that is the latest item (the -V printer's in-order walk), with no other
        // expert between the two places (the order of a frame's experts is tshark's).
        if (flagItems && (flags & TcpFlagBits.Fin) != 0)
            tree.AddExpert(flagsStr, closeInitiator ? TcpFields.ConnectionFinActive : TcpFields.ConnectionFinPassive, 0, offset + 12, 2);
        bool windowToUrgent = tree.WantsAnyOf(TcpItemBlocks.WindowToUrgent);
        if (windowToUrgent)
        {
            tree.Add(node, TcpFields.WindowSizeValue, 0, offset + 14, 2, tcp.Window);
            tree.Add(node, TcpFields.WindowSize, 0, offset + 14, 2, analysis.CalculatedWindow, NodeFlags.Generated);
            if (!syn)
            {
                int factor = tree.Add(node, TcpFields.WindowSizeScaleFactor, 0, offset + 14, 2, (ulong)(long)ScaleFactor(analysis.WindowScaleShift), NodeFlags.Generated);
                if (text && analysis.WindowScaleShift < 0)
                    tree.SetValueText(factor, analysis.WindowScaleShift == -1 ? "-1 (unknown)" : "-2 (no window scaling used)");
            }
        }
        if (windowToUrgent)
        {
            int checksum = tree.Add(node, TcpFields.Checksum, 0, offset + 16, 2, tcp.Checksum);
            tree.AppendTextUtf8(checksum, " [unverified]"u8);
            tree.Add(node, TcpFields.ChecksumStatus, 0, offset + 16, 0, Network.ChecksumStatuses.Unverified, NodeFlags.Generated);
            int urgent = tree.Add(node, TcpFields.UrgentPointer, 0, offset + 18, 2, tcp.UrgentPointer);
            if ((flags & TcpFlagBits.Urg) == 0 && tcp.UrgentPointer != 0)
                tree.AddExpert(urgent, TcpFields.UrgentPointerNonZero, 0, offset + 18, 2);
        }

        // ---- Info column: analysis prefixes behind a fence, then ports, flags, numbers, options ----
        var info = columns.Info;
        info.Clear();
        if (info.Enabled)
            AppendInfo(packet, info, analysis, flags, srcPort, dstPort, hasAck, tcp.UrgentPointer, segmentLength);
        if (headerLength > TcpHeaderView.MinHeaderLength)
            TcpOptions.Dissect(tree, node, tcp.Options, offset + TcpHeaderView.MinHeaderLength, info, fwd, rev, flags, ack);
        long initialRtt = InitialRttShown(packet, conversation);
        if (tree.WantsAnyOf(TcpItemBlocks.Timestamps))
            AddTimestamps(tree, node, offset, conversation, previousTime, time);
        if (tree.WantsAnyOf(TcpItemBlocks.Analysis))
            AddAnalysisTree(tree, node, offset, analysis, conversation, initialRtt);

        _payload.OnSegment(packet, conversation, direction, fwd, node, offset, frame.Slice(offset + headerLength, capturedPayload),
            offset + headerLength, seq + (syn ? 1u : 0u), (flags & TcpFlagBits.Fin) != 0, (flags & TcpFlagBits.Rst) != 0,
            capturedPayload < segmentLength);
        if (conversation.Closed)
            _conversations.MarkClosed(conversation);
    }

    /// <summary>
    /// The Info column before the options: analysis prefixes behind a fence, then ports, flags and numbers, deferred
    /// (<see cref="TcpInfoText"/>) until the column is read.
    /// </summary>
    private static void AppendInfo(PacketContext packet, InfoColumn info, in TcpSegmentAnalysis analysis, int flags, ushort srcPort,
        ushort dstPort, bool hasAck, ushort urgentPointer, int segmentLength)
    {
        AppendAnalysisInfo(analysis, info);
        info.SetFence();
        TcpInfoText.Defer(info, packet.PortNames, srcPort, dstPort, flags, analysis.RelativeSeq, hasAck, analysis.RelativeAck,
            analysis.CalculatedWindow, urgentPointer, segmentLength);
    }

    private static ReadOnlySpan<byte> RelativeSeqNote => "    (relative sequence number)"u8;

    /// <summary>
    /// The completeness a frame shows: in one pass the conversation's so far; in a two-pass read (-2) its final value, as
    /// tshark's second pass reads the conversation the first pass completed.
    /// </summary>
    private static int CompletenessShown(PacketContext packet, TcpConversation conversation, int soFar)
    {
        if (packet.Annotations is not { } notes)
            return soFar;
        ulong ended = notes.AsConversationEnded(conversation.Index, TcpFields.Completeness, (ulong)conversation.Completeness);
        return notes.FirstPassEnded ? (int)ended : soFar;
    }

    /// <summary>
    /// The initial RTT a frame shows: once the handshake's last ACK measured it; in a two-pass read (-2) on every frame
    /// of the conversation, as tshark's second pass reads it from the conversation the first pass measured.
    /// </summary>
    private static long InitialRttShown(PacketContext packet, TcpConversation conversation) =>
        packet.Annotations is { } notes
            ? (long)notes.AsConversationEnded(conversation.Index, TcpFields.AnalysisInitialRtt, (ulong)conversation.InitialRtt)
            : conversation.InitialRtt;

    /// <summary>
    /// A TCP header quoted in an ICMP error (in_error_pkt): its fields with absolute numbers and its tcp.stream, without
    /// sequence analysis or reassembly; a header cut short shows what there is. Only a quoted SYN touches the
    /// conversation, as packet-tcp.c's port-reuse check does before it knows the header is quoted.
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
        if (tree.BuildsText)
            tree.AppendText(node, $", Src Port: {srcPort}, Dst Port: {dstPort}, Seq: {seq}");
        if (TcpHeaderView.TryRead(b, out var tcp) != TcpHeaderStatus.Ok)
            return;
        int flags = tcp.Flags;
        bool syn = (flags & TcpFlagBits.Syn) != 0, hasAck = (flags & TcpFlagBits.Ack) != 0;
        var conversation = _conversations.Lookup(packet.NetworkSource, srcPort, packet.NetworkDestination, dstPort,
            syn, hasAck, seq, packet.Frame.Number, packet.Frame.Timestamp, out var direction, out bool portsReused);
        // packet-tcp.c looks at a SYN's conversation before it knows the header is quoted: a SYN with another ISN starts
        // a conversation of its own (complete up to its SYN) and is flagged; one with the ISN already seen restores the
        // flow's next expected sequence number (issue 17616). Either way the first pass makes an analysis record for the
        // frame, keyed by the absolute sequence number, and shows it.
        bool analysisRecord = false;
        var half = conversation.Half(direction);
        if (portsReused)
        {
            conversation.Completeness = 1;
            analysisRecord = true;
        }
        else if (syn && !hasAck && half.BaseSeqSet && seq == half.BaseSeq)
        {
            half.NextSeq = half.MaxSeqToBeAcked;
            analysisRecord = true;
        }
        if (packet.Annotations is { } notes)
        {
            if (!notes.FirstPassEnded)
            {
                if (analysisRecord)
                    notes.NoteRecord(packet.Frame.Number, TcpFields.Analysis, half);
            }
            else
            {
                // A second pass looks the record up under the sequence number plus the flow's base sequence number as
                // the first pass left it (tcp_print_sequence_number_analysis), so it finds it only where that is 0.
                analysisRecord = notes.TryGetRecord(packet.Frame.Number, TcpFields.Analysis, out TcpHalf? ended)
                    && (ended.BaseSeqSet ? ended.BaseSeq : 0) == 0;
            }
        }
        tree.SetLength(node, tcp.HeaderLength);
        tree.Add(node, TcpFields.Stream, 0, offset, 0, (ulong)conversation.Index, NodeFlags.Generated);
        // The conversation's completeness so far, as packet-tcp.c shows it on a quoted header too (read, not changed).
        int shown = CompletenessShown(packet, conversation, conversation.Completeness);
        int completeness = tree.Add(node, TcpFields.Completeness, 0, offset, 0, (ulong)shown, NodeFlags.Generated);
        if (tree.BuildsText)
            TcpTreeText.SetCompletenessText(tree, completeness, shown);
        tree.Add(node, TcpFields.Ack, 0, offset + 8, 4, tcp.Acknowledgment);
        tree.Add(node, TcpFields.AckRaw, 0, offset + 8, 4, tcp.Acknowledgment);
        int hdrLen = tree.Add(node, TcpFields.HdrLen, 0, offset + 12, 1, (ulong)tcp.HeaderLength);
        if (tree.BuildsText)
            TcpTreeText.SetHeaderLengthText(tree, hdrLen, b[12], tcp.HeaderLength);
        AddFlags(tree, node, offset + 12, flags, tree.BuildsText, srcPort, dstPort);
        tree.Add(node, TcpFields.WindowSizeValue, 0, offset + 14, 2, tcp.Window);
        tree.Add(node, TcpFields.WindowSize, 0, offset + 14, 2, tcp.Window, NodeFlags.Generated);
        int checksum = tree.Add(node, TcpFields.Checksum, 0, offset + 16, 2, tcp.Checksum);
        tree.AppendTextUtf8(checksum, " [unverified]"u8);
        tree.Add(node, TcpFields.ChecksumStatus, 0, offset + 16, 0, Network.ChecksumStatuses.Unverified, NodeFlags.Generated);
        tree.Add(node, TcpFields.UrgentPointer, 0, offset + 18, 2, tcp.UrgentPointer);
        if (tcp.HeaderLength > TcpHeaderView.MinHeaderLength)
        {
            var scratch = new InfoColumn { Enabled = false };
            TcpOptions.Dissect(tree, node, tcp.Options, offset + TcpHeaderView.MinHeaderLength, scratch, null, conversation.ServerToClient, flags,
                tcp.Acknowledgment);
        }
        AddTimestamps(tree, node, offset, conversation, conversation.LastTime, packet.Frame.Timestamp);
        if (!analysisRecord)
            return;
        int analysis = tree.AddNode(node, TcpFields.Analysis, 0, offset, 0, NodeFlags.Generated);
        if (portsReused)
            tree.AddExpert(tree.AddNode(analysis, TcpFields.AnalysisFlags, 0, offset, 0, NodeFlags.Generated), TcpFields.AnalysisReusedPorts, 0, offset, 0);
    }

    private static int ScaleFactor(int shift) => shift switch
    {
        -1 => -1,
        -2 => -2,
        _ => 1 << shift,
    };

    /// <summary>The Flags item and its twelve bits, as packet-tcp.c adds them; returns the node of "[TCP Flags: ·······AP···]".</summary>
    // Hot per frame: its locals (a text buffer used only when display text is built) are not zeroed on every call;
    // every stackalloc here is written before it is read.
    [System.Runtime.CompilerServices.SkipLocalsInit]
    private static int AddFlags(FieldTree tree, int node, int offset, int flags, bool text, ushort srcPort, ushort dstPort)
    {
        ulong f12 = (ulong)flags;
        int f = tree.Add(node, TcpFields.Flags, 0, offset, 2, f12);
        if (text)
            TcpTreeText.SetFlagsText(tree, f, flags);
        if (!tree.WantsAnyOf(TcpItemBlocks.FlagDetails))
            return f;
        tree.Add(f, TcpFields.FlagsRes, 0, offset, 1, (f12 >> 9) & 7);
        tree.Add(f, TcpFields.FlagsAe, 0, offset, 1, (f12 >> 8) & 1);
        tree.Add(f, TcpFields.FlagsCwr, 0, offset + 1, 1, (f12 >> 7) & 1);
        tree.Add(f, TcpFields.FlagsEce, 0, offset + 1, 1, (f12 >> 6) & 1);
        tree.Add(f, TcpFields.FlagsUrg, 0, offset + 1, 1, (f12 >> 5) & 1);
        tree.Add(f, TcpFields.FlagsAck, 0, offset + 1, 1, (f12 >> 4) & 1);
        tree.Add(f, TcpFields.FlagsPush, 0, offset + 1, 1, (f12 >> 3) & 1);
        int rst = tree.Add(f, TcpFields.FlagsReset, 0, offset + 1, 1, (f12 >> 2) & 1);
        int syn = tree.Add(f, TcpFields.FlagsSyn, 0, offset + 1, 1, (f12 >> 1) & 1);
        if ((flags & TcpFlagBits.Syn) != 0)
        {
            bool synAck = (flags & TcpFlagBits.Ack) != 0;
            ushort server = synAck ? srcPort : dstPort;
            int e = tree.AddExpert(syn, synAck ? TcpFields.ConnectionSynAck : TcpFields.ConnectionSyn, 0, offset + 1, 1);
            if (text)
            {
                // Written into the tree's text, not made as a string: two SYNs per connection.
                if (synAck)
                    tree.SetText(e, $"Connection establish acknowledge (SYN+ACK): server port {server}");
                else
                    tree.SetText(e, $"Connection establish request (SYN): server port {server}");
            }
        }
        int fin = tree.Add(f, TcpFields.FlagsFin, 0, offset + 1, 1, f12 & 1);
        if ((flags & TcpFlagBits.Fin) != 0)
            tree.AddExpert(fin, TcpFields.ConnectionFin, 0, offset + 1, 1);
        if ((flags & TcpFlagBits.Rst) != 0)
            tree.AddExpert(rst, TcpFields.ConnectionRst, 0, offset + 1, 1);
        if (!tree.Wants(TcpFields.FlagsStr))
            return f; // the expert items hung under the string attach to the Flags item either way
        return TcpTreeText.AddFlagsString(tree, f, offset, flags);
    }

    /// <summary>
    /// The analysis notes before the fence in the Info column; packet-tcp.c prepends each in this order, so the last one
    /// listed appears first.
    /// </summary>
    private static void AppendAnalysisInfo(in TcpSegmentAnalysis analysis, InfoColumn info)
    {
        var flags = analysis.Flags;
        if (flags == TcpAnalysisFlags.None || !analysis.HasRecord)
            return;
        if ((flags & TcpAnalysisFlags.ReusedPorts) != 0)
            info.Prepend("[TCP Port numbers reused] ");
        if ((flags & TcpAnalysisFlags.Retransmission) != 0)
            info.Prepend("[TCP Retransmission] ");
        if ((flags & TcpAnalysisFlags.FastRetransmission) != 0)
            info.Prepend("[TCP Fast Retransmission] ");
        if ((flags & TcpAnalysisFlags.SpuriousRetransmission) != 0)
            info.Prepend("[TCP Spurious Retransmission] ");
        if ((flags & TcpAnalysisFlags.OutOfOrder) != 0)
            info.Prepend("[TCP Out-Of-Order] ");
        if ((flags & TcpAnalysisFlags.LostSegment) != 0)
            info.Prepend("[TCP Previous segment not captured] ");
        if ((flags & TcpAnalysisFlags.AckLostSegment) != 0)
            info.Prepend("[TCP ACKed unseen segment] ");
        if ((flags & TcpAnalysisFlags.WindowUpdate) != 0)
            info.Prepend("[TCP Window Update] ");
        if ((flags & TcpAnalysisFlags.WindowFull) != 0)
            info.Prepend("[TCP Window Full] ");
        if ((flags & TcpAnalysisFlags.KeepAlive) != 0)
            info.Prepend("[TCP Keep-Alive] ");
        if ((flags & TcpAnalysisFlags.KeepAliveAck) != 0)
            info.Prepend("[TCP Keep-Alive ACK] ");
        if (analysis.DuplicateAckNumber != 0 && (flags & TcpAnalysisFlags.DuplicateAck) != 0)
            info.Prepend($"[TCP Dup ACK {analysis.DuplicateAckOf}#{analysis.DuplicateAckNumber}] ");
        if ((flags & TcpAnalysisFlags.ZeroWindowProbe) != 0)
            info.Prepend("[TCP ZeroWindowProbe] ");
        if ((flags & TcpAnalysisFlags.ZeroWindow) != 0)
            info.Prepend("[TCP ZeroWindow] ");
        if ((flags & TcpAnalysisFlags.ZeroWindowProbeAck) != 0)
            info.Prepend("[TCP ZeroWindowProbeAck] ");
    }

    /// <summary>The "[Timestamps]" subtree (tcp_print_timestamps).</summary>
    private static void AddTimestamps(FieldTree tree, int node, int offset, TcpConversation c, long previousTime, long time)
    {
        int ts = tree.AddNode(node, TextItem.Field, 0, offset, 0, NodeFlags.Generated);
        tree.SetTextUtf8(ts, "Timestamps"u8);
        tree.Add(ts, TcpFields.TimeRelative, 0, offset, 0, (ulong)(time - c.FirstTime), NodeFlags.Generated);
        tree.Add(ts, TcpFields.TimeDelta, 0, offset, 0, (ulong)(time - previousTime), NodeFlags.Generated);
    }

    /// <summary>
    /// The "[SEQ/ACK analysis]" subtree as packet-tcp.c 4.0's tcp_print_sequence_number_analysis writes it: present when
    /// the frame has an analysis record; the flags' expert items hang from "[TCP Analysis Flags]", the RTO under the
    /// retransmission, and a duplicate ACK is an item of its own ("This is a TCP duplicate ack") with its number and
    /// frame beside the flags and "Duplicate ACK (#n)" on the frame.
    /// </summary>
    private static void AddAnalysisTree(FieldTree tree, int node, int offset, in TcpSegmentAnalysis analysis, TcpConversation c,
        long initialRtt)
    {
        if (!analysis.HasRecord)
            return;
        int a = tree.AddNode(node, TcpFields.Analysis, 0, offset, 0, NodeFlags.Generated);
        if (analysis.AcksFrame != 0)
        {
            tree.Add(a, TcpFields.AnalysisAcksFrame, 0, offset, 0, (ulong)analysis.AcksFrame, NodeFlags.Generated);
            if (analysis.AckRtt != 0)
                tree.Add(a, TcpFields.AnalysisAckRtt, 0, offset, 0, (ulong)analysis.AckRtt, NodeFlags.Generated);
        }
        if (initialRtt > 0)
            tree.Add(a, TcpFields.AnalysisInitialRtt, 0, offset, 0, (ulong)initialRtt, NodeFlags.Generated);
        if (analysis.BytesInFlight != 0)
        {
            tree.Add(a, TcpFields.AnalysisBytesInFlight, 0, offset, 0, analysis.BytesInFlight, NodeFlags.Generated);
            tree.Add(a, TcpFields.AnalysisPushBytesSent, 0, offset, 0, analysis.PushBytesSent, NodeFlags.Generated);
        }
        var flags = analysis.Flags;
        if (flags == TcpAnalysisFlags.None)
            return;
        int f = tree.AddNode(a, TcpFields.AnalysisFlags, 0, offset, 0, NodeFlags.Generated);
        if ((flags & TcpAnalysisFlags.ReusedPorts) != 0)
            tree.AddExpert(f, TcpFields.AnalysisReusedPorts, 0, offset, 0);
        if ((flags & TcpAnalysisFlags.Retransmission) != 0)
        {
            tree.AddExpert(f, TcpFields.AnalysisRetransmission, 0, offset, 0);
            if (analysis.Rto != 0)
            {
                tree.Add(f, TcpFields.AnalysisRto, 0, offset, 0, (ulong)analysis.Rto, NodeFlags.Generated);
                tree.Add(f, TcpFields.AnalysisRtoFrame, 0, offset, 0, (ulong)analysis.RtoFrame, NodeFlags.Generated);
            }
        }
        if ((flags & TcpAnalysisFlags.FastRetransmission) != 0)
        {
            tree.AddExpert(f, TcpFields.AnalysisFastRetransmission, 0, offset, 0);
            tree.AddExpert(f, TcpFields.AnalysisRetransmission, 0, offset, 0);
        }
        if ((flags & TcpAnalysisFlags.SpuriousRetransmission) != 0)
        {
            tree.AddExpert(f, TcpFields.AnalysisSpuriousRetransmission, 0, offset, 0);
            tree.AddExpert(f, TcpFields.AnalysisRetransmission, 0, offset, 0);
        }
        if ((flags & TcpAnalysisFlags.OutOfOrder) != 0)
            tree.AddExpert(f, TcpFields.AnalysisOutOfOrder, 0, offset, 0);
        if ((flags & TcpAnalysisFlags.LostSegment) != 0)
            tree.AddExpert(f, TcpFields.AnalysisLostSegment, 0, offset, 0);
        if ((flags & TcpAnalysisFlags.AckLostSegment) != 0)
            tree.AddExpert(f, TcpFields.AnalysisAckLostSegment, 0, offset, 0);
        if ((flags & TcpAnalysisFlags.WindowUpdate) != 0)
            tree.AddExpert(f, TcpFields.AnalysisWindowUpdate, 0, offset, 0);
        if ((flags & TcpAnalysisFlags.WindowFull) != 0)
            tree.AddExpert(f, TcpFields.AnalysisWindowFull, 0, offset, 0);
        if ((flags & TcpAnalysisFlags.KeepAlive) != 0)
            tree.AddExpert(f, TcpFields.AnalysisKeepAlive, 0, offset, 0);
        if ((flags & TcpAnalysisFlags.KeepAliveAck) != 0)
            tree.AddExpert(f, TcpFields.AnalysisKeepAliveAck, 0, offset, 0);
        if (analysis.DuplicateAckNumber != 0)
        {
            if ((flags & TcpAnalysisFlags.DuplicateAck) != 0)
            {
                // Wireshark's hf tcp.analysis.duplicate_ack ("This is a TCP duplicate ack") shares its name with the expert item.
                int dup = tree.AddNode(f, TcpFields.AnalysisDuplicateAck, 0, offset, 0, NodeFlags.Generated);
                tree.SetText(dup, "This is a TCP duplicate ack");
            }
            tree.Add(a, TcpFields.AnalysisDuplicateAckNum, 0, offset, 0, (ulong)analysis.DuplicateAckNumber, NodeFlags.Generated);
            int frame = tree.Add(a, TcpFields.AnalysisDuplicateAckFrame, 0, offset, 0, (ulong)analysis.DuplicateAckOf, NodeFlags.Generated);
            int e = tree.AddExpert(frame, TcpFields.AnalysisDuplicateAck, 0, offset, 0);
            if (tree.BuildsText)
                tree.SetText(e, $"Duplicate ACK (#{analysis.DuplicateAckNumber})");
        }
        if ((flags & TcpAnalysisFlags.ZeroWindowProbe) != 0)
            tree.AddExpert(f, TcpFields.AnalysisZeroWindowProbe, 0, offset, 0);
        if ((flags & TcpAnalysisFlags.ZeroWindow) != 0)
            tree.AddExpert(f, TcpFields.AnalysisZeroWindow, 0, offset, 0);
        if ((flags & TcpAnalysisFlags.ZeroWindowProbeAck) != 0)
            tree.AddExpert(f, TcpFields.AnalysisZeroWindowProbeAck, 0, offset, 0);
    }

    private static void DissectBadHeader(PacketContext packet, ReadOnlySpan<byte> b, int offset, TcpHeaderStatus status)
    {
        var tree = packet.Tree;
        int node = tree.AddNode(-1, TcpFields.Protocol, 0, offset, b.Length);
        if (b.Length >= 4)
        {
            ushort src = BinaryPrimitives.ReadUInt16BigEndian(b), dst = BinaryPrimitives.ReadUInt16BigEndian(b[2..]);
            // Ports first: Follow Stream still works when the rest is bad.
            if (tree.BuildsText)
                tree.AppendText(node, $", Src Port: {src}, Dst Port: {dst}");
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
        CommonFields.MarkTooShort(packet, TcpFields.Protocol);
    }
}
