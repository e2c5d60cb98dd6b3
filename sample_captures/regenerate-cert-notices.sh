#!/usr/bin/env bash
# Remakes tls12-cert-notices.pcapng: one TLS 1.2 connection between openssl s_client and s_server on loopback, captured
# by Sniffer itself, whose server certificate carries what real CA certificates carry and the other samples lack: a
# subject with domainComponent (dc) and emailAddress attributes, and certificate policies with both qualifier kinds of
# RFC 5280 §4.2.1.4 — a CPS pointer and a user notice (noticeRef with organization and notice numbers, explicitText).
# The key and certificate are made here for this capture only and not kept; tls12-cert-notices.keys is the client's key
# log. Needs root (live capture on lo) and Debian's openssl.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/sample_captures"
port=44331
work=$(mktemp -d)
server=""; capture=""
trap '[ -n "$server" ] && kill $server 2>/dev/null; [ -n "$capture" ] && kill $capture 2>/dev/null; rm -rf "$work"' EXIT
cat > "$work/cert.cnf" <<'CNF'
[req]
distinguished_name = dn
prompt = no
x509_extensions = v3
[dn]
DC = org
DC = example
CN = lab.example.org
emailAddress = admin@example.org
[v3]
basicConstraints = critical,CA:FALSE
keyUsage = digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:lab.example.org, DNS:localhost, IP:127.0.0.1
certificatePolicies = @policy
[policy]
policyIdentifier = 1.3.6.1.4.1.99999.1
CPS.1 = "https://example.org/cps"
userNotice.1 = @notice
[notice]
explicitText = "Lab certificate, not for production"
organization = "Example Org"
noticeNumbers = 1, 2
CNF
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -days 3650 -config "$work/cert.cnf" 2>/dev/null
dotnet build src/Sniffer -c Release --nologo -v q >/dev/null
rm -f "$out/tls12-cert-notices.keys"
dotnet src/Sniffer/bin/Release/net10.0/sniffer.dll capture -i lo -f "tcp port $port" -w "$work/raw.pcapng" 2>"$work/capture.err" & capture=$!
for _ in $(seq 1 100); do grep -q "Capturing on" "$work/capture.err" && break; sleep 0.1; done
openssl s_server -quiet -accept 127.0.0.1:$port -cert "$work/cert.pem" -key "$work/key.pem" -tls1_2 -www >/dev/null 2>&1 & server=$!
sleep 1
printf 'GET / HTTP/1.0\r\n\r\n' | timeout 10 openssl s_client -quiet -connect 127.0.0.1:$port -tls1_2 \
    -keylogfile "$out/tls12-cert-notices.keys" >/dev/null 2>&1 || true
sleep 1
kill $server; server=""
kill -INT $capture; wait $capture || true; capture=""
mv "$work/raw.pcapng" "$out/tls12-cert-notices.pcapng"
echo "tls12-cert-notices.pcapng: $(tshark -r "$out/tls12-cert-notices.pcapng" 2>/dev/null | wc -l) frames"
