using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Icmp;

/// <summary>ICMP's fields as tshark 4.0 declares them (packet-icmp.c).</summary>
public static class IcmpFields
{
    public static readonly ProtocolDef Protocol = new("icmp", "ICMP", "Internet Control Message Protocol");

    public static readonly IReadOnlyDictionary<ulong, string> TypeNames = new Dictionary<ulong, string>
    {
        [0] = "Echo (ping) reply", [1] = "Reserved", [2] = "Reserved", [3] = "Destination unreachable",
        [4] = "Source quench (flow control)", [5] = "Redirect", [6] = "Alternate host address", [8] = "Echo (ping) request",
        [9] = "Router advertisement", [10] = "Router solicitation", [11] = "Time-to-live exceeded", [12] = "Parameter problem",
        [13] = "Timestamp request", [14] = "Timestamp reply", [15] = "Information request", [16] = "Information reply",
        [17] = "Address mask request", [18] = "Address mask reply", [19] = "Reserved (for security)", [30] = "Traceroute",
        [31] = "Datagram Conversion Error", [32] = "Mobile Host Redirect", [33] = "IPv6 Where-Are-You", [34] = "IPv6 I-Am-Here",
        [35] = "Mobile Registration Request", [36] = "Mobile Registration Reply", [37] = "Domain Name Request",
        [38] = "Domain Name Reply", [39] = "SKIP", [40] = "Photuris", [41] = "Experimental mobility protocols",
        [42] = "Extended Echo request", [43] = "Extended Echo reply",
    };

    public static readonly IReadOnlyDictionary<ulong, string> UnreachableCodes = new Dictionary<ulong, string>
    {
        [0] = "Network unreachable", [1] = "Host unreachable", [2] = "Protocol unreachable", [3] = "Port unreachable",
        [4] = "Fragmentation needed", [5] = "Source route failed", [6] = "Destination network unknown",
        [7] = "Destination host unknown", [8] = "Source host isolated", [9] = "Network administratively prohibited",
        [10] = "Host administratively prohibited", [11] = "Network unreachable for TOS", [12] = "Host unreachable for TOS",
        [13] = "Communication administratively filtered", [14] = "Host precedence violation", [15] = "Precedence cutoff in effect",
    };

    public static readonly IReadOnlyDictionary<ulong, string> RedirectCodes = new Dictionary<ulong, string>
    {
        [0] = "Redirect for network", [1] = "Redirect for host", [2] = "Redirect for TOS and network", [3] = "Redirect for TOS and host",
    };

    public static readonly IReadOnlyDictionary<ulong, string> AlternateHostCodes = new Dictionary<ulong, string> { [0] = "Alternate address for host" };

    public static readonly IReadOnlyDictionary<ulong, string> RouterAdvertisementCodes = new Dictionary<ulong, string>
    {
        [0] = "Normal router advertisement", [16] = "Does not route common traffic",
    };

    public static readonly IReadOnlyDictionary<ulong, string> TimeExceededCodes = new Dictionary<ulong, string>
    {
        [0] = "Time to live exceeded in transit", [1] = "Fragment reassembly time exceeded",
    };

    public static readonly IReadOnlyDictionary<ulong, string> ParameterProblemCodes = new Dictionary<ulong, string>
    {
        [0] = "Pointer indicates the error", [1] = "Required option missing", [2] = "Bad length",
    };

    public static readonly IReadOnlyDictionary<ulong, string> PhoturisCodes = new Dictionary<ulong, string>
    {
        [0] = "Bad SPI", [1] = "Authentication Failed", [2] = "Decompression Failed", [3] = "Decryption Failed",
        [4] = "Need Authentication", [5] = "Need Authorization",
    };

