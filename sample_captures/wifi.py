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


def elt(number, hexbytes):
    return Dot11Elt(ID=number, info=bytes.fromhex(hexbytes.replace(" ", "")))


def wps(*tlvs):
    """A Wi-Fi Simple Config vendor element (00:50:f2 type 4) from (type, value bytes) pairs."""
    body = b"".join(struct.pack(">HH", t, len(v)) + v for t, v in tlvs)
    return Dot11Elt(ID=221, info=bytes.fromhex("0050f204") + body)


# What a dual-band access point of today sends: HT/VHT capabilities and operation, extended capabilities, RM enabled
# capabilities, operating classes, QBSS load, power constraint, mobility domain, WMM/WME parameters, WPS, a WPA IE and
# another vendor's element (Broadcom); then the HE elements (255 extension) in a beacon of their own.
HT_CAPS = "ef 19 1b ffff0000 00000000 00000000 0000 0000 0000 00000000 00"
HT_CAPS_STA = "6f 00 17 ffff0000 00000000 00000000 2c01 0100 0000 00000000 00"
HT_OP_5 = "24 05 0400 0000 ffff0000 00000000 00000000 00000000"
HT_OP_24 = "06 00 1300 0000 ff000000 00000000 00000000 00000000"
VHT_CAPS = "b2 59 82 0f fa ff 00 00 fa ff 00 20"
VHT_OP = "01 2a 00 fc ff"
EXT_CAPS = "04 00 08 80 01 40 00 40 21 20"
RM_CAPS = "73 d0 00 00 0c"
WMM_PARAM = "0050f2 02 01 01 84 00 03a40000 27a40000 42435e00 62322f00"
WMM_INFO = "0050f2 02 00 01 0f"
WPA_IE = "0050f2 01 0100 0050f202 0100 0050f202 0100 0050f202 0000"
BROADCOM = "001018 02 00 00 1c 00 00"


def ap_tags_5ghz(ssid=b"SnifferLab-5G", wps_ie=True):
    elts = Dot11Elt(ID=0, info=ssid) / Dot11Elt(ID=1, info=bytes([0x8c, 0x12, 0x98, 0x24, 0xb0, 0x48, 0x60, 0x6c]))
    elts = elts / elt(3, "24") / elt(5, "00 01 00 00") / elt(7, "5553 20 24 04 17 34 04 17 64 0b 18 95 05 1e")
    elts = elts / elt(32, "00") / elt(11, "03 00 2a 12 7a") / elt(48, "0100 000fac04 0100 000fac04 0200 000fac02 000fac06 8c00")
    elts = elts / elt(54, "3412 01") / elt(45, HT_CAPS) / elt(59, "80 73 74 75 7c 7d 7e 7f 80 81") / elt(61, HT_OP_5)
    elts = elts / elt(127, EXT_CAPS) / elt(191, VHT_CAPS) / elt(192, VHT_OP) / elt(195, "02 3c 3c 3c") / elt(70, RM_CAPS)
    elts = elts / elt(221, WMM_PARAM)
    if wps_ie:
        elts = elts / wps((0x104a, b"\x10"), (0x1044, b"\x02"), (0x1041, b"\x01"), (0x1012, b"\x00\x04"), (0x1053, b"\x42\x88"),
                          (0x103b, b"\x03"), (0x1047, bytes(range(16))), (0x1021, b"Sniffer Labs"), (0x1023, b"LabAP"),
                          (0x1024, b"AX3000"), (0x1042, b"0001"), (0x1054, bytes.fromhex("0006 0050f204 0001")),
                          (0x1011, b"LabAP-5G"), (0x1008, b"\x20\x08"), (0x1049, bytes.fromhex("00372a 0001 20")))
    return elts / elt(221, BROADCOM)


def ap_tags_24ghz():
    elts = Dot11Elt(ID=0, info=b"SnifferLab") / Dot11Elt(ID=1, info=bytes([0x82, 0x84, 0x8b, 0x96, 0x24, 0x30, 0x48, 0x6c]))
    elts = elts / elt(3, "06") / elt(5, "01 02 00 00") / elt(42, "04") / elt(50, "0c 12 18 60")
    elts = elts / elt(48, "0100 000fac04 0100 000fac04 0100 000fac02 0000") / elt(11, "01 00 05 00 00")
    elts = elts / elt(45, HT_CAPS) / elt(61, HT_OP_24) / elt(74, "1400 0a00 2c01 c800 1400 0500 1900")
    elts = elts / elt(127, "05 00 08 00 00 00 00 40") / elt(221, WPA_IE) / elt(221, WMM_PARAM)
    return elts / elt(221, "00e04c 02 0100000000")   # Realtek: an OUI tshark names but does not decode


