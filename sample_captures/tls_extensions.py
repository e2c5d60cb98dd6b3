"""Writes one ClientHello carrying the hello extensions no library on this machine sends (max_fragment_length, heartbeat,
delegated_credentials, compress_certificate, application_settings, cookie) to a listener on 127.0.0.1:443, for
regenerate-tls-extensions.sh to capture. Only bytes on loopback; the listener reads the hello and both ends close."""
import socket, struct, os, time
def ext(t, body): return struct.pack('!HH', t, len(body)) + body
name=b'lab.example'
exts = b''.join([
    ext(0, struct.pack('!HBH', len(name)+3, 0, len(name)) + name),
    ext(1, b'\x02'),
    ext(15, b'\x01'),
    ext(34, struct.pack('!H', 8) + bytes.fromhex('0403050306030203')),
    ext(27, bytes.fromhex('020002')),
    ext(17513, bytes.fromhex('0003026832')),
    ext(44, bytes.fromhex('0004deadbeef')),
    ext(43, bytes.fromhex('0403040303')),
    ext(10, bytes.fromhex('0004001d0017')),
])
body = b'\x03\x03' + bytes(range(32)) + b'\x00' + struct.pack('!H', 6) + bytes.fromhex('13011302c02f') + b'\x01\x00' + struct.pack('!H', len(exts)) + exts
hs = b'\x01' + struct.pack('!I', len(body))[1:] + body
rec = b'\x16\x03\x01' + struct.pack('!H', len(hs)) + hs
srv = socket.socket(); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); srv.bind(('127.0.0.1', 443)); srv.listen(1)
c = socket.create_connection(('127.0.0.1', 443)); s, _ = srv.accept()
c.sendall(rec); time.sleep(0.2); s.recv(4096); c.close(); s.close(); srv.close()
