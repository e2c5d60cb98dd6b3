namespace Sniffer.Dissectors.Protocols.Dns;

/// <summary>packet-dns.c's value strings: record types (short for the Info column, long for the tree), classes, opcodes, reply codes.</summary>
public static class DnsNames
{
    private static readonly (ushort Type, string Short, string Long)[] Types =
    [
        (1, "A", "A (Host Address)"), (2, "NS", "NS (authoritative Name Server)"), (3, "MD", "MD (Mail Destination)"),
        (4, "MF", "MF (Mail Forwarder)"), (5, "CNAME", "CNAME (Canonical NAME for an alias)"),
        (6, "SOA", "SOA (Start Of a zone of Authority)"), (7, "MB", "MB (MailBox domain name)"), (8, "MG", "MG (Mail Group member)"),
        (9, "MR", "MR (Mail Rename domain name)"), (10, "NULL", "NULL (RR)"), (11, "WKS", "WKS (Well Known Service)"),
        (12, "PTR", "PTR (domain name PoinTeR)"), (13, "HINFO", "HINFO (host information)"), (14, "MINFO", "MINFO (mailbox or mail list information)"),
        (15, "MX", "MX (Mail eXchange)"), (16, "TXT", "TXT (Text strings)"), (17, "RP", "RP (Responsible Person)"),
        (18, "AFSDB", "AFSDB (AFS Data Base location)"), (24, "SIG", "SIG (security signature)"), (25, "KEY", "KEY (security key)"),
        (28, "AAAA", "AAAA (IPv6 Address)"), (29, "LOC", "LOC (Location Information)"), (33, "SRV", "SRV (Server Selection)"),
        (35, "NAPTR", "NAPTR (Naming Authority PoinTeR)"), (36, "KX", "KX (Key Exchanger)"), (37, "CERT", "CERT"),
        (39, "DNAME", "DNAME"), (41, "OPT", "OPT"), (42, "APL", "APL"), (43, "DS", "DS (Delegation Signer)"),
        (44, "SSHFP", "SSHFP (SSH Key Fingerprint)"), (45, "IPSECKEY", "IPSECKEY"), (46, "RRSIG", "RRSIG (Resource Record Signature)"),
        (47, "NSEC", "NSEC (Next Secure)"), (48, "DNSKEY", "DNSKEY (DNS Public Key)"), (49, "DHCID", "DHCID (DHCP Information)"),
        (50, "NSEC3", "NSEC3 (Next Secure, Version 3)"), (51, "NSEC3PARAM", "NSEC3PARAM (Next Secure Parameters, Version 3)"),
        (52, "TLSA", "TLSA (Transport Layer Security Authentication)"), (55, "HIP", "HIP (Host Identity Protocol)"),
        (59, "CDS", "CDS (Child DS)"), (60, "CDNSKEY", "CDNSKEY (DNSKEY(s) the Child wants reflected in DS)"),
        (61, "OPENPGPKEY", "OPENPGPKEY (OpenPGP Key)"), (62, "CSYNC", "CSYNC (Child-to-Parent Synchronization)"),
        (63, "ZONEMD", "ZONEMD (Message Digest for DNS Zone)"), (64, "SVCB", "SVCB (General Purpose Service Endpoints)"),
        (65, "HTTPS", "HTTPS (HTTPS Specific Service Endpoints)"), (99, "SPF", "SPF"),
        (249, "TKEY", "TKEY (Transaction Key)"), (250, "TSIG", "TSIG (Transaction Signature)"), (251, "IXFR", "IXFR (Incremental transfer)"),
        (252, "AXFR", "AXFR (transfer of an entire zone)"), (253, "MAILB", "MAILB (mailbox-related RRs)"), (254, "MAILA", "MAILA (mail agent RRs)"),
        (255, "ANY", "* (A request for all records the server/cache has available)"), (256, "URI", "URI (Uniform Resource Identifier)"),
        (257, "CAA", "CAA (Certification Authority Restriction)"),
    ];

