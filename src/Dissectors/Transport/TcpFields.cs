using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Transport;

/// <summary>TCP fields, with tshark 4.0's abbreviations, names, types, bases and descriptions (packet-tcp.c).</summary>
public static class TcpFields
{
    private static readonly TrueFalse Set = TrueFalse.SetNotSet;

    public static readonly ProtocolDef Protocol = new("tcp", "TCP", "Transmission Control Protocol");
    public static readonly FieldDef SrcPort = new("tcp.srcport", "Source Port", FieldType.UInt16, FieldBase.PortTcp);
    public static readonly FieldDef DstPort = new("tcp.dstport", "Destination Port", FieldType.UInt16, FieldBase.PortTcp);
    public static readonly FieldDef Port = new("tcp.port", "Source or Destination Port", FieldType.UInt16, FieldBase.PortTcp);
    public static readonly FieldDef Stream = new("tcp.stream", "Stream index", FieldType.UInt32);
    public static readonly FieldDef Completeness = new("tcp.completeness", "Conversation completeness", FieldType.UInt8, FieldBase.Custom,
        description: "The completeness of the conversation capture");
    public static readonly FieldDef Seq = new("tcp.seq", "Sequence Number", FieldType.UInt32);
    public static readonly FieldDef SeqRaw = new("tcp.seq_raw", "Sequence Number (raw)", FieldType.UInt32,
        description: "This shows the raw value of the sequence number");
    public static readonly FieldDef NextSeq = new("tcp.nxtseq", "Next Sequence Number", FieldType.UInt32);
    public static readonly FieldDef Ack = new("tcp.ack", "Acknowledgment Number", FieldType.UInt32);
    public static readonly FieldDef AckRaw = new("tcp.ack_raw", "Acknowledgment number (raw)", FieldType.UInt32,
        description: "This shows the raw value of the acknowledgment number");
    public static readonly FieldDef HdrLen = new("tcp.hdr_len", "Header Length", FieldType.UInt8, description: "Data offset in 32-bit words");
    public static readonly FieldDef Flags = new("tcp.flags", "Flags", FieldType.UInt16, FieldBase.Hex, 0xfff, description: "Flags (12 bits)");
    public static readonly FieldDef FlagsRes = new("tcp.flags.res", "Reserved", FieldType.Boolean, bitmask: 0xe00,
        description: "Three reserved bits (must be zero)") { BitWidth = 12, Booleans = Set };
    public static readonly FieldDef FlagsAe = new("tcp.flags.ae", "Accurate ECN", FieldType.Boolean, bitmask: 0x100) { BitWidth = 12, Booleans = Set };
    public static readonly FieldDef FlagsCwr = new("tcp.flags.cwr", "Congestion Window Reduced", FieldType.Boolean, bitmask: 0x80) { BitWidth = 12, Booleans = Set };
    public static readonly FieldDef FlagsEce = new("tcp.flags.ece", "ECN-Echo", FieldType.Boolean, bitmask: 0x40) { BitWidth = 12, Booleans = Set };
    public static readonly FieldDef FlagsUrg = new("tcp.flags.urg", "Urgent", FieldType.Boolean, bitmask: 0x20) { BitWidth = 12, Booleans = Set };
    public static readonly FieldDef FlagsAck = new("tcp.flags.ack", "Acknowledgment", FieldType.Boolean, bitmask: 0x10) { BitWidth = 12, Booleans = Set };
    public static readonly FieldDef FlagsPush = new("tcp.flags.push", "Push", FieldType.Boolean, bitmask: 0x8) { BitWidth = 12, Booleans = Set };
    public static readonly FieldDef FlagsReset = new("tcp.flags.reset", "Reset", FieldType.Boolean, bitmask: 0x4) { BitWidth = 12, Booleans = Set };
    public static readonly FieldDef FlagsSyn = new("tcp.flags.syn", "Syn", FieldType.Boolean, bitmask: 0x2) { BitWidth = 12, Booleans = Set };
    public static readonly FieldDef FlagsFin = new("tcp.flags.fin", "Fin", FieldType.Boolean, bitmask: 0x1) { BitWidth = 12, Booleans = Set };
    public static readonly FieldDef FlagsStr = new("tcp.flags.str", "TCP Flags", FieldType.String);
    public static readonly FieldDef WindowSizeValue = new("tcp.window_size_value", "Window", FieldType.UInt16,
        description: "The window size value from the TCP header");
    public static readonly FieldDef WindowSize = new("tcp.window_size", "Calculated window size", FieldType.UInt32,
        description: "The scaled window size (if scaling has been used)");
    public static readonly FieldDef WindowSizeScaleFactor = new("tcp.window_size_scalefactor", "Window size scaling factor", FieldType.Int32,
        description: "The window size scaling factor (-1 when unknown, -2 when no scaling is used)");
    public static readonly FieldDef Checksum = new("tcp.checksum", "Checksum", FieldType.UInt16, FieldBase.Hex,
        description: "Details at: https://www.wireshark.org/docs/wsug_html_chunked/ChAdvChecksums.html");
    public static readonly FieldDef ChecksumStatus = new("tcp.checksum.status", "Checksum Status", FieldType.UInt8, FieldBase.None,
        valueNames: Network.ChecksumStatuses.Names);
    public static readonly FieldDef Len = new("tcp.len", "TCP Segment Len", FieldType.UInt32);
    public static readonly FieldDef UrgentPointer = new("tcp.urgent_pointer", "Urgent Pointer", FieldType.UInt16);

