using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Network;

public static class Ipv6Fields
{
    public static readonly ProtocolDef Protocol = new("ipv6", "IPv6", "Internet Protocol Version 6");
    public static readonly FieldDef Version = new("ipv6.version", "Version", FieldType.UInt8, FieldBase.Dec, 0xF0);
    public static readonly FieldDef TrafficClass = new("ipv6.tclass", "Traffic Class", FieldType.UInt32, FieldBase.Hex, 0x0FF00000);
    public static readonly FieldDef Flow = new("ipv6.flow", "Flow Label", FieldType.UInt24, FieldBase.Hex, 0x000FFFFF);
    public static readonly FieldDef PayloadLength = new("ipv6.plen", "Payload Length", FieldType.UInt16);
    public static readonly FieldDef NextHeader = new("ipv6.nxt", "Next Header", FieldType.UInt8, FieldBase.Dec, valueNames: IpProtocols.Names);
    public static readonly FieldDef HopLimit = new("ipv6.hlim", "Hop Limit", FieldType.UInt8);
    public static readonly FieldDef Src = new("ipv6.src", "Source Address", FieldType.Ipv6);
    public static readonly FieldDef Addr = new("ipv6.addr", "Source or Destination Address", FieldType.Ipv6);
    public static readonly FieldDef Dst = new("ipv6.dst", "Destination Address", FieldType.Ipv6);

    public static readonly ProtocolDef HopByHop = new("ipv6.hopopts", "IPv6", "IPv6 Hop-by-Hop Option", "IPv6 Hop-by-Hop");
    public static readonly FieldDef HopByHopNext = new("ipv6.hopopts.nxt", "Next Header", FieldType.UInt8, FieldBase.Dec, valueNames: IpProtocols.Names);
    public static readonly FieldDef HopByHopLength = new("ipv6.hopopts.len", "Length", FieldType.UInt8);
    public static readonly ProtocolDef DestinationOptions = new("ipv6.dstopts", "IPv6", "Destination Options for IPv6", "IPv6 Destination");
    public static readonly FieldDef DestinationOptionsNext = new("ipv6.dstopts.nxt", "Next Header", FieldType.UInt8, FieldBase.Dec, valueNames: IpProtocols.Names);
    public static readonly FieldDef DestinationOptionsLength = new("ipv6.dstopts.len", "Length", FieldType.UInt8);
    public static readonly ProtocolDef Routing = new("ipv6.routing", "IPv6", "Routing Header for IPv6", "IPv6 Routing");
    public static readonly FieldDef RoutingNext = new("ipv6.routing.nxt", "Next Header", FieldType.UInt8, FieldBase.Dec, valueNames: IpProtocols.Names);
    public static readonly FieldDef RoutingLength = new("ipv6.routing.len", "Length", FieldType.UInt8);
    public static readonly ProtocolDef FragmentHeader = new("ipv6.fraghdr", "IPv6", "Fragment Header for IPv6", "IPv6 Fragment");
    public static readonly FieldDef FragmentNext = new("ipv6.fraghdr.nxt", "Next header", FieldType.UInt8, FieldBase.Dec, valueNames: IpProtocols.Names);
    public static readonly FieldDef FragmentOffset = new("ipv6.fraghdr.offset", "Offset", FieldType.UInt16, FieldBase.Dec, 0xFFF8);
    public static readonly FieldDef FragmentMore = new("ipv6.fraghdr.more", "More Fragments", FieldType.Boolean, FieldBase.None, 0x0001);
    public static readonly FieldDef FragmentIdent = new("ipv6.fraghdr.ident", "Identification", FieldType.UInt32, FieldBase.Hex);

    public static readonly ExpertDef BogusPayloadLength = new("ipv6.bogus_payload_length", ExpertGroup.Protocol, ExpertSeverity.Error,
        "IPv6 payload length exceeds framing length");

    /// <summary>What these protocols declare: their fields and expert items, for the field catalog.</summary>
    public static IReadOnlyList<ProtocolDeclaration> Declarations { get; } =
    [
        new(Protocol,
            [Version, TrafficClass, Flow, PayloadLength, NextHeader, HopLimit, Src, Addr, Dst],
            [BogusPayloadLength]),
        new(HopByHop,
            [HopByHopNext, HopByHopLength]),
        new(DestinationOptions,
            [DestinationOptionsNext, DestinationOptionsLength]),
        new(Routing,
            [RoutingNext, RoutingLength]),
        new(FragmentHeader,
            [FragmentNext, FragmentOffset, FragmentMore, FragmentIdent]),
    ];
}
