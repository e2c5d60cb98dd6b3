using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Network;

public static class Ipv6Fields
{
    public static readonly ProtocolDef Protocol = new("ipv6", "IPv6", "Internet Protocol Version 6");
    public static readonly FieldDef Version = new("ipv6.version", "Version", FieldType.UInt8, FieldBase.Dec);
    /// <summary>packet-ipv6.c's hf_ip_version: a second definition of ip.version, with the mask 0xF0, hidden under ipv6.</summary>
    public static readonly FieldDef IpVersion = new("ip.version", "Version", FieldType.UInt8, FieldBase.Dec, 0xF0) { SameNameAs = Ipv4Fields.Version };
    public static readonly FieldDef TrafficClass = new("ipv6.tclass", "Traffic Class", FieldType.UInt32, FieldBase.Hex, 0x0FF00000);
    public static readonly FieldDef TrafficClassDscp = new("ipv6.tclass.dscp", "Differentiated Services Codepoint", FieldType.UInt32, FieldBase.Dec, 0x0FC00000,
        valueNames: DiffServ.DscpNames);
    public static readonly FieldDef TrafficClassEcn = new("ipv6.tclass.ecn", "Explicit Congestion Notification", FieldType.UInt32, FieldBase.Dec, 0x00300000,
        valueNames: DiffServ.EcnNames);
    public static readonly FieldDef Flow = new("ipv6.flow", "Flow Label", FieldType.UInt24, FieldBase.Hex, 0x000FFFFF);
    public static readonly FieldDef PayloadLength = new("ipv6.plen", "Payload Length", FieldType.UInt16);
    public static readonly FieldDef NextHeader = new("ipv6.nxt", "Next Header", FieldType.UInt8, FieldBase.Dec, valueNames: IpProtocols.Names);
    public static readonly FieldDef HopLimit = new("ipv6.hlim", "Hop Limit", FieldType.UInt8);
    public static readonly FieldDef Src = new("ipv6.src", "Source Address", FieldType.Ipv6, description: "Source IPv6 Address");
    public static readonly FieldDef Addr = new("ipv6.addr", "Source or Destination Address", FieldType.Ipv6);
    public static readonly FieldDef SrcHost = new("ipv6.src_host", "Source Host", FieldType.String, description: "Source IPv6 Host");
    public static readonly FieldDef Host = new("ipv6.host", "Source or Destination Host", FieldType.String);
    public static readonly FieldDef Dst = new("ipv6.dst", "Destination Address", FieldType.Ipv6, description: "Destination IPv6 Address");
    public static readonly FieldDef DstHost = new("ipv6.dst_host", "Destination Host", FieldType.String, description: "Destination IPv6 Host");

