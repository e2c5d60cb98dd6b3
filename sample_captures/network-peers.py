#!/usr/bin/env python3
"""Real UDP peers for the sample captures of regenerate-network.sh: an NTP server and client, mDNS and
LLMNR responders and queriers, SSDP search and notify, and a TCP SYN sent with TTL 1 through a router
namespace. Only the standard library; every socket is bound to the namespaces' private addresses and every
wait is bounded. Run as `network-peers.py serve ADDRESS` in the server namespace (stops after 30 s or on
SIGTERM) and `network-peers.py client SERVER` or `network-peers.py tcp-ttl1 ROUTED` in the client namespace."""
import socket
import struct
import sys
import time
import select

NTP_EPOCH = 2208988800
MDNS = ("224.0.0.251", 5353)
LLMNR = ("224.0.0.252", 5355)
SSDP = ("239.255.255.250", 1900)


def name(text):
    out = b""
    for label in text.rstrip(".").split("."):
        out += bytes([len(label)]) + label.encode()
    return out + b"\0"


def rr(owner, rtype, rclass, ttl, rdata):
    return owner + struct.pack("!HHIH", rtype, rclass, ttl, len(rdata)) + rdata


def txt(*strings):
    return b"".join(bytes([len(s)]) + s.encode() for s in strings)


def ntp_time(t):
    seconds = int(t) + NTP_EPOCH
    return struct.pack("!II", seconds, int((t % 1) * 2**32))


def joined(address, port, group):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("0.0.0.0", port))
    s.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, socket.inet_aton(group) + socket.inet_aton(address))
    s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton(address))
    return s


def serve(address):
    ntp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    ntp.bind((address, 123))
    mdns = joined(address, 5353, MDNS[0])
    llmnr = joined(address, 5355, LLMNR[0])
    ssdp = joined(address, 1900, SSDP[0])
    print("listening on", address, flush=True)
    deadline = time.time() + 30
    while time.time() < deadline:
        ready, _, _ = select.select([ntp, mdns, llmnr, ssdp], [], [], 0.5)
        for s in ready:
            data, peer = s.recvfrom(2048)
            if s is ntp and len(data) >= 48:
                received = time.time()
                reply = struct.pack("!BBbb", (0 << 6) | (4 << 3) | 4, 2, 6, -23)
                reply += struct.pack("!II", 0x00000150, 0x00000420) + socket.inet_aton("10.213.20.123")
                reply += ntp_time(received - 60) + data[40:48] + ntp_time(received) + ntp_time(time.time())
                ntp.sendto(reply, peer)
            elif s is mdns and len(data) > 12 and struct.unpack("!H", data[2:4])[0] & 0x8000 == 0:
                answer = struct.pack("!HHHHHH", 0, 0x8400, 0, 4, 0, 1)
                service = name("_ipp._tcp.local")
                instance = name("Lab Printer._ipp._tcp.local")
                host = name("lab-printer.local")
                answer += rr(service, 12, 1, 4500, instance)
                answer += rr(instance, 33, 0x8001, 120, struct.pack("!HHH", 0, 0, 631) + host)
                answer += rr(instance, 16, 0x8001, 4500, txt("txtvers=1", "rp=printers/lab"))
                answer += rr(host, 1, 0x8001, 120, socket.inet_aton(address))
                answer += rr(host, 47, 0x8001, 120, host + b"\x00\x04\x40\x00\x00\x08")
                mdns.sendto(answer, MDNS)
            elif s is llmnr and len(data) > 12:
                qid = data[:2]
                question = data[12:]
                reply = qid + struct.pack("!HHHHH", 0x8000, 1, 1, 0, 0) + question
                reply += rr(name("labhost"), 1, 1, 30, socket.inet_aton(address))
                llmnr.sendto(reply, peer)
            elif s is ssdp and data.startswith(b"M-SEARCH"):
                reply = ("HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=1800\r\nEXT:\r\n"
                         "LOCATION: http://%s:8080/description.xml\r\nSERVER: Linux/6.1 UPnP/1.1 SnifferLab/1.0\r\n"
                         "ST: upnp:rootdevice\r\nUSN: uuid:2fac1234-31f8-11b4-a222-08002b34c003::upnp:rootdevice\r\n\r\n" % address)
                ssdp.sendto(reply.encode(), peer)


def client(server):
    # NTP: one client request, answered by the server.
    ntp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    ntp.settimeout(2)
    request = struct.pack("!BBbb", (0 << 6) | (4 << 3) | 3, 0, 10, -20) + b"\0" * 8 + b"\0" * 4 + b"\0" * 24 + ntp_time(time.time())
    ntp.sendto(request, (server, 123))
    ntp.recvfrom(2048)

    # mDNS: a query for the printer service (QU bit set on one question), answered by multicast.
    mdns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    mdns.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    mdns.bind(("0.0.0.0", 5353))
    mdns.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 255)
    query = struct.pack("!HHHHHH", 0, 0, 2, 0, 0, 0)
    query += name("_ipp._tcp.local") + struct.pack("!HH", 12, 1)
    query += name("lab-printer.local") + struct.pack("!HH", 1, 0x8001)
    mdns.sendto(query, MDNS)
    time.sleep(0.3)

    # LLMNR: a query for "labhost", answered by unicast.
    llmnr = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    llmnr.settimeout(2)
    llmnr.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 1)
    llmnr.sendto(struct.pack("!HHHHHH", 0x4c4d, 0, 1, 0, 0, 0) + name("labhost") + struct.pack("!HH", 1, 1), LLMNR)
    llmnr.recvfrom(2048)

    # SSDP: a search for root devices, answered by unicast, and a NOTIFY.
    ssdp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    ssdp.settimeout(2)
    ssdp.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 2)
    ssdp.sendto(b"M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: \"ssdp:discover\"\r\nMX: 1\r\n"
                b"ST: upnp:rootdevice\r\nUSER-AGENT: Linux/6.1 UPnP/1.1 SnifferLab/1.0\r\n\r\n", SSDP)
    ssdp.recvfrom(2048)
    ssdp.sendto(b"NOTIFY * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nCACHE-CONTROL: max-age=1800\r\n"
                b"LOCATION: http://10.213.20.1:8080/description.xml\r\nNT: upnp:rootdevice\r\nNTS: ssdp:alive\r\n"
                b"SERVER: Linux/6.1 UPnP/1.1 SnifferLab/1.0\r\nUSN: uuid:5c1e0000-0000-4000-8000-0000000000c1::upnp:rootdevice\r\n\r\n", SSDP)


def tcp_ttl1(routed):
    """A TCP SYN with TTL 1 towards a routed address: the router answers Time-to-live exceeded quoting it."""
    tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    tcp.setsockopt(socket.IPPROTO_IP, socket.IP_TTL, 1)
    tcp.setblocking(False)
    try:
        tcp.connect((routed, 80))
    except BlockingIOError:
        pass
    time.sleep(0.5)
    tcp.close()
    time.sleep(0.2)


if __name__ == "__main__":
    if sys.argv[1] == "serve":
        serve(sys.argv[2])
    elif sys.argv[1] == "client":
        client(sys.argv[2])
    else:
        tcp_ttl1(sys.argv[2])
