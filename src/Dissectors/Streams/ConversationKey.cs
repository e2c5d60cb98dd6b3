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
        // Tag the length so an IPv4 address never equals an IPv6 address with the same low bits.
        if (address.Length == 4)
            return System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(address) | ((UInt128)1 << 127);
        if (address.Length == 16)
            return System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(address);
        UInt128 value = 0;
        foreach (byte b in address)
            value = (value << 8) | b;
        return value;
    }

    public bool Equals(ConversationKey other) =>
        AddressA == other.AddressA && AddressB == other.AddressB && PortA == other.PortA && PortB == other.PortB;

    /// <summary>One multiply-and-fold over the four parts: cheaper than the record's field-by-field combine, as well spread.</summary>
    public override int GetHashCode()
    {
        ulong h = (ulong)AddressA ^ (ulong)(AddressA >> 64) * 0x9E3779B97F4A7C15UL;
        h = (h ^ (ulong)AddressB ^ (ulong)(AddressB >> 64) * 0xC2B2AE3D27D4EB4FUL) * 0x9E3779B97F4A7C15UL;
        h ^= ((ulong)PortA << 16 | PortB) * 0x165667B19E3779F9UL;
        h ^= h >> 29;
        return (int)h ^ (int)(h >> 32);
    }
}
