#!/usr/bin/env bash
# Remakes tls-extensions.pcapng: one connection on 127.0.0.1:443 whose client sends a hand-made ClientHello with the
# hello extensions the other captures lack (tls_extensions.py), captured by dumpcap. Needs root (port 443, dumpcap on lo).
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
capture=
trap 'kill $capture 2>/dev/null || true; rm -rf "$work"' EXIT
dumpcap -q -i lo -f "tcp port 443" -w "$work/raw.pcapng" & capture=$!
sleep 2
timeout 10 python3 tls_extensions.py
sleep 1
kill -INT $capture; wait $capture || true
mv "$work/raw.pcapng" tls-extensions.pcapng
echo "tls-extensions.pcapng: $(tshark -r tls-extensions.pcapng 2>/dev/null | wc -l) frames"