    public static readonly FieldDef Options = new("tcp.options", "TCP Options", FieldType.Bytes);
    public static readonly FieldDef OptionKind = new("tcp.option_kind", "Kind", FieldType.UInt8, description: "This TCP option's kind",
        valueNames: TcpOptionKinds.Names);
    public static readonly FieldDef OptionLen = new("tcp.option_len", "Length", FieldType.UInt8,
        description: "Length of this TCP option in bytes (including kind and length fields)");
    public static readonly FieldDef OptionMssValue = new("tcp.options.mss_val", "MSS Value", FieldType.UInt16);
    public static readonly FieldDef OptionWindowScaleShift = new("tcp.options.wscale.shift", "Shift count", FieldType.UInt8,
        description: "Logarithmically encoded power of 2 scale factor");
    public static readonly FieldDef OptionWindowScaleMultiplier = new("tcp.options.wscale.multiplier", "Multiplier", FieldType.UInt16,
        description: "Multiply segment window size by this for scaled window size");
    public static readonly FieldDef OptionSackLeftEdge = new("tcp.options.sack_le", "TCP SACK Left Edge", FieldType.UInt32);
    public static readonly FieldDef OptionSackRightEdge = new("tcp.options.sack_re", "TCP SACK Right Edge", FieldType.UInt32);
    public static readonly FieldDef OptionSackCount = new("tcp.options.sack.count", "TCP SACK Count", FieldType.UInt8);
    public static readonly FieldDef OptionDsackLeftEdge = new("tcp.options.sack.dsack_le", "TCP D-SACK Left Edge", FieldType.UInt32,
        description: "Duplicate SACK Left Edge");
    public static readonly FieldDef OptionDsackRightEdge = new("tcp.options.sack.dsack_re", "TCP D-SACK Right Edge", FieldType.UInt32,
        description: "Duplicate SACK Right Edge");
    public static readonly FieldDef OptionTsval = new("tcp.options.timestamp.tsval", "Timestamp value", FieldType.UInt32,
        description: "Value of sending machine's timestamp clock");
    public static readonly FieldDef OptionTsecr = new("tcp.options.timestamp.tsecr", "Timestamp echo reply", FieldType.UInt32,
        description: "Echoed timestamp from remote machine");
    public static readonly FieldDef OptionUnknownPayload = new("tcp.options.unknown.payload", "Payload", FieldType.Bytes);

