using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Registry;

/// <summary>
/// The core chain's entry points a plug-in may call to hand on what it carries (802.11's LLC/SNAP payload to an
/// EtherType, an ICMP error's quoted IP header to IP). The frame dissector provides them to its registry.
/// </summary>
public interface ICoreDissectors
{
    /// <summary>
    /// Dissects <paramref name="frame"/> from <paramref name="offset"/> as the EtherType names it; returns where its bytes end.
    /// <paramref name="viaEthertypeProtocol"/> false skips the "ethertype" entry in frame.protocols, as for LLC/SNAP,
    /// which looks the EtherType table up itself ("wlan:llc:ip").
    /// </summary>
    int DissectEtherType(PacketContext packet, ReadOnlySpan<byte> frame, ushort etherType, int offset, bool viaEthertypeProtocol = true);

    /// <summary>Dissects an IPv4 or IPv6 packet at <paramref name="offset"/> (chosen by its version nibble); returns where it ends.</summary>
    int DissectIp(PacketContext packet, ReadOnlySpan<byte> frame, int offset, int available);
}
