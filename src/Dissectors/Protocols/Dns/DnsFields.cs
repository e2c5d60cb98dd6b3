using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Dns;

/// <summary>
/// DNS's fields as tshark 4.0 declares them (packet-dns.c). mDNS and LLMNR use the same dns.* fields under their own
/// protocol items, as in Wireshark.
/// </summary>
public static class DnsFields
{
    public static readonly ProtocolDef Protocol = new("dns", "DNS", "Domain Name System");
    public static readonly ProtocolDef Mdns = new("mdns", "mDNS", "Multicast Domain Name System") { ColumnName = "MDNS" };
    public static readonly ProtocolDef Llmnr = new("llmnr", "LLMNR", "Link-local Multicast Name Resolution");

    public static readonly FieldDef Length = new("dns.length", "Length", FieldType.UInt16, FieldBase.Dec, description: "Length of DNS-over-TCP request or response");
    public static readonly FieldDef Id = new("dns.id", "Transaction ID", FieldType.UInt16, FieldBase.Hex, description: "Identification of transaction");
    public static readonly FieldDef Flags = new("dns.flags", "Flags", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef FlagsResponse = new("dns.flags.response", "Response", FieldType.Boolean, FieldBase.None, 0x8000, description: "Is the message a response?") { Booleans = new("Message is a response", "Message is a query") };
    public static readonly FieldDef FlagsOpcode = new("dns.flags.opcode", "Opcode", FieldType.UInt16, FieldBase.Dec, 0x7800, valueNames: DnsNames.Opcodes, description: "Operation code");
    public static readonly FieldDef FlagsAuthoritative = new("dns.flags.authoritative", "Authoritative", FieldType.Boolean, FieldBase.None, 0x400, description: "Is the server is an authority for the domain?") { Booleans = new("Server is an authority for domain", "Server is not an authority for domain") };
    public static readonly FieldDef FlagsConflict = new("dns.flags.conflict", "Conflict", FieldType.Boolean, FieldBase.None, 0x400, description: "Did we receive multiple responses to a query?") { Booleans = new("The sender received multiple responses", "None") };
    public static readonly FieldDef FlagsTruncated = new("dns.flags.truncated", "Truncated", FieldType.Boolean, FieldBase.None, 0x200, description: "Is the message truncated?") { Booleans = new("Message is truncated", "Message is not truncated") };
    public static readonly FieldDef FlagsRecdesired = new("dns.flags.recdesired", "Recursion desired", FieldType.Boolean, FieldBase.None, 0x100, description: "Do query recursively?") { Booleans = new("Do query recursively", "Don't do query recursively") };
    public static readonly FieldDef FlagsTentative = new("dns.flags.tentative", "Tentative", FieldType.Boolean, FieldBase.None, 0x100, description: "Is the responder authoritative for the name, but not yet verified the uniqueness?") { Booleans = new("Tentative", "Not tentative") };
    public static readonly FieldDef FlagsRecavail = new("dns.flags.recavail", "Recursion available", FieldType.Boolean, FieldBase.None, 0x80, description: "Can the server do recursive queries?") { Booleans = new("Server can do recursive queries", "Server can't do recursive queries"), BitWidth = 16 };
    public static readonly FieldDef FlagsZ = new("dns.flags.z", "Z", FieldType.Boolean, FieldBase.None, 0x40, description: "Z flag") { Booleans = new("reserved - incorrect!", "reserved (0)"), BitWidth = 16 };
    public static readonly FieldDef FlagsAuthenticated = new("dns.flags.authenticated", "Answer authenticated", FieldType.Boolean, FieldBase.None, 0x20, description: "Was the reply data authenticated by the server?") { Booleans = new("Answer/authority portion was authenticated by the server", "Answer/authority portion was not authenticated by the server"), BitWidth = 16 };
    public static readonly FieldDef FlagsCheckdisable = new("dns.flags.checkdisable", "Non-authenticated data", FieldType.Boolean, FieldBase.None, 0x10, description: "Is non-authenticated data acceptable?") { Booleans = new("Acceptable", "Unacceptable"), BitWidth = 16 };
    public static readonly FieldDef FlagsRcode = new("dns.flags.rcode", "Reply code", FieldType.UInt16, FieldBase.Dec, 0xF, valueNames: DnsNames.Rcodes);
    public static readonly FieldDef CountQueries = new("dns.count.queries", "Questions", FieldType.UInt16, FieldBase.Dec, description: "Number of queries in packet");
    public static readonly FieldDef CountAnswers = new("dns.count.answers", "Answer RRs", FieldType.UInt16, FieldBase.Dec, description: "Number of answers in packet");
    public static readonly FieldDef CountAuthRr = new("dns.count.auth_rr", "Authority RRs", FieldType.UInt16, FieldBase.Dec, description: "Number of authoritative records in packet");
    public static readonly FieldDef CountAddRr = new("dns.count.add_rr", "Additional RRs", FieldType.UInt16, FieldBase.Dec, description: "Number of additional records in packet");
    public static readonly FieldDef CountZones = new("dns.count.zones", "Zones", FieldType.UInt16, FieldBase.Dec, description: "Number of zones in packet");
    public static readonly FieldDef CountPrerequisites = new("dns.count.prerequisites", "Prerequisites", FieldType.UInt16, FieldBase.Dec, description: "Number of prerequisites in packet");
    public static readonly FieldDef CountUpdates = new("dns.count.updates", "Updates", FieldType.UInt16, FieldBase.Dec, description: "Number of updates records in packet");
    public static readonly FieldDef QryName = new("dns.qry.name", "Name", FieldType.String, description: "Query Name");
    public static readonly FieldDef QryNameLen = new("dns.qry.name.len", "Name Length", FieldType.UInt16, FieldBase.Dec, description: "Query Name Len");
    public static readonly FieldDef CountLabels = new("dns.count.labels", "Label Count", FieldType.UInt16, FieldBase.Dec, description: "Query Label Count");
    public static readonly FieldDef QryType = new("dns.qry.type", "Type", FieldType.UInt16, FieldBase.Dec, valueNames: DnsNames.TypeLongNames, description: "Query Type");
    public static readonly FieldDef QryClass = new("dns.qry.class", "Class", FieldType.UInt16, FieldBase.Hex, valueNames: DnsNames.Classes, description: "Query Class");
    /// <summary>mDNS's hf_dns_qry_class_mdns: a second definition of dns.qry.class, the top bit being the "QU" flag (mask 0x7FFF).</summary>
    public static readonly FieldDef QryClassMdns = new("dns.qry.class", "Class", FieldType.UInt16, FieldBase.Hex, 0x7FFF, "Query Class", DnsNames.Classes) { SameNameAs = QryClass };
    public static readonly FieldDef QryQu = new("dns.qry.qu", "\"QU\" question", FieldType.Boolean, FieldBase.None, 0x8000, description: "QU flag");
    public static readonly FieldDef RespName = new("dns.resp.name", "Name", FieldType.String, description: "Response Name");
    public static readonly FieldDef RespType = new("dns.resp.type", "Type", FieldType.UInt16, FieldBase.Dec, valueNames: DnsNames.TypeLongNames, description: "Response Type");
    public static readonly FieldDef RespClass = new("dns.resp.class", "Class", FieldType.UInt16, FieldBase.Hex, valueNames: DnsNames.Classes, description: "Response Class");
    /// <summary>mDNS's hf_dns_rr_class_mdns: a second definition of dns.resp.class, the top bit being the cache-flush flag (mask 0x7FFF).</summary>
    public static readonly FieldDef RespClassMdns = new("dns.resp.class", "Class", FieldType.UInt16, FieldBase.Hex, 0x7FFF, "Response Class", DnsNames.Classes) { SameNameAs = RespClass };
    public static readonly FieldDef RespCacheFlush = new("dns.resp.cache_flush", "Cache flush", FieldType.Boolean, FieldBase.None, 0x8000, description: "Cache flush flag");
    public static readonly FieldDef RespTtl = new("dns.resp.ttl", "Time to live", FieldType.UInt32, FieldBase.Dec, description: "Response TTL");
    public static readonly FieldDef RespLen = new("dns.resp.len", "Data length", FieldType.UInt16, FieldBase.Dec, description: "Response Length");
    public static readonly FieldDef SrvService = new("dns.srv.service", "Service", FieldType.String, description: "Desired service");
    public static readonly FieldDef SrvProto = new("dns.srv.proto", "Protocol", FieldType.String, description: "Desired protocol");
    public static readonly FieldDef SrvName = new("dns.srv.name", "Name", FieldType.String, description: "Domain this resource record refers to");
    public static readonly FieldDef SrvPriority = new("dns.srv.priority", "Priority", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef SrvWeight = new("dns.srv.weight", "Weight", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef SrvPort = new("dns.srv.port", "Port", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef SrvTarget = new("dns.srv.target", "Target", FieldType.String);
    public static readonly FieldDef A = new("dns.a", "Address", FieldType.Ipv4, description: "Response Address");
    public static readonly FieldDef Aaaa = new("dns.aaaa", "AAAA Address", FieldType.Ipv6, description: "AAAA Response Address");
    public static readonly FieldDef Cname = new("dns.cname", "CNAME", FieldType.String, description: "Response Primary Name");
    public static readonly FieldDef Ns = new("dns.ns", "Name Server", FieldType.String);
    public static readonly FieldDef PtrDomainName = new("dns.ptr.domain_name", "Domain Name", FieldType.String);
    public static readonly FieldDef MxPreference = new("dns.mx.preference", "Preference", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef MxMailExchange = new("dns.mx.mail_exchange", "Mail Exchange", FieldType.String);
    public static readonly FieldDef SoaMname = new("dns.soa.mname", "Primary name server", FieldType.String);
    public static readonly FieldDef SoaRname = new("dns.soa.rname", "Responsible authority's mailbox", FieldType.String);
    public static readonly FieldDef SoaSerialNumber = new("dns.soa.serial_number", "Serial Number", FieldType.UInt32, FieldBase.Dec);
    public static readonly FieldDef SoaRefreshInterval = new("dns.soa.refresh_interval", "Refresh Interval", FieldType.UInt32, FieldBase.Dec);
    public static readonly FieldDef SoaRetryInterval = new("dns.soa.retry_interval", "Retry Interval", FieldType.UInt32, FieldBase.Dec);
    public static readonly FieldDef SoaExpireLimit = new("dns.soa.expire_limit", "Expire limit", FieldType.UInt32, FieldBase.Dec);
    public static readonly FieldDef SoaMinimumTtl = new("dns.soa.minimum_ttl", "Minimum TTL", FieldType.UInt32, FieldBase.Dec);
    public static readonly FieldDef TxtLength = new("dns.txt.length", "TXT Length", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef Txt = new("dns.txt", "TXT", FieldType.String);
    public static readonly FieldDef SpfLength = new("dns.spf.length", "SPF Length", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef Spf = new("dns.spf", "SPF", FieldType.String);
    public static readonly FieldDef RrUdpPayloadSize = new("dns.rr.udp_payload_size", "UDP payload size", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef RespExtRcode = new("dns.resp.ext_rcode", "Higher bits in extended RCODE", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef RespEdns0Version = new("dns.resp.edns0_version", "EDNS0 version", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef RespZ = new("dns.resp.z", "Z", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef RespZDo = new("dns.resp.z.do", "DO bit", FieldType.Boolean, FieldBase.None, 0x8000, description: "DNSSEC OK") { Booleans = new("Accepts DNSSEC security RRs", "Cannot handle DNSSEC security RRs") };
    public static readonly FieldDef RespZReserved = new("dns.resp.z.reserved", "Reserved", FieldType.UInt16, FieldBase.Hex, 0x7FFF);
    public static readonly FieldDef Opt = new("dns.opt", "Option", FieldType.None);
    private static readonly Dictionary<ulong, string> OptCodeNames = new()
    {
        [0] = "Reserved", [1] = "LLQ - Long-lived query", [2] = "UL - Update lease", [3] = "NSID - Name Server Identifier",
        [4] = "Owner (reserved)", [5] = "DAU - DNSSEC Algorithm Understood (RFC6975)", [6] = "DHU - DS Hash Understood (RFC6975)", [7] = "N3U - NSEC3 Hash Understood (RFC6975)",
        [20730] = "Experimental - CSUBNET - Client subnet", [8] = "CSUBNET - Client subnet", [9] = "EDNS EXPIRE (RFC7314)", [10] = "COOKIE",
        [11] = "EDNS TCP Keepalive", [12] = "PADDING", [13] = "CHAIN", [15] = "Extended DNS Error",
    };

    public static readonly FieldDef OptCode = new("dns.opt.code", "Option Code", FieldType.UInt16, FieldBase.Dec, valueNames: OptCodeNames);
    public static readonly FieldDef OptLen = new("dns.opt.len", "Option Length", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef OptData = new("dns.opt.data", "Option Data", FieldType.Bytes);
    public static readonly FieldDef OptCookieClient = new("dns.opt.cookie.client", "Client Cookie", FieldType.Bytes);
    public static readonly FieldDef OptCookieServer = new("dns.opt.cookie.server", "Server Cookie", FieldType.Bytes);
    public static readonly FieldDef OptExtErrorInfoCode = new("dns.opt.ext_error.info_code", "Info Code", FieldType.UInt16, FieldBase.Dec, valueNames: DnsNames.ExtendedErrors);
    public static readonly FieldDef OptExtErrorExtraText = new("dns.opt.ext_error.extra_text", "Extra Text", FieldType.String);
    public static readonly FieldDef SvcbSvcpriority = new("dns.svcb.svcpriority", "SvcPriority", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef SvcbTargetname = new("dns.svcb.targetname", "TargetName", FieldType.String);
    public static readonly FieldDef SvcbSvcparam = new("dns.svcb.svcparam", "SvcParam", FieldType.None);
    private static readonly Dictionary<ulong, string> SvcParamKeyNames = new()
    {
        [0] = "mandatory", [1] = "alpn", [2] = "no-default-alpn", [3] = "port",
        [4] = "ipv4hint", [5] = "echconfig", [6] = "ipv6hint", [32769] = "odohconfig",
        [65535] = "key65535",
    };

    public static readonly FieldDef SvcbSvcparamKey = new("dns.svcb.svcparam.key", "SvcParamKey", FieldType.UInt16, FieldBase.Dec, valueNames: SvcParamKeyNames);
    public static readonly FieldDef SvcbSvcparamValueLength = new("dns.svcb.svcparam.value.length", "SvcParamValue length", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef SvcbSvcparamValue = new("dns.svcb.svcparam.value", "SvcParamValue", FieldType.Bytes);
    public static readonly FieldDef SvcbSvcparamAlpnLength = new("dns.svcb.svcparam.alpn.length", "ALPN length", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef SvcbSvcparamAlpn = new("dns.svcb.svcparam.alpn", "ALPN", FieldType.String, description: "Additional supported protocols");
    public static readonly FieldDef SvcbSvcparamPort = new("dns.svcb.svcparam.port", "Port", FieldType.UInt16, FieldBase.Dec, description: "Port for alternative endpoint");
    public static readonly FieldDef SvcbSvcparamIpv4hintIp = new("dns.svcb.svcparam.ipv4hint.ip", "IP", FieldType.Ipv4, description: "IPv4 address hints");
    public static readonly FieldDef NsecNextDomainName = new("dns.nsec.next_domain_name", "Next Domain Name", FieldType.String);
    public static readonly FieldDef ResponseIn = new("dns.response_in", "Response In", FieldType.FrameNum, description: "The response to this DNS query is in this frame");
    public static readonly FieldDef ResponseTo = new("dns.response_to", "Request In", FieldType.FrameNum, description: "This is a response to the DNS query in this frame");
    public static readonly FieldDef Time = new("dns.time", "Time", FieldType.RelativeTime, description: "The time between the Query and the Response");
    public static readonly FieldDef Unsolicited = new("dns.unsolicited", "Unsolicited", FieldType.Boolean, description: "This is an unsolicited response");

    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [Length, Id, Flags, FlagsResponse, FlagsOpcode, FlagsAuthoritative, FlagsConflict, FlagsTruncated, FlagsRecdesired, FlagsTentative,
         FlagsRecavail, FlagsZ, FlagsAuthenticated, FlagsCheckdisable, FlagsRcode, CountQueries, CountAnswers, CountAuthRr, CountAddRr, CountZones, CountPrerequisites, CountUpdates,
         QryName, QryNameLen, CountLabels, QryType, QryClass, QryQu, RespName, RespType, RespClass, RespCacheFlush, RespTtl, RespLen,
         SrvService, SrvProto, SrvName, SrvPriority, SrvWeight, SrvPort, SrvTarget, A, Aaaa, Cname, Ns, PtrDomainName, MxPreference,
         MxMailExchange, SoaMname, SoaRname, SoaSerialNumber, SoaRefreshInterval, SoaRetryInterval, SoaExpireLimit, SoaMinimumTtl,
         TxtLength, Txt, SpfLength, Spf, RrUdpPayloadSize, RespExtRcode, RespEdns0Version, RespZ, RespZDo, RespZReserved, Opt, OptCode, OptLen, OptData,
         OptCookieClient, OptCookieServer, OptExtErrorInfoCode, OptExtErrorExtraText, SvcbSvcpriority, SvcbTargetname, SvcbSvcparam, SvcbSvcparamKey, SvcbSvcparamValueLength,
         SvcbSvcparamValue, SvcbSvcparamAlpnLength, SvcbSvcparamAlpn, SvcbSvcparamPort, SvcbSvcparamIpv4hintIp, NsecNextDomainName,
         ResponseIn, ResponseTo, Time, Unsolicited])
    {
        SecondDefinitions = [QryClassMdns, RespClassMdns],
    };

    public static ProtocolDeclaration MdnsDeclaration { get; } = new(Mdns, []);
    public static ProtocolDeclaration LlmnrDeclaration { get; } = new(Llmnr, []);
}
