using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Registry;

/// <summary>
/// A protocol carried in UDP datagrams (DNS, DHCP, NTP, SSDP…): the datagram counterpart of
/// <see cref="Streams.IStreamDissector"/>. Each datagram is one whole PDU (or several the protocol splits itself);
/// nothing is reassembled. Attached on udp.port through the registry, or tried as a UDP heuristic.
/// Implementations never print and never throw on bad bytes.
/// </summary>
public interface IDatagramDissector
{
    ProtocolDef Protocol { get; }

    /// <summary>A cheap check on a datagram on a port the protocol is not registered on: true only if it is surely this protocol's.</summary>
    bool LooksLikeMine(ReadOnlySpan<byte> payload, DatagramContext context);

    /// <summary>
    /// Dissects one datagram's payload, which is at <paramref name="offset"/> of data source <paramref name="source"/>.
    /// Returns false when the payload is not this protocol's after all (UDP then shows it as data).
    /// </summary>
    bool Dissect(ReadOnlySpan<byte> payload, DatagramContext context, PacketContext packet, int source, int offset);
}
