#!/usr/bin/python3
"""Writes the Wi-Fi sample captures with scapy (Debian's python3-scapy): one short monitor-mode session of a
station joining an access point, in three link types — radiotap (DLT 127), PPI (DLT 192) and bare 802.11
(DLT 105). The same 802.11 frames in each: beacon, probe request/response, open authentication,
(re)association, RTS/CTS/ACK, Block Ack request/response, QoS data carrying LLC/SNAP + IPv4 + TCP and
UDP, a null-function frame, a retransmitted data frame, CCMP-protected data, disassociation and
deauthentication. Every value is fixed, so running it again writes the same bytes.

    /usr/bin/python3 sample_captures/wifi.py OUTDIR
"""
import struct
import sys
from scapy.all import (ARP, ICMP, Dot11, Dot11Beacon, Dot11Elt, Dot11EltRates, Dot11EltDSSSet, Dot11EltRSN,
                       Dot11ProbeReq, Dot11ProbeResp, Dot11Auth, Dot11AssoReq, Dot11AssoResp,
                       Dot11ReassoReq, Dot11Deauth, Dot11Disas, Dot11QoS, LLC, SNAP, IP, TCP, UDP,
                       RadioTap, Raw, wrpcap, RSNCipherSuite, AKMSuite, conf)

AP = "00:11:22:33:44:55"
STA = "66:77:88:99:aa:bb"
BCAST = "ff:ff:ff:ff:ff:ff"
SSID = b"SnifferLab"
T0 = 1700000000.0


def seq(n, frag=0):
    return (n << 4) | frag


def tags(rsn=True, tim=False):
    elts = Dot11Elt(ID="SSID", info=SSID) / Dot11EltRates(rates=[0x82, 0x84, 0x8b, 0x96, 0x0c, 0x12, 0x18, 0x24])
    elts = elts / Dot11EltDSSSet(channel=6)
    if tim:
        elts = elts / Dot11Elt(ID=5, info=bytes([0, 1, 0, 0]))
    if rsn:
        elts = elts / Dot11EltRSN(group_cipher_suite=RSNCipherSuite(cipher=4),
                                  pairwise_cipher_suites=[RSNCipherSuite(cipher=4)],
                                  akm_suites=[AKMSuite(suite=2)])
    return elts


def mgmt(subtype, a1, a2, a3, n):
    return Dot11(type=0, subtype=subtype, addr1=a1, addr2=a2, addr3=a3, SC=seq(n))


def ctrl(subtype, a1, a2=None, duration=0):
    if a2 is None:
        return Dot11(type=1, subtype=subtype, addr1=a1, ID=duration)
    return Dot11(type=1, subtype=subtype, addr1=a1, addr2=a2, ID=duration)


def qos_data(to_ds, n, payload, tid=0, retry=False):
    fc = ("to-DS" if to_ds else "from-DS") + ("+retry" if retry else "")
    if to_ds:
        hdr = Dot11(type=2, subtype=8, FCfield=fc, addr1=AP, addr2=STA, addr3="00:11:22:33:44:66", SC=seq(n), ID=44)
    else:
        hdr = Dot11(type=2, subtype=8, FCfield=fc, addr1=STA, addr2=AP, addr3="00:11:22:33:44:66", SC=seq(n), ID=44)
    return hdr / Dot11QoS(TID=tid) / LLC(dsap=0xaa, ssap=0xaa, ctrl=3) / SNAP(OUI=0, code=0x0800) / payload


