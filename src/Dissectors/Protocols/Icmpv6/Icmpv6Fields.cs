using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Icmpv6;

/// <summary>ICMPv6's fields as tshark 4.0 declares them (packet-icmpv6.c): errors, echo, neighbour discovery, MLD.</summary>
public static class Icmpv6Fields
{
    public static readonly ProtocolDef Protocol = new("icmpv6", "ICMPv6", "Internet Control Message Protocol v6");

    public static readonly IReadOnlyDictionary<ulong, string> TypeNames = new Dictionary<ulong, string>
    {
        [1] = "Destination Unreachable", [2] = "Packet Too Big", [3] = "Time Exceeded", [4] = "Parameter Problem",
        [100] = "Private experimentation", [101] = "Private experimentation", [127] = "Reserved for expansion of ICMPv6 error messages",
        [128] = "Echo (ping) request", [129] = "Echo (ping) reply", [130] = "Multicast Listener Query", [131] = "Multicast Listener Report",
        [132] = "Multicast Listener Done", [133] = "Router Solicitation", [134] = "Router Advertisement", [135] = "Neighbor Solicitation",
        [136] = "Neighbor Advertisement", [137] = "Redirect", [138] = "Router Renumbering", [139] = "ICMP Node Information Query",
        [140] = "ICMP Node Information Response", [141] = "Inverse Neighbor Discovery Solicitation Message",
        [142] = "Inverse Neighbor Discovery Advertisement Message", [143] = "Multicast Listener Report Message v2",
        [144] = "Home Agent Address Discovery Request Message", [145] = "Home Agent Address Discovery Reply Message",
        [146] = "Mobile Prefix Solicitation", [147] = "Mobile Prefix Advertisement", [148] = "Certification Path Solicitation Message",
        [149] = "Certification Path Advertisement Message", [151] = "Multicast Router Advertisement",
        [152] = "Multicast Router Solicitation", [153] = "Multicast Router Termination", [155] = "RPL Control Message",
    };

    public static readonly IReadOnlyDictionary<ulong, string> UnreachableCodes = new Dictionary<ulong, string>
    {
        [0] = "no route to destination", [1] = "Administratively prohibited", [2] = "Beyond scope of source address",
        [3] = "Address unreachable", [4] = "Port unreachable", [5] = "Source address failed ingress/egress policy",
        [6] = "Reject route to destination", [7] = "Error in Source Routing Header",
    };

    public static readonly IReadOnlyDictionary<ulong, string> TimeExceededCodes = new Dictionary<ulong, string>
    {
        [0] = "hop limit exceeded in transit", [1] = "fragment reassembly time exceeded",
    };

    public static readonly IReadOnlyDictionary<ulong, string> ParameterProblemCodes = new Dictionary<ulong, string>
    {
        [0] = "erroneous header field encountered", [1] = "unrecognized Next Header type encountered",
        [2] = "unrecognized IPv6 option encountered", [3] = "IPv6 First Fragment has incomplete IPv6 Header Chain",
    };

    public static readonly IReadOnlyDictionary<ulong, string> OptionNames = new Dictionary<ulong, string>
    {
        [1] = "Source link-layer address", [2] = "Target link-layer address", [3] = "Prefix information", [4] = "Redirected header",
        [5] = "MTU", [6] = "NBMA Shortcut Limit Option", [7] = "Advertisement Interval", [8] = "Home Agent Information Option",
        [9] = "Source Address List", [10] = "Target Address List", [11] = "CGA", [12] = "RSA Signature", [13] = "Timestamp",
        [14] = "Nonce", [15] = "Trust Anchor", [16] = "Certificate", [17] = "IP Address/Prefix Option",
        [18] = "New Router Prefix Information Option", [19] = "Link-layer Address Option", [20] = "Neighbor Advertisement Acknowledgment Option",
        [23] = "MAP Option", [24] = "Route Information", [25] = "Recursive DNS Server", [26] = "RA Flags Extension Option",
        [27] = "Handover Key Request Option", [28] = "Handover Key Reply Option", [29] = "Handover Assist Information Option",
        [30] = "Mobile Node Identifier Option", [31] = "DNS Search List Option", [32] = "Proxy Signature (PS)",
        [33] = "Address Registration Option", [34] = "6LoWPAN Context Option", [35] = "Authoritative Border Router",
        [36] = "6LoWPAN Capability Indication Option (6CIO)", [37] = "DHCP Captive-Portal", [38] = "PREF64 Option",
        [253] = "RFC3692-style Experiment 1", [254] = "RFC3692-style Experiment 2",
    };

