#!/usr/bin/env bash
# Remakes tls-handshakes.pcapng + .keys: the handshake messages and certificate parts the other TLS captures do not
# carry, between openssl s_client and s_server on loopback, captured by dumpcap:
#   1. TLS 1.2 DHE-RSA with a client certificate: ServerKeyExchange with DH parameters, CertificateRequest (types,
#      signature algorithms, the accepted CA's distinguished name), the client's Certificate and CertificateVerify,
#      a DH ClientKeyExchange; a NewSessionTicket; the server's certificate carries a full subject (C, ST, L, O, OU, CN,
#      emailAddress) and the extensions of a public CA's (authorityInfoAccess, cRLDistributionPoints,
#      certificatePolicies, subjectAltName with DNS, IP, e-mail and URI names);
#   2. the same session resumed with its ticket (an abbreviated handshake: the resumption note);
#   3. TLS 1.3 with a client certificate (CertificateRequest with certificate_authorities), then resumed with a PSK
#      (pre_shared_key, psk_key_exchange_modes) and 0-RTT early data (early_data, max_early_data_size).
# Every key here is made fresh for this capture and protects nothing else. Needs root (dumpcap on lo), openssl and
# wireshark-common.
set -euo pipefail
cd "$(dirname "$0")"
port=44340
work=$(mktemp -d)
server= capture= feeder=
trap 'kill $server $capture $feeder 2>/dev/null || true; rm -rf "$work"' EXIT
cd "$work"
cat > ca.cnf <<'EOF'
[ca_ext]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[server_ext]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth, clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = DNS:localhost, DNS:*.lab.example, IP:127.0.0.1, email:admin@lab.example, URI:https://lab.example/
authorityInfoAccess = OCSP;URI:http://ocsp.lab.example/, caIssuers;URI:http://ca.lab.example/ca.crt
crlDistributionPoints = URI:http://crl.lab.example/ca.crl
certificatePolicies = 2.23.140.1.2.1
[client_ext]
basicConstraints = CA:false
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
EOF
openssl req -x509 -new -newkey rsa:2048 -nodes -keyout ca.key -subj "/C=US/O=Lab Example CA/CN=Lab Example Root" -days 3650 \
    -extensions ca_ext -config <(cat /etc/ssl/openssl.cnf ca.cnf) -out ca.pem 2>/dev/null
openssl req -new -newkey rsa:2048 -nodes -keyout server.key -out server.csr 2>/dev/null \
    -subj "/C=US/ST=California/L=San Francisco/O=Lab Example/OU=Networking Lab/CN=localhost/emailAddress=admin@lab.example"
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 3650 -extfile ca.cnf -extensions server_ext -out server.pem 2>/dev/null
openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout client.key -out client.csr -subj "/CN=lab student" 2>/dev/null
openssl x509 -req -in client.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 3650 -extfile ca.cnf -extensions client_ext -out client.pem 2>/dev/null
openssl dhparam -out dh.pem 2048 2>/dev/null
keys="$OLDPWD/tls-handshakes.keys"
rm -f "$keys"
dumpcap -q -i lo -f "tcp port $port" -w raw.pcapng & capture=$!
sleep 2
request() { printf 'GET / HTTP/1.0\r\n\r\n' | timeout 10 openssl s_client -quiet -connect 127.0.0.1:$port -servername localhost \
    -cert client.pem -key client.key -keylogfile "$keys" "$@" >/dev/null 2>&1 || true; sleep 0.5; }
# Not -www (openssl refuses it with -early_data): the server reads its input from a FIFO held open while it runs and
# answers nothing; each client sends its request and closes.
mkfifo input
sleep 60 > input & feeder=$!
openssl s_server -quiet -accept 127.0.0.1:$port -cert server.pem -key server.key -CAfile ca.pem -Verify 1 -dhparam dh.pem \
    -early_data -num_tickets 1 < input >/dev/null 2>&1 & server=$!
sleep 1
request -tls1_2 -cipher DHE-RSA-AES128-GCM-SHA256 -sess_out tls12.sess
request -tls1_2 -cipher DHE-RSA-AES128-GCM-SHA256 -sess_in tls12.sess
request -tls1_3 -sess_out tls13.sess
printf 'GET /early HTTP/1.0\r\n\r\n' > early.txt
request -tls1_3 -sess_in tls13.sess -early_data early.txt
sleep 1
kill $server $feeder 2>/dev/null || true; sleep 0.5; kill -INT $capture; wait $capture || true
cd "$OLDPWD"
mv "$work/raw.pcapng" tls-handshakes.pcapng
echo "tls-handshakes.pcapng: $(tshark -r tls-handshakes.pcapng 2>/dev/null | wc -l) frames"
