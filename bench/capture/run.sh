#!/usr/bin/env bash
# Live capture benchmark: the lab HTTP server on loopback is loaded by wrk (10 s, 1 thread, 8 connections —
# a bounded load on loopback only), once while Sniffer captures it with each capture backend (native: its own
# libpcap binding; sharppcap: SharpPcap 6.3.1) and once while dumpcap does, all writing pcapng with the same
# port filter. Prints, for each, packets captured and dropped and the CPU seconds spent per packet while
# capturing (from /proc/PID/stat, between "Capturing on" and the stop, so start-up is left out and reported
# separately), then the ratios. Uses the AOT build (artifacts/aot/linux-x64/sniffer) when it exists.
#   bash bench/capture/run.sh [SECONDS] [PORT]
# Needs root, libpcap0.8, dumpcap (wireshark-common) and wrk (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}
port=${2:-18380}

[ "$(id -u)" -eq 0 ] || { echo "run.sh: live capture needs root" >&2; exit 1; }
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
command -v dumpcap >/dev/null || { echo "run.sh: dumpcap is missing (apt-get install wireshark-common)" >&2; exit 1; }
dotnet build src/Sniffer -c Release --nologo -v q >/dev/null
dll="$PWD/src/Sniffer/bin/Release/net10.0/sniffer.dll"
sniffer=(dotnet "$dll")
[ -x artifacts/aot/linux-x64/sniffer ] && sniffer=("$PWD/artifacts/aot/linux-x64/sniffer")
ticks=$(getconf CLK_TCK)

work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill -TERM "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

wait_for() {
  for _ in $(seq 300); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
  echo "run.sh: timed out waiting for '$2' in $1" >&2; cat "$1" >&2; exit 1
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

"${sniffer[@]}" lab serve http --port "$port" 2>"$work/server.log" &
server=$!
wait_for "$work/server.log" "listening on"

# measure NAME CAPTURE-COMMAND...: prints "packets dropped startup_cpu_s capture_cpu_s"
measure() {
  local name=$1; shift
  "$@" -i lo -f "tcp port $port" -w "$work/$name.pcapng" 2>"$work/$name.log" &
  local pid=$!
  wait_for "$work/$name.log" "Capturing on"
  local start; start=$(cpu_ticks "$pid")
  wrk -t1 -c8 -d"${seconds}s" "http://127.0.0.1:$port/secret" >"$work/$name.wrk" 2>&1
  sleep 0.5
  local end; end=$(cpu_ticks "$pid")
  kill -TERM "$pid"
  wait "$pid" || true
  local packets dropped
  tr '\r' '\n' <"$work/$name.log" >"$work/$name.lines"   # dumpcap rewrites a "Packets: N" progress line with CRs
  packets=$(sed -n 's/^Packets captured: \([0-9]*\).*/\1/p' "$work/$name.lines")
  dropped=$(sed -n "s/^Packets received\/dropped on interface '[^']*': [0-9]*\/\([0-9]*\).*/\1/p" "$work/$name.lines")
  local requests; requests=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$work/$name.wrk")
  echo "$packets $dropped $start $end $requests"
}

read -r n_packets n_dropped n_start n_end n_requests <<<"$(measure native "${sniffer[@]}" capture --backend native)"
read -r p_packets p_dropped p_start p_end p_requests <<<"$(measure sharppcap "${sniffer[@]}" capture --backend sharppcap)"
read -r d_packets d_dropped d_start d_end d_requests <<<"$(measure dumpcap dumpcap)"

echo "sniffer: ${sniffer[*]}"
awk -v t="$ticks" -v secs="$seconds" \
    -v np="$n_packets" -v nd="$n_dropped" -v ns="$n_start" -v ne="$n_end" -v nr="$n_requests" \
    -v pp="$p_packets" -v pd="$p_dropped" -v ps="$p_start" -v pe="$p_end" -v pr="$p_requests" \
    -v dp="$d_packets" -v dd="$d_dropped" -v ds="$d_start" -v de="$d_end" -v dr="$d_requests" 'BEGIN {
  ncpu = (ne - ns) / t; pcpu = (pe - ps) / t; dcpu = (de - ds) / t
  printf "load: wrk -t1 -c8 -d%ss on loopback (%d requests with native, %d with sharppcap, %d with dumpcap)\n", secs, nr, pr, dr
  printf "%-10s %12s %9s %16s %20s\n", "", "captured", "dropped", "capture CPU (s)", "CPU per packet (us)"
  printf "%-10s %12d %9d %16.2f %20.3f\n", "native", np, nd, ncpu, np ? 1e6 * ncpu / np : 0
  printf "%-10s %12d %9d %16.2f %20.3f\n", "sharppcap", pp, pd, pcpu, pp ? 1e6 * pcpu / pp : 0
  printf "%-10s %12d %9d %16.2f %20.3f\n", "dumpcap", dp, dd, dcpu, dp ? 1e6 * dcpu / dp : 0
  printf "start-up before capturing (not counted above): native %.2f s CPU, sharppcap %.2f s CPU\n", ns / t, ps / t
  if (np && pp && ncpu > 0) printf "CPU per packet, sharppcap / native: %.2fx (SharpPcap becomes the default only at <= 1.10x and no more drops)\n", (pcpu / pp) / (ncpu / np)
  if (dp && np && dcpu > 0) printf "CPU per packet, native / dumpcap: %.2fx\n", (ncpu / np) / (dcpu / dp)
}'
