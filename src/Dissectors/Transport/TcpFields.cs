using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Transport;

/// <summary>TCP fields, with tshark 4.0's abbreviations, names and types.</summary>
public static class TcpFields
{
    public static readonly ProtocolDef Protocol = new("tcp", "TCP", "Transmission Control Protocol");
    public static readonly FieldDef SrcPort = new("tcp.srcport", "Source Port", FieldType.UInt16);
    public static readonly FieldDef DstPort = new("tcp.dstport", "Destination Port", FieldType.UInt16);
    public static readonly FieldDef Port = new("tcp.port", "Source or Destination Port", FieldType.UInt16);
    public static readonly FieldDef Stream = new("tcp.stream", "Stream index", FieldType.UInt32);
    public static readonly FieldDef Len = new("tcp.len", "TCP Segment Len", FieldType.UInt32);
    public static readonly FieldDef Seq = new("tcp.seq", "Sequence Number", FieldType.UInt32);
    public static readonly FieldDef SeqRaw = new("tcp.seq_raw", "Sequence Number (raw)", FieldType.UInt32);
    public static readonly FieldDef NextSeq = new("tcp.nxtseq", "Next Sequence Number", FieldType.UInt32);
    public static readonly FieldDef Ack = new("tcp.ack", "Acknowledgment Number", FieldType.UInt32);
    public static readonly FieldDef AckRaw = new("tcp.ack_raw", "Acknowledgment number (raw)", FieldType.UInt32);
    public static readonly FieldDef HdrLen = new("tcp.hdr_len", "Header Length", FieldType.UInt8);
    public static readonly FieldDef Flags = new("tcp.flags", "Flags", FieldType.UInt16, FieldBase.Hex, 0xFFF);
    public static readonly FieldDef FlagsRes = new("tcp.flags.res", "Reserved", FieldType.Boolean, FieldBase.None, 0xE00);
    public static readonly FieldDef FlagsAe = new("tcp.flags.ae", "Accurate ECN", FieldType.Boolean, FieldBase.None, 0x100);
    public static readonly FieldDef FlagsCwr = new("tcp.flags.cwr", "Congestion Window Reduced", FieldType.Boolean, FieldBase.None, 0x80);
    public static readonly FieldDef FlagsEce = new("tcp.flags.ece", "ECN-Echo", FieldType.Boolean, FieldBase.None, 0x40);
    public static readonly FieldDef FlagsUrg = new("tcp.flags.urg", "Urgent", FieldType.Boolean, FieldBase.None, 0x20);
    public static readonly FieldDef FlagsAck = new("tcp.flags.ack", "Acknowledgment", FieldType.Boolean, FieldBase.None, 0x10);
    public static readonly FieldDef FlagsPush = new("tcp.flags.push", "Push", FieldType.Boolean, FieldBase.None, 0x8);
    public static readonly FieldDef FlagsReset = new("tcp.flags.reset", "Reset", FieldType.Boolean, FieldBase.None, 0x4);
    public static readonly FieldDef FlagsSyn = new("tcp.flags.syn", "Syn", FieldType.Boolean, FieldBase.None, 0x2);
    public static readonly FieldDef FlagsFin = new("tcp.flags.fin", "Fin", FieldType.Boolean, FieldBase.None, 0x1);
    public static readonly FieldDef FlagsStr = new("tcp.flags.str", "TCP Flags", FieldType.String);
    public static readonly FieldDef WindowSizeValue = new("tcp.window_size_value", "Window", FieldType.UInt16);
    public static readonly FieldDef WindowSize = new("tcp.window_size", "Calculated window size", FieldType.UInt32);
    public static readonly FieldDef WindowSizeScaleFactor = new("tcp.window_size_scalefactor", "Window size scaling factor", FieldType.Int32);
    public static readonly FieldDef Checksum = new("tcp.checksum", "Checksum", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef ChecksumStatus = new("tcp.checksum.status", "Checksum Status", FieldType.UInt8, FieldBase.None,
        valueNames: Network.ChecksumStatuses.Names);
    public static readonly FieldDef UrgentPointer = new("tcp.urgent_pointer", "Urgent Pointer", FieldType.UInt16);

    public static readonly FieldDef Options = new("tcp.options", "TCP Options", FieldType.Bytes);
    public static readonly FieldDef OptionKind = new("tcp.option_kind", "Kind", FieldType.UInt8);
    public static readonly FieldDef OptionLen = new("tcp.option_len", "Length", FieldType.UInt8);
    public static readonly FieldDef OptionNop = new("tcp.options.nop", "TCP Option - No-Operation (NOP)", FieldType.Bytes);
    public static readonly FieldDef OptionEol = new("tcp.options.eol", "TCP Option - End of Option List (EOL)", FieldType.Bytes);
    public static readonly FieldDef OptionMss = new("tcp.options.mss", "TCP Option - Maximum segment size", FieldType.Bytes);
    public static readonly FieldDef OptionMssValue = new("tcp.options.mss_val", "MSS Value", FieldType.UInt16);
    public static readonly FieldDef OptionWindowScale = new("tcp.options.wscale", "TCP Option - Window scale", FieldType.Bytes);
    public static readonly FieldDef OptionWindowScaleShift = new("tcp.options.wscale.shift", "Shift count", FieldType.UInt8);
    public static readonly FieldDef OptionWindowScaleMultiplier = new("tcp.options.wscale.multiplier", "Multiplier", FieldType.UInt16);
    public static readonly FieldDef OptionSackPerm = new("tcp.options.sack_perm", "TCP Option - SACK permitted", FieldType.Bytes);
    public static readonly FieldDef OptionSack = new("tcp.options.sack", "TCP Option - SACK", FieldType.Bytes);
    public static readonly FieldDef OptionSackLeftEdge = new("tcp.options.sack_le", "TCP SACK Left Edge", FieldType.UInt32);
    public static readonly FieldDef OptionSackRightEdge = new("tcp.options.sack_re", "TCP SACK Right Edge", FieldType.UInt32);
    public static readonly FieldDef OptionTimestamp = new("tcp.options.timestamp", "TCP Option - Timestamps", FieldType.Bytes);
    public static readonly FieldDef OptionTsval = new("tcp.options.timestamp.tsval", "Timestamp value", FieldType.UInt32);
    public static readonly FieldDef OptionTsecr = new("tcp.options.timestamp.tsecr", "Timestamp echo reply", FieldType.UInt32);

    public static readonly FieldDef TimeRelative = new("tcp.time_relative", "Time since first frame in this TCP stream", FieldType.RelativeTime);
    public static readonly FieldDef TimeDelta = new("tcp.time_delta", "Time since previous frame in this TCP stream", FieldType.RelativeTime);
    public static readonly FieldDef Payload = new("tcp.payload", "TCP payload", FieldType.Bytes);
    public static readonly FieldDef SegmentData = new("tcp.segment_data", "TCP segment data", FieldType.Bytes);
    public static readonly FieldDef Segments = new("tcp.segments", "Reassembled TCP Segments", FieldType.None);
    public static readonly FieldDef Segment = new("tcp.segment", "TCP Segment", FieldType.FrameNum);
    public static readonly FieldDef SegmentCount = new("tcp.segment.count", "Segment count", FieldType.UInt32);
    public static readonly FieldDef SegmentOverlap = new("tcp.segment.overlap", "Segment overlap", FieldType.Boolean,
        description: "Segment overlaps with other segments");
    public static readonly FieldDef SegmentOverlapConflict = new("tcp.segment.overlap.conflict", "Conflicting data in segment overlap", FieldType.Boolean,
        description: "Overlapping segments contained conflicting data");
    public static readonly FieldDef ReassembledLength = new("tcp.reassembled.length", "Reassembled TCP length", FieldType.UInt32);
    public static readonly FieldDef ReassembledData = new("tcp.reassembled.data", "Reassembled TCP Data", FieldType.Bytes);
    public static readonly FieldDef PduSize = new("tcp.pdu.size", "PDU Size", FieldType.UInt32);

    public static readonly FieldDef Analysis = new("tcp.analysis", "SEQ/ACK analysis", FieldType.None);
    public static readonly FieldDef AnalysisFlags = new("tcp.analysis.flags", "TCP Analysis Flags", FieldType.None);
    public static readonly FieldDef AnalysisDuplicateAckNum = new("tcp.analysis.duplicate_ack_num", "Duplicate ACK #", FieldType.UInt32);
    public static readonly FieldDef AnalysisDuplicateAckFrame = new("tcp.analysis.duplicate_ack_frame", "Duplicate to the ACK in frame", FieldType.FrameNum);
    public static readonly FieldDef AnalysisBytesInFlight = new("tcp.analysis.bytes_in_flight", "Bytes in flight", FieldType.UInt32);
    public static readonly FieldDef AnalysisAcksFrame = new("tcp.analysis.acks_frame", "This is an ACK to the segment in frame", FieldType.FrameNum);
    public static readonly FieldDef AnalysisAckRtt = new("tcp.analysis.ack_rtt", "The RTT to ACK the segment was", FieldType.RelativeTime);
    public static readonly FieldDef AnalysisInitialRtt = new("tcp.analysis.initial_rtt", "iRTT", FieldType.RelativeTime);
    public static readonly FieldDef AnalysisPushBytesSent = new("tcp.analysis.push_bytes_sent", "Bytes sent since last PSH flag", FieldType.UInt32);
    public static readonly FieldDef AnalysisRto = new("tcp.analysis.rto", "The RTO for this segment was", FieldType.RelativeTime);
    public static readonly FieldDef AnalysisRtoFrame = new("tcp.analysis.rto_frame", "RTO based on delta from frame", FieldType.FrameNum);
    public static readonly FieldDef Completeness = new("tcp.completeness", "Conversation completeness", FieldType.UInt8);

    public static readonly ExpertDef ConnectionSyn = new("tcp.connection.syn", ExpertGroup.Sequence, ExpertSeverity.Chat,
        "Connection establish request (SYN)");
    public static readonly ExpertDef ConnectionSynAck = new("tcp.connection.synack", ExpertGroup.Sequence, ExpertSeverity.Chat,
        "Connection establish acknowledge (SYN+ACK)");
    public static readonly ExpertDef ConnectionFin = new("tcp.connection.fin", ExpertGroup.Sequence, ExpertSeverity.Chat,
        "Connection finish (FIN)");
    public static readonly ExpertDef ConnectionFinActive = new("tcp.connection.fin_active", ExpertGroup.Sequence, ExpertSeverity.Note,
        "This frame initiates the connection closing");
    public static readonly ExpertDef ConnectionFinPassive = new("tcp.connection.fin_passive", ExpertGroup.Sequence, ExpertSeverity.Note,
        "This frame undergoes the connection closing");
    public static readonly ExpertDef ConnectionRst = new("tcp.connection.rst", ExpertGroup.Sequence, ExpertSeverity.Warning,
        "Connection reset (RST)");

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
    public static readonly ExpertDef AnalysisLostSegment = new("tcp.analysis.lost_segment", ExpertGroup.Sequence, ExpertSeverity.Warning,
        "Previous segment(s) not captured (common at capture start)");
    public static readonly ExpertDef AnalysisDuplicateAck = new("tcp.analysis.duplicate_ack", ExpertGroup.Sequence, ExpertSeverity.Note,
        "Duplicate ACK");
    public static readonly ExpertDef AnalysisWindowUpdate = new("tcp.analysis.window_update", ExpertGroup.Sequence, ExpertSeverity.Chat,
        "TCP window update");
    public static readonly ExpertDef AnalysisZeroWindow = new("tcp.analysis.zero_window", ExpertGroup.Sequence, ExpertSeverity.Warning,
        "TCP Zero Window segment");
    public static readonly ExpertDef AnalysisZeroWindowProbe = new("tcp.analysis.zero_window_probe", ExpertGroup.Sequence, ExpertSeverity.Note,
        "TCP Zero Window Probe");
    public static readonly ExpertDef AnalysisKeepAlive = new("tcp.analysis.keep_alive", ExpertGroup.Sequence, ExpertSeverity.Note,
        "TCP keep-alive segment");
    public static readonly ExpertDef AnalysisReusedPorts = new("tcp.analysis.reused_ports", ExpertGroup.Sequence, ExpertSeverity.Note,
        "A new tcp session is started with the same ports as an earlier session in this trace");
    public static readonly ExpertDef BadHeaderLength = new("tcp.bogus_header_length", ExpertGroup.Malformed, ExpertSeverity.Error,
        "Bogus TCP Header length");
    public static readonly ExpertDef ReassemblyLimit = new("tcp.reassembly.limit", ExpertGroup.Reassemble, ExpertSeverity.Warning,
        "Reassembly buffer limit reached: the pending bytes of this direction were shown as data");
    public static readonly ExpertDef ReassemblyGap = new("tcp.reassembly.gap", ExpertGroup.Reassemble, ExpertSeverity.Warning,
        "Bytes before this segment were not captured: the partial PDU before the gap was shown as data");

    /// <summary>What this protocol declares: its fields and expert items, for the field catalog.</summary>
    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [SrcPort, DstPort, Port, Stream, Len, Seq, SeqRaw, NextSeq, Ack, AckRaw, HdrLen, Flags, FlagsRes, FlagsAe, FlagsCwr, FlagsEce, FlagsUrg, FlagsAck, FlagsPush, FlagsReset, FlagsSyn, FlagsFin, FlagsStr, WindowSizeValue, WindowSize, WindowSizeScaleFactor, Checksum, ChecksumStatus, UrgentPointer, Options, OptionKind, OptionLen, OptionNop, OptionEol, OptionMss, OptionMssValue, OptionWindowScale, OptionWindowScaleShift, OptionWindowScaleMultiplier, OptionSackPerm, OptionSack, OptionSackLeftEdge, OptionSackRightEdge, OptionTimestamp, OptionTsval, OptionTsecr, TimeRelative, TimeDelta, Payload, SegmentData, Segments, Segment, SegmentCount, ReassembledLength, ReassembledData, PduSize, Analysis, AnalysisFlags, AnalysisDuplicateAckNum, AnalysisDuplicateAckFrame, AnalysisBytesInFlight, AnalysisAcksFrame, AnalysisAckRtt, AnalysisInitialRtt, AnalysisPushBytesSent, AnalysisRto, AnalysisRtoFrame, Completeness, SegmentOverlap, SegmentOverlapConflict],
        [ConnectionSyn, ConnectionSynAck, ConnectionFin, ConnectionFinActive, ConnectionFinPassive, ConnectionRst, AnalysisRetransmission, AnalysisFastRetransmission, AnalysisSpuriousRetransmission, AnalysisAckLostSegment, AnalysisWindowFull, AnalysisKeepAliveAck, AnalysisZeroWindowProbeAck, AnalysisOutOfOrder, AnalysisLostSegment, AnalysisDuplicateAck, AnalysisWindowUpdate, AnalysisZeroWindow, AnalysisZeroWindowProbe, AnalysisKeepAlive, AnalysisReusedPorts, BadHeaderLength, ReassemblyLimit, ReassemblyGap]);
}