    // Addresses that carry others (packet-ipv6.c's add_ipv6_address_6to4, _teredo, _slaac, _isatap, _embed_ipv4):
    // each shown for its side, then hidden under the side-less name.
    public static readonly FieldDef Src6to4Gateway = new("ipv6.src_6to4_gw_ipv4", "Source 6to4 Gateway IPv4", FieldType.Ipv4, description: "Source IPv6 6to4 Gateway IPv4 Address");
    public static readonly FieldDef Src6to4SlaId = new("ipv6.src_6to4_sla_id", "Source 6to4 SLA ID", FieldType.UInt16, description: "Source IPv6 6to4 SLA ID");
    public static readonly FieldDef SrcTeredoServer = new("ipv6.src_ts_ipv4", "Source Teredo Server IPv4", FieldType.Ipv4, description: "Source IPv6 Teredo Server Encapsulated IPv4 Address");
    public static readonly FieldDef SrcTeredoPort = new("ipv6.src_tc_port", "Source Teredo Port", FieldType.UInt16, description: "Source IPv6 Teredo Client Mapped Port");
    public static readonly FieldDef SrcTeredoClient = new("ipv6.src_tc_ipv4", "Source Teredo Client IPv4", FieldType.Ipv4, description: "Source IPv6 Teredo Client Encapsulated IPv4 Address");
    public static readonly FieldDef SrcSlaacMac = new("ipv6.src_slaac_mac", "Source SLAAC MAC", FieldType.Ether, description: "Source IPv6 Stateless Address Autoconfiguration (SLAAC) 48-bit MAC Identifier");
    public static readonly FieldDef SrcIsatap = new("ipv6.src_isatap_ipv4", "Source ISATAP IPv4", FieldType.Ipv4, description: "Source IPv6 ISATAP Encapsulated IPv4 Address");
    public static readonly FieldDef SrcEmbedded = new("ipv6.src_embed_ipv4", "Source Embedded IPv4", FieldType.Ipv4, description: "Source IPv4-Embedded IPv6 Address");
    public static readonly FieldDef Dst6to4Gateway = new("ipv6.dst_6to4_gw_ipv4", "Destination 6to4 Gateway IPv4", FieldType.Ipv4, description: "Destination IPv6 6to4 Gateway IPv4 Address");
    public static readonly FieldDef Dst6to4SlaId = new("ipv6.dst_6to4_sla_id", "Destination 6to4 SLA ID", FieldType.UInt16, description: "Destination IPv6 6to4 SLA ID");
    public static readonly FieldDef DstTeredoServer = new("ipv6.dst_ts_ipv4", "Destination Teredo Server IPv4", FieldType.Ipv4, description: "Destination IPv6 Teredo Server Encapsulated IPv4 Address");
    public static readonly FieldDef DstTeredoPort = new("ipv6.dst_tc_port", "Destination Teredo Port", FieldType.UInt16, description: "Destination IPv6 Teredo Client Mapped Port");
    public static readonly FieldDef DstTeredoClient = new("ipv6.dst_tc_ipv4", "Destination Teredo Client IPv4", FieldType.Ipv4, description: "Destination IPv6 Teredo Client Encapsulated IPv4 Address");
    public static readonly FieldDef DstSlaacMac = new("ipv6.dst_slaac_mac", "Destination SLAAC MAC", FieldType.Ether, description: "Destination IPv6 Stateless Address Autoconfiguration (SLAAC) 48-bit MAC Identifier");
    public static readonly FieldDef DstIsatap = new("ipv6.dst_isatap_ipv4", "Destination ISATAP IPv4", FieldType.Ipv4, description: "Destination IPv6 ISATAP Encapsulated IPv4 Address");
    public static readonly FieldDef DstEmbedded = new("ipv6.dst_embed_ipv4", "Destination Embedded IPv4", FieldType.Ipv4, description: "Destination IPv4-Embedded IPv6 Address");
    public static readonly FieldDef Gateway6to4 = new("ipv6.6to4_gw_ipv4", "6to4 Gateway IPv4", FieldType.Ipv4, description: "IPv6 6to4 Gateway IPv4 Address");
    public static readonly FieldDef SlaId6to4 = new("ipv6.6to4_sla_id", "6to4 SLA ID", FieldType.UInt16, description: "IPv6 6to4 SLA ID");
    public static readonly FieldDef TeredoServer = new("ipv6.ts_ipv4", "Teredo Server IPv4", FieldType.Ipv4, description: "IPv6 Teredo Server Encapsulated IPv4 Address");
    public static readonly FieldDef TeredoPort = new("ipv6.tc_port", "Teredo Port", FieldType.UInt16, description: "IPv6 Teredo Client Mapped Port");
    public static readonly FieldDef TeredoClient = new("ipv6.tc_ipv4", "Teredo Client IPv4", FieldType.Ipv4, description: "IPv6 Teredo Client Encapsulated IPv4 Address");
    public static readonly FieldDef SlaacMac = new("ipv6.slaac_mac", "SLAAC MAC", FieldType.Ether, description: "IPv6 Stateless Address Autoconfiguration (SLAAC) 48-bit MAC Identifier");
    public static readonly FieldDef Isatap = new("ipv6.isatap_ipv4", "ISATAP IPv4", FieldType.Ipv4, description: "IPv6 ISATAP Encapsulated IPv4 Address");
    public static readonly FieldDef EmbeddedPrefix = new("ipv6.embed_ipv4_prefix", "Embedded IPv4 Prefix", FieldType.Bytes, description: "IPv4-Embedded IPv6 Address Prefix");
    public static readonly FieldDef Embedded = new("ipv6.embed_ipv4", "Embedded IPv4", FieldType.Ipv4, description: "IPv4-Embedded IPv6 Address");

