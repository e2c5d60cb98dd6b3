namespace Sniffer.Dissectors.Streams;

/// <summary>
/// A TCP or UDP conversation's identity regardless of direction: the lower (address, port) endpoint first.
/// A value type usable as a dictionary key without allocation; IPv4 addresses are stored in the low bits.
/// </summary>
public readonly record struct ConversationKey(UInt128 AddressA, ushort PortA, UInt128 AddressB, ushort PortB)
{
    /// <summary>Builds the key; <paramref name="aIsSource"/> tells whether the packet's source is endpoint A.</summary>
    public static ConversationKey From(ReadOnlySpan<byte> src, ushort srcPort, ReadOnlySpan<byte> dst, ushort dstPort, out bool aIsSource)
    {
        UInt128 s = ToNumber(src), d = ToNumber(dst);
        aIsSource = s < d || (s == d && srcPort <= dstPort);
        return aIsSource ? new ConversationKey(s, srcPort, d, dstPort) : new ConversationKey(d, dstPort, s, srcPort);
    }

    /// <summary>An address as the key stores it (IPv4 tagged so it never equals an IPv6 address).</summary>
    public static UInt128 ToNumber(ReadOnlySpan<byte> address)
    {
        UInt128 value = 0;
        foreach (byte b in address)
            value = (value << 8) | b;
        // Tag the length so an IPv4 address never equals an IPv6 address with the same low bits.
        return address.Length == 4 ? value | ((UInt128)1 << 127) : value;
    }
}
