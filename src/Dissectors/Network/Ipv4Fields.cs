using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Network;

public static class Ipv4Fields
{
    public static readonly ProtocolDef Protocol = new("ip", "IPv4", "Internet Protocol Version 4");
    public static readonly FieldDef Version = new("ip.version", "Version", FieldType.UInt8, FieldBase.Dec, 0xF0);
    public static readonly FieldDef HdrLen = new("ip.hdr_len", "Header Length", FieldType.UInt8, FieldBase.Dec, 0x0F);
    public static readonly FieldDef DsField = new("ip.dsfield", "Differentiated Services Field", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef DsFieldDscp = new("ip.dsfield.dscp", "Differentiated Services Codepoint", FieldType.UInt8, FieldBase.Dec, 0xFC);
    public static readonly FieldDef DsFieldEcn = new("ip.dsfield.ecn", "Explicit Congestion Notification", FieldType.UInt8, FieldBase.Dec, 0x03);
    public static readonly FieldDef Len = new("ip.len", "Total Length", FieldType.UInt16);
    public static readonly FieldDef Id = new("ip.id", "Identification", FieldType.UInt16, FieldBase.HexDec);
    public static readonly FieldDef Flags = new("ip.flags", "Flags", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef FlagsRb = new("ip.flags.rb", "Reserved bit", FieldType.Boolean, FieldBase.None, 0x80);
    public static readonly FieldDef FlagsDf = new("ip.flags.df", "Don't fragment", FieldType.Boolean, FieldBase.None, 0x40);
    public static readonly FieldDef FlagsMf = new("ip.flags.mf", "More fragments", FieldType.Boolean, FieldBase.None, 0x20);
    public static readonly FieldDef FragOffset = new("ip.frag_offset", "Fragment Offset", FieldType.UInt16, FieldBase.Dec, 0x1FFF);
    public static readonly FieldDef Ttl = new("ip.ttl", "Time to Live", FieldType.UInt8);
    public static readonly FieldDef Proto = new("ip.proto", "Protocol", FieldType.UInt8, FieldBase.Dec, valueNames: IpProtocols.Names);
    public static readonly FieldDef Checksum = new("ip.checksum", "Header Checksum", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef ChecksumStatus = new("ip.checksum.status", "Header checksum status", FieldType.UInt8, FieldBase.None,
        valueNames: ChecksumStatuses.Names);
    public static readonly FieldDef Src = new("ip.src", "Source Address", FieldType.Ipv4);
    public static readonly FieldDef Addr = new("ip.addr", "Source or Destination Address", FieldType.Ipv4);
    public static readonly FieldDef Dst = new("ip.dst", "Destination Address", FieldType.Ipv4);
    public static readonly FieldDef OptType = new("ip.opt.type", "Type", FieldType.UInt8);
    public static readonly FieldDef OptLen = new("ip.opt.len", "Length", FieldType.UInt8);
    public static readonly FieldDef OptPadding = new("ip.opt.padding", "Padding", FieldType.Bytes);

    public static readonly ExpertDef BogusHeaderLength = new("ip.bogus_header_length", ExpertGroup.Protocol, ExpertSeverity.Error, "Bogus IP header length");
    public static readonly ExpertDef BogusIpLength = new("ip.bogus_ip_length", ExpertGroup.Protocol, ExpertSeverity.Error, "Bogus IP length");
    public static readonly ExpertDef BogusVersion = new("ip.bogus_ip_version", ExpertGroup.Protocol, ExpertSeverity.Error, "Bogus IP version");
    public static readonly ExpertDef TtlLncb = new("ip.ttl.lncb", ExpertGroup.Sequence, ExpertSeverity.Note, "Time To Live");
    public static readonly ExpertDef TtlTooSmall = new("ip.ttl.too_small", ExpertGroup.Sequence, ExpertSeverity.Note, "Time To Live");
    public static readonly ExpertDef Fragmented = new("ip.fragmented", ExpertGroup.Reassemble, ExpertSeverity.Note,
        "Fragmented IP protocol: the payload is shown undecoded");

    /// <summary>What this protocol declares: its fields and expert items, for the field catalog.</summary>
    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [Version, HdrLen, DsField, DsFieldDscp, DsFieldEcn, Len, Id, Flags, FlagsRb, FlagsDf, FlagsMf, FragOffset, Ttl, Proto, Checksum, ChecksumStatus, Src, Addr, Dst, OptType, OptLen, OptPadding],
        [BogusHeaderLength, BogusIpLength, BogusVersion, TtlLncb, TtlTooSmall, Fragmented]);
}

/// <summary>Values of the *.checksum.status fields (Wireshark's proto_checksum_enum_e).</summary>
public static class ChecksumStatuses
{
    public const byte Bad = 0;
    public const byte Good = 1;
    public const byte Unverified = 2;
    /// <summary>A UDP checksum of zero: the sender did not compute one ("[zero-value ignored]").</summary>
    public const byte NotPresent = 3;

    public static readonly IReadOnlyDictionary<ulong, string> Names = new Dictionary<ulong, string>
    {
        [Bad] = "Bad",
        [Good] = "Good",
        [Unverified] = "Unverified",
        [NotPresent] = "Not present",
    };
}
