#!/usr/bin/env bash
# Regenerates the sample captures with Sniffer itself: for each scenario a lab server is started on
# loopback, `sniffer capture` records lo with a filter on the server's port, a lab client runs its
# bounded script, and the capture is stopped with SIGTERM. Needs root (live capture, network namespaces),
# libpcap0.8 and iproute2. Run from anywhere: bash sample_captures/regenerate.sh
#
# The tool is built once in Release and run as `dotnet sniffer.dll ...` — the same program
# `dotnet run --project src/Sniffer -c Release -- ...` runs, without a build check per call.
# Background processes are stopped with SIGTERM: a non-interactive shell starts them with SIGINT ignored.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/sample_captures"

if [ "$(id -u)" -ne 0 ]; then
  echo "regenerate.sh: live capture and network namespaces need root" >&2
  exit 1
fi

dotnet build src/Sniffer -c Release --nologo -v q >/dev/null
dll="$PWD/src/Sniffer/bin/Release/net10.0/sniffer.dll"
# An array, not a function: a function sent to the background runs in a subshell, and $! would be the
# subshell's PID, which SIGTERM would stop without stopping sniffer.
sniffer=(dotnet "$dll")

work=$(mktemp -d)
pids=()
netns_client=snf-sample-c
netns_server=snf-sample-s
cleanup() {
  for pid in "${pids[@]:-}"; do
    [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null || true
  done
  ip netns del "$netns_client" 2>/dev/null || true
  ip netns del "$netns_server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

. sample_captures/regenerate-lib.sh   # wait_for (the script runs from the repository root)

# start_server NAME ARGS...: a lab server in the background, once it listens.
start_server() {
  local name=$1; shift
  "$@" 2>"$work/$name.server.log" &
  pids+=($!)
  server_pid=$!
  wait_for "$work/$name.server.log" "listening on"
}

stop() {
  kill -TERM "$1"
  wait "$1" || true
}

# record NAME FILTER CLIENT-COMMAND...: capture on lo with FILTER while the client runs.
record() {
  local name=$1 filter=$2; shift 2
  rm -f "$out/$name.pcapng"
  "${sniffer[@]}" capture -i lo -f "$filter" -w "$out/$name.pcapng" 2>"$work/$name.capture.log" &
  local capture=$!
  pids+=($capture)
  wait_for "$work/$name.capture.log" "Capturing on"
  "$@" 2>"$work/$name.client.log" || { echo "regenerate.sh: the $name client failed:" >&2; cat "$work/$name.client.log" >&2; exit 1; }
  sleep 0.5
  stop "$capture"
  grep "Packets captured" "$work/$name.capture.log" | sed "s/^/$name: /" || { echo "regenerate.sh: the $name capture did not end cleanly:" >&2; cat "$work/$name.capture.log" >&2; exit 1; }
}

# --- plain HTTP on 8080 ---------------------------------------------------------------------------
start_server http "${sniffer[@]}" lab serve http --port 8080
http=$server_pid
record http10-close       "tcp port 8080" "${sniffer[@]}" lab client http --port 8080 --scenario close
record http11-keepalive   "tcp port 8080" "${sniffer[@]}" lab client http --port 8080 --scenario keepalive
record http-chunked       "tcp port 8080" "${sniffer[@]}" lab client http --port 8080 --scenario chunked
record http-range         "tcp port 8080" "${sniffer[@]}" lab client http --port 8080 --scenario range
record http-login-cookies "tcp port 8080" "${sniffer[@]}" lab client http --port 8080 --scenario login
stop "$http"

# --- TCP echo on 7007, TLS echo on 7443 ---------------------------------------------------------------
start_server echo "${sniffer[@]}" lab serve echo --port 7007
record tcp-echo "tcp port 7007" "${sniffer[@]}" lab client echo --port 7007 --count 3
# The echo lab's "sensitive-looking" lines: what `sniffer analyze` lists as exposures.
record tcp-echo-secrets "tcp port 7007" "${sniffer[@]}" lab client echo --port 7007 --count 2 \
  --text "login alice password: hunter2 card 4111 1111 1111 1111"
stop "$server_pid"

start_server tls-echo "${sniffer[@]}" lab serve tls-echo --port 7443
for version in 12 13; do
  rm -f "$out/tls$version-echo.keys"
  record "tls$version-echo" "tcp port 7443" "${sniffer[@]}" lab client tls-echo --port 7443 --count 3 \
    --tls-version "${version:0:1}.${version:1:1}" --keylog "$out/tls$version-echo.keys"
done
stop "$server_pid"

# --- HTTPS on 8443, and the same capture with its keys inside (Decryption Secrets Block) --------------
start_server https "${sniffer[@]}" lab serve http --tls --port 8443
rm -f "$out/https.keys"
record https "tcp port 8443" "${sniffer[@]}" lab client http --tls --port 8443 --scenario keepalive --keylog "$out/https.keys"
stop "$server_pid"
"${sniffer[@]}" inject-secrets -r "$out/https.pcapng" --keylog "$out/https.keys" -w "$out/https-dsb.pcapng"

# --- HTCPCP: the lab coffee pot on 5030 ----------------------------------------------------------------
start_server pot "${sniffer[@]}" lab serve coffee-pot --port 5030
record htcpcp-brew "tcp port 5030" "${sniffer[@]}" lab client coffee --port 5030
pot=$server_pid
# The browser → web app (5031) → pot (5030) nesting: each page of the web app asks the pot while the browser waits.
start_server web "${sniffer[@]}" lab serve coffee-web --port 5031 --pot 127.0.0.1:5030
record htcpcp-web "tcp port 5030 or tcp port 5031" "${sniffer[@]}" lab client coffee --web --port 5031
# The real lab's format: the web app's HTTP/1.1 request lines with a start/stop body and no Content-Length, the
# pot's HTCPCP/1.1 replies with no blank line (what the exported Lua dissector is checked on, issue 9).
record htcpcp-lab "tcp port 5030" "${sniffer[@]}" lab client coffee --port 5030 --lab-format
stop "$server_pid"
stop "$pot"

# --- Ethernet: a veth pair between two network namespaces, private addresses inside them only ----------
ip netns add "$netns_client"
ip netns add "$netns_server"
ip link add snf-vc netns "$netns_client" type veth peer name snf-vs netns "$netns_server"
ip -n "$netns_client" addr add 10.213.9.1/24 dev snf-vc
ip -n "$netns_server" addr add 10.213.9.2/24 dev snf-vs
ip -n "$netns_client" link set snf-vc up
ip -n "$netns_server" link set snf-vs up
start_server veth ip netns exec "$netns_server" dotnet "$dll" lab serve http --bind 10.213.9.2 --port 8080
rm -f "$out/veth-ethernet.pcapng"
ip netns exec "$netns_client" dotnet "$dll" capture -i snf-vc -f "tcp port 8080" -w "$out/veth-ethernet.pcapng" 2>"$work/veth.capture.log" &
capture=$!
pids+=($capture)
wait_for "$work/veth.capture.log" "Capturing on"
ip netns exec "$netns_client" dotnet "$dll" lab client http --host 10.213.9.2 --port 8080 --scenario keepalive 2>"$work/veth.client.log"
sleep 0.5
stop "$capture"
grep "Packets captured" "$work/veth.capture.log" | sed "s/^/veth-ethernet: /"
stop "$server_pid"
ip netns del "$netns_client"
ip netns del "$netns_server"

# --- every file reads in tshark without a warning and stays small ---------------------------------------
for f in "$out"/*.pcapng; do
  if tshark -r "$f" >/dev/null 2>"$work/tshark.err" && ! grep -v '^Running as user' "$work/tshark.err" | grep -q .; then :; else
    echo "regenerate.sh: tshark complains about $f:" >&2; cat "$work/tshark.err" >&2; exit 1
  fi
  size=$(stat -c %s "$f")
  [ "$size" -lt 204800 ] || { echo "regenerate.sh: $f is $size bytes, over 200 KB" >&2; exit 1; }
done
echo "regenerate.sh: $(ls "$out"/*.pcapng | wc -l) captures written to $out"
