using System.Buffers.Binary;

namespace Sniffer.Tests.NetworkProtocols;

/// <summary>Hand-built Ethernet frames for the network protocols' tests: ARP, IPv4 with ICMP or UDP, IPv6 with ICMPv6 or UDP.</summary>
internal static class NetworkFrames
{
    private static readonly byte[] ClientMac = [0x02, 0x53, 0x4e, 0x46, 0x00, 0x01];
    private static readonly byte[] ServerMac = [0x02, 0x53, 0x4e, 0x46, 0x00, 0x02];

    public static byte[] Ethernet(ushort etherType, ReadOnlySpan<byte> payload)
    {
        var frame = new byte[14 + payload.Length];
        ServerMac.CopyTo(frame, 0);
        ClientMac.CopyTo(frame, 6);
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(12), etherType);
        payload.CopyTo(frame.AsSpan(14));
        return frame;
    }

    public static byte[] Ipv4(byte protocol, ReadOnlySpan<byte> payload, byte ttl = 64)
    {
        var ip = new byte[20 + payload.Length];
        ip[0] = 0x45;
        BinaryPrimitives.WriteUInt16BigEndian(ip.AsSpan(2), (ushort)ip.Length);
        ip[8] = ttl;
        ip[9] = protocol;
        byte[] src = [10, 213, 20, 1], dst = [10, 213, 20, 2];
        src.CopyTo(ip, 12);
        dst.CopyTo(ip, 16);
        payload.CopyTo(ip.AsSpan(20));
        return Ethernet(0x0800, ip);
    }

    public static byte[] Ipv6(byte next, ReadOnlySpan<byte> payload)
    {
        var ip = new byte[40 + payload.Length];
        ip[0] = 0x60;
        BinaryPrimitives.WriteUInt16BigEndian(ip.AsSpan(4), (ushort)payload.Length);
        ip[6] = next;
        ip[7] = 255;
        ip[8] = 0xfe; ip[9] = 0x80; ip[23] = 1;
        ip[24] = 0xfe; ip[25] = 0x80; ip[39] = 2;
        payload.CopyTo(ip.AsSpan(40));
        return Ethernet(0x86DD, ip);
    }

    public static byte[] Udp(ushort srcPort, ushort dstPort, ReadOnlySpan<byte> payload)
    {
        var udp = new byte[8 + payload.Length];
        BinaryPrimitives.WriteUInt16BigEndian(udp, srcPort);
        BinaryPrimitives.WriteUInt16BigEndian(udp.AsSpan(2), dstPort);
        BinaryPrimitives.WriteUInt16BigEndian(udp.AsSpan(4), (ushort)udp.Length);
        payload.CopyTo(udp.AsSpan(8));
        return udp;
    }

    public static byte[] Ipv4Udp(ushort srcPort, ushort dstPort, ReadOnlySpan<byte> payload) => Ipv4(17, Udp(srcPort, dstPort, payload));
}