def frames():
    sta_ip, srv_ip = "192.168.7.20", "192.168.7.1"
    ccmp = bytes([0x01, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00])  # PN 1, key id 0, ext IV
    yield mgmt(8, BCAST, AP, AP, 100) / Dot11Beacon(timestamp=123456789, beacon_interval=100, cap="ESS+privacy+short-slot") / tags(tim=True)
    yield mgmt(4, BCAST, STA, BCAST, 10) / Dot11ProbeReq() / Dot11Elt(ID="SSID", info=SSID) / Dot11EltRates(rates=[0x82, 0x84, 0x8b, 0x96])
    yield mgmt(5, STA, AP, AP, 101) / Dot11ProbeResp(timestamp=123556789, beacon_interval=100, cap="ESS+privacy+short-slot") / tags()
    yield ctrl(13, AP)
    yield mgmt(11, AP, STA, AP, 11) / Dot11Auth(algo=0, seqnum=1, status=0)
    yield ctrl(13, STA)
    yield mgmt(11, STA, AP, AP, 102) / Dot11Auth(algo=0, seqnum=2, status=0)
    yield mgmt(0, AP, STA, AP, 12) / Dot11AssoReq(cap="ESS+privacy+short-slot", listen_interval=10) / tags()
    yield mgmt(1, STA, AP, AP, 103) / Dot11AssoResp(cap="ESS+privacy+short-slot", status=0, AID=0xc001) / Dot11EltRates(rates=[0x82, 0x84, 0x8b, 0x96])
    yield ctrl(11, AP, STA, duration=300)
    yield ctrl(12, STA, duration=250)
    yield qos_data(True, 13, IP(src=sta_ip, dst=srv_ip, id=1, ttl=64) / TCP(sport=40000, dport=5001, flags="S", seq=1000, window=64240))
    yield ctrl(13, STA)
    yield qos_data(False, 104, IP(src=srv_ip, dst=sta_ip, id=2, ttl=64) / TCP(sport=5001, dport=40000, flags="SA", seq=5000, ack=1001, window=65160))
    yield qos_data(True, 14, IP(src=sta_ip, dst=srv_ip, id=3, ttl=64) / TCP(sport=40000, dport=5001, flags="A", seq=1001, ack=5001, window=502))
    yield qos_data(True, 15, IP(src=sta_ip, dst=srv_ip, id=4, ttl=64) / TCP(sport=40000, dport=5001, flags="PA", seq=1001, ack=5001, window=502) / Raw(b"hello over wifi\n"), tid=5)
    yield qos_data(True, 15, IP(src=sta_ip, dst=srv_ip, id=4, ttl=64) / TCP(sport=40000, dport=5001, flags="PA", seq=1001, ack=5001, window=502) / Raw(b"hello over wifi\n"), tid=5, retry=True)
    yield qos_data(True, 16, IP(src=sta_ip, dst=srv_ip, id=5, ttl=64) / UDP(sport=50000, dport=9999) / Raw(b"datagram"), tid=6)
    yield ctrl(8, AP, STA) / Raw(bytes([0x04, 0x00, 0xd0, 0x00]))           # Block Ack Request (compressed, SSN 13)
    yield ctrl(9, STA, AP) / Raw(bytes([0x05, 0x00, 0xd0, 0x00]) + bytes([0x07, 0, 0, 0, 0, 0, 0, 0]))  # Block Ack
    yield Dot11(type=2, subtype=4, FCfield="to-DS+pw-mgt", addr1=AP, addr2=STA, addr3=AP, SC=seq(17))  # Null function
    yield Dot11(type=2, subtype=8, FCfield="to-DS+protected", addr1=AP, addr2=STA, addr3="00:11:22:33:44:66", SC=seq(18), ID=44) / Dot11QoS(TID=0) / Raw(ccmp + bytes(range(40)) + bytes(8))
    yield Dot11(type=2, subtype=0, FCfield="from-DS+protected", addr1=STA, addr2=AP, addr3="00:11:22:33:44:66", SC=seq(105, 1), ID=44) / Raw(ccmp + bytes(range(60)) + bytes(8))
    yield mgmt(2, AP, STA, AP, 19) / Dot11ReassoReq(cap="ESS+privacy+short-slot", listen_interval=10, current_AP=AP) / tags()
    yield mgmt(10, AP, STA, AP, 20) / Dot11Disas(reason=8)
    yield mgmt(12, STA, AP, AP, 106) / Dot11Deauth(reason=3)