def ap_frames():
    """The management and action frames of a realistic dual-band access point and its station."""
    sta_caps = "ESS+privacy+short-slot"
    yield mgmt(8, BCAST, AP, AP, 200) / Dot11Beacon(timestamp=987654321, beacon_interval=100, cap="ESS+privacy+short-slot") / ap_tags_5ghz()
    yield mgmt(8, BCAST, AP, AP, 201) / Dot11Beacon(timestamp=987754321, beacon_interval=100, cap="ESS+privacy+short-slot+short-preamble") / ap_tags_24ghz()
    yield mgmt(5, STA, AP, AP, 202) / Dot11ProbeResp(timestamp=987854321, beacon_interval=100, cap="ESS+privacy+short-slot") / ap_tags_5ghz()
    yield mgmt(0, AP, STA, AP, 30) / Dot11AssoReq(cap=sta_caps, listen_interval=20) / Dot11Elt(ID=0, info=b"SnifferLab-5G") \
        / Dot11Elt(ID=1, info=bytes([0x8c, 0x12, 0x98, 0x24, 0xb0, 0x48, 0x60, 0x6c])) / elt(33, "00 14") / elt(36, "24 04 34 04 64 0b 95 05") \
        / elt(48, "0100 000fac04 0100 000fac04 0100 000fac02 8000") / elt(70, "72 00 00 00 00") / elt(45, HT_CAPS_STA) \
        / elt(59, "80 73 74 75 7c 7d 7e 7f 80 81") / elt(127, "00 00 0a 82 21 40 00 40 80") / elt(191, "32 70 80 0f fe ff 00 00 fe ff 00 00") \
        / elt(221, WMM_INFO)
    yield mgmt(1, STA, AP, AP, 203) / Dot11AssoResp(cap="ESS+privacy+short-slot", status=0, AID=0xc002) \
        / Dot11Elt(ID=1, info=bytes([0x8c, 0x12, 0x98, 0x24, 0xb0, 0x48, 0x60, 0x6c])) / elt(45, HT_CAPS) / elt(61, HT_OP_5) \
        / elt(127, EXT_CAPS) / elt(191, VHT_CAPS) / elt(192, VHT_OP) / elt(221, WMM_PARAM)
    # Block Ack agreement: ADDBA request (immediate, TID 5, 64 buffers), response, then DELBA from the originator.
    yield mgmt(13, AP, STA, AP, 31) / Raw(bytes.fromhex("03 00 07 1601 0000 1001"))
    yield mgmt(13, STA, AP, AP, 204) / Raw(bytes.fromhex("03 01 07 0000 1701 0000"))
    yield mgmt(13, AP, STA, AP, 32) / Raw(bytes.fromhex("03 02 0058 2500"))
    # Public action: 20/40 BSS coexistence with its element; an Action No Ack (a Block Ack category action).
    yield mgmt(13, BCAST, STA, BCAST, 33) / Raw(bytes.fromhex("04 00 48 01 01"))
    yield mgmt(14, AP, STA, AP, 34) / Raw(bytes.fromhex("03 02 0050 0100"))
    # A spanning-tree BPDU bridged onto the air: LLC DSAP/SSAP 0x42, not SNAP.
    yield Dot11(type=2, subtype=0, FCfield="from-DS", addr1="01:80:c2:00:00:00", addr2=AP, addr3="00:11:22:33:44:77", SC=seq(205)) \
        / LLC(dsap=0x42, ssap=0x42, ctrl=3) / Raw(bytes.fromhex("0000 00 00 00 8000001122334400 00000000 8000001122334400 8001 0000 1400 0200 0f00"))
    # Rapid STP (a designated port learning and forwarding, with a proposal and a topology change) and a TCN.
    yield Dot11(type=2, subtype=0, FCfield="from-DS", addr1="01:80:c2:00:00:00", addr2=AP, addr3="00:11:22:33:44:77", SC=seq(206)) \
        / LLC(dsap=0x42, ssap=0x42, ctrl=3) / Raw(bytes.fromhex("0000 02 02 3f 1001001122334400 000007d0 8001001122334477 8002 0100 1400 0200 0f00 00"))
    yield Dot11(type=2, subtype=0, FCfield="from-DS", addr1="01:80:c2:00:00:00", addr2=AP, addr3="00:11:22:33:44:77", SC=seq(207)) \
        / LLC(dsap=0x42, ssap=0x42, ctrl=3) / Raw(bytes.fromhex("0000 00 80"))