    public static readonly IReadOnlyDictionary<ulong, string> RecordTypes = new Dictionary<ulong, string>
    {
        [1] = "Mode Is Include", [2] = "Mode Is Exclude", [3] = "Changed to include", [4] = "Changed to exclude",
        [5] = "Allow new sources", [6] = "Block old sources",
    };

    public static readonly FieldDef Type = new("icmpv6.type", "Type", FieldType.UInt8, FieldBase.Dec, valueNames: TypeNames, description: "Indicates the type of the message");
    public static readonly FieldDef Code = new("icmpv6.code", "Code", FieldType.UInt8, FieldBase.Dec, description: "Depends on the message type.  It is used to create an additional level of message granularity");
    public static readonly FieldDef Checksum = new("icmpv6.checksum", "Checksum", FieldType.UInt16, FieldBase.Hex, description: "Used to detect data corruption in the ICMPv6 message and parts of the IPv6 header");
    public static readonly FieldDef ChecksumStatus = new("icmpv6.checksum.status", "Checksum Status", FieldType.UInt8, FieldBase.None, valueNames: Network.ChecksumStatuses.Names);
    public static readonly FieldDef Reserved = new("icmpv6.reserved", "Reserved", FieldType.Bytes, description: "Must be Zero");
    public static readonly FieldDef Mtu = new("icmpv6.mtu", "MTU", FieldType.UInt32, FieldBase.Dec, description: "The Maximum Transmission Unit of the next-hop link");
    public static readonly FieldDef Pointer = new("icmpv6.pointer", "Pointer", FieldType.UInt32, FieldBase.Dec, description: "Identifies the octet offset within the invoking packet where the error was detected");
    public static readonly FieldDef EchoIdentifier = new("icmpv6.echo.identifier", "Identifier", FieldType.UInt16, FieldBase.Hex, description: "An identifier to aid in matching with Request and Reply");
    public static readonly FieldDef EchoSequenceNumber = new("icmpv6.echo.sequence_number", "Sequence", FieldType.UInt16, FieldBase.Dec, description: "A sequence number to aid in matching Echo Replies to this Echo Request");
    public static readonly FieldDef RespIn = new("icmpv6.resp_in", "Response In", FieldType.FrameNum, description: "The response to this request is in this frame");
    public static readonly FieldDef NoResp = new("icmpv6.no_resp", "No response seen", FieldType.None, description: "No corresponding response frame was seen");
    public static readonly FieldDef RespTo = new("icmpv6.resp_to", "Response To", FieldType.FrameNum, description: "This is the response to the request in this frame");
    public static readonly FieldDef Resptime = new("icmpv6.resptime", "Response Time", FieldType.Double, description: "The time between the request and the response, in ms.");
    public static readonly FieldDef NdRaCurHopLimit = new("icmpv6.nd.ra.cur_hop_limit", "Cur hop limit", FieldType.UInt8, FieldBase.Dec, description: "The default value that should be placed in the Hop Count field of the IP header for outgoing IP packets");
    public static readonly FieldDef NdRaFlag = new("icmpv6.nd.ra.flag", "Flags", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef NdRaFlagM = new("icmpv6.nd.ra.flag.m", "Managed address configuration", FieldType.Boolean, FieldBase.None, 0x80, description: "When set, it indicates that addresses are available via DHCPv6") { Booleans = TrueFalse.SetNotSet };
    public static readonly FieldDef NdRaFlagO = new("icmpv6.nd.ra.flag.o", "Other configuration", FieldType.Boolean, FieldBase.None, 0x40, description: "When set, it indicates that other configuration information is available via DHCPv6") { Booleans = TrueFalse.SetNotSet };
    public static readonly FieldDef NdRaFlagH = new("icmpv6.nd.ra.flag.h", "Home Agent", FieldType.Boolean, FieldBase.None, 0x20, description: "When set, it indicate that the router sending this Router Advertisement is also functioning as a Mobile IPv6 home agent on this link") { Booleans = TrueFalse.SetNotSet };
    private static readonly Dictionary<ulong, string> PrfNames = new()
    {
        [0] = "Medium", [1] = "High", [2] = "Reserved", [3] = "Low",
    };

    public static readonly FieldDef NdRaFlagPrf = new("icmpv6.nd.ra.flag.prf", "Prf (Default Router Preference)", FieldType.UInt8, FieldBase.Dec, 0x18, description: "Indicates whether to prefer this router over other default routers", valueNames: PrfNames);
    public static readonly FieldDef NdRaFlagP = new("icmpv6.nd.ra.flag.p", "Proxy", FieldType.Boolean, FieldBase.None, 0x4) { Booleans = TrueFalse.SetNotSet };
    public static readonly FieldDef NdRaFlagRsv = new("icmpv6.nd.ra.flag.rsv", "Reserved", FieldType.UInt8, FieldBase.Dec, 0x3, description: "Must be Zero");
    public static readonly FieldDef NdRaRouterLifetime = new("icmpv6.nd.ra.router_lifetime", "Router lifetime (s)", FieldType.UInt16, FieldBase.Dec, description: "The lifetime associated with the default router");
    public static readonly FieldDef NdRaReachableTime = new("icmpv6.nd.ra.reachable_time", "Reachable time (ms)", FieldType.UInt32, FieldBase.Dec, description: "The time that a node assumes a neighbor is reachable after having received a reachability confirmation");
    public static readonly FieldDef NdRaRetransTimer = new("icmpv6.nd.ra.retrans_timer", "Retrans timer (ms)", FieldType.UInt32, FieldBase.Dec, description: "The time between retransmitted Neighbor Solicitation messages");
    public static readonly FieldDef NdNsTargetAddress = new("icmpv6.nd.ns.target_address", "Target Address", FieldType.Ipv6, description: "The IP address of the target of the solicitation");
    public static readonly FieldDef NdNaFlag = new("icmpv6.nd.na.flag", "Flags", FieldType.UInt32, FieldBase.Hex);
    public static readonly FieldDef NdNaFlagR = new("icmpv6.nd.na.flag.r", "Router", FieldType.Boolean, FieldBase.None, 0x80000000, description: "When set, it indicates that the sender is a router") { Booleans = TrueFalse.SetNotSet };
    public static readonly FieldDef NdNaFlagS = new("icmpv6.nd.na.flag.s", "Solicited", FieldType.Boolean, FieldBase.None, 0x40000000, description: "When set, it indicates that the advertisement was sent in response to a Neighbor Solicitation from the Destination address") { Booleans = TrueFalse.SetNotSet };
    public static readonly FieldDef NdNaFlagO = new("icmpv6.nd.na.flag.o", "Override", FieldType.Boolean, FieldBase.None, 0x20000000, description: "When set, it indicates that the advertisement should override an existing cache entry and update the cached link-layer address") { Booleans = TrueFalse.SetNotSet };
    public static readonly FieldDef NdNaFlagRsv = new("icmpv6.nd.na.flag.rsv", "Reserved", FieldType.UInt32, FieldBase.Dec, 0x1FFFFFFF, description: "Must be Zero");
    public static readonly FieldDef NdNaTargetAddress = new("icmpv6.nd.na.target_address", "Target Address", FieldType.Ipv6, description: "the Target Address field in the Neighbor Solicitation message that prompted this advertisement");
    public static readonly FieldDef NdRdTargetAddress = new("icmpv6.nd.rd.target_address", "Target Address", FieldType.Ipv6, description: "An IP address that is a better first hop to use for the ICMP Destination Address");
    public static readonly FieldDef Opt = new("icmpv6.opt", "ICMPv6 Option", FieldType.None, description: "Option");
    public static readonly FieldDef OptType = new("icmpv6.opt.type", "Type", FieldType.UInt8, FieldBase.Dec, valueNames: OptionNames, description: "Options type");
    public static readonly FieldDef OptLength = new("icmpv6.opt.length", "Length", FieldType.UInt8, FieldBase.Dec, description: "The length (in units of 8 bytes) of the option (including the Type and Length fields)");
    public static readonly FieldDef OptReserved = new("icmpv6.opt.reserved", "Reserved", FieldType.None, description: "Reserved (Must be 0)");
    public static readonly FieldDef OptLinkaddr = new("icmpv6.opt.linkaddr", "Link-layer address", FieldType.Ether);
    public static readonly FieldDef OptSrcLinkaddr = new("icmpv6.opt.src_linkaddr", "Source Link-layer address", FieldType.Ether);
    public static readonly FieldDef OptTargetLinkaddr = new("icmpv6.opt.target_linkaddr", "Target Link-layer address", FieldType.Ether);
    public static readonly FieldDef OptPrefixLength = new("icmpv6.opt.prefix.length", "Prefix Length", FieldType.UInt8, FieldBase.Dec, description: "The number of leading bits in the Prefix that are valid");
    public static readonly FieldDef OptPrefixFlag = new("icmpv6.opt.prefix.flag", "Flag", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef OptPrefixFlagL = new("icmpv6.opt.prefix.flag.l", "On-link flag(L)", FieldType.Boolean, FieldBase.None, 0x80, description: "When set, indicates that this prefix can be used for on-link determination") { Booleans = TrueFalse.SetNotSet };
    public static readonly FieldDef OptPrefixFlagA = new("icmpv6.opt.prefix.flag.a", "Autonomous address-configuration flag(A)", FieldType.Boolean, FieldBase.None, 0x40, description: "When set indicates that this prefix can be used for stateless address configuration") { Booleans = TrueFalse.SetNotSet };
    public static readonly FieldDef OptPrefixFlagR = new("icmpv6.opt.prefix.flag.r", "Router address flag(R)", FieldType.Boolean, FieldBase.None, 0x20, description: "When set indicates that the Prefix field contains a complete IP address assigned to the sending router") { Booleans = TrueFalse.SetNotSet };
    public static readonly FieldDef OptPrefixFlagReserved = new("icmpv6.opt.prefix.flag.reserved", "Reserved", FieldType.UInt8, FieldBase.Dec, 0x1F);
    public static readonly FieldDef OptPrefixValidLifetime = new("icmpv6.opt.prefix.valid_lifetime", "Valid Lifetime", FieldType.UInt32, FieldBase.Dec, description: "The length of time in seconds that the prefix is valid for the purpose of on-link determination");
    public static readonly FieldDef OptPrefixPreferredLifetime = new("icmpv6.opt.prefix.preferred_lifetime", "Preferred Lifetime", FieldType.UInt32, FieldBase.Dec, description: "The length of time in seconds that addresses generated from the prefix via stateless address autoconfiguration remain preferred");
    public static readonly FieldDef OptPrefix = new("icmpv6.opt.prefix", "Prefix", FieldType.Ipv6, description: "An IP address or a prefix of an IP address");
    public static readonly FieldDef OptMtu = new("icmpv6.opt.mtu", "MTU", FieldType.UInt32, FieldBase.Dec, description: "The recommended MTU for the link");
    public static readonly FieldDef OptNonce = new("icmpv6.opt.nonce", "Nonce", FieldType.Bytes, description: "A field containing a random number selected by the sender of the solicitation message");
    public static readonly FieldDef OptRdnssLifetime = new("icmpv6.opt.rdnss.lifetime", "Lifetime", FieldType.UInt32, FieldBase.Dec);
    public static readonly FieldDef OptRdnss = new("icmpv6.opt.rdnss", "Recursive DNS Servers", FieldType.Ipv6);
    public static readonly FieldDef MldMaximumResponseDelay = new("icmpv6.mld.maximum_response_delay", "Maximum Response Delay [ms]", FieldType.UInt16, FieldBase.Dec, description: "Specifies the maximum allowed delay before sending a responding Report, in units of milliseconds");
    public static readonly FieldDef MldMulticastAddress = new("icmpv6.mld.multicast_address", "Multicast Address", FieldType.Ipv6, description: "Specific IPv6 multicast address");
    public static readonly FieldDef MldrNbMcastRecords = new("icmpv6.mldr.nb_mcast_records", "Number of Multicast Address Records", FieldType.UInt16, FieldBase.Dec, description: "Specifies how many Multicast Address Records are present in this Report");
    public static readonly FieldDef MldrMar = new("icmpv6.mldr.mar", "Multicast Address Record", FieldType.None, description: "Each Multicast Address Record is a block of fields that contain information on the sender listening to a single multicast address on the interface from which the Report is sent");
    private static readonly Dictionary<ulong, string> RecordTypeNames = new()
    {
        [1] = "Include", [2] = "Exclude", [3] = "Changed to include", [4] = "Changed to exclude",
        [5] = "Allow new sources", [6] = "Block old sources",
    };

    public static readonly FieldDef MldrMarRecordType = new("icmpv6.mldr.mar.record_type", "Record Type", FieldType.UInt8, FieldBase.Dec, description: "It specifies the type of the Multicast Address Record", valueNames: RecordTypeNames);
    public static readonly FieldDef MldrMarAuxDataLen = new("icmpv6.mldr.mar.aux_data_len", "Aux Data Len", FieldType.UInt8, FieldBase.Dec, description: "The Aux Data Len field contains the length (in units of 32-bit words) of the Auxiliary Data Field in this Multicast Address Record");
    public static readonly FieldDef MldrMarNbSources = new("icmpv6.mldr.mar.nb_sources", "Number of Sources", FieldType.UInt16, FieldBase.Dec, description: "The Number of Sources field specifies how many source addresses are present in this Multicast Address Record");
    public static readonly FieldDef MldrMarMulticastAddress = new("icmpv6.mldr.mar.multicast_address", "Multicast Address", FieldType.Ipv6, description: "The Multicast Address field contains the multicast address to which this Multicast Address Record pertains");
    public static readonly FieldDef MldrMarSourceAddress = new("icmpv6.mldr.mar.source_address", "Source Address", FieldType.Ipv6, description: "The Source Address fields are a vector of unicast addresses");

    public static readonly ExpertDef ChecksumBad = new("icmpv6.checksum_bad.expert", ExpertGroup.Checksum, ExpertSeverity.Error, "Bad checksum");
    public static readonly ExpertDef RespNotFound = new("icmpv6.resp_not_found", ExpertGroup.Sequence, ExpertSeverity.Warning, "Response not found");

    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [Type, Code, Checksum, ChecksumStatus, Reserved, Mtu, Pointer, EchoIdentifier, EchoSequenceNumber, RespIn, NoResp, RespTo, Resptime,
         NdRaCurHopLimit, NdRaFlag, NdRaFlagM, NdRaFlagO, NdRaFlagH, NdRaFlagPrf, NdRaFlagP, NdRaFlagRsv, NdRaRouterLifetime,
         NdRaReachableTime, NdRaRetransTimer, NdNsTargetAddress, NdNaFlag, NdNaFlagR, NdNaFlagS, NdNaFlagO, NdNaFlagRsv,
         NdNaTargetAddress, NdRdTargetAddress, Opt, OptType, OptLength, OptReserved, OptLinkaddr, OptSrcLinkaddr, OptTargetLinkaddr,
         OptPrefixLength, OptPrefixFlag, OptPrefixFlagL, OptPrefixFlagA, OptPrefixFlagR, OptPrefixFlagReserved,
         OptPrefixValidLifetime, OptPrefixPreferredLifetime, OptPrefix, OptMtu, OptNonce, OptRdnssLifetime, OptRdnss,
         MldMaximumResponseDelay, MldMulticastAddress, MldrNbMcastRecords, MldrMar, MldrMarRecordType, MldrMarAuxDataLen,
         MldrMarNbSources, MldrMarMulticastAddress, MldrMarSourceAddress],
        [ChecksumBad, RespNotFound]);
}
