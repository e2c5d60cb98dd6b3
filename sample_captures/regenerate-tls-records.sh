#!/usr/bin/env bash
# Remakes tls12-records.pcapng (+ .keys): two TLS 1.2 connections whose server puts two TLS records in one TCP segment
# (tls_records.py): two records that both continue one HTTP response, then a record completing a response beside the
# first record of the next. Needs root (dumpcap on lo), python3 and openssl; uses the throwaway rsa-test-server.key.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'kill $capture 2>/dev/null || true; rm -rf "$work"' EXIT
openssl req -x509 -new -key rsa-test-server.key -subj /CN=localhost -days 3650 -out "$work/cert.pem"
rm -f tls12-records.keys
dumpcap -q -i lo -f "tcp port 44335 or tcp port 44336" -w "$work/raw.pcapng" & capture=$!
sleep 2
timeout 20 python3 tls_records.py 44335 tls12-records.keys continue "$work/cert.pem"
timeout 20 python3 tls_records.py 44336 tls12-records.keys complete "$work/cert.pem"
sleep 1
kill -INT $capture; wait $capture || true
mv "$work/raw.pcapng" tls12-records.pcapng
chmod 644 tls12-records.pcapng tls12-records.keys
echo "tls12-records.pcapng: $(tshark -r tls12-records.pcapng 2>/dev/null | wc -l) frames"
