namespace Sniffer.Dissectors.Streams.IpReassembly;

/// <summary>
/// What ties fragments to one datagram, as tshark keys its reassembly tables: the source and destination addresses and
/// an identification. IPv4 uses the ID XOR the protocol (packet-ip.c's <c>ip_proto ^ ip_id ^ src ^ dst</c>: with the
/// addresses in the key too, the protocol and ID are what the XOR adds); IPv6 the Fragment header's identification.
/// A value type, so a lookup allocates nothing.
/// </summary>
public readonly record struct IpFragmentKey(UInt128 Source, UInt128 Destination, uint Id, bool Ipv6)
{
    public static IpFragmentKey ForIpv4(ReadOnlySpan<byte> src, ReadOnlySpan<byte> dst, ushort id, byte protocol)
        => new(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(src), System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(dst),
            (uint)(id ^ protocol), false);

    public static IpFragmentKey ForIpv6(ReadOnlySpan<byte> src, ReadOnlySpan<byte> dst, uint ident)
        => new(System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(src), System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(dst),
            ident, true);
}
