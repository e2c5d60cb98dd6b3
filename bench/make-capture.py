#!/usr/bin/env python3
"""Writes a large synthetic pcapng of loopback HTTP/1.1 traffic for the read benchmarks.

Each connection: SYN, SYN-ACK, ACK, a GET, its ACK, a 200 response with Content-Length whose body
spans several segments, keep-alive second request/response, then FIN/ACK both ways. Ports, sequence
numbers and timestamps are consistent, so tshark and Sniffer do real TCP analysis and HTTP parsing.

usage: make-capture.py OUT.pcapng SIZE_MB
"""
import struct, sys

def csum(data):
    if len(data) % 2:
        data += b'\0'
    s = sum(struct.unpack('!%dH' % (len(data) // 2), data))
    s = (s >> 16) + (s & 0xffff)
    s += s >> 16
    return (~s) & 0xffff

def packet(sport, dport, seq, ack, flags, payload=b''):
    tcp = struct.pack('!HHIIBBHHH', sport, dport, seq, ack, 5 << 4, flags, 65535, 0, 0)
    ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(tcp) + len(payload), 0, 0x4000, 64, 6, 0,
                     b'\x7f\x00\x00\x01', b'\x7f\x00\x00\x01')
    ip = ip[:10] + struct.pack('!H', csum(ip)) + ip[12:]
    return b'\0' * 12 + b'\x08\x00' + ip + tcp + payload

def block(btype, body):
    pad = (-len(body)) % 4
    total = 12 + len(body) + pad
    return struct.pack('<II', btype, total) + body + b'\0' * pad + struct.pack('<I', total)

def main():
    out, size_mb = sys.argv[1], float(sys.argv[2])
    limit = int(size_mb * 1024 * 1024)
    SYN, ACK, PSH, FIN = 2, 16, 8, 1
    body = (b'<html><body>' + b'Sniffer benchmark body line.\n' * 150 + b'</body></html>\n')
    with open(out, 'wb') as f:
        f.write(block(0x0A0D0D0A, struct.pack('<IHHq', 0x1A2B3C4D, 1, 0, -1)))
        # IDB: Ethernet, snaplen 262144, if_tsresol = 9 (nanoseconds)
        f.write(block(1, struct.pack('<HHI', 1, 0, 262144) + struct.pack('<HHB3x', 9, 1, 9) + struct.pack('<HH', 0, 0)))
        written, t, conn = 0, 1_700_000_000 * 10**9, 0
        while written < limit:
            cport = 20000 + conn % 40000
            sport = 8080
            c, s = 1000 + conn * 7, 500000 + conn * 11
            pkts = [(cport, sport, c, 0, SYN, b''), (sport, cport, s, c + 1, SYN | ACK, b''), (cport, sport, c + 1, s + 1, ACK, b'')]
            c += 1; s += 1
            for i in range(2):
                req = b'GET /page%d.html HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nUser-Agent: bench\r\nAccept: */*\r\n\r\n' % i
                pkts.append((cport, sport, c, s, PSH | ACK, req)); c += len(req)
                pkts.append((sport, cport, s, c, ACK, b''))
                resp = b'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n' % len(body) + body
                for off in range(0, len(resp), 1400):
                    seg = resp[off:off + 1400]
                    pkts.append((sport, cport, s, c, PSH | ACK, seg)); s += len(seg)
                pkts.append((cport, sport, c, s, ACK, b''))
            pkts += [(cport, sport, c, s, FIN | ACK, b''), (sport, cport, s, c + 1, FIN | ACK, b''), (cport, sport, c + 1, s + 1, ACK, b'')]
            for sp, dp, sq, ak, fl, pl in pkts:
                data = packet(sp, dp, sq, ak, fl, pl)
                t += 20_000
                epb = struct.pack('<IIIII', 0, t >> 32, t & 0xffffffff, len(data), len(data)) + data
                b = block(6, epb)
                f.write(b)
                written += len(b)
            conn += 1

if __name__ == '__main__':
    main()
