#!/usr/bin/env bash
# Decrypted HTTPS throughput: Sniffer and tshark read the same TLS 1.2 AES-GCM capture with its key log
# (-T fields with HTTP fields, so every record is decrypted and parsed) and print MB/s of application data,
# then the same capture read without the key log (the plaintext path's cost) for comparison.
#   bench/tls-bench.sh [SIZE_MB]      (default 200; files go to bench/data, git-ignored)
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-200}
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time >/dev/null
command -v tshark >/dev/null || bash scripts/setup.sh
mkdir -p bench/data
dotnet build bench/Sniffer.Benchmarks -c Release --nologo -v q >/dev/null
capture=bench/data/https-${size}mb.pcapng
keys=bench/data/https-${size}mb.keys
if [ ! -f "$capture" ]; then
  dotnet bench/Sniffer.Benchmarks/bin/Release/net10.0/Sniffer.Benchmarks.dll make-https "$capture" "$keys" "$size" > "$capture.appbytes"
fi
appbytes=$(cat "$capture.appbytes")
fields=(-T fields -e tcp.stream -e http.request.uri -e http.response.code)
read -ra sniffer <<<"$(bash bench/sniffer-command.sh)"
# wall seconds, CPU seconds (user + system: the fairer figure on a busy machine) and peak RSS in KiB
run() { local t; t=$(mktemp); /usr/bin/time -f '%e %U %S %M' -o "$t" "$@" >/dev/null 2>/dev/null; awk '{ print $1, $2 + $3, $4 }' "$t"; rm -f "$t"; }
read -r s_sec s_cpu s_kb <<<"$(run "${sniffer[@]}" read -r "$capture" --keylog "$keys" "${fields[@]}")"
read -r t_sec t_cpu t_kb <<<"$(run tshark -n -r "$capture" -o "tls.keylog_file:$keys" "${fields[@]}")"
read -r p_sec _ _ <<<"$(run "${sniffer[@]}" read -r "$capture" "${fields[@]}")"
awk -v b="$appbytes" -v ss="$s_sec" -v sk="$s_kb" -v ts="$t_sec" -v tk="$t_kb" -v ps="$p_sec" -v sc="$s_cpu" -v tc="$t_cpu" 'BEGIN {
  mb = b / 1e6
  printf "capture: %.1f MB of decrypted application data\n", mb
  printf "sniffer (decrypting): %7.2f s wall  %7.2f s CPU  %8.1f MB/s  peak %6.1f MiB\n", ss, sc, mb/ss, sk/1024
  printf "tshark  (decrypting): %7.2f s wall  %7.2f s CPU  %8.1f MB/s  peak %6.1f MiB\n", ts, tc, mb/ts, tk/1024
  printf "sniffer without keys: %7.2f s (decryption costs %.0f%% on top)\n", ps, (ss-ps)*100/ps
  printf "throughput ratio (sniffer/tshark): %.1fx wall, %.1fx CPU\n", ts/ss, tc/sc
}'
