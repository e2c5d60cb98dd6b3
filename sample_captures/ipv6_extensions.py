#!/usr/bin/python3
"""Writes the IPv6 extension-header and raw-IP sample captures with scapy (Debian's python3-scapy):
ipv6-extension-headers.pcap (Ethernet: Hop-by-Hop options Router Alert, Pad1, PadN, Jumbo; Destination Options
with the Tunnel Encapsulation Limit, an experimental and an unknown option; Routing headers of type 0 and 2; an
atomic Fragment header; a chain of four headers; a Hop-by-Hop option longer than its header) and raw-ip.pcap
(LINKTYPE_RAW: IPv4 and IPv6 without a link header). Every value is fixed, so the files come out the same.

    /usr/bin/python3 sample_captures/ipv6_extensions.py OUTDIR
"""
import sys
from scapy.all import (Ether, IP, IPv6, UDP, ICMP, ICMPv6EchoRequest, ICMPv6EchoReply, IPv6ExtHdrHopByHop,
                       IPv6ExtHdrDestOpt, IPv6ExtHdrRouting, IPv6ExtHdrFragment, RouterAlert, PadN, Pad1,
                       HBHOptUnknown, Raw, wrpcap, conf)

T0 = 1700000100.0
A, B = "2001:db8::1", "2001:db8::2"


def eth():
    return Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02")


def ipv6_frames():
    yield eth() / IPv6(src=A, dst=B) / IPv6ExtHdrHopByHop(options=[RouterAlert(value=0), PadN(optdata=b"")]) / ICMPv6EchoRequest(id=1, seq=1)
    yield eth() / IPv6(src=A, dst=B) / IPv6ExtHdrHopByHop(options=[Pad1(), Pad1(), PadN(optdata=b"\x00\x00")]) / UDP(sport=1000, dport=2000) / Raw(b"x")
    yield eth() / IPv6(src=A, dst=B) / IPv6ExtHdrDestOpt(options=[HBHOptUnknown(otype=0x04, optdata=b"\x05"), PadN(optdata=b"\x00")]) / ICMPv6EchoRequest(id=1, seq=2)
    yield eth() / IPv6(src=A, dst=B) / IPv6ExtHdrDestOpt(options=[HBHOptUnknown(otype=0x3e, optdata=b"\x01\x02\x03\x04")]) / ICMPv6EchoRequest(id=1, seq=3)
    yield eth() / IPv6(src=A, dst=B) / IPv6ExtHdrRouting(type=0, addresses=["2001:db8::3", "2001:db8::4"], segleft=2) / ICMPv6EchoRequest(id=1, seq=4)
    yield eth() / IPv6(src=A, dst=B) / IPv6ExtHdrRouting(type=2, addresses=["2001:db8::5"], segleft=1) / ICMPv6EchoRequest(id=1, seq=5)
    yield eth() / IPv6(src=A, dst=B) / IPv6ExtHdrFragment(offset=0, m=0, id=0x1234) / ICMPv6EchoRequest(id=1, seq=6)
    yield (eth() / IPv6(src=A, dst=B) / IPv6ExtHdrHopByHop(options=[RouterAlert(value=0)])
           / IPv6ExtHdrDestOpt(options=[PadN(optdata=b"\x00" * 4)]) / IPv6ExtHdrRouting(type=0, addresses=["2001:db8::9"], segleft=0)
           / IPv6ExtHdrDestOpt(options=[PadN(optdata=b"\x00" * 4)]) / ICMPv6EchoReply(id=1, seq=7))
    yield eth() / IPv6(src=A, dst=B) / IPv6ExtHdrHopByHop(options=[HBHOptUnknown(otype=0xc2, optdata=b"\x00\x01\x00\x00")]) / UDP(sport=1000, dport=2000) / Raw(b"jumbo")
    yield (eth() / IPv6(src=A, dst=B) / IPv6ExtHdrDestOpt(options=[HBHOptUnknown(otype=0x99, optdata=b"\x01\x02"), HBHOptUnknown(otype=0x1e, optdata=b"")])
           / ICMPv6EchoRequest(id=1, seq=8))
    yield eth() / IPv6(src=A, dst=B) / IPv6ExtHdrDestOpt(options=[PadN(optdata=b"\x00" * 10)]) / ICMPv6EchoRequest(id=1, seq=9)
    # A PadN whose length runs past its Hop-by-Hop header: tshark reports the header malformed.
    yield eth() / IPv6(src=A, dst=B, nh=0) / Raw(bytes([58, 0, 5, 2, 0, 0, 1, 9])) / ICMPv6EchoRequest(id=1, seq=10)


def raw_frames():
    yield IP(src="10.0.0.1", dst="10.0.0.2", id=7) / UDP(sport=1000, dport=2000) / Raw(b"raw ip")
    yield IPv6(src=A, dst=B) / ICMPv6EchoRequest(id=2, seq=1)
    yield IP(src="10.0.0.1", dst="10.0.0.2", id=8) / ICMP(id=3, seq=1)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    conf.verb = 0
    for name, frames, dlt in (("ipv6-extension-headers.pcap", ipv6_frames, 1), ("raw-ip.pcap", raw_frames, 101)):
        pkts = []
        for i, p in enumerate(frames()):
            p.time = T0 + i * 0.01
            pkts.append(p)
        wrpcap(f"{out}/{name}", pkts, linktype=dlt)


if __name__ == "__main__":
    main()
