using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Transport;

/// <summary>UDP fields, with tshark 4.0's abbreviations, names, types and descriptions (packet-udp.c).</summary>
public static class UdpFields
{
    public static readonly ProtocolDef Protocol = new("udp", "UDP", "User Datagram Protocol");
    public static readonly FieldDef SrcPort = new("udp.srcport", "Source Port", FieldType.UInt16, FieldBase.PortUdp);
    public static readonly FieldDef DstPort = new("udp.dstport", "Destination Port", FieldType.UInt16, FieldBase.PortUdp);
    public static readonly FieldDef Port = new("udp.port", "Source or Destination Port", FieldType.UInt16, FieldBase.PortUdp);
    public static readonly FieldDef Length = new("udp.length", "Length", FieldType.UInt16,
        description: "Length in octets including this header and the data");
    public static readonly FieldDef Checksum = new("udp.checksum", "Checksum", FieldType.UInt16, FieldBase.Hex,
        description: "Details at: https://www.wireshark.org/docs/wsug_html_chunked/ChAdvChecksums.html");
    public static readonly FieldDef ChecksumStatus = new("udp.checksum.status", "Checksum Status", FieldType.UInt8, FieldBase.None,
        valueNames: Network.ChecksumStatuses.Names);
    public static readonly FieldDef Stream = new("udp.stream", "Stream index", FieldType.UInt32);
    public static readonly FieldDef TimeRelative = new("udp.time_relative", "Time since first frame", FieldType.RelativeTime,
        description: "Time relative to first frame in this UDP stream");
    public static readonly FieldDef TimeDelta = new("udp.time_delta", "Time since previous frame", FieldType.RelativeTime,
        description: "Time delta from previous frame in this UDP stream");
    public static readonly FieldDef Payload = new("udp.payload", "Payload", FieldType.Bytes);

    public static readonly ExpertDef BadLength = new("udp.length.bad", ExpertGroup.Malformed, ExpertSeverity.Error, "Bad length value");
    public static readonly ExpertDef PossibleTraceroute = new("udp.possible_traceroute", ExpertGroup.Sequence, ExpertSeverity.Chat, "Possible traceroute");

    /// <summary>What this protocol declares: its fields and expert items, for the field catalog.</summary>
    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [SrcPort, DstPort, Port, Length, Checksum, ChecksumStatus, Stream, TimeRelative, TimeDelta, Payload],
        [BadLength, PossibleTraceroute]);
}
