#!/usr/bin/env python3
"""Writes login-edge-cases.pcap: FTP, POP3 and IMAP4 exchanges built byte by byte (not captured) for what the lab
clients never send: odd or broken PASV/EPSV/EPRT/PWD replies, USER without a name, PASS before USER, lower-case
commands, unquoted or missing IMAP passwords, untagged-only segments, a line split over two segments, UID/COPY/SELECT
arguments, a FETCH without literal, garbage bytes. Each connection opens with a handshake between 10.0.0.1 (client) and
10.0.0.2 (server). Deterministic: run it again to get the same file. Usage: python3 login_edge_cases.py OUT.pcap
"""
import struct
import sys

frames = []
clock = [1_700_000_000, 0]


def tick():
    clock[1] += 1000
    return clock[0], clock[1]


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack(f"!{len(data) // 2}H", data))
    s = (s & 0xFFFF) + (s >> 16)
    s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


class Connection:
    def __init__(self, client_port, server_port, handshake=True):
        self.cport, self.sport = client_port, server_port
        self.cseq, self.sseq = 1000, 5000
        if handshake:
            self.packet(True, b"", 0x02)
            self.cseq += 1
            self.packet(False, b"", 0x12)
            self.sseq += 1
            self.packet(True, b"", 0x10)

    def packet(self, from_client, payload, flags=0x18):
        src, dst = (b"\x0a\x00\x00\x01", b"\x0a\x00\x00\x02") if from_client else (b"\x0a\x00\x00\x02", b"\x0a\x00\x00\x01")
        sp, dp = (self.cport, self.sport) if from_client else (self.sport, self.cport)
        seq, ack = (self.cseq, self.sseq) if from_client else (self.sseq, self.cseq)
        tcp = struct.pack("!HHIIBBHHH", sp, dp, seq, ack if flags & 0x10 else 0, 5 << 4, flags, 65535, 0, 0)
        pseudo = src + dst + struct.pack("!BBH", 0, 6, len(tcp) + len(payload))
        tcp = tcp[:16] + struct.pack("!H", checksum(pseudo + tcp + payload)) + tcp[18:]
        ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(tcp) + len(payload), 1, 0, 64, 6, 0, src, dst)
        ip = ip[:10] + struct.pack("!H", checksum(ip)) + ip[12:]
        eth = (b"\x02\x00\x00\x00\x00\x02\x02\x00\x00\x00\x00\x01" if from_client else b"\x02\x00\x00\x00\x00\x01\x02\x00\x00\x00\x00\x02") + b"\x08\x00"
        frames.append((tick(), eth + ip + tcp + payload))
        if from_client:
            self.cseq += len(payload)
        else:
            self.sseq += len(payload)

    def c(self, text):
        self.packet(True, text if isinstance(text, bytes) else text.encode())

    def s(self, text):
        self.packet(False, text if isinstance(text, bytes) else text.encode())


# --- FTP ------------------------------------------------------------------------------------------
f = Connection(40001, 21)
f.s("220 edge FTP\r\n")
f.c("USER\r\n")                       # no name: not remembered
f.s("501 Syntax error\r\n")
f.c("USER alice\r\n")
f.s("331 Password required\r\n")
f.c("USER bob\r\n")                   # a second name: the first stays
f.s("331 Password required\r\n")
f.c("PASS\r\n")                       # a PASS without argument is still a credential
f.s("530 Login incorrect\r\n")
f.c("PASS s3cret\r\n")
f.s("230 Logged in\r\n")
f.c("PWD\r\n")
f.s("257 \"/home/\"\"quoted\"\"\" is cwd\r\n")
f.c("CWD sub/../docs/./x\r\n")
f.s("250 OK\r\n")
f.c("PWD\r\n")
f.s("257 no quotes here\r\n")         # Invalid PWD response
f.c("PASV\r\n")
f.s("227 Entering passive mode. 10,0,0,2,200,10\r\n")
f.c("PASV\r\n")
f.s("227 Data transfer will passively listen to 192,168,1,9,4,1\r\n")  # NAT: another address
f.c("EPSV\r\n")
f.s("229 Entering Extended Passive Mode (|||abc|)\r\n")              # bad EPSV
f.c("EPRT |3|::1|5000|\r\n")                                          # bad EPRT
f.s("522 Network protocol not supported\r\n")
f.c("EPRT |2|fd00::1|5001|\r\n")
f.s("200 EPRT OK\r\n")
f.c("PORT 10,0,0,9,1,2\r\n")                                          # NAT
f.s("200 PORT OK\r\n")
f.c("port 10,0,0,1,1,3\r\n")                                          # lower case: not PORT
f.s("500 Unknown\r\n")
f.c("P 10,0,0,1,1,4\r\n")                                             # the start of PORT
f.s("200 OK\r\n")
f.c("STAT\r\n")
f.s("211-Status\r\n continued\r\n211 End\r\n")
f.s("999\r\n")
f.s("12\r\n")
f.s("no code at all\r\n")
f.c("RETR caf\xc3\xa9.txt\r\n".encode("latin-1"))
f.s(b"550 \xff\xfe bad utf-8\r\n")
f.c("\r\n")
f.c("NOOP")                                                           # no line end