    public static readonly ProtocolDef HopByHop = new("ipv6.hopopts", "IPv6 Hop-by-Hop", "IPv6 Hop-by-Hop Option") { NestedHeader = true };
    public static readonly FieldDef HopByHopNext = new("ipv6.hopopts.nxt", "Next Header", FieldType.UInt8, FieldBase.Dec, valueNames: IpProtocols.Names);
    public static readonly FieldDef HopByHopLength = new("ipv6.hopopts.len", "Length", FieldType.UInt8, description: "Extension header length in 8-octet words (minus 1)");
    public static readonly FieldDef HopByHopLengthOctets = new("ipv6.hopopts.len_oct", "Length", FieldType.UInt16, description: "Extension header length in octets") { Unit = new(" byte", " bytes") };
    public static readonly ProtocolDef DestinationOptions = new("ipv6.dstopts", "IPv6 Destination", "Destination Options for IPv6") { NestedHeader = true };
    public static readonly FieldDef DestinationOptionsNext = new("ipv6.dstopts.nxt", "Next Header", FieldType.UInt8, FieldBase.Dec, valueNames: IpProtocols.Names);
    public static readonly FieldDef DestinationOptionsLength = new("ipv6.dstopts.len", "Length", FieldType.UInt8, description: "Extension header length in 8-octet words (minus 1)");
    public static readonly FieldDef DestinationOptionsLengthOctets = new("ipv6.dstopts.len_oct", "Length", FieldType.UInt16, description: "Extension header length in octets") { Unit = new(" byte", " bytes") };
    public static readonly ProtocolDef Routing = new("ipv6.routing", "IPv6 Routing", "Routing Header for IPv6") { NestedHeader = true };
    public static readonly FieldDef RoutingNext = new("ipv6.routing.nxt", "Next Header", FieldType.UInt8, FieldBase.Dec, valueNames: IpProtocols.Names);
    public static readonly FieldDef RoutingLength = new("ipv6.routing.len", "Length", FieldType.UInt8, description: "Extension header length in 8-octet words (minus 1)");
    public static readonly FieldDef RoutingLengthOctets = new("ipv6.routing.len_oct", "Length", FieldType.UInt16, description: "Extension header length in octets") { Unit = new(" byte", " bytes") };
    public static readonly FieldDef RoutingType = new("ipv6.routing.type", "Type", FieldType.UInt8, FieldBase.Dec, description: "Routing Header Type", valueNames: new Dictionary<ulong, string>
    {
        [0] = "Source Route", [1] = "Nimrod", [2] = "Type 2 Routing", [3] = "RPL Source Route", [4] = "Segment Routing",
        [5] = "Compact Routing Header 16", [6] = "Compact Routing Header 32", [253] = "Experiment 1", [254] = "Experiment 2",
    });
    public static readonly FieldDef RoutingSegmentsLeft = new("ipv6.routing.segleft", "Segments Left", FieldType.UInt8, description: "Routing Header Segments Left");
    public static readonly FieldDef RoutingUnknownData = new("ipv6.routing.unknown_data", "Type-Specific Data", FieldType.Bytes, description: "Unknown routing header type-specific data");
    public static readonly FieldDef RoutingSourceReserved = new("ipv6.routing.src.reserved", "Reserved", FieldType.Bytes, description: "Must be zero");
    public static readonly FieldDef RoutingSourceAddress = new("ipv6.routing.src.addr", "Address", FieldType.Ipv6, description: "Source Routing Header Address");
    public static readonly FieldDef RoutingMipv6Reserved = new("ipv6.routing.mipv6.reserved", "Reserved", FieldType.Bytes, description: "Must be zero");
    public static readonly FieldDef RoutingMipv6HomeAddress = new("ipv6.routing.mipv6.home_address", "Home Address", FieldType.Ipv6);
    public static readonly ExpertDef RoutingDeprecated = new("ipv6.routing.deprecated", ExpertGroup.Deprecated, ExpertSeverity.Note, "Routing header type is deprecated");
    public static readonly ExpertDef RoutingUndecoded = new("ipv6.routing.undecoded", ExpertGroup.Undecoded, ExpertSeverity.Note, "Undecoded IPv6 routing header field");
    public static readonly ProtocolDef FragmentHeader = new("ipv6.fraghdr", "IPv6 Fragment", "Fragment Header for IPv6") { NestedHeader = true };
    public static readonly FieldDef FragmentNext = new("ipv6.fraghdr.nxt", "Next header", FieldType.UInt8, FieldBase.Dec, valueNames: IpProtocols.Names);
    public static readonly FieldDef FragmentReservedOctet = new("ipv6.fraghdr.reserved_octet", "Reserved octet", FieldType.UInt8, FieldBase.Hex, description: "Should always be 0");
    public static readonly FieldDef FragmentReservedBits = new("ipv6.fraghdr.reserved_bits", "Reserved bits", FieldType.UInt16, FieldBase.Dec, 0x0006);
    public static readonly FieldDef FragmentOffset = new("ipv6.fraghdr.offset", "Offset", FieldType.UInt16, FieldBase.Dec, 0xFFF8, description: "Fragment Offset");
    public static readonly FieldDef FragmentMore = new("ipv6.fraghdr.more", "More Fragments", FieldType.Boolean, FieldBase.None, 0x0001) { BitWidth = 16, Booleans = TrueFalse.YesNo };
    public static readonly FieldDef FragmentIdent = new("ipv6.fraghdr.ident", "Identification", FieldType.UInt32, FieldBase.Hex, description: "Fragment Identification");
    public static readonly FieldDef ReassemblyFragment = new("ipv6.fragment", "IPv6 Fragment", FieldType.FrameNum);
    public static readonly FieldDef ReassemblyOverlap = new("ipv6.fragment.overlap", "Fragment overlap", FieldType.Boolean,
        description: "Fragment overlaps with other fragments");
    public static readonly FieldDef ReassemblyOverlapConflict = new("ipv6.fragment.overlap.conflict", "Conflicting data in fragment overlap",
        FieldType.Boolean, description: "Overlapping fragments contained conflicting data");
    public static readonly FieldDef ReassemblyMultipleTails = new("ipv6.fragment.multipletails", "Multiple tail fragments found", FieldType.Boolean,
        description: "Several tails were found when defragmenting the packet");
    public static readonly FieldDef ReassemblyTooLong = new("ipv6.fragment.toolongfragment", "Fragment too long", FieldType.Boolean,
        description: "Fragment contained data past end of packet");
    public static readonly FieldDef ReassemblyError = new("ipv6.fragment.error", "Defragmentation error", FieldType.FrameNum,
        description: "Defragmentation error due to illegal fragments");
    public static readonly FieldDef ReassemblyCount = new("ipv6.fragment.count", "Fragment count", FieldType.UInt32);
    public static readonly FieldDef ReassemblyFragments = new("ipv6.fragments", "IPv6 Fragments", FieldType.None);
    public static readonly FieldDef ReassembledIn = new("ipv6.reassembled.in", "Reassembled IPv6 in frame", FieldType.FrameNum,
        description: "This IPv6 packet is reassembled in this frame");
    public static readonly FieldDef ReassembledLength = new("ipv6.reassembled.length", "Reassembled IPv6 length", FieldType.UInt32,
        description: "The total length of the reassembled payload");
    public static readonly FieldDef ReassembledData = new("ipv6.reassembled.data", "Reassembled IPv6 data", FieldType.Bytes,
        description: "The reassembled payload");