# A Wi-Fi 6 (802.11ax) access point and station, and the rarer elements such an AP sends: HE Capabilities (MAC/PHY capabilities, HE-MCS maps for <= 80 and
# 160 MHz, PPE thresholds), HE Operation, MU EDCA and Spatial Reuse parameter sets, HE 6 GHz band capabilities.
HE_CAPS_AP = "23 0d 00 18 12 00 10 0c 20 02 c0 0f 43 95 18 00 cc 00 fa ff fa ff fa ff fa ff 79 1c c7 71 1c c7 71"
HE_CAPS_STA = "23 09 01 08 9a 40 00 22 20 02 c0 0f 03 95 18 00 cc 00 fa ff fa ff"
HE_CAPS_24 = "23 05 00 08 12 00 10 02 20 02 c0 0f 43 95 18 00 cc 00 fa ff fa ff 0b 1c c7 71"
HE_OP = "24 f4 3f 00 19 fc ff"
MU_EDCA = "26 08 00 a4 08 20 a4 08 40 43 08 60 32 08"
SPATIAL_REUSE = "27 0c 10 00 14 0100000000000080 ffffffff00000000"
HE_6GHZ = "3b bd 06"


def ax_tags(channel_5ghz=True):
    elts = Dot11Elt(ID=0, info=b"SnifferLab-AX") / Dot11Elt(ID=1, info=bytes([0x8c, 0x12, 0x98, 0x24, 0xb0, 0x48, 0x60, 0x6c]))
    elts = elts / elt(3, "24" if channel_5ghz else "06") / elt(5, "00 01 00 00")
    elts = elts / elt(48, "0100 000fac04 0100 000fac04 0200 000fac02 000fac08 cc00") / elt(45, HT_CAPS) / elt(61, HT_OP_5)
    elts = elts / elt(127, EXT_CAPS) / elt(191, VHT_CAPS) / elt(192, VHT_OP)
    elts = elts / elt(255, HE_CAPS_AP if channel_5ghz else HE_CAPS_24) / elt(255, HE_OP) / elt(255, MU_EDCA) / elt(255, SPATIAL_REUSE)
    return elts / elt(221, WMM_PARAM)


