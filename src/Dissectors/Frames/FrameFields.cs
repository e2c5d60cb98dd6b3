using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Frames;

/// <summary>The "frame" pseudo-protocol: what the capture file says about each packet.</summary>
public static class FrameFields
{
    public static readonly ProtocolDef Protocol = new("frame", "Frame", "Frame");
    public static readonly FieldDef InterfaceId = new("frame.interface_id", "Interface id", FieldType.UInt32);
    public static readonly FieldDef InterfaceName = new("frame.interface_name", "Interface name", FieldType.String);
    public static readonly FieldDef InterfaceDescription = new("frame.interface_description", "Interface description", FieldType.String);
    public static readonly FieldDef EncapType = new("frame.encap_type", "Encapsulation type", FieldType.Int32);
    public static readonly FieldDef Time = new("frame.time", "Arrival Time", FieldType.AbsoluteTime);
    public static readonly FieldDef TimeEpoch = new("frame.time_epoch", "Epoch Time", FieldType.RelativeTime);
    public static readonly FieldDef TimeDelta = new("frame.time_delta", "Time delta from previous captured frame", FieldType.RelativeTime);
    public static readonly FieldDef TimeDeltaDisplayed = new("frame.time_delta_displayed", "Time delta from previous displayed frame", FieldType.RelativeTime);
    public static readonly FieldDef TimeRelative = new("frame.time_relative", "Time since reference or first frame", FieldType.RelativeTime);
    public static readonly FieldDef Number = new("frame.number", "Frame Number", FieldType.UInt32);
    public static readonly FieldDef Len = new("frame.len", "Frame Length", FieldType.UInt32);
    public static readonly FieldDef CapLen = new("frame.cap_len", "Capture Length", FieldType.UInt32);
    public static readonly FieldDef Marked = new("frame.marked", "Frame is marked", FieldType.Boolean);
    public static readonly FieldDef Ignored = new("frame.ignored", "Frame is ignored", FieldType.Boolean);
    public static readonly FieldDef Protocols = new("frame.protocols", "Protocols in frame", FieldType.String);
    public static readonly FieldDef Comment = new("frame.comment", "Comment", FieldType.String);

    public static readonly ExpertDef DissectorBug = new("_ws.malformed.dissector_bug", ExpertGroup.Malformed, ExpertSeverity.Error, "Dissector bug");

    /// <summary>What this protocol declares: its fields and expert items, for the field catalog.</summary>
    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [InterfaceId, InterfaceName, InterfaceDescription, EncapType, Time, TimeEpoch, TimeDelta, TimeDeltaDisplayed, TimeRelative, Number, Len, CapLen, Marked, Ignored, Protocols, Comment]);
}
