#!/usr/bin/python3
"""Writes ip-fragments.pcap with scapy (Debian's python3-scapy): IPv4 and IPv6 fragments as tshark 4.0 reassembles them,
and the edge cases of its fragment table. Every value is fixed, so the file comes out the same.

  IPv4: a DNS answer in three fragments in order; an ICMP echo in three fragments, last first (out of order), and its reply; a UDP
  datagram with one fragment sent twice (a duplicate, same bytes); one whose second copy overlaps with conflicting
  bytes; one whose middle fragment never comes (never completed); a fragment whose total length runs past the frame;
  a datagram with two different last fragments (multiple tails); a fragment with data past the end set by the last
  one (too long); a TCP segment in two fragments; the same ID from another source (a different datagram).
  IPv6: an ICMPv6 echo and its reply, each in three Fragment-header fragments; a UDP datagram in two fragments out of order; one with a
  conflicting overlap; one never completed; a Destination Options header before the Fragment header.

    /usr/bin/python3 sample_captures/ip_fragments.py OUTDIR
"""
import sys
from scapy.all import (Ether, IP, IPv6, UDP, TCP, ICMP, ICMPv6EchoRequest, ICMPv6EchoReply, IPv6ExtHdrFragment, IPv6ExtHdrDestOpt, PadN,
                       DNS, DNSQR, DNSRR, Raw, wrpcap, conf)

T0 = 1700000200.0
A4, B4, C4 = "10.213.30.1", "10.213.30.2", "10.213.30.3"
A6, B6 = "fd00:213:30::1", "fd00:213:30::2"


def eth(v6=False):
    return Ether(src="02:53:4e:46:30:01", dst="02:53:4e:46:30:02", type=0x86DD if v6 else 0x0800)