# A control connection whose first captured segment is the server's reply (no handshake).
g = Connection(40002, 21, handshake=False)
g.s("220 late start\r\n")
g.c("USER carol\r\n")
g.c("PASS pw\r\n")

# --- POP3 -----------------------------------------------------------------------------------------
p = Connection(40003, 110)
p.s("+OK POP3 ready\r\n")
p.c("PASS early\r\n")                 # PASS before any USER: "(null)"
p.s("-ERR no user\r\n")
p.c("user dave\r\n")                  # lower case counts
p.s("+OK\r\n")
p.c("USER erin\r\n")                  # a second name: the first stays
p.s("+OK\r\n")
p.c("PASS\r\n")                       # no parameter: no credential
p.s("-ERR\r\n")
p.c("pass   pw1\r\n")                 # several spaces
p.s("+OK logged in\r\n")
p.c("RETR 1\r\n")
p.s("+OK message follows\r\n")        # no length: an expert
p.s("From: a@b\r\n\r\nbody\r\n.\r\n")
p.c("TOP 1 0\r\n")
p.s("+OK 200 octets\r\n")
p.s("Subject: partial\r\nX-Unknown: value\r\n")   # the rest never comes
p.c("CAPA\r\nNOOP\r\n")
p.s("+OK\r\n")
p.s("-ERRx\r\n")

# --- IMAP4 ----------------------------------------------------------------------------------------
m = Connection(40004, 143)
m.s("* OK ready\r\n* CAPABILITY IMAP4rev1\r\n")   # untagged lines only
m.c("a1 LOGIN frank pw2\r\n")          # unquoted password: one character off each end
m.s("a1 OK done\r\n")
m.c("a2 login \"grace\" \"pw3\"\r\n")
m.s("a2 NO [AUTHENTICATIONFAILED] no\r\n")
m.c("a3 SELECT Inbox\r\n")
m.s("* 3 EXISTS\r\na3 OK [READ-WRITE] done\r\n")
m.c("a4 UID FETCH 1:* (FLAGS)\r\n")
m.s("* 1 FETCH (UID 7 FLAGS (\\Seen))\r\na4 OK done\r\n")
m.c("a5 COPY 1:2 Archive\r\n")
m.s("a5 OK copied\r\n")
m.c("a6 EXAMINE\r\n")
m.s("a6 BAD missing\r\n")
m.c("a7 NOOP\r\na8 NO")                # a line split over two segments
m.c("OP\r\n")
m.s("a7 OK\r\na8 BAD\r\n")
m.c("a9 STATUS \"Sent Items\" (MESSAGES)\r\n")
m.s("* STATUS \"Sent Items\" (MESSAGES 2)\r\na9 OK\r\n")
m.c("b1 FETCH 2 (BODY[])\r\n")
m.s("* 2 FETCH (BODY[] {37}\r\nSubject: hi\r\nTo: x@y, z@w\r\n\r\nhello\r\n)\r\nb1 OK\r\n")
m.c("b3 FETCH 3 (RFC822)\r\n")
m.s("* 3 FETCH (RFC822 {40}\r\nSubject: split\r\n")      # a literal over three segments
m.s("\r\nline one\r\nline")
m.s(" two\r\n)\r\nb3 OK\r\n")
m.c(b"\x00\x01\x02garbage\xff\r\n")
m.s("zz OK unknown tag\r\n")
m.c("b2 LOGIN henry x\r\n")            # a one-character password: the rest of the data
m.s("b2 OK\r\n")

with open(sys.argv[1], "wb") as out:
    out.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
    for (sec, usec), data in frames:
        out.write(struct.pack("<IIII", sec, usec, len(data), len(data)))
        out.write(data)
