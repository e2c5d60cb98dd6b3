#!/usr/bin/env bash
# Remakes tls12-renegotiation.pcapng: one TLS 1.2 connection (ECDHE-RSA-AES128-GCM-SHA256) that the server renegotiates
# (openssl s_server's "r" command) between two lines of data each way: the second handshake travels encrypted under
# the first one's keys, and the key log (tls12-renegotiation.keys) holds a CLIENT_RANDOM line for each handshake.
# Needs root (dumpcap on lo) and Debian's openssl and wireshark-common; uses the throwaway rsa-test-server.key.
set -euo pipefail
cd "$(dirname "$0")"
port=44331
work=$(mktemp -d)
trap 'kill $server $capture 2>/dev/null || true; rm -rf "$work"' EXIT
openssl req -x509 -new -key rsa-test-server.key -subj /CN=localhost -days 3650 -out "$work/cert.pem"
rm -f tls12-renegotiation.keys
dumpcap -q -i lo -f "tcp port $port" -w "$work/raw.pcapng" & capture=$!
sleep 2
(sleep 2; echo "hello from the server"; sleep 1; echo r; sleep 1; echo "after the renegotiation"; sleep 2) | \
    timeout 12 openssl s_server -accept 127.0.0.1:$port -cert "$work/cert.pem" -key rsa-test-server.key -tls1_2 \
    -cipher ECDHE-RSA-AES128-GCM-SHA256 -naccept 1 >/dev/null 2>&1 & server=$!
sleep 1
(sleep 1.5; echo "hello from the client"; sleep 3; echo "client again"; sleep 2) | timeout 10 openssl s_client -connect 127.0.0.1:$port \
    -tls1_2 -servername localhost -keylogfile tls12-renegotiation.keys >/dev/null 2>&1 || true
sleep 1
kill $server 2>/dev/null || true; sleep 0.5; kill -INT $capture; wait $capture || true
mv "$work/raw.pcapng" tls12-renegotiation.pcapng
chmod 644 tls12-renegotiation.pcapng tls12-renegotiation.keys
echo "tls12-renegotiation.pcapng: $(tshark -r tls12-renegotiation.pcapng 2>/dev/null | wc -l) frames"
