using System.Buffers.Binary;

namespace Sniffer.Dissectors.Protocols.Common;

/// <summary>The ones'-complement sum of RFC 1071 (ICMP, ICMPv6 with its pseudo-header).</summary>
public static class InternetChecksum
{
    /// <summary>Adds <paramref name="bytes"/> to a running 32-bit sum (big-endian 16-bit words, a last odd byte padded).</summary>
    public static uint Add(uint sum, ReadOnlySpan<byte> bytes)
    {
        int i = 0;
        for (; i + 1 < bytes.Length; i += 2)
            sum += BinaryPrimitives.ReadUInt16BigEndian(bytes[i..]);
        if (i < bytes.Length)
            sum += (uint)bytes[i] << 8;
        return Fold(sum);
    }

    public static uint Fold(uint sum)
    {
        while ((sum >> 16) != 0)
            sum = (sum & 0xFFFF) + (sum >> 16);
        return sum;
    }

    /// <summary>The checksum a header should carry over the summed data (the complement of the folded sum).</summary>
    public static ushort Finish(uint sum) => (ushort)~Fold(sum);

    /// <summary>
    /// What the checksum field should have been (in_cksum_shouldbe), from the field's value and <paramref name="computed"/>,
    /// the checksum over the whole message including the field (0 when it is right).
    /// </summary>
    public static ushort ShouldBe(ushort field, ushort computed) => (ushort)Fold((uint)field + computed);
}
