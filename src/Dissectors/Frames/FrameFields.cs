using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Frames;

/// <summary>The "frame" pseudo-protocol: what the capture file says about each packet.</summary>
public static class FrameFields
{
    public static readonly ProtocolDef Protocol = new("frame", "Frame", "Frame");
    public static readonly FieldDef SectionNumber = new("frame.section_number", "Section number", FieldType.UInt32,
        description: "The number of the file section this frame is in");
    public static readonly FieldDef InterfaceId = new("frame.interface_id", "Interface id", FieldType.UInt32);
    public static readonly FieldDef InterfaceName = new("frame.interface_name", "Interface name", FieldType.String,
        description: "The friendly name for this interface");
    public static readonly FieldDef InterfaceDescription = new("frame.interface_description", "Interface description", FieldType.String,
        description: "The description for this interface");
    public static readonly FieldDef EncapType = new("frame.encap_type", "Encapsulation type", FieldType.Int16, valueNames: Encapsulations.Names);
    public static readonly FieldDef Time = new("frame.time", "Arrival Time", FieldType.AbsoluteTime,
        description: "Absolute time when this frame was captured");
    public static readonly FieldDef OffsetShift = new("frame.offset_shift", "Time shift for this packet", FieldType.RelativeTime,
        description: "Time shift applied to this packet");
    public static readonly FieldDef TimeEpoch = new("frame.time_epoch", "Epoch Time", FieldType.RelativeTime,
        description: "Epoch time when this frame was captured");
    public static readonly FieldDef TimeDelta = new("frame.time_delta", "Time delta from previous captured frame", FieldType.RelativeTime);
    public static readonly FieldDef TimeDeltaDisplayed = new("frame.time_delta_displayed", "Time delta from previous displayed frame", FieldType.RelativeTime);
    public static readonly FieldDef TimeRelative = new("frame.time_relative", "Time since reference or first frame", FieldType.RelativeTime,
        description: "Time relative to time reference or first frame");
    public static readonly FieldDef Number = new("frame.number", "Frame Number", FieldType.UInt32);
    public static readonly FieldDef Len = new("frame.len", "Frame length on the wire", FieldType.UInt32);
    public static readonly FieldDef CapLen = new("frame.cap_len", "Frame length stored into the capture file", FieldType.UInt32);
    public static readonly FieldDef Marked = new("frame.marked", "Frame is marked", FieldType.Boolean, description: "Frame is marked in the GUI");
    public static readonly FieldDef Ignored = new("frame.ignored", "Frame is ignored", FieldType.Boolean, description: "Frame is ignored by the dissectors");
    public static readonly FieldDef Protocols = new("frame.protocols", "Protocols in frame", FieldType.String,
        description: "Protocols carried by this frame");
    public static readonly FieldDef Comment = new("frame.comment", "Comment", FieldType.String);

    /// <summary>"Packet comments": the top-level item that holds a frame's comments (pkt_comment).</summary>
    public static readonly ProtocolDef CommentsProtocol = new("pkt_comment", "Pkt_Comment", "Packet comments") { IsLayer = false };
    public static readonly ExpertDef CommentExpert = new("frame.comment.expert", ExpertGroup.Comments, ExpertSeverity.Comment, "Formatted comment");

    public static readonly ExpertDef DissectorBug = new("_ws.malformed.dissector_bug", ExpertGroup.Malformed, ExpertSeverity.Error, "Dissector bug");

    /// <summary>What this protocol declares: its fields and expert items, for the field catalog.</summary>
    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [Time, OffsetShift, TimeEpoch, TimeDelta, TimeDeltaDisplayed, TimeRelative, Number, Len, CapLen, Marked, Ignored, Protocols,
            SectionNumber, InterfaceId, InterfaceName, InterfaceDescription, Comment, EncapType],
        [CommentExpert]);

    /// <summary>The "Packet comments" item's declaration (it has no fields of its own).</summary>
    public static ProtocolDeclaration CommentsDeclaration { get; } = new(CommentsProtocol, []);
}

/// <summary>Wireshark's WTAP_ENCAP numbers for the link types Sniffer reads, and their names (wtap_encap_description).</summary>
public static class Encapsulations
{
    public static readonly IReadOnlyDictionary<ulong, string> Names = new Dictionary<ulong, string>
    {
        [1] = "Ethernet",
        [7] = "Raw IP",
        [15] = "NULL/Loopback",
        [20] = "IEEE 802.11 Wireless LAN",
        [23] = "IEEE 802.11 plus radiotap radio header",
        [25] = "Linux cooked-mode capture v1",
        [97] = "Per-Packet Information header",
        [129] = "Raw IPv4",
        [130] = "Raw IPv6",
        [210] = "Linux cooked-mode capture v2",
    };
}