    public static readonly FieldDef Analysis = new("tcp.analysis", "SEQ/ACK analysis", FieldType.None,
        description: "This frame has some of the TCP analysis shown");
    public static readonly FieldDef AnalysisFlags = new("tcp.analysis.flags", "TCP Analysis Flags", FieldType.None,
        description: "This frame has some of the TCP analysis flags set");
    public static readonly FieldDef AnalysisDuplicateAckNum = new("tcp.analysis.duplicate_ack_num", "Duplicate ACK #", FieldType.UInt32,
        description: "This is duplicate ACK number #");
    public static readonly FieldDef AnalysisDuplicateAckFrame = new("tcp.analysis.duplicate_ack_frame", "Duplicate to the ACK in frame", FieldType.FrameNum,
        description: "This is a duplicate to the ACK in frame #");
    public static readonly FieldDef AnalysisAcksFrame = new("tcp.analysis.acks_frame", "This is an ACK to the segment in frame", FieldType.FrameNum,
        description: "Which previous segment is this an ACK for");
    public static readonly FieldDef AnalysisBytesInFlight = new("tcp.analysis.bytes_in_flight", "Bytes in flight", FieldType.UInt32,
        description: "How many bytes are now in flight for this connection");
    public static readonly FieldDef AnalysisPushBytesSent = new("tcp.analysis.push_bytes_sent", "Bytes sent since last PSH flag", FieldType.UInt32,
        description: "How many bytes have been sent since the last PSH flag");
    public static readonly FieldDef AnalysisAckRtt = new("tcp.analysis.ack_rtt", "The RTT to ACK the segment was", FieldType.RelativeTime,
        description: "How long time it took to ACK the segment (RTT)");
    public static readonly FieldDef AnalysisInitialRtt = new("tcp.analysis.initial_rtt", "iRTT", FieldType.RelativeTime,
        description: "How long it took for the SYN to ACK handshake (iRTT)");
    public static readonly FieldDef AnalysisRto = new("tcp.analysis.rto", "The RTO for this segment was", FieldType.RelativeTime,
        description: "How long transmission was delayed before this segment was retransmitted (RTO)");
    public static readonly FieldDef AnalysisRtoFrame = new("tcp.analysis.rto_frame", "RTO based on delta from frame", FieldType.FrameNum,
        description: "This is the frame we measure the RTO from");

    public static readonly FieldDef SegmentCount = new("tcp.segment.count", "Segment count", FieldType.UInt32);
    public static readonly FieldDef Segment = new("tcp.segment", "TCP Segment", FieldType.FrameNum);
    public static readonly FieldDef Segments = new("tcp.segments", "Reassembled TCP Segments", FieldType.None, description: "TCP Segments");
    public static readonly FieldDef ReassembledIn = new("tcp.reassembled_in", "Reassembled PDU in frame", FieldType.FrameNum,
        description: "The PDU that doesn't end in this segment is reassembled in this frame");
    public static readonly FieldDef ReassembledLength = new("tcp.reassembled.length", "Reassembled TCP length", FieldType.UInt32,
        description: "The total length of the reassembled payload");
    public static readonly FieldDef ReassembledData = new("tcp.reassembled.data", "Reassembled TCP Data", FieldType.Bytes,
        description: "The reassembled payload");
    public static readonly FieldDef PduSize = new("tcp.pdu.size", "PDU Size", FieldType.UInt32, description: "The size of this PDU");
    public static readonly FieldDef TimeRelative = new("tcp.time_relative", "Time since first frame in this TCP stream", FieldType.RelativeTime,
        description: "Time relative to first frame in this TCP stream");
    public static readonly FieldDef TimeDelta = new("tcp.time_delta", "Time since previous frame in this TCP stream", FieldType.RelativeTime,
        description: "Time delta from previous frame in this TCP stream");
    public static readonly FieldDef SegmentData = new("tcp.segment_data", "TCP segment data", FieldType.Bytes,
        description: "A data segment used in reassembly of a lower-level protocol");
    public static readonly FieldDef Payload = new("tcp.payload", "TCP payload", FieldType.Bytes, description: "The TCP payload of this packet");
    public static readonly FieldDef ResetCause = new("tcp.reset_cause", "Reset cause", FieldType.String);
    public static readonly FieldDef SegmentOverlap = new("tcp.segment.overlap", "Segment overlap", FieldType.Boolean,
        description: "Segment overlaps with other segments");
    public static readonly FieldDef SegmentOverlapConflict = new("tcp.segment.overlap.conflict", "Conflicting data in segment overlap", FieldType.Boolean,
        description: "Overlapping segments contained conflicting data");

