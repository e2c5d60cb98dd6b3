using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Network;

public static class Ipv4Fields
{
    public static readonly ProtocolDef Protocol = new("ip", "IPv4", "Internet Protocol Version 4");
    public static readonly FieldDef Version = new("ip.version", "Version", FieldType.UInt8);
    public static readonly FieldDef HdrLen = new("ip.hdr_len", "Header Length", FieldType.UInt8, description: "Header length in 32-bit words");
    public static readonly FieldDef DsField = new("ip.dsfield", "Differentiated Services Field", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef DsFieldDscp = new("ip.dsfield.dscp", "Differentiated Services Codepoint", FieldType.UInt8, FieldBase.Dec, 0xFC,
        valueNames: DiffServ.DscpNames);
    public static readonly FieldDef DsFieldEcn = new("ip.dsfield.ecn", "Explicit Congestion Notification", FieldType.UInt8, FieldBase.Dec, 0x03,
        valueNames: DiffServ.EcnNames);
    public static readonly FieldDef Len = new("ip.len", "Total Length", FieldType.UInt16);
    public static readonly FieldDef Id = new("ip.id", "Identification", FieldType.UInt16, FieldBase.HexDec);
    public static readonly FieldDef Dst = new("ip.dst", "Destination Address", FieldType.Ipv4);
    public static readonly FieldDef Src = new("ip.src", "Source Address", FieldType.Ipv4);
    public static readonly FieldDef SrcHost = new("ip.src_host", "Source Host", FieldType.String);
    public static readonly FieldDef Addr = new("ip.addr", "Source or Destination Address", FieldType.Ipv4);
    public static readonly FieldDef Host = new("ip.host", "Source or Destination Host", FieldType.String);
    public static readonly FieldDef DstHost = new("ip.dst_host", "Destination Host", FieldType.String);
    public static readonly FieldDef Flags = new("ip.flags", "Flags", FieldType.UInt8, FieldBase.Hex, 0xE0, "Flags (3 bits)");
    public static readonly FieldDef FlagsRb = new("ip.flags.rb", "Reserved bit", FieldType.Boolean, bitmask: 0x80) { Booleans = TrueFalse.SetNotSet, BitWidth = 8 };
    public static readonly FieldDef FlagsDf = new("ip.flags.df", "Don't fragment", FieldType.Boolean, bitmask: 0x40) { Booleans = TrueFalse.SetNotSet, BitWidth = 8 };
    public static readonly FieldDef FlagsMf = new("ip.flags.mf", "More fragments", FieldType.Boolean, bitmask: 0x20) { Booleans = TrueFalse.SetNotSet, BitWidth = 8 };
    public static readonly FieldDef FragOffset = new("ip.frag_offset", "Fragment Offset", FieldType.UInt16, FieldBase.Dec, 0x1FFF, "Fragment offset (13 bits)");
    public static readonly FieldDef Ttl = new("ip.ttl", "Time to Live", FieldType.UInt8);
    public static readonly FieldDef Proto = new("ip.proto", "Protocol", FieldType.UInt8, FieldBase.Dec, valueNames: IpProtocols.Names);
    public static readonly FieldDef Checksum = new("ip.checksum", "Header Checksum", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef ChecksumStatus = new("ip.checksum.status", "Header checksum status", FieldType.UInt8, FieldBase.None,
        valueNames: ChecksumStatuses.Names);
    public static readonly FieldDef OptType = new("ip.opt.type", "Type", FieldType.UInt8);
    public static readonly FieldDef OptLen = new("ip.opt.len", "Length", FieldType.UInt8);
    public static readonly FieldDef OptPadding = new("ip.opt.padding", "Padding", FieldType.Bytes);
    public static readonly FieldDef FragmentOverlap = new("ip.fragment.overlap", "Fragment overlap", FieldType.Boolean,
        description: "Fragment overlaps with other fragments");
    public static readonly FieldDef FragmentOverlapConflict = new("ip.fragment.overlap.conflict", "Conflicting data in fragment overlap", FieldType.Boolean,
        description: "Overlapping fragments contained conflicting data");
    public static readonly FieldDef FragmentMultipleTails = new("ip.fragment.multipletails", "Multiple tail fragments found", FieldType.Boolean,
        description: "Several tails were found when defragmenting the packet");
    public static readonly FieldDef FragmentTooLong = new("ip.fragment.toolongfragment", "Fragment too long", FieldType.Boolean,
        description: "Fragment contained data past end of packet");
    public static readonly FieldDef FragmentError = new("ip.fragment.error", "Defragmentation error", FieldType.FrameNum,
        description: "Defragmentation error due to illegal fragments");
    public static readonly FieldDef FragmentCount = new("ip.fragment.count", "Fragment count", FieldType.UInt32);
    public static readonly FieldDef Fragment = new("ip.fragment", "IPv4 Fragment", FieldType.FrameNum);
    public static readonly FieldDef Fragments = new("ip.fragments", "IPv4 Fragments", FieldType.Bytes);
    public static readonly FieldDef ReassembledIn = new("ip.reassembled_in", "Reassembled IPv4 in frame", FieldType.FrameNum,
        description: "This IPv4 packet is reassembled in this frame");
    public static readonly FieldDef ReassembledLength = new("ip.reassembled.length", "Reassembled IPv4 length", FieldType.UInt32,
        description: "The total length of the reassembled payload");
    public static readonly FieldDef ReassembledData = new("ip.reassembled.data", "Reassembled IPv4 data", FieldType.Bytes,
        description: "The reassembled payload");

    /// <summary>tshark's ip.defragment: reassemble fragmented IPv4 datagrams (on by default).</summary>
    public static readonly PreferenceDef Defragment = new("ip.defragment", "Reassemble fragmented IPv4 datagrams",
        "Whether fragmented IPv4 datagrams should be reassembled", PreferenceKind.Boolean, "TRUE");

    /// <summary>The fields reassemble.c's fragment tree uses, for IPv4.</summary>
    public static readonly IpFragmentFields FragmentFields = new("IPv4", Fragment, Fragments, FragmentOverlap, FragmentOverlapConflict,
        FragmentMultipleTails, FragmentTooLong, FragmentError, FragmentCount, ReassembledIn, ReassembledLength, ReassembledData);

    public static readonly ExpertDef BogusHeaderLength = new("ip.bogus_header_length", ExpertGroup.Protocol, ExpertSeverity.Error, "Bogus IP header length");
    public static readonly ExpertDef BogusIpLength = new("ip.bogus_ip_length", ExpertGroup.Protocol, ExpertSeverity.Error, "Bogus IP length");
    public static readonly ExpertDef BogusVersion = new("ip.bogus_ip_version", ExpertGroup.Protocol, ExpertSeverity.Error, "Bogus IP version");
    public static readonly ExpertDef TtlLncb = new("ip.ttl.lncb", ExpertGroup.Sequence, ExpertSeverity.Note, "Time To Live");
    public static readonly ExpertDef TtlTooSmall = new("ip.ttl.too_small", ExpertGroup.Sequence, ExpertSeverity.Note, "Time To Live");

    /// <summary>What this protocol declares: its fields and expert items, for the field catalog.</summary>
    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [Version, HdrLen, DsField, DsFieldDscp, DsFieldEcn, Len, Id, Dst, Src, SrcHost, Addr, Host, DstHost, Flags, FlagsRb, FlagsDf, FlagsMf,
            FragOffset, Ttl, Proto, Checksum, ChecksumStatus, OptType, OptLen, OptPadding, FragmentOverlap, FragmentOverlapConflict,
            FragmentMultipleTails, FragmentTooLong, FragmentError, FragmentCount, Fragment, Fragments, ReassembledIn, ReassembledLength,
            ReassembledData],
        [BogusHeaderLength, BogusIpLength, BogusVersion, TtlLncb, TtlTooSmall], [Defragment]);
}

/// <summary>The Differentiated Services field's code points, long and short (packet-ip.c dscp_vals, ecn_vals and their short forms).</summary>
public static class DiffServ
{
    public static readonly IReadOnlyDictionary<ulong, string> DscpNames = new Dictionary<ulong, string>
    {
        [0] = "Default", [1] = "Lower Effort", [8] = "Class Selector 1", [10] = "Assured Forwarding 11", [12] = "Assured Forwarding 12",
        [14] = "Assured Forwarding 13", [16] = "Class Selector 2", [18] = "Assured Forwarding 21", [20] = "Assured Forwarding 22",
        [22] = "Assured Forwarding 23", [24] = "Class Selector 3", [26] = "Assured Forwarding 31", [28] = "Assured Forwarding 32",
        [30] = "Assured Forwarding 33", [32] = "Class Selector 4", [34] = "Assured Forwarding 41", [36] = "Assured Forwarding 42",
        [38] = "Assured Forwarding 43", [40] = "Class Selector 5", [46] = "Expedited Forwarding", [48] = "Class Selector 6", [56] = "Class Selector 7",
    };

