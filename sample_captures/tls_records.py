#!/usr/bin/env python3
"""One TLS 1.2 connection whose server cuts TCP segments at chosen TLS record boundaries (Python's ssl over a
MemoryBIO, so every record's bytes are in hand before they are sent): tls_records.py PORT KEYLOG MODE.

MODE "continue": one HTTP response (4000-byte body) in four records sent as A | B+C | D, so one frame carries two
records that both continue the response. MODE "complete": two responses, each in two records, sent as A | B+C | D, so
one frame carries the record that completes the first response and the first record of the second."""
import socket, ssl, sys, threading, time, os

HERE = os.path.dirname(os.path.abspath(__file__))
PORT, KEYLOG, MODE = int(sys.argv[1]), sys.argv[2], sys.argv[3]
CERT = sys.argv[4]


def server(ready):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(CERT, os.path.join(HERE, "rsa-test-server.key"))
    ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers("ECDHE-RSA-AES128-GCM-SHA256")
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", PORT))
    listener.listen(1)
    ready.set()
    s, _ = listener.accept()
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    tls = ctx.wrap_bio(incoming, outgoing, server_side=True)
    while True:
        try:
            tls.do_handshake()
            break
        except ssl.SSLWantReadError:
            if outgoing.pending:
                s.sendall(outgoing.read())
            incoming.write(s.recv(65536))
    if outgoing.pending:
        s.sendall(outgoing.read())
    request = b""
    while b"\r\n\r\n" not in request:
        try:
            request += tls.read(65536)
        except ssl.SSLWantReadError:
            incoming.write(s.recv(65536))
    if MODE == "continue":
        body = b"y" * 4000
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 4000\r\n\r\n"
        parts = [head + body[:1000], body[1000:2000], body[2000:3000], body[3000:]]
    else:
        body = b"z" * 1000
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n"
        parts = [head + body[:500], body[500:], head + body[:500], body[500:]]
    records = []
    for part in parts:
        tls.write(part)
        records.append(outgoing.read())
    for segment in (records[0], records[1] + records[2], records[3]):
        s.sendall(segment)
        time.sleep(0.05)
    time.sleep(0.2)
    s.close()
    listener.close()


ready = threading.Event()
t = threading.Thread(target=server, args=(ready,))
t.start()
ready.wait(5)
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
ctx.keylog_filename = KEYLOG
client = ctx.wrap_socket(socket.create_connection(("127.0.0.1", PORT)))
client.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
got = b""
client.settimeout(5)
try:
    while True:
        data = client.recv(65536)
        if not data:
            break
        got += data
except (socket.timeout, ssl.SSLError):
    pass
client.close()
t.join()
