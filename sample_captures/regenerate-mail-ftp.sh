#!/usr/bin/env bash
# Regenerates the clear-text login captures (FTP with its data connections, POP3, IMAP4) with Sniffer itself.
# Everything runs on the loopback of a network namespace created here and deleted on exit, so no other loopback
# traffic joins the captures (the FTP data connections use ephemeral ports, which a port filter cannot name).
# mail_ftp.py holds the small scripted servers and the clients (python3's ftplib, poplib, imaplib).
#
# Needs root, libpcap0.8, iproute2 and python3 (the captures are committed: tests do not need them).
# Run from anywhere: bash sample_captures/regenerate-mail-ftp.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/sample_captures"

if [ "$(id -u)" -ne 0 ]; then
  echo "regenerate-mail-ftp.sh: live capture and network namespaces need root" >&2
  exit 1
fi

dotnet build src/Sniffer -c Release --nologo -v q >/dev/null
dll="$PWD/src/Sniffer/bin/Release/net10.0/sniffer.dll"

work=$(mktemp -d)
pids=()
ns=snf-mail-ftp
in_ns=(ip netns exec "$ns")
cleanup() {
  for pid in "${pids[@]:-}"; do
    [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null || true
  done
  ip netns del "$ns" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

. sample_captures/regenerate-lib.sh   # wait_for (the script runs from the repository root)

ip netns add "$ns"
ip -n "$ns" link set lo up

# record NAME PROTO PORT SESSIONS: a server for SESSIONS sessions, a capture of lo, the client script.
record() {
  local name=$1 proto=$2 port=$3 sessions=$4
  rm -f "$out/$name.pcapng"
  "${in_ns[@]}" python3 "$out/mail_ftp.py" serve "$proto" "$port" "$sessions" 2>"$work/$name.server.log" &
  local server=$!
  pids+=($server)
  wait_for "$work/$name.server.log" "listening on"
  "${in_ns[@]}" dotnet "$dll" capture -i lo -f tcp -w "$out/$name.pcapng" 2>"$work/$name.capture.log" &
  local capture=$!
  pids+=($capture)
  wait_for "$work/$name.capture.log" "Capturing on"
  "${in_ns[@]}" python3 "$out/mail_ftp.py" client "$proto" "$port" 2>"$work/$name.client.log" \
    || { echo "regenerate-mail-ftp.sh: the $name client failed:" >&2; cat "$work/$name.client.log" >&2; exit 1; }
  wait "$server" || { echo "regenerate-mail-ftp.sh: the $name server failed:" >&2; cat "$work/$name.server.log" >&2; exit 1; }
  sleep 0.5
  kill -TERM "$capture"
  wait "$capture" || true
  grep "Packets captured" "$work/$name.capture.log" | sed "s/^/$name: /"
}

record ftp-login-transfers ftp 21 2
record pop-login-retr pop 110 3
record imap-login imap 143 3

# The edge cases no lab client sends, built byte by byte (deterministic).
python3 "$out/login_edge_cases.py" "$out/login-edge-cases.pcap"
echo "login-edge-cases: written"