    public static readonly FieldDef Type = new("icmp.type", "Type", FieldType.UInt8, FieldBase.Dec, valueNames: TypeNames);
    public static readonly FieldDef Code = new("icmp.code", "Code", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef Checksum = new("icmp.checksum", "Checksum", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef ChecksumStatus = new("icmp.checksum.status", "Checksum Status", FieldType.UInt8, FieldBase.None, valueNames: Network.ChecksumStatuses.Names);
    public static readonly FieldDef Unused = new("icmp.unused", "Unused", FieldType.Bytes);
    public static readonly FieldDef Ident = new("icmp.ident", "Identifier (BE)", FieldType.UInt16, FieldBase.DecHex, description: "Identifier (big endian representation)");
    public static readonly FieldDef IdentLe = new("icmp.ident_le", "Identifier (LE)", FieldType.UInt16, FieldBase.DecHex, description: "Identifier (little endian representation)");
    public static readonly FieldDef Seq = new("icmp.seq", "Sequence Number (BE)", FieldType.UInt16, FieldBase.DecHex, description: "Sequence Number (big endian representation)");
    public static readonly FieldDef SeqLe = new("icmp.seq_le", "Sequence Number (LE)", FieldType.UInt16, FieldBase.DecHex, description: "Sequence Number (little endian representation)");
    public static readonly FieldDef Mtu = new("icmp.mtu", "MTU of next hop", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef Pointer = new("icmp.pointer", "Pointer", FieldType.UInt32, FieldBase.Dec);
    public static readonly FieldDef RedirGw = new("icmp.redir_gw", "Gateway Address", FieldType.Ipv4);
    public static readonly FieldDef RespIn = new("icmp.resp_in", "Response frame", FieldType.FrameNum, description: "The frame number of the corresponding response");
    public static readonly FieldDef RespTo = new("icmp.resp_to", "Request frame", FieldType.FrameNum, description: "The frame number of the corresponding request");
    public static readonly FieldDef Resptime = new("icmp.resptime", "Response time", FieldType.Double, description: "The time between the request and the response, in ms.");
    public static readonly FieldDef DataTime = new("icmp.data_time", "Timestamp from icmp data", FieldType.AbsoluteTime, description: "The timestamp in the first 8 bytes of the icmp data");
    public static readonly FieldDef DataTimeRelative = new("icmp.data_time_relative", "Timestamp from icmp data (relative)", FieldType.RelativeTime, description: "The timestamp of the packet, relative to the timestamp in the first 8 bytes of the icmp data");
    public static readonly FieldDef Length = new("icmp.length", "Length", FieldType.UInt8, FieldBase.Dec, description: "The length of the original datagram");
    public static readonly FieldDef LengthOriginalDatagram = new("icmp.length.original_datagram", "Length of original datagram", FieldType.UInt8, FieldBase.Dec, description: "The length of the original datagram (length * 4)");

    public static readonly FieldDef OriginateTimestamp = new("icmp.originate_timestamp", "Originate Timestamp", FieldType.UInt32, FieldBase.Dec);
    public static readonly FieldDef ReceiveTimestamp = new("icmp.receive_timestamp", "Receive Timestamp", FieldType.UInt32, FieldBase.Dec);
    public static readonly FieldDef TransmitTimestamp = new("icmp.transmit_timestamp", "Transmit Timestamp", FieldType.UInt32, FieldBase.Dec);

    public static readonly FieldDef NoResp = new("icmp.no_resp", "No response seen", FieldType.None, description: "No corresponding response frame was seen");

    public static readonly ExpertDef ChecksumBad = new("icmp.checksum_bad", ExpertGroup.Checksum, ExpertSeverity.Error, "Bad checksum");
    public static readonly ExpertDef RespNotFound = new("icmp.resp_not_found", ExpertGroup.Sequence, ExpertSeverity.Warning, "Response not found");

    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [Type, Code, Checksum, ChecksumStatus, Unused, Ident, IdentLe, Seq, SeqLe, Mtu, Pointer, RedirGw, RespIn, NoResp, RespTo, Resptime,
         DataTime, DataTimeRelative, Length, LengthOriginalDatagram, OriginateTimestamp, ReceiveTimestamp, TransmitTimestamp],
        [ChecksumBad, RespNotFound]);
}