def extra_frames():
    """Bare 802.11 frames the session above does not show: a wildcard-SSID probe with extended rates, a beacon with a
    UTF-8 SSID, ERP and Country elements, data frames without DS bits (ARP) and between two DSs (WDS, four addresses),
    PS-Poll and CF-End."""
    a = ["00:00:00:00:00:0%d" % n for n in range(1, 5)]
    yield mgmt(4, BCAST, STA, BCAST, 1) / Dot11ProbeReq() / Dot11Elt(ID=0, info=b"") / Dot11Elt(ID=1, info=bytes([0x02, 0x04, 0x0b, 0x16])) \
        / Dot11Elt(ID=50, info=bytes([0x0c, 0x12, 0x18, 0x24, 0x30, 0x48, 0x60, 0x6c]))
    yield mgmt(8, BCAST, AP, AP, 2) / Dot11Beacon(timestamp=1, beacon_interval=100, cap="ESS") / Dot11Elt(ID=0, info="Caf\u00e9 Lab".encode()) \
        / Dot11Elt(ID=3, info=b"\x01") / Dot11Elt(ID=42, info=b"\x04") / Dot11Elt(ID=7, info=b"DE \x01\x0d\x14")
    yield Dot11(type=2, subtype=0, addr1=a[0], addr2=a[1], addr3=a[2], SC=seq(3)) / LLC(dsap=0xaa, ssap=0xaa, ctrl=3) \
        / SNAP(OUI=0, code=0x0806) / ARP(hwsrc=a[1], psrc="10.0.0.2", pdst="10.0.0.1")
    yield Dot11(type=2, subtype=0, FCfield="to-DS+from-DS", addr1=a[0], addr2=a[1], addr3=a[2], addr4=a[3], SC=seq(4)) \
        / LLC(dsap=0xaa, ssap=0xaa, ctrl=3) / SNAP(OUI=0, code=0x0800) / IP(src="10.0.0.2", dst="10.0.0.1", id=9) / ICMP(id=1, seq=1)
    yield Dot11(type=1, subtype=10, addr1=AP, addr2=STA, ID=0x01c0)   # PS-Poll
    yield Dot11(type=1, subtype=14, addr1=BCAST, addr2=AP)            # CF-End


def radiotap(i, frame):
    base = dict(present="TSFT+Flags+Rate+Channel+dBm_AntSignal+dBm_AntNoise+Antenna", mac_timestamp=5000000 + i * 1000,
                Flags="ShortPreamble" if i % 2 else 0, Rate=2 if i % 3 == 0 else 12, ChannelFrequency=2437,
                ChannelFlags="CCK+2GHz" if i % 3 == 0 else "OFDM+2GHz", dBm_AntSignal=-40 - i, dBm_AntNoise=-95, Antenna=i % 2)
    if i in (14, 15):  # HT and VHT rates, as a modern card reports them
        # No Antenna field before MCS: scapy 2.5 pads the 3-byte MCS field to an even offset, which radiotap does not.
        base["present"] = "TSFT+Flags+Channel+dBm_AntSignal+dBm_AntNoise+" + ("MCS" if i == 14 else "Antenna+VHT")
        del base["Rate"]
        if i == 14:
            del base["Antenna"]
        if i == 14:
            base.update(knownMCS=0x1f, MCS_index=7, guard_interval=1, MCS_bandwidth=1)
        else:
            base.update(KnownVHT="STBC+GuardInterval+Bandwidth", PresentVHT="GuardInterval", VHT_bandwidth=4, mcs_nss=b"\x92\x00\x00\x00")
    return RadioTap(**base) / frame


def ppi(i, frame):
    # Written by hand: scapy 2.5's PPI_Dot11Common leaves out the field header. PPI header (version, flags,
    # length, DLT 105) then one 802.11-Common field (type 2, 20 bytes), all little-endian.
    common = struct.pack("<QHHHHBBbb", 5000000 + i * 1000, 0, 2 if i % 3 == 0 else 12, 2437,
                         0x00a0 if i % 3 == 0 else 0x00c0, 0, 0, -40 - i, -95)
    field = struct.pack("<HH", 2, len(common)) + common
    return Raw(struct.pack("<BBHI", 0, 0, 8 + len(field), 105) + field + bytes(frame))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    conf.verb = 0
    bare = list(frames())
    for name, wrap, dlt in (("wifi-radiotap.pcap", radiotap, 127), ("wifi-ppi.pcap", ppi, 192), ("wifi-80211.pcap", lambda i, f: f, 105)):
        pkts = []
        for i, f in enumerate(bare):
            p = wrap(i, f.copy())
            p.time = T0 + i * 0.0125
            pkts.append(p)
        wrpcap(f"{out}/{name}", pkts, linktype=dlt)
    extra = []
    for i, f in enumerate(extra_frames()):
        f.time = T0 + 10 + i * 0.0125
        extra.append(f)
    wrpcap(f"{out}/wifi-80211-extra.pcap", extra, linktype=105)


if __name__ == "__main__":
    main()