    public static readonly IReadOnlyDictionary<ulong, string> DscpShortNames = new Dictionary<ulong, string>
    {
        [0] = "CS0", [1] = "LE", [8] = "CS1", [10] = "AF11", [12] = "AF12", [14] = "AF13", [16] = "CS2", [18] = "AF21", [20] = "AF22",
        [22] = "AF23", [24] = "CS3", [26] = "AF31", [28] = "AF32", [30] = "AF33", [32] = "CS4", [34] = "AF41", [36] = "AF42", [38] = "AF43",
        [40] = "CS5", [46] = "EF PHB", [48] = "CS6", [56] = "CS7",
    };

    public static readonly IReadOnlyDictionary<ulong, string> EcnNames = new Dictionary<ulong, string>
    {
        [0] = "Not ECN-Capable Transport", [1] = "ECN-Capable Transport codepoint '01'", [2] = "ECN-Capable Transport codepoint '10'",
        [3] = "Congestion Experienced",
    };

    public static readonly IReadOnlyDictionary<ulong, string> EcnShortNames = new Dictionary<ulong, string>
    {
        [0] = "Not-ECT", [1] = "ECT(1)", [2] = "ECT(0)", [3] = "CE",
    };

    /// <summary>" (DSCP: CS0, ECN: Not-ECT)", the text packet-ip.c appends to the DS field (made once per value, as UTF-8).</summary>
    public static void AppendSummary(FieldTree tree, int node, byte ds) => tree.AppendTextUtf8(node, SummaryOf(ds));

    // Per DS byte seen: its summary; a value two threads make at once is made twice, the same.
    private static readonly byte[]?[] Summaries = new byte[]?[256];

    private static byte[] SummaryOf(byte ds) => Summaries[ds] ??= System.Text.Encoding.UTF8.GetBytes(
        $" (DSCP: {(DscpShortNames.TryGetValue((ulong)(ds >> 2), out var d) ? d : "Unknown")}, ECN: {(EcnShortNames.TryGetValue((ulong)(ds & 3), out var e) ? e : "Unknown")})");
}

/// <summary>Values of the *.checksum.status fields (Wireshark's proto_checksum_enum_e).</summary>
public static class ChecksumStatuses
{
    public const byte Bad = 0;
    public const byte Good = 1;
    public const byte Unverified = 2;
    /// <summary>A UDP checksum of zero: the sender did not compute one ("[zero-value ignored]").</summary>
    public const byte NotPresent = 3;
    public const byte Illegal = 4;

    public static readonly IReadOnlyDictionary<ulong, string> Names = new Dictionary<ulong, string>
    {
        [Bad] = "Bad",
        [Good] = "Good",
        [Unverified] = "Unverified",
        [NotPresent] = "Not present",
        [Illegal] = "Illegal",
    };
}