    public static readonly IReadOnlyDictionary<ulong, string> TypeShortNames = Types.ToDictionary(t => (ulong)t.Type, t => t.Short);
    public static readonly IReadOnlyDictionary<ulong, string> TypeLongNames = Types.ToDictionary(t => (ulong)t.Type, t => t.Long);

    public static readonly IReadOnlyDictionary<ulong, string> Classes = new Dictionary<ulong, string>
    {
        [1] = "IN", [3] = "CH", [4] = "HS", [254] = "NONE", [255] = "ANY",
    };

    public static readonly IReadOnlyDictionary<ulong, string> Opcodes = new Dictionary<ulong, string>
    {
        [0] = "Standard query", [1] = "Inverse query", [2] = "Server status request", [4] = "Zone change notification",
        [5] = "Dynamic update", [6] = "DNS Stateful operations (DSO)",
    };

    public static readonly IReadOnlyDictionary<ulong, string> Rcodes = new Dictionary<ulong, string>
    {
        [0] = "No error", [1] = "Format error", [2] = "Server failure", [3] = "No such name", [4] = "Not implemented",
        [5] = "Refused", [6] = "Name exists", [7] = "RRset exists", [8] = "RRset does not exist", [9] = "Not authoritative",
        [10] = "Name out of zone", [11] = "DSO-Type not implemented", [16] = "Bad OPT Version or TSIG Signature Failure",
        [17] = "Key not recognised", [18] = "Signature out of time window", [19] = "Bad TKEY Mode", [20] = "Duplicate key name",
        [21] = "Algorithm not supported", [22] = "Bad Truncation", [23] = "Bad/missing server cookie",
    };

    public static readonly IReadOnlyDictionary<ulong, string> OptionCodes = new Dictionary<ulong, string>
    {
        [1] = "LLQ", [2] = "UL", [3] = "NSID", [5] = "DAU", [6] = "DHU", [7] = "N3U", [8] = "CSUBNET", [9] = "EDNS EXPIRE",
        [10] = "COOKIE", [11] = "EDNS TCP KEEPALIVE", [12] = "PADDING", [13] = "CHAIN", [14] = "EDNS KEY TAG",
        [15] = "Extended DNS Error", [16] = "EDNS client tag", [17] = "EDNS server tag", [20292] = "Umbrella ident",
        [26946] = "DeviceID",
    };

    public static readonly IReadOnlyDictionary<ulong, string> ExtendedErrors = new Dictionary<ulong, string>
    {
        [0] = "Other Error", [1] = "Unsupported DNSKEY Algorithm", [2] = "Unsupported DS Digest Type", [3] = "Stale Answer",
        [4] = "Forged Answer", [5] = "DNSSEC Indeterminate", [6] = "DNSSEC Bogus", [7] = "Signature Expired",
        [8] = "Signature Not Yet Valid", [9] = "DNSKEY Missing", [10] = "RRSIGs Missing", [11] = "No Zone Key Bit Set",
        [12] = "NSEC Missing", [13] = "Cached Error", [14] = "Not Ready", [15] = "Blocked", [16] = "Censored", [17] = "Filtered",
        [18] = "Prohibited", [19] = "Stale NXDOMAIN Answer", [20] = "Not Authoritative", [21] = "Not Supported",
        [22] = "No Reachable Authority", [23] = "Network Error", [24] = "Invalid Data",
    };

    public static readonly IReadOnlyDictionary<ulong, string> SvcParamKeys = new Dictionary<ulong, string>
    {
        [0] = "mandatory", [1] = "alpn", [2] = "no-default-alpn", [3] = "port", [4] = "ipv4hint", [5] = "ech", [6] = "ipv6hint",
        [7] = "dohpath", [8] = "odohconfig",
    };

    public static string TypeShort(ushort type) => TypeShortNames.TryGetValue(type, out var n) ? n : $"Unknown ({type})";

    public static string TypeLong(ushort type) => TypeLongNames.TryGetValue(type, out var n) ? n : $"Unknown ({type})";

    public static string Class(ushort cls) => Classes.TryGetValue(cls, out var n) ? n : $"Unknown ({cls})";
}
