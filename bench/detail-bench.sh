#!/usr/bin/env bash
# Packet details and JSON beside tshark on the same large generated HTTP capture (bench/make-capture.py): for
# `-V` and `-T json` (and, for reference, `-T ek` and `-T pdml`), the packets per second and peak memory of
# `sniffer read` and of `tshark -n -r`, and their ratios. Output goes to /dev/null for both; both read the same file.
#   bench/detail-bench.sh [SIZE_MB] [FORMAT...]      defaults: 100 MB, -V and json
# Targets (issue 15): -V at least 10x tshark's packets/s, -T json at least 5x, peak memory at most 1/4 of tshark's.
# Each pair runs RUNS times (default 3), alternately, and the median run of each tool counts (single runs on a shared
# virtual machine vary by a third); every run's seconds are printed.
# The Native AOT build by default (bench/sniffer-command.sh builds it when stale); SNIFFER_BENCH_JIT=1 measures the JIT
# build, SNIFFER_BINARY=path any other.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-100}
shift || true
formats=("$@")
[ ${#formats[@]} -gt 0 ] || formats=(V json)

command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time >/dev/null; }
command -v tshark >/dev/null || { bash scripts/setup.sh; }
mkdir -p bench/data
if [ -n "${SNIFFER_BINARY:-}" ]; then
  sniffer=("$SNIFFER_BINARY")
else
  read -ra sniffer <<<"$(bash bench/sniffer-command.sh)"
fi

file="bench/data/http-${size}mb.pcapng"
[ -f "$file" ] || python3 bench/make-capture.py "$file" "$size"
packets=$(capinfos -c -M "$file" | awk -F': *' '/Number of packets/ {print $2}')
echo "capture: $file ($packets packets); sniffer: ${sniffer[*]}"

# run CMD... -> prints "seconds maxrss_kb"
# A run that fails stops the benchmark with the command and its standard error.
run() {
  local err log; err=$(mktemp); log=$(mktemp)
  if ! TZ=UTC /usr/bin/time -f '%e %M' -o "$err" "$@" >/dev/null 2>"$log"; then
    echo "failed: $*" >&2; tail -5 "$log" >&2; rm -f "$err" "$log"; exit 1
  fi
  tail -1 "$err"; rm -f "$err" "$log"
}

# median LINES... -> the line whose first field (seconds) is the median
median() { printf '%s\n' "$@" | sort -n -k1,1 | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }'; }

for format in "${formats[@]}"; do
  case "$format" in
    V) args=(-V) ;;
    *) args=(-T "$format") ;;
  esac
  s_runs=(); t_runs=()
  for _ in $(seq "${RUNS:-3}"); do
    s_runs+=("$(run "${sniffer[@]}" read -n -r "$file" "${args[@]}")")
    t_runs+=("$(run tshark -n -r "$file" "${args[@]}")")
  done
  echo "${args[*]} runs (s): sniffer $(printf '%s\n' "${s_runs[@]}" | awk '{ printf "%s ", $1 }')| tshark $(printf '%s\n' "${t_runs[@]}" | awk '{ printf "%s ", $1 }')"
  read -r s_sec s_kb <<<"$(median "${s_runs[@]}")"
  read -r t_sec t_kb <<<"$(median "${t_runs[@]}")"
  [ -n "${s_sec:-}" ] && [ -n "${t_sec:-}" ] || exit 1
  awk -v f="${args[*]}" -v p="$packets" -v ss="$s_sec" -v sk="$s_kb" -v ts="$t_sec" -v tk="$t_kb" 'BEGIN {
    printf "%-8s sniffer: %7.2f s %10.0f packets/s peak %7.1f MiB | tshark: %7.2f s %10.0f packets/s peak %7.1f MiB | speed %.1fx, memory 1/%.1f\n",
      f, ss, p/ss, sk/1024, ts, p/ts, tk/1024, ts/ss, tk/sk
  }'
done
