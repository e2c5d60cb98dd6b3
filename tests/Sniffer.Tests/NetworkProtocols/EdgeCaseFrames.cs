using System.Buffers.Binary;
using System.Text;

namespace Sniffer.Tests.NetworkProtocols;

/// <summary>
/// Frames the sample captures do not have: BOOTP without DHCP, DHCP message types and odd options, DNS errors, unknown
/// types, classes and unsolicited responses, ICMP and ICMPv6 error and informational types, ARP probes and announcements,
/// NTP control messages, and text on the SSDP port that is not HTTP. Each is compared with tshark as it is.
/// </summary>
internal static class EdgeCaseFrames
{
    public static List<byte[]> All()
    {
        var frames = new List<byte[]>();
        frames.AddRange(Arp());
        frames.AddRange(Icmp());
        frames.AddRange(Icmpv6());
        frames.AddRange(Dns());
        frames.AddRange(Dhcp());
        frames.AddRange(Ntp());
        frames.Add(NetworkFrames.Ipv4Udp(40001, 1900, "hello, not HTTP\r\n"u8));
        frames.Add(NetworkFrames.Ipv4Udp(1900, 40001, "HTTP/1.1 200 OK\r\nST: ssdp:all\r\n\r\n"u8));
        return frames;
    }

    private static byte[] ArpPacket(ushort op, byte[] sha, byte[] spa, byte[] tha, byte[] tpa, ushort hrd = 1, ushort pro = 0x0800)
    {
        var b = new byte[8 + 2 * sha.Length + 2 * spa.Length];
        BinaryPrimitives.WriteUInt16BigEndian(b, hrd);
        BinaryPrimitives.WriteUInt16BigEndian(b.AsSpan(2), pro);
        b[4] = (byte)sha.Length;
        b[5] = (byte)spa.Length;
        BinaryPrimitives.WriteUInt16BigEndian(b.AsSpan(6), op);
        int p = 8;
        foreach (var part in new[] { sha, spa, tha, tpa })
        {
            part.CopyTo(b, p);
            p += part.Length;
        }
        return NetworkFrames.Ethernet(0x0806, b);
    }

    private static IEnumerable<byte[]> Arp()
    {
        byte[] mac = [0x02, 0, 0, 0, 0, 0x11], zero = new byte[6], any = [0, 0, 0, 0], ip = [192, 168, 7, 1];
        yield return ArpPacket(1, mac, any, zero, ip);                       // probe
        yield return ArpPacket(1, mac, ip, zero, ip);                        // announcement
        yield return ArpPacket(3, mac, ip, mac, ip);                         // reverse request
        yield return ArpPacket(9, mac, ip, mac, [192, 168, 7, 9]);           // inverse reply
        yield return ArpPacket(42, mac, ip, mac, ip);                        // unknown opcode
        yield return ArpPacket(1, [1, 2, 3, 4, 5, 6, 7, 8], ip, new byte[8], [192, 168, 7, 2], hrd: 27); // EUI-64 hardware
        yield return NetworkFrames.Ethernet(0x0806, [0, 1, 8, 0, 6, 4]);      // cut inside the header
    }

