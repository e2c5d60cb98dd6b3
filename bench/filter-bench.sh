#!/usr/bin/env bash
# Reads the same large HTTP capture with `sniffer read -Y FILTER` and `tshark -n -Y FILTER` (summary lines of the
# selected frames, written to /dev/null) and prints packets per second, peak memory and the ratios. Each tool runs
# RUNS times and its best run counts. Packets per second are given by wall-clock time and by CPU time (user+system):
# on a shared machine the CPU figure is the one to read.
#   bench/filter-bench.sh [SIZE_MB] [FILTER]
# Defaults: 300 MB, http.request.method == "GET". The capture is generated into bench/data (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-300}
filter=${2:-'http.request.method == "GET"'}
runs=${RUNS:-3}

command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time >/dev/null; }
command -v tshark >/dev/null || { bash scripts/setup.sh; }
mkdir -p bench/data
read -ra sniffer <<<"$(bash bench/sniffer-command.sh)"

file="bench/data/http-${size}mb.pcapng"
[ -f "$file" ] || python3 bench/make-capture.py "$file" "$size"

# best CMD... -> "wall_s cpu_s maxrss_kb selected_lines", the best of $runs runs (by CPU time)
best() {
  local err out line bestline=""
  err=$(mktemp); out=$(mktemp)
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %U %S %M' -o "$err" "$@" >"$out" 2>/dev/null
    line=$(awk -v n="$(wc -l <"$out")" '{ printf "%s %.2f %s %s\n", $1, $2 + $3, $4, n }' "$err")
    if [ -z "$bestline" ] || awk -v a="$line" -v b="$bestline" 'BEGIN { split(a, x, " "); split(b, y, " "); exit !(x[2] < y[2]) }'; then
      bestline=$line
    fi
  done
  rm -f "$err" "$out"
  echo "$bestline"
}

packets=$(capinfos -c -M "$file" | awk -F': *' '/Number of packets/ {print $2}')
echo "capture: $file ($packets packets), filter: $filter, best of $runs runs"
read -r s_wall s_cpu s_kb s_lines <<<"$(best "${sniffer[@]}" read -r "$file" -Y "$filter")"
read -r t_wall t_cpu t_kb t_lines <<<"$(best tshark -n -r "$file" -Y "$filter")"
[ "$s_lines" = "$t_lines" ] || echo "WARNING: sniffer printed $s_lines lines, tshark $t_lines"
awk -v p="$packets" -v sw="$s_wall" -v sc="$s_cpu" -v sk="$s_kb" -v sl="$s_lines" \
    -v tw="$t_wall" -v tc="$t_cpu" -v tk="$t_kb" -v tl="$t_lines" 'BEGIN {
  printf "sniffer: %7.2f s wall %7.2f s CPU  %10.0f packets/s (wall) %10.0f packets/s (CPU)  peak %7.1f MiB  %d frames selected\n", sw, sc, p/sw, p/sc, sk/1024, sl
  printf "tshark:  %7.2f s wall %7.2f s CPU  %10.0f packets/s (wall) %10.0f packets/s (CPU)  peak %7.1f MiB  %d frames selected\n", tw, tc, p/tw, p/tc, tk/1024, tl
  printf "speed ratio (sniffer/tshark packets per second): %.1fx by wall clock, %.1fx by CPU time\n", tw/sw, tc/sc
  printf "peak memory ratio (sniffer/tshark): %.2f\n", sk/tk
}'
