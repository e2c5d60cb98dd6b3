#!/usr/bin/env bash
# Remakes tls12-rsa.pcapng: two TLS 1.2 connections with RSA key exchange (TLS_RSA_WITH_AES_128_GCM_SHA256 and
# TLS_RSA_WITH_AES_256_CBC_SHA with encrypt-then-MAC; both with the extended master secret, openssl's default) between
# openssl s_client and s_server on loopback, captured by dumpcap. rsa-test-server.key is a throwaway test key made for
# this capture (it protects nothing else); tls12-rsa.keys is the client's key log, to check the master secrets that
# Sniffer derives from the private key. Needs root (dumpcap on lo) and Debian's openssl and wireshark-common.
set -euo pipefail
cd "$(dirname "$0")"
port=44330
work=$(mktemp -d)
trap 'kill $server $capture 2>/dev/null || true; rm -rf "$work"' EXIT
[ -f rsa-test-server.key ] || openssl genrsa -out rsa-test-server.key 2048
openssl req -x509 -new -key rsa-test-server.key -subj /CN=localhost -days 3650 -out "$work/cert.pem"
rm -f tls12-rsa.keys
dumpcap -q -i lo -f "tcp port $port" -w "$work/raw.pcapng" & capture=$!
sleep 2
openssl s_server -quiet -accept 127.0.0.1:$port -cert "$work/cert.pem" -key rsa-test-server.key -tls1_2 -www \
    -cipher 'AES128-GCM-SHA256:AES256-SHA' & server=$!
sleep 1
for suite in AES128-GCM-SHA256 AES256-SHA; do
    printf 'GET / HTTP/1.0\r\n\r\n' | timeout 10 openssl s_client -quiet -connect 127.0.0.1:$port -tls1_2 -cipher $suite \
        -servername localhost -keylogfile tls12-rsa.keys >/dev/null 2>&1 || true
    sleep 0.5
done
sleep 1
kill $server; sleep 0.5; kill -INT $capture; wait $capture || true
mv "$work/raw.pcapng" tls12-rsa.pcapng
echo "tls12-rsa.pcapng: $(tshark -r tls12-rsa.pcapng 2>/dev/null | wc -l) frames"