    // Each TCP option is a protocol of its own in Wireshark 4.0 ("TCP Option - Maximum segment size", tcp.options.mss).
    public static readonly ProtocolDef OptionNop = new("tcp.options.nop", "No-Operation (NOP)", "TCP Option - No-Operation (NOP)") { ValueIsBytes = true };
    public static readonly ProtocolDef OptionEol = new("tcp.options.eol", "End of Option List (EOL)", "TCP Option - End of Option List (EOL)") { ValueIsBytes = true };
    public static readonly ProtocolDef OptionTimestamp = new("tcp.options.timestamp", "Timestamps", "TCP Option - Timestamps") { ValueIsBytes = true };
    public static readonly ProtocolDef OptionMss = new("tcp.options.mss", "Maximum segment size", "TCP Option - Maximum segment size") { ValueIsBytes = true };
    public static readonly ProtocolDef OptionWindowScale = new("tcp.options.wscale", "Window scale", "TCP Option - Window scale") { ValueIsBytes = true };
    public static readonly ProtocolDef OptionSackPerm = new("tcp.options.sack_perm", "SACK permitted", "TCP Option - SACK permitted") { ValueIsBytes = true };
    public static readonly ProtocolDef OptionSack = new("tcp.options.sack", "SACK", "TCP Option - SACK") { ValueIsBytes = true };
    public static readonly ProtocolDef OptionUnknown = new("tcp.options.unknown", "Unknown", "TCP Option - Unknown") { ValueIsBytes = true };