def ax_frames():
    """What a Wi-Fi 6 access point and station send while the station joins."""
    yield mgmt(8, BCAST, AP, AP, 300) / Dot11Beacon(timestamp=1987654321, beacon_interval=100, cap="ESS+privacy+short-slot") / ax_tags()
    yield mgmt(5, STA, AP, AP, 301) / Dot11ProbeResp(timestamp=1987754321, beacon_interval=100, cap="ESS+privacy+short-slot") / ax_tags(False)
    yield mgmt(0, AP, STA, AP, 40) / Dot11AssoReq(cap="ESS+privacy+short-slot", listen_interval=20) / Dot11Elt(ID=0, info=b"SnifferLab-AX") \
        / Dot11Elt(ID=1, info=bytes([0x8c, 0x12, 0x98, 0x24, 0xb0, 0x48, 0x60, 0x6c])) / elt(48, "0100 000fac04 0100 000fac04 0100 000fac08 c000") \
        / elt(45, HT_CAPS_STA) / elt(191, "32 70 80 0f fe ff 00 00 fe ff 00 00") / elt(255, HE_CAPS_STA) / elt(255, HE_6GHZ) / elt(221, WMM_INFO)
    yield mgmt(1, STA, AP, AP, 302) / Dot11AssoResp(cap="ESS+privacy+short-slot", status=0, AID=0xc003) \
        / Dot11Elt(ID=1, info=bytes([0x8c, 0x12, 0x98, 0x24, 0xb0, 0x48, 0x60, 0x6c])) / elt(45, HT_CAPS) / elt(61, HT_OP_5) \
        / elt(191, VHT_CAPS) / elt(192, VHT_OP) / elt(255, HE_CAPS_AP) / elt(255, HE_OP) / elt(255, MU_EDCA) / elt(90, "0a00 01") \
        / elt(221, WMM_PARAM)
    # A Hotspot-style beacon announcing a channel switch: TPC Report, Channel Switch and Extended Channel Switch
    # Announcements, Quiet, RSN eXtension (SAE hash-to-element), Interworking with venue and HESSID, Advertisement Protocol,
    # the Wi-Fi Alliance's Hotspot 2.0 Indication (with a PPS MO ID).
    yield mgmt(8, BCAST, AP, AP, 303) / Dot11Beacon(timestamp=1987854321, beacon_interval=100, cap="ESS+privacy+short-slot") \
        / Dot11Elt(ID=0, info=b"SnifferLab-AX") / Dot11Elt(ID=1, info=bytes([0x8c, 0x12, 0x98, 0x24, 0xb0, 0x48, 0x60, 0x6c])) / elt(3, "24") \
        / elt(48, "0100 000fac04 0100 000fac04 0100 000fac08 cc00") / elt(35, "11 00") / elt(37, "01 95 0a") / elt(40, "01 01 0200 0a00") \
        / elt(60, "01 7c 95 0a") / elt(244, "20") / elt(107, "1f 0200 001122334455") / elt(108, "7f00") / elt(255, HE_CAPS_AP) / elt(255, HE_OP) \
        / elt(221, "506f9a 10 12 0100")
    # A reassociation refused for now (status 30, come back in 5000 TUs: Timeout Interval), then the station's operating mode notice.
    yield mgmt(3, STA, AP, AP, 304) / Dot11AssoResp(cap="ESS+privacy+short-slot", status=30, AID=0) \
        / Dot11Elt(ID=1, info=bytes([0x8c, 0x12, 0x98, 0x24, 0xb0, 0x48, 0x60, 0x6c])) / elt(56, "03 88130000")
    yield mgmt(0, AP, STA, AP, 41) / Dot11AssoReq(cap="ESS+privacy+short-slot", listen_interval=20) / Dot11Elt(ID=0, info=b"SnifferLab-AX") \
        / Dot11Elt(ID=1, info=bytes([0x8c, 0x12, 0x98, 0x24, 0xb0, 0x48, 0x60, 0x6c])) / elt(199, "12") / elt(244, "20") / elt(255, HE_CAPS_STA)
    # Protected-management-frame SA Query request and response, an HT Notify Channel Width and SM Power Save, a VHT
    # Operating Mode Notification.
    yield mgmt(13, STA, AP, AP, 305) / Raw(bytes.fromhex("08 00 a55a"))
    yield mgmt(13, AP, STA, AP, 42) / Raw(bytes.fromhex("08 01 a55a"))
    yield mgmt(13, AP, STA, AP, 43) / Raw(bytes.fromhex("07 00 01"))
    yield mgmt(13, AP, STA, AP, 44) / Raw(bytes.fromhex("07 01 03"))
    yield mgmt(13, AP, STA, AP, 45) / Raw(bytes.fromhex("15 02 12"))


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
    ap = []
    for i, f in enumerate(ap_frames()):
        p = RadioTap(present="TSFT+Flags+Channel+dBm_AntSignal+dBm_AntNoise", mac_timestamp=7000000 + i * 1000, Flags=0,
                     ChannelFrequency=5180 if i != 1 else 2437, ChannelFlags="OFDM+5GHz" if i != 1 else "OFDM+2GHz",
                     dBm_AntSignal=-50 - i, dBm_AntNoise=-96) / f
        p.time = T0 + 20 + i * 0.0125
        ap.append(p)
    wrpcap(f"{out}/wifi-ap-tags.pcap", ap, linktype=127)
    ax = []
    for i, f in enumerate(ax_frames()):
        p = RadioTap(present="TSFT+Flags+Channel+dBm_AntSignal+dBm_AntNoise", mac_timestamp=8000000 + i * 1000, Flags=0,
                     ChannelFrequency=5180 if i != 1 else 2437, ChannelFlags="OFDM+5GHz" if i != 1 else "OFDM+2GHz",
                     dBm_AntSignal=-45 - i, dBm_AntNoise=-96) / f
        p.time = T0 + 30 + i * 0.0125
        ax.append(p)
    wrpcap(f"{out}/wifi-ax.pcap", ax, linktype=127)


if __name__ == "__main__":
    main()