    /// <summary>tshark's ipv6.defragment: reassemble fragmented IPv6 datagrams (on by default).</summary>
    public static readonly PreferenceDef Defragment = new("ipv6.defragment", "Reassemble fragmented IPv6 datagrams",
        "Whether fragmented IPv6 datagrams should be reassembled", PreferenceKind.Boolean, "TRUE");

    /// <summary>The fields reassemble.c's fragment tree uses, for IPv6.</summary>
    public static readonly IpFragmentFields FragmentFields = new("IPv6", ReassemblyFragment, ReassemblyFragments, ReassemblyOverlap,
        ReassemblyOverlapConflict, ReassemblyMultipleTails, ReassemblyTooLong, ReassemblyError, ReassemblyCount, ReassembledIn, ReassembledLength,
        ReassembledData);

    // The options of the Hop-by-Hop and Destination Options headers (packet-ipv6.c's dissect_opts): registered under ipv6.
    public static readonly FieldDef Option = new("ipv6.opt", "IPv6 Option", FieldType.None, description: "Option");
    public static readonly FieldDef OptionType = new("ipv6.opt.type", "Type", FieldType.UInt8, FieldBase.Hex, description: "Option type", valueNames: new Dictionary<ulong, string>
    {
        [0] = "Pad1", [1] = "PadN", [4] = "Tunnel Encapsulation Limit", [5] = "Router Alert", [7] = "CALIPSO", [8] = "SMF_DPD",
        [15] = "Performance and Diagnostic Metrics", [30] = "Experimental (0x1E)", [38] = "Quick-Start", [48] = "Path MTU Option",
        [49] = "IOAM Option", [62] = "Experimental (0x3E)", [65] = "Tunnel Payload Forwarding (TPF) Information", [94] = "Experimental (0x5E)",
        [99] = "RPL Option", [109] = "MPL Option", [126] = "Experimental (0x7E)", [138] = "Endpoint Identification", [139] = "ILNP Nonce",
        [140] = "Line-Identification Option", [158] = "Experimental (0x9E)", [190] = "Experimental (0xBE)", [194] = "Jumbo Payload",
        [201] = "Home Address", [222] = "Experimental (0xDE)", [238] = "IP_DFF", [254] = "Experimental (0xFE)",
    });
    public static readonly FieldDef OptionAction = new("ipv6.opt.type.action", "Action", FieldType.UInt8, FieldBase.Dec, 0xC0, description: "Action for unrecognized option type", valueNames: new Dictionary<ulong, string>
    {
        [0] = "Skip and continue", [1] = "Discard", [2] = "Discard and send ICMP Parameter Problem", [3] = "Discard and send ICMP if not multicast",
    });
    public static readonly FieldDef OptionChange = new("ipv6.opt.type.change", "May Change", FieldType.Boolean, FieldBase.None, 0x20, description: "Whether the option data may change en-route") { BitWidth = 8, Booleans = TrueFalse.YesNo };
    public static readonly FieldDef OptionRest = new("ipv6.opt.type.rest", "Low-Order Bits", FieldType.UInt8, FieldBase.Hex, 0x1F, description: "Remaining low-order bits");
    public static readonly FieldDef OptionLength = new("ipv6.opt.length", "Length", FieldType.UInt8, FieldBase.Dec, description: "Option length in octets");
    public static readonly FieldDef OptionPad1 = new("ipv6.opt.pad1", "Pad1", FieldType.None, description: "Pad1 Option");
    public static readonly FieldDef OptionPadN = new("ipv6.opt.padn", "PadN", FieldType.Bytes, description: "PadN Option");
    public static readonly FieldDef OptionRouterAlert = new("ipv6.opt.router_alert", "Router Alert", FieldType.UInt16, FieldBase.Dec, description: "Router Alert Option", valueNames: new Dictionary<ulong, string>
    {
        [0] = "MLD", [1] = "RSVP", [2] = "Active Network",
    });
    public static readonly FieldDef OptionTunnelEncapsulationLimit = new("ipv6.opt.tel", "Tunnel Encapsulation Limit", FieldType.UInt8, FieldBase.Dec, description: "How many further levels of encapsulation are permitted");
    public static readonly FieldDef OptionJumbo = new("ipv6.opt.jumbo", "Payload Length", FieldType.UInt32, FieldBase.Dec, description: "IPv6 (Jumbo) Payload Length");
    public static readonly FieldDef OptionExperimental = new("ipv6.opt.experimental", "Experimental Option", FieldType.Bytes);
    public static readonly FieldDef OptionUnknown = new("ipv6.opt.unknown", "Unknown Option Payload", FieldType.Bytes);
    public static readonly ExpertDef OptionUnknownData = new("ipv6.opt.unknown_data.expert", ExpertGroup.Undecoded, ExpertSeverity.Note, "Unknown Data (not interpreted)");
    public static readonly ExpertDef OptionInvalidLength = new("ipv6.opt.invalid_len", ExpertGroup.Malformed, ExpertSeverity.Error, "Invalid IPv6 option length");
    public static readonly ExpertDef JumboProhibited = new("ipv6.opt.jumbo.prohibited", ExpertGroup.Protocol, ExpertSeverity.Warning,
        "When IPv6 payload length does not equal 0 a Jumbo Payload option must not be present");
    public static readonly ExpertDef JumboTruncated = new("ipv6.opt.jumbo.truncated", ExpertGroup.Protocol, ExpertSeverity.Warning,
        "Jumbo Payload option present and jumbo length < 65536");