def v4frag(src, dst, ident, proto, off, mf, data, ttl=64, length=None):
    """One IPv4 fragment carrying data (bytes of the datagram's payload) at byte offset off."""
    ip = IP(src=src, dst=dst, id=ident, proto=proto, frag=off // 8, flags="MF" if mf else 0, ttl=ttl)
    if length is not None:
        ip.len = length
    return eth() / ip / Raw(data)


def v6frag(src, dst, ident, nh, off, m, data, before=None):
    ip = IPv6(src=src, dst=dst, hlim=64)
    hdr = IPv6ExtHdrFragment(nh=nh, offset=off // 8, m=1 if m else 0, id=ident)
    if before is not None:
        return eth(True) / ip / before / hdr / Raw(data)
    return eth(True) / ip / hdr / Raw(data)


def split(payload, sizes):
    """(offset, more, bytes) pieces of payload, cut at the given sizes (multiples of 8 but the last)."""
    out, at = [], 0
    for n in sizes:
        out.append((at, at + n < len(payload), payload[at:at + n]))
        at += n
    if at < len(payload):
        out.append((at, False, payload[at:]))
    return out


def udp_bytes(src, dst, sport, dport, data, v6=False):
    ip = (IPv6(src=src, dst=dst) if v6 else IP(src=src, dst=dst))
    return bytes((ip / UDP(sport=sport, dport=dport) / Raw(data))[UDP])


def frames():
    # 1. A large DNS answer (EDNS0-sized) in three fragments, in order.
    answers = DNSRR(rrname="big.lab.test", type="TXT", ttl=60, rdata=["record 00 " + "x" * 200])
    for i in range(1, 6):
        answers = answers / DNSRR(rrname="big.lab.test", type="TXT", ttl=60, rdata=["record %02d " % i + "x" * 200])
    ip = IP(src=B4, dst=A4)
    dns = bytes((ip / UDP(sport=53, dport=40000) / DNS(id=0x4242, qr=1, aa=1, rd=1, ra=1, qd=DNSQR(qname="big.lab.test", qtype="TXT"), an=answers))[UDP])
    yield eth() / IP(src=A4, dst=B4, id=0x1000) / UDP(sport=40000, dport=53) / DNS(id=0x4242, rd=1, qd=DNSQR(qname="big.lab.test", qtype="TXT"))
    for off, mf, d in split(dns, [504, 504]):
        yield v4frag(B4, A4, 0x2001, 17, off, mf, d)

    # 2. An ICMP echo request of 3000 bytes in three fragments, last first.
    icmp = bytes(ICMP(type=8, id=0x77, seq=1) / Raw(bytes(range(256)) * 11 + bytes(184)))
    pieces = split(icmp, [1480, 1480])
    for off, mf, d in (pieces[2], pieces[0], pieces[1]):
        yield v4frag(A4, B4, 0x2002, 1, off, mf, d)
    # ... and its reply, in order.
    reply = bytes(ICMP(type=0, id=0x77, seq=1) / Raw(bytes(range(256)) * 11 + bytes(184)))
    for off, mf, d in split(reply, [1480, 1480]):
        yield v4frag(B4, A4, 0x3002, 1, off, mf, d)

    # 3. A UDP datagram whose first fragment comes twice (a duplicate with the same bytes).
    u = udp_bytes(A4, B4, 5000, 5001, b"duplicate-" * 40)
    p = split(u, [208])
    yield v4frag(A4, B4, 0x2003, 17, *p[0])
    yield v4frag(A4, B4, 0x2003, 17, *p[0])
    yield v4frag(A4, B4, 0x2003, 17, *p[1])

    # 4. A UDP datagram whose first fragment comes again with different bytes (an overlap with conflicting data).
    u = udp_bytes(A4, B4, 5000, 5001, b"conflict-" * 40)
    p = split(u, [200])
    yield v4frag(A4, B4, 0x2004, 17, *p[0])
    off, mf, d = p[0]
    yield v4frag(A4, B4, 0x2004, 17, off, mf, d[:8] + b"Z" * (len(d) - 8))
    yield v4frag(A4, B4, 0x2004, 17, *p[1])

    # 5. A datagram whose middle fragment never comes.
    u = udp_bytes(A4, B4, 5000, 5001, b"missing-" * 60)
    p = split(u, [160, 160])
    yield v4frag(A4, B4, 0x2005, 17, *p[0])
    yield v4frag(A4, B4, 0x2005, 17, *p[2])

    # 6. A fragment whose total length says more than the frame holds.
    u = udp_bytes(A4, B4, 5000, 5001, b"short-" * 60)
    p = split(u, [160])
    yield v4frag(A4, B4, 0x2006, 17, *p[0])
    off, mf, d = p[1]
    yield v4frag(A4, B4, 0x2006, 17, off, mf, d[:40], length=20 + len(d))

    # 7. Two different last fragments (multiple tails).
    u = udp_bytes(A4, B4, 5000, 5001, b"tails-" * 50)
    p = split(u, [160])
    yield v4frag(A4, B4, 0x2007, 17, *p[1])
    off, mf, d = p[1]
    yield v4frag(A4, B4, 0x2007, 17, off, False, d + b"extra-tail-data!")
    yield v4frag(A4, B4, 0x2007, 17, *p[0])

    # 8. A fragment with data past the end the last fragment set (too long).
    u = udp_bytes(A4, B4, 5000, 5001, b"toolong-" * 40)
    p = split(u, [160])
    yield v4frag(A4, B4, 0x2008, 17, *p[1])
    yield v4frag(A4, B4, 0x2008, 17, 160 + len(p[1][2]) // 8 * 8, True, b"P" * 64)
    yield v4frag(A4, B4, 0x2008, 17, *p[0])

    # 9. A TCP segment in two fragments.
    t = bytes((IP(src=A4, dst=B4) / TCP(sport=40001, dport=40002, flags="PA", seq=1000, ack=2000, window=512) / Raw(b"T" * 600))[TCP])
    for off, mf, d in split(t, [320]):
        yield v4frag(A4, B4, 0x2009, 6, off, mf, d)

    # 10. The same ID and protocol from another source: another datagram, completed on its own.
    u1 = udp_bytes(A4, B4, 6000, 6001, b"first-source-" * 30)
    u2 = udp_bytes(C4, B4, 6000, 6001, b"other-source-" * 30)
    p1, p2 = split(u1, [200]), split(u2, [200])
    yield v4frag(A4, B4, 0x200A, 17, *p1[0])
    yield v4frag(C4, B4, 0x200A, 17, *p2[0])
    yield v4frag(C4, B4, 0x200A, 17, *p2[1])
    yield v4frag(A4, B4, 0x200A, 17, *p1[1])

    # IPv6 1. An ICMPv6 echo request of 3000 bytes in three fragments.
    icmp6 = bytes((IPv6(src=A6, dst=B6) / ICMPv6EchoRequest(id=0x66, seq=1, data=bytes(range(256)) * 11 + bytes(184)))[ICMPv6EchoRequest])
    for off, mf, d in split(icmp6, [1448, 1448]):
        yield v6frag(A6, B6, 0x6001, 58, off, mf, d)
    reply6 = bytes((IPv6(src=B6, dst=A6) / ICMPv6EchoReply(id=0x66, seq=1, data=bytes(range(256)) * 11 + bytes(184)))[ICMPv6EchoReply])
    for off, mf, d in split(reply6, [1448, 1448]):
        yield v6frag(B6, A6, 0x7001, 58, off, mf, d)

    # IPv6 2. A UDP datagram in two fragments, last first.
    u = udp_bytes(A6, B6, 7000, 7001, b"ipv6-udp-" * 50, v6=True)
    p = split(u, [240])
    yield v6frag(A6, B6, 0x6002, 17, *p[1])
    yield v6frag(A6, B6, 0x6002, 17, *p[0])

    # IPv6 3. An overlap with conflicting bytes.
    u = udp_bytes(A6, B6, 7000, 7001, b"ipv6-conflict-" * 30, v6=True)
    p = split(u, [200])
    yield v6frag(A6, B6, 0x6003, 17, *p[0])
    off, mf, d = p[0]
    yield v6frag(A6, B6, 0x6003, 17, off, mf, d[:8] + b"Q" * (len(d) - 8))
    yield v6frag(A6, B6, 0x6003, 17, *p[1])

    # IPv6 4. Never completed.
    u = udp_bytes(A6, B6, 7000, 7001, b"ipv6-missing-" * 30, v6=True)
    p = split(u, [160, 80])
    yield v6frag(A6, B6, 0x6004, 17, *p[0])
    yield v6frag(A6, B6, 0x6004, 17, *p[2])

    # IPv6 5. A Destination Options header before the Fragment header.
    u = udp_bytes(A6, B6, 7000, 7001, b"ipv6-dstopt-" * 30, v6=True)
    for off, mf, d in split(u, [200]):
        yield v6frag(A6, B6, 0x6005, 17, off, mf, d, before=IPv6ExtHdrDestOpt(options=[PadN(optdata=b"\x00" * 4)]))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    conf.verb = 0
    pkts = []
    for i, p in enumerate(frames()):
        p.time = T0 + i * 0.01
        pkts.append(p)
    wrpcap(f"{out}/ip-fragments.pcap", pkts, linktype=1)


if __name__ == "__main__":
    main()