    public static readonly ExpertDef OptionLengthInvalid = new("tcp.option.len.invalid", ExpertGroup.Sequence, ExpertSeverity.Note,
        "Invalid length for option");
    public static readonly ExpertDef AnalysisRetransmission = new("tcp.analysis.retransmission", ExpertGroup.Sequence, ExpertSeverity.Note,
        "This frame is a (suspected) retransmission");
    public static readonly ExpertDef AnalysisFastRetransmission = new("tcp.analysis.fast_retransmission", ExpertGroup.Sequence, ExpertSeverity.Note,
        "This frame is a (suspected) fast retransmission");
    public static readonly ExpertDef AnalysisSpuriousRetransmission = new("tcp.analysis.spurious_retransmission", ExpertGroup.Sequence, ExpertSeverity.Note,
        "This frame is a (suspected) spurious retransmission");
    public static readonly ExpertDef AnalysisAckLostSegment = new("tcp.analysis.ack_lost_segment", ExpertGroup.Sequence, ExpertSeverity.Warning,
        "ACKed segment that wasn't captured (common at capture start)");
    public static readonly ExpertDef AnalysisWindowFull = new("tcp.analysis.window_full", ExpertGroup.Sequence, ExpertSeverity.Warning,
        "TCP window specified by the receiver is now completely full");
    public static readonly ExpertDef AnalysisKeepAliveAck = new("tcp.analysis.keep_alive_ack", ExpertGroup.Sequence, ExpertSeverity.Note,
        "ACK to a TCP keep-alive segment");
    public static readonly ExpertDef AnalysisZeroWindowProbeAck = new("tcp.analysis.zero_window_probe_ack", ExpertGroup.Sequence, ExpertSeverity.Note,
        "ACK to a TCP Zero Window Probe");
    public static readonly ExpertDef AnalysisOutOfOrder = new("tcp.analysis.out_of_order", ExpertGroup.Sequence, ExpertSeverity.Warning,
        "This frame is a (suspected) out-of-order segment");
    public static readonly ExpertDef AnalysisReusedPorts = new("tcp.analysis.reused_ports", ExpertGroup.Sequence, ExpertSeverity.Note,
        "A new tcp session is started with the same ports as an earlier session in this trace");
    public static readonly ExpertDef AnalysisLostSegment = new("tcp.analysis.lost_segment", ExpertGroup.Sequence, ExpertSeverity.Warning,
        "Previous segment(s) not captured (common at capture start)");
    public static readonly ExpertDef AnalysisWindowUpdate = new("tcp.analysis.window_update", ExpertGroup.Sequence, ExpertSeverity.Chat,
        "TCP window update");
    public static readonly ExpertDef AnalysisKeepAlive = new("tcp.analysis.keep_alive", ExpertGroup.Sequence, ExpertSeverity.Note,
        "TCP keep-alive segment");
    public static readonly ExpertDef AnalysisDuplicateAck = new("tcp.analysis.duplicate_ack", ExpertGroup.Sequence, ExpertSeverity.Note,
        "Duplicate ACK", "This is a duplicate ACK");
    public static readonly ExpertDef AnalysisZeroWindowProbe = new("tcp.analysis.zero_window_probe", ExpertGroup.Sequence, ExpertSeverity.Note,
        "TCP Zero Window Probe");
    public static readonly ExpertDef AnalysisZeroWindow = new("tcp.analysis.zero_window", ExpertGroup.Sequence, ExpertSeverity.Warning,
        "TCP Zero Window segment");
    public static readonly ExpertDef ConnectionFinActive = new("tcp.connection.fin_active", ExpertGroup.Sequence, ExpertSeverity.Note,
        "This frame initiates the connection closing");
    public static readonly ExpertDef ConnectionFinPassive = new("tcp.connection.fin_passive", ExpertGroup.Sequence, ExpertSeverity.Note,
        "This frame undergoes the connection closing");
    public static readonly ExpertDef OptionDsack = new("tcp.options.sack.dsack", ExpertGroup.Sequence, ExpertSeverity.Warning, "D-SACK Sequence");
    public static readonly ExpertDef OptionWindowScaleShiftInvalid = new("tcp.options.wscale.shift.invalid", ExpertGroup.Protocol,
        ExpertSeverity.Warning, "Window scale shift exceeds 14");
    public static readonly ExpertDef OptionMssAbsent = new("tcp.options.mss.absent", ExpertGroup.Protocol, ExpertSeverity.Note,
        "The SYN packet does not contain a MSS option");
    public static readonly ExpertDef OptionMssPresent = new("tcp.options.mss.present", ExpertGroup.Protocol, ExpertSeverity.Warning,
        "The non-SYN packet does contain a MSS option");
    public static readonly ExpertDef AckNonzero = new("tcp.ack.nonzero", ExpertGroup.Protocol, ExpertSeverity.Note,
        "The acknowledgment number field is nonzero while the ACK flag is not set");
    public static readonly ExpertDef ConnectionSynAck = new("tcp.connection.synack", ExpertGroup.Sequence, ExpertSeverity.Chat,
        "Connection establish acknowledge (SYN+ACK)");
    public static readonly ExpertDef ConnectionSyn = new("tcp.connection.syn", ExpertGroup.Sequence, ExpertSeverity.Chat,
        "Connection establish request (SYN)");
    public static readonly ExpertDef ConnectionFin = new("tcp.connection.fin", ExpertGroup.Sequence, ExpertSeverity.Chat, "Connection finish (FIN)");
    public static readonly ExpertDef ConnectionRst = new("tcp.connection.rst", ExpertGroup.Sequence, ExpertSeverity.Warning, "Connection reset (RST)");
    public static readonly ExpertDef UrgentPointerNonZero = new("tcp.urgent_pointer.non_zero", ExpertGroup.Protocol, ExpertSeverity.Note,
        "The urgent pointer field is nonzero while the URG flag is not set");
    public static readonly ExpertDef SuboptionMalformed = new("tcp.suboption_malformed", ExpertGroup.Malformed, ExpertSeverity.Error,
        "suboption would go past end of option");
    public static readonly ExpertDef FourNops = new("tcp.nop", ExpertGroup.Protocol, ExpertSeverity.Warning,
        "4 NOP in a row - a router may have removed some options");
    public static readonly ExpertDef NonZeroBytesAfterEol = new("tcp.non_zero_bytes_after_eol", ExpertGroup.Protocol, ExpertSeverity.Error,
        "Non zero bytes in option space after EOL option");
    public static readonly ExpertDef BadHeaderLength = new("tcp.bogus_header_length", ExpertGroup.Protocol, ExpertSeverity.Error,
        "Bogus TCP Header length");
    public static readonly ExpertDef ReassemblyLimit = new("tcp.reassembly.limit", ExpertGroup.Reassemble, ExpertSeverity.Warning,
        "Reassembly buffer limit reached: the pending bytes of this direction were shown as data");
    public static readonly ExpertDef ReassemblyGap = new("tcp.reassembly.gap", ExpertGroup.Reassemble, ExpertSeverity.Warning,
        "Bytes before this segment were not captured: the partial PDU before the gap was shown as data");