    public static readonly ExpertDef PayloadLengthExceedsFraming = new("ipv6.plen_exceeds_framing", ExpertGroup.Protocol, ExpertSeverity.Warning,
        "IPv6 payload length does not match expected framing length");
    public static readonly ExpertDef BogusVersion = new("ipv6.bogus_ipv6_version", ExpertGroup.Malformed, ExpertSeverity.Error,
        "Bogus IP version");

    /// <summary>What these protocols declare: their fields and expert items, for the field catalog.</summary>
    public static IReadOnlyList<ProtocolDeclaration> Declarations { get; } =
    [
        new(Protocol,
            [Version, TrafficClass, TrafficClassDscp, TrafficClassEcn, Flow, PayloadLength, NextHeader, HopLimit, Src, Addr, SrcHost, Host,
                Dst, DstHost, Src6to4Gateway, Src6to4SlaId, SrcTeredoServer, SrcTeredoPort, SrcTeredoClient, SrcSlaacMac, SrcIsatap,
                SrcEmbedded, Dst6to4Gateway, Dst6to4SlaId, DstTeredoServer, DstTeredoPort, DstTeredoClient, DstSlaacMac, DstIsatap,
                DstEmbedded, Gateway6to4, SlaId6to4, TeredoServer, TeredoPort, TeredoClient, SlaacMac, Isatap, EmbeddedPrefix, Embedded,
                Option, OptionType, OptionAction, OptionChange, OptionRest, OptionLength, OptionPad1, OptionPadN, OptionRouterAlert,
                OptionTunnelEncapsulationLimit, OptionJumbo, OptionExperimental, OptionUnknown, ReassemblyFragment, ReassemblyOverlap,
                ReassemblyOverlapConflict, ReassemblyMultipleTails, ReassemblyTooLong, ReassemblyError, ReassemblyCount, ReassemblyFragments,
                ReassembledIn, ReassembledLength, ReassembledData],
            [PayloadLengthExceedsFraming, BogusVersion, OptionUnknownData, OptionInvalidLength, JumboProhibited, JumboTruncated], [Defragment])
        {
            SecondDefinitions = [IpVersion],
        },
        new(HopByHop,
            [HopByHopNext, HopByHopLength, HopByHopLengthOctets]),
        new(DestinationOptions,
            [DestinationOptionsNext, DestinationOptionsLength, DestinationOptionsLengthOctets]),
        new(Routing,
            [RoutingNext, RoutingLength, RoutingLengthOctets, RoutingType, RoutingSegmentsLeft, RoutingUnknownData, RoutingSourceReserved,
                RoutingSourceAddress, RoutingMipv6Reserved, RoutingMipv6HomeAddress],
            [RoutingDeprecated, RoutingUndecoded]),
        new(FragmentHeader,
            [FragmentNext, FragmentReservedOctet, FragmentOffset, FragmentReservedBits, FragmentMore, FragmentIdent]),
    ];
}
