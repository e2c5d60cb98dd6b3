using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Registry;

/// <summary>
/// A dissector for what a number in a lower layer names, when that is not a byte stream: a link type (802.11,
/// radiotap), an EtherType (ARP), an IP protocol number (ICMP, ICMPv6). It reads the frame's bytes from
/// <paramref name="offset"/> and adds its own protocol item, fields, columns and frame.protocols name.
/// Implementations never throw on bad bytes: a header that does not fit marks the frame
/// (<see cref="CommonFields.MarkTooShort"/>) and returns.
/// </summary>
public interface IPacketDissector
{
    ProtocolDef Protocol { get; }

    /// <summary>
    /// Dissects the payload at <paramref name="offset"/>: <paramref name="captured"/> bytes are in the frame,
    /// <paramref name="declared"/> is what the lower layer says it has (larger when the snapshot length cut it).
    /// Returns the frame offset where this protocol's bytes end (Ethernet shows what follows as a trailer).
    /// </summary>
    int Dissect(PacketContext packet, ReadOnlySpan<byte> frame, int offset, int captured, int declared);
}
