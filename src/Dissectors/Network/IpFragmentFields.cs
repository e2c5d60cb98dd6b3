using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Network;

/// <summary>
/// The fields one IP version gives reassemble.c's fragment tree (packet-ip.c's ip_frag_items, packet-ipv6.c's
/// ipv6_frag_items): the list item and one item per fragment, the flags under a fragment that went wrong, the count,
/// the reassembled length and data, and the "reassembled in" item earlier fragments carry in a two-pass read.
/// <see cref="Tag"/> names the data source ("Reassembled IPv4").
/// </summary>
public sealed record IpFragmentFields(string Tag, FieldDef Fragment, FieldDef Fragments, FieldDef Overlap, FieldDef OverlapConflict,
    FieldDef MultipleTails, FieldDef TooLongFragment, FieldDef Error, FieldDef Count, FieldDef ReassembledIn, FieldDef ReassembledLength,
    FieldDef ReassembledData)
{
    /// <summary>The name of the data source holding the reassembled datagram's payload.</summary>
    public string SourceName { get; } = "Reassembled " + Tag;
}
