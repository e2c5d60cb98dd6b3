using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Ntp;

/// <summary>NTP's fields as tshark 4.0 declares them (packet-ntp.c), for the time packets of modes 1 to 5.</summary>
public static class NtpFields
{
    public static readonly ProtocolDef Protocol = new("ntp", "NTP", "Network Time Protocol");

    /// <summary>
    /// The value an NTP time stamp field holds when the wire says 0 (tshark shows "NULL"): the smallest time there is,
    /// which no real time stamp reaches, so outputs can tell it apart.
    /// </summary>
    public const long NullTime = long.MinValue;

    public static readonly IReadOnlyDictionary<ulong, string> LeapIndicators = new Dictionary<ulong, string>
    {
        [0] = "no warning", [1] = "last minute of the day has 61 seconds", [2] = "last minute of the day has 59 seconds",
        [3] = "unknown (clock unsynchronized)",
    };

    public static readonly IReadOnlyDictionary<ulong, string> Versions = new Dictionary<ulong, string>
    {
        [0] = "reserved", [1] = "NTP Version 1", [2] = "NTP Version 2", [3] = "NTP Version 3", [4] = "NTP Version 4",
        [5] = "reserved", [6] = "reserved", [7] = "reserved",
    };

    public static readonly IReadOnlyDictionary<ulong, string> Modes = new Dictionary<ulong, string>
    {
        [0] = "reserved", [1] = "symmetric active", [2] = "symmetric passive", [3] = "client", [4] = "server", [5] = "broadcast",
        [6] = "reserved for NTP control message", [7] = "reserved for private use",
    };

    public static readonly FieldDef Flags = new("ntp.flags", "Flags", FieldType.UInt8, FieldBase.Hex, description: "Flags (Leap/Version/Mode)");
    public static readonly FieldDef FlagsLi = new("ntp.flags.li", "Leap Indicator", FieldType.UInt8, FieldBase.Dec, 0xC0, valueNames: LeapIndicators, description: "Warning of an impending leap second to be inserted or deleted in the last minute of the current month");
    public static readonly FieldDef FlagsVn = new("ntp.flags.vn", "Version number", FieldType.UInt8, FieldBase.Dec, 0x38, valueNames: Versions);
    public static readonly FieldDef FlagsMode = new("ntp.flags.mode", "Mode", FieldType.UInt8, FieldBase.Dec, 0x7, valueNames: Modes);
    public static readonly FieldDef Stratum = new("ntp.stratum", "Peer Clock Stratum", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef Ppoll = new("ntp.ppoll", "Peer Polling Interval", FieldType.UInt8, FieldBase.Dec, description: "Maximum interval between successive messages");
    public static readonly FieldDef Precision = new("ntp.precision", "Peer Clock Precision", FieldType.UInt8, FieldBase.Dec, description: "The precision of the system clock");
    public static readonly FieldDef Rootdelay = new("ntp.rootdelay", "Root Delay", FieldType.UInt32, FieldBase.Dec, description: "Total round-trip delay to the reference clock");
    public static readonly FieldDef Rootdispersion = new("ntp.rootdispersion", "Root Dispersion", FieldType.UInt32, FieldBase.Dec, description: "Total dispersion to the reference clock");
    public static readonly FieldDef Refid = new("ntp.refid", "Reference ID", FieldType.Bytes, description: "Particular server or reference clock being used");
    public static readonly FieldDef Reftime = new("ntp.reftime", "Reference Timestamp", FieldType.AbsoluteTime, description: "Time when the system clock was last set or corrected");
    public static readonly FieldDef Org = new("ntp.org", "Origin Timestamp", FieldType.AbsoluteTime, description: "Time at the client when the request departed for the server");
    public static readonly FieldDef Rec = new("ntp.rec", "Receive Timestamp", FieldType.AbsoluteTime, description: "Time at the server when the request arrived from the client");
    public static readonly FieldDef Xmt = new("ntp.xmt", "Transmit Timestamp", FieldType.AbsoluteTime, description: "Time at the server when the response left for the client");

    public static readonly FieldDef ResponseIn = new("ntp.response_in", "Response In", FieldType.FrameNum);
    public static readonly FieldDef RequestIn = new("ntp.request_in", "Request In", FieldType.FrameNum);
    public static readonly FieldDef DeltaTime = new("ntp.delta_time", "Delta Time", FieldType.RelativeTime, description: "Time between request and response");

    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [Flags, FlagsLi, FlagsVn, FlagsMode, Stratum, Ppoll, Precision, Rootdelay, Rootdispersion, Refid, Reftime, Org, Rec, Xmt,
         ResponseIn, RequestIn, DeltaTime]);
}