    /// <summary>What TCP declares: its fields and expert items, then the options' own protocols, for the field catalog.</summary>
    public static IReadOnlyList<ProtocolDeclaration> Declarations { get; } =
    [
        new(Protocol,
            [SrcPort, DstPort, Port, Stream, Completeness, Seq, SeqRaw, NextSeq, Ack, AckRaw, HdrLen, Flags, FlagsRes, FlagsAe, FlagsCwr, FlagsEce,
                FlagsUrg, FlagsAck, FlagsPush, FlagsReset, FlagsSyn, FlagsFin, FlagsStr, WindowSizeValue, WindowSize, WindowSizeScaleFactor,
                Checksum, ChecksumStatus, Analysis, AnalysisFlags, AnalysisDuplicateAckNum, AnalysisDuplicateAckFrame, Len, AnalysisAcksFrame,
                AnalysisBytesInFlight, AnalysisPushBytesSent, AnalysisAckRtt, AnalysisInitialRtt, AnalysisRto, AnalysisRtoFrame, UrgentPointer, SegmentCount, Segment,
                Segments, SegmentOverlap, SegmentOverlapConflict, ReassembledIn, ReassembledLength, ReassembledData, OptionKind, OptionLen, Options, OptionMssValue,
                OptionWindowScaleShift, OptionWindowScaleMultiplier, OptionUnknownPayload, OptionSackLeftEdge, OptionSackRightEdge,
                OptionSackCount, OptionDsackLeftEdge, OptionDsackRightEdge, OptionTsval, OptionTsecr, PduSize, TimeRelative, TimeDelta,
                SegmentData, Payload, ResetCause],
            [OptionLengthInvalid, AnalysisRetransmission, AnalysisFastRetransmission, AnalysisSpuriousRetransmission, AnalysisOutOfOrder,
                AnalysisReusedPorts, AnalysisLostSegment, AnalysisAckLostSegment, AnalysisWindowUpdate, AnalysisWindowFull, AnalysisKeepAlive,
                AnalysisKeepAliveAck, AnalysisDuplicateAck, AnalysisZeroWindowProbe, AnalysisZeroWindow, AnalysisZeroWindowProbeAck, ConnectionFinActive, ConnectionFinPassive,
                OptionDsack, OptionWindowScaleShiftInvalid, OptionMssAbsent, OptionMssPresent, AckNonzero, ConnectionSynAck, ConnectionSyn,
                ConnectionFin, ConnectionRst, UrgentPointerNonZero, SuboptionMalformed, FourNops, NonZeroBytesAfterEol, BadHeaderLength,
                ReassemblyLimit, ReassemblyGap]),
        new(OptionNop, []),
        new(OptionEol, []),
        new(OptionTimestamp, []),
        new(OptionMss, []),
        new(OptionWindowScale, []),
        new(OptionSackPerm, []),
        new(OptionSack, []),
        new(OptionUnknown, []),
    ];

    /// <summary>The TCP protocol's own declaration (the first of <see cref="Declarations"/>).</summary>
    public static ProtocolDeclaration Declaration => Declarations[0];
}