    private static byte[] IcmpMessage(byte type, byte code, ReadOnlySpan<byte> rest, bool fixChecksum = true)
    {
        var b = new byte[4 + rest.Length];
        b[0] = type;
        b[1] = code;
        rest.CopyTo(b.AsSpan(4));
        if (fixChecksum)
        {
            uint sum = 0;
            for (int i = 0; i + 1 < b.Length; i += 2)
                sum += BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i));
            if (b.Length % 2 == 1)
                sum += (uint)b[^1] << 8;
            while (sum >> 16 != 0)
                sum = (sum & 0xFFFF) + (sum >> 16);
            BinaryPrimitives.WriteUInt16BigEndian(b.AsSpan(2), (ushort)~sum);
        }
        return b;
    }

    private static IEnumerable<byte[]> Icmp()
    {
        byte[] echo = [0x12, 0x34, 0, 7, .. "abcdefghijklmnop"u8];
        yield return NetworkFrames.Ipv4(1, IcmpMessage(0, 0, echo));                       // a reply no request asked for
        yield return NetworkFrames.Ipv4(1, IcmpMessage(8, 0, echo, fixChecksum: false));   // bad checksum
        var quoted = NetworkFrames.Ipv4Udp(33000, 33434, "probe"u8)[14..];
        yield return NetworkFrames.Ipv4(1, IcmpMessage(3, 4, [0, 0, 0x05, 0xdc, .. quoted]));   // fragmentation needed, MTU 1500
        yield return NetworkFrames.Ipv4(1, IcmpMessage(5, 1, [10, 213, 20, 254, .. quoted[..28]])); // redirect for host, UDP header only
        yield return NetworkFrames.Ipv4(1, IcmpMessage(12, 0, [20, 0, 0, 0, .. quoted]));       // parameter problem
        yield return NetworkFrames.Ipv4(1, IcmpMessage(11, 1, [0, 0, 0, 0, .. quoted[..28]]));  // only 8 bytes of UDP quoted
        yield return NetworkFrames.Ipv4(1, IcmpMessage(13, 0, [0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0])); // timestamp request
        yield return NetworkFrames.Ipv4(1, IcmpMessage(99, 0, [1, 2, 3, 4, 5, 6]));             // unknown type
        yield return NetworkFrames.Ipv4(1, [8, 0, 0]);                                          // cut inside the header
    }

    private static byte[] Icmpv6Message(byte type, byte code, ReadOnlySpan<byte> rest)
    {
        var b = new byte[4 + rest.Length];
        b[0] = type;
        b[1] = code;
        rest.CopyTo(b.AsSpan(4));
        // The checksum over the pseudo-header of NetworkFrames.Ipv6 (fe80::1 → fe80::2, next header 58).
        var pseudo = new byte[40 + b.Length];
        pseudo[0] = 0xfe; pseudo[1] = 0x80; pseudo[15] = 1;
        pseudo[16] = 0xfe; pseudo[17] = 0x80; pseudo[31] = 2;
        BinaryPrimitives.WriteUInt32BigEndian(pseudo.AsSpan(32), (uint)b.Length);
        pseudo[39] = 58;
        b.CopyTo(pseudo, 40);
        uint sum = 0;
        for (int i = 0; i + 1 < pseudo.Length; i += 2)
            sum += BinaryPrimitives.ReadUInt16BigEndian(pseudo.AsSpan(i));
        if (pseudo.Length % 2 == 1)
            sum += (uint)pseudo[^1] << 8;
        while (sum >> 16 != 0)
            sum = (sum & 0xFFFF) + (sum >> 16);
        BinaryPrimitives.WriteUInt16BigEndian(b.AsSpan(2), (ushort)~sum);
        return b;
    }

    private static IEnumerable<byte[]> Icmpv6()
    {
        var quoted = NetworkFrames.Ipv6(17, NetworkFrames.Udp(33000, 33434, "probe"u8))[14..];
        yield return NetworkFrames.Ipv6(58, Icmpv6Message(1, 4, [0, 0, 0, 0, .. quoted]));      // port unreachable
        yield return NetworkFrames.Ipv6(58, Icmpv6Message(2, 0, [0, 0, 0x05, 0x00, .. quoted]));  // packet too big
        yield return NetworkFrames.Ipv6(58, Icmpv6Message(3, 0, [0, 0, 0, 0, .. quoted]));      // hop limit exceeded
        yield return NetworkFrames.Ipv6(58, Icmpv6Message(129, 0, [0x12, 0x34, 0, 1, 1, 2, 3])); // unsolicited echo reply
        byte[] target = [0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9];
        yield return NetworkFrames.Ipv6(58, Icmpv6Message(136, 0, [0x20, 0, 0, 0, .. target]));  // NA: override only, no option
        yield return NetworkFrames.Ipv6(58, Icmpv6Message(135, 0, [0, 0, 0, 0, .. target, 1, 0, 0, 0, 0, 0, 0, 0])); // option length 0
        yield return NetworkFrames.Ipv6(58, Icmpv6Message(130, 0, [0x27, 0x10, 0, 0, .. new byte[16]]));     // MLD query
        yield return NetworkFrames.Ipv6(58, Icmpv6Message(137, 0, [0, 0, 0, 0, .. target, .. target, 2, 1, 2, 0, 0, 0, 0, 0x22])); // redirect
    }

    private static byte[] DnsMessage(ushort id, ushort flags, byte[][] questions, byte[][] answers)
    {
        var m = new List<byte>();
        m.AddRange([(byte)(id >> 8), (byte)id, (byte)(flags >> 8), (byte)flags, 0, (byte)questions.Length, 0, (byte)answers.Length, 0, 0, 0, 0]);
        foreach (var q in questions)
            m.AddRange(q);
        foreach (var a in answers)
            m.AddRange(a);
        return [.. m];
    }

    private static byte[] Name(string name)
    {
        var b = new List<byte>();
        foreach (var label in name.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            b.Add((byte)label.Length);
            b.AddRange(Encoding.ASCII.GetBytes(label));
        }
        b.Add(0);
        return [.. b];
    }

    private static byte[] Question(string name, ushort type, ushort cls = 1) => [.. Name(name), (byte)(type >> 8), (byte)type, (byte)(cls >> 8), (byte)cls];

    private static byte[] Record(string name, ushort type, byte[] data, ushort cls = 1, uint ttl = 300) =>
        [.. Name(name), (byte)(type >> 8), (byte)type, (byte)(cls >> 8), (byte)cls, (byte)(ttl >> 24), (byte)(ttl >> 16), (byte)(ttl >> 8),
         (byte)ttl, (byte)(data.Length >> 8), (byte)data.Length, .. data];

    private static IEnumerable<byte[]> Dns()
    {
        yield return NetworkFrames.Ipv4Udp(53, 40002, DnsMessage(0x1111, 0x8183, [Question("gone.example", 1)], []));                 // NXDOMAIN, unsolicited
        yield return NetworkFrames.Ipv4Udp(40003, 53, DnsMessage(0x2222, 0x0100, [Question("a.example", 1), Question("a.example", 28)], [])); // two questions
        yield return NetworkFrames.Ipv4Udp(53, 40003, DnsMessage(0x2222, 0x8180, [Question("a.example", 1)],
            [Record("a.example", 5, Name("b.example")), Record("b.example", 1, [192, 0, 2, 7]),
             Record("b.example", 28, [0x20, 1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])]));                                     // CNAME chain, A and AAAA
        yield return NetworkFrames.Ipv4Udp(40004, 53, DnsMessage(0x3333, 0x0100, [Question("version.bind", 16, cls: 3)], []));      // class CH
        yield return NetworkFrames.Ipv4Udp(53, 40004, DnsMessage(0x3333, 0x8180, [Question("version.bind", 16, cls: 3)],
            [Record("version.bind", 16, [5, .. "9.18."u8, 0], cls: 3, ttl: 0)]));                                                  // TXT with an empty string
        yield return NetworkFrames.Ipv4Udp(53, 40005, DnsMessage(0x4444, 0x8180, [Question("example", 257)],
            [Record("example", 257, [0, 5, .. "issue"u8, .. "ca.example"u8]), Record("example", 99, "v=spf1"u8.ToArray())]));       // CAA and SPF: no decoder
        yield return NetworkFrames.Ipv4Udp(40006, 53, DnsMessage(0x5555, 0x2800, [Question("zone.example", 6)], []));                // dynamic update
        yield return NetworkFrames.Ipv4Udp(40007, 53, DnsMessage(0x6666, 0x0100, [Question("cut.example", 1)], [])[..20]);          // cut in the question
        yield return NetworkFrames.Ipv4Udp(40008, 53, [0x77, 0x77, 1]);                                                             // shorter than a header
        yield return NetworkFrames.Ipv4Udp(40009, 5353, DnsMessage(0, 0x0000, [Question("_http._tcp.local", 12, cls: 0x8001)], []));
        yield return NetworkFrames.Ipv4Udp(5355, 40010, DnsMessage(0x8888, 0x8600, [Question("host", 1)], [Record("host", 1, [10, 0, 0, 9])])); // LLMNR, conflict and truncated bits
    }

    private static byte[] Bootp(byte op, uint xid, byte[]? options, byte htype = 1, byte hlen = 6)
    {
        var b = new byte[236 + (options is null ? 0 : 4 + options.Length)];
        b[0] = op;
        b[1] = htype;
        b[2] = hlen;
        BinaryPrimitives.WriteUInt32BigEndian(b.AsSpan(4), xid);
        byte[] mac = [0x02, 0, 0, 0, 0, 0x22, 0x33, 0x44];
        mac.AsSpan(0, Math.Min(8, (int)hlen)).CopyTo(b.AsSpan(28));
        Encoding.ASCII.GetBytes("bootserver").CopyTo(b, 44);
        Encoding.ASCII.GetBytes("pxelinux.0").CopyTo(b, 108);
        if (options is not null)
        {
            BinaryPrimitives.WriteUInt32BigEndian(b.AsSpan(236), 0x63825363);
            options.CopyTo(b, 240);
        }
        return b;
    }

    private static IEnumerable<byte[]> Dhcp()
    {
        yield return NetworkFrames.Ipv4Udp(68, 67, Bootp(1, 0xabc, null));                                     // BOOTP request, no cookie
        yield return NetworkFrames.Ipv4Udp(67, 68, Bootp(2, 0xabc, null));                                     // BOOTP reply
        yield return NetworkFrames.Ipv4Udp(68, 67, Bootp(1, 0xdef, [53, 1, 8, 61, 3, 0, 0x61, 0x62, 12, 3, .. "pc1"u8, 57, 2, 5, 0xdc, 60, 4, .. "test"u8, 255])); // INFORM
        yield return NetworkFrames.Ipv4Udp(67, 68, Bootp(2, 0xdef, [53, 1, 6, 56, 5, .. "nope!"u8, 255, 0, 0])); // NAK with a message
        yield return NetworkFrames.Ipv4Udp(68, 67, Bootp(1, 0x123, [53, 1, 4, 0, 0, 50, 4, 10, 0, 0, 5, 2, 4, 0, 0, 14, 16, 255], htype: 6, hlen: 8)); // decline, pads
        yield return NetworkFrames.Ipv4Udp(68, 67, Bootp(1, 0x456, [53, 1, 3, 55, 40, 1, 2]));                  // an option running past the end
    }

    private static byte[] NtpPacket(byte flags, int length = 48)
    {
        var b = new byte[length];
        b[0] = flags;
        if (length >= 48)
        {
            b[1] = 1;
            b[2] = 4;
            b[3] = 0xfa;
            "GPS\0"u8.CopyTo(b.AsSpan(12));
            BinaryPrimitives.WriteUInt32BigEndian(b.AsSpan(40), 3_900_000_000);
            BinaryPrimitives.WriteUInt32BigEndian(b.AsSpan(44), 0x80000000);
        }
        return b;
    }

    private static IEnumerable<byte[]> Ntp()
    {
        yield return NetworkFrames.Ipv4Udp(123, 123, NtpPacket(0x19));         // v3 symmetric active, stratum 1 GPS
        yield return NetworkFrames.Ipv4Udp(123, 123, NtpPacket(0x25));         // v4 broadcast
        yield return NetworkFrames.Ipv4Udp(40011, 123, NtpPacket(0x1e, 12));   // control message (mode 6)
        yield return NetworkFrames.Ipv4Udp(40012, 123, NtpPacket(0x23, 20));   // client, cut short
    }
}
