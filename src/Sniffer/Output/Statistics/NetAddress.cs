using System.Buffers.Binary;
using Sniffer.Dissectors.Model;

namespace Sniffer.Output.Statistics;

/// <summary>An Ethernet, IPv4 or IPv6 address as a value (a dictionary key that allocates nothing), formatted on demand.</summary>
public readonly record struct NetAddress(AddressKind Kind, UInt128 Bits)
{
    public static NetAddress FromBytes(AddressKind kind, ReadOnlySpan<byte> bytes)
    {
        UInt128 bits = 0;
        foreach (byte b in bytes)
            bits = bits << 8 | b;
        return new NetAddress(kind, bits);
    }

    public static NetAddress Ipv4(uint address) => new(AddressKind.Ipv4, address);

    public int Length => Kind switch
    {
        AddressKind.Ether => 6,
        AddressKind.Ipv4 => 4,
        AddressKind.Ipv6 => 16,
        _ => 0,
    };

    /// <summary>The address's bytes, in network order.</summary>
    public void CopyTo(Span<byte> destination)
    {
        Span<byte> all = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(all, Bits);
        all[(16 - Length)..].CopyTo(destination);
    }

    /// <summary>The address as tshark writes it, or its name when <paramref name="names"/> resolves it (-N).</summary>
    public string ToString(NameResolver names)
    {
        Span<byte> bytes = stackalloc byte[16];
        CopyTo(bytes);
        bytes = bytes[..Length];
        if (names.ResolvesAddresses && names.AddressName(Kind, bytes) is { } name)
            return name;
        Span<char> text = stackalloc char[48];
        int n = Kind switch
        {
            AddressKind.Ipv4 => AddressFormatter.FormatIpv4(bytes, text),
            AddressKind.Ipv6 => AddressFormatter.FormatIpv6(bytes, text),
            AddressKind.Ether => AddressFormatter.FormatEther(bytes, text),
            _ => 0,
        };
        return new string(text[..n]);
    }

    public override string ToString() => ToString(NameResolver.None);
}
