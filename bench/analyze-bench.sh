#!/usr/bin/env bash
# sniffer analyze beside tshark on the same large HTTP capture (bench/make-capture.py): the lab report in one pass
# (--format json to a file) against `tshark -q -z conv,tcp -z http,tree` (the nearest tshark has to it), printing
# seconds, packets per second, peak memory and the speed ratio; then analyze's peak memory on a 100 MB and a 1 GB
# file, which stays flat because connections are let go as they end and the report keeps the top N.
# Each tool runs RUNS times (default 3), alternately, and its median run counts (wall clock; CPU time is printed too):
# on a shared virtual machine single runs vary by a third.
#   bench/analyze-bench.sh [SIZE_MB]        (default 300; FLAT_MEMORY=0 skips the 100 MB / 1 GB pair)
# Files are generated into bench/data (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-300}

command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time >/dev/null; }
command -v tshark >/dev/null || { bash scripts/setup.sh; }
mkdir -p bench/data bench/out
read -ra sniffer <<<"$(bash bench/sniffer-command.sh)"   # the Native AOT build, as the other benchmarks

make() { [ -f "bench/data/http-$1mb.pcapng" ] || python3 bench/make-capture.py "bench/data/http-$1mb.pcapng" "$1"; echo "bench/data/http-$1mb.pcapng"; }

# run CMD... -> prints "seconds maxrss_kb"
run() {
  local err; err=$(mktemp)
  /usr/bin/time -f '%e %M' -o "$err" "$@" >/dev/null 2>/dev/null
  cat "$err"; rm -f "$err"
}

file=$(make "$size")
packets=$(capinfos -c -M "$file" | awk -F': *' '/Number of packets/ {print $2}')
echo "capture: $file ($packets packets)"
echo "sniffer: ${sniffer[*]} analyze -r $file --format json -o bench/out/analyze.json"
echo "tshark:  tshark -n -q -r $file -z conv,tcp -z http,tree"
runs=${RUNS:-3}
# timed CMD... -> "wall_s cpu_s maxrss_kb"
timed() {
  local err; err=$(mktemp)
  /usr/bin/time -f '%e %U %S %M' -o "$err" "$@" >/dev/null 2>/dev/null
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$err"; rm -f "$err"
}
s_runs=(); t_runs=()
for _ in $(seq "$runs"); do
  s_runs+=("$(timed "${sniffer[@]}" analyze -r "$file" --format json -o bench/out/analyze.json)")
  t_runs+=("$(timed tshark -n -q -r "$file" -z conv,tcp -z http,tree)")
done
# median LINES... -> the line whose wall time is the median
median() { printf '%s\n' "$@" | sort -n -k1,1 | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }'; }
echo "sniffer runs (wall s): $(printf '%s\n' "${s_runs[@]}" | awk '{ printf "%s ", $1 }')"
echo "tshark runs (wall s):  $(printf '%s\n' "${t_runs[@]}" | awk '{ printf "%s ", $1 }')"
read -r s_sec s_cpu s_kb <<<"$(median "${s_runs[@]}")"
read -r t_sec t_cpu t_kb <<<"$(median "${t_runs[@]}")"
awk -v p="$packets" -v ss="$s_sec" -v sc="$s_cpu" -v sk="$s_kb" -v ts="$t_sec" -v tc="$t_cpu" -v tk="$t_kb" -v n="$runs" 'BEGIN {
  printf "sniffer analyze: %8.2f s wall %8.2f s CPU  %12.0f packets/s  peak %7.1f MiB  (median of %d)\n", ss, sc, p/ss, sk/1024, n
  printf "tshark -z:       %8.2f s wall %8.2f s CPU  %12.0f packets/s  peak %7.1f MiB  (median of %d)\n", ts, tc, p/ts, tk/1024, n
  printf "speed ratio (tshark seconds / sniffer seconds): %.1fx by wall clock, %.1fx by CPU time\n", ts/ss, tc/sc
}'

if [ "${FLAT_MEMORY:-1}" = "1" ]; then
  small=$(make 100); large=$(make 1024)
  read -r s100 k100 <<<"$(run "${sniffer[@]}" analyze -r "$small" --format json -o bench/out/analyze-100.json)"
  read -r s1g k1g <<<"$(run "${sniffer[@]}" analyze -r "$large" --format json -o bench/out/analyze-1g.json)"
  awk -v a="$k100" -v b="$k1g" -v sa="$s100" -v sb="$s1g" 'BEGIN { printf "sniffer analyze peak memory: 100 MB file %.1f MiB (%.1f s), 1 GB file %.1f MiB (%.1f s) (%+.1f%%)\n", a/1024, sa, b/1024, sb, (b-a)*100/a }'
  # The same files through `read -T fields` (no report): what the dissection core itself holds (its tombstones of
  # forgotten connections grow with their number up to TcpConversationTable.MaxTombstones); the report's own share is
  # the difference.
  read -r _ r100 <<<"$(run "${sniffer[@]}" read -r "$small" -T fields -e tcp.stream -e http.request.method)"
  read -r _ r1g <<<"$(run "${sniffer[@]}" read -r "$large" -T fields -e tcp.stream -e http.request.method)"
  awk -v a="$k100" -v b="$k1g" -v ra="$r100" -v rb="$r1g" 'BEGIN { printf "read -T fields peak memory: 100 MB file %.1f MiB, 1 GB file %.1f MiB; the report'"'"'s own share: %.1f MiB and %.1f MiB\n", ra/1024, rb/1024, (a-ra)/1024, (b-rb)/1024 }'
fi
