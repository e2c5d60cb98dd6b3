#!/usr/bin/env bash
# Reads the same large capture with `sniffer read -T fields` and with tshark, printing packets/s and
# peak memory for both and their ratio, then the peak memory of sniffer on a 100 MB and a 1 GB file
# (flat memory means the two are within 10%).
#   bench/read-bench.sh [SIZE_MB] [fields...]
# Defaults: 300 MB, the HTTP field set of issue 3. Files are generated into bench/data (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-300}
shift || true
fields=("$@")
[ ${#fields[@]} -gt 0 ] || fields=(tcp.stream http.request.method http.request.uri http.response.code)

command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time >/dev/null; }
command -v tshark >/dev/null || { bash scripts/setup.sh; }
mkdir -p bench/data
read -ra sniffer <<<"$(bash bench/sniffer-command.sh)"

make() { [ -f "bench/data/http-$1mb.pcapng" ] || python3 bench/make-capture.py "bench/data/http-$1mb.pcapng" "$1"; echo "bench/data/http-$1mb.pcapng"; }

efields=()
for f in "${fields[@]}"; do efields+=(-e "$f"); done

# run NAME CMD... -> prints "seconds maxrss_kb"
run() {
  local err; err=$(mktemp)
  /usr/bin/time -f '%e %M' -o "$err" "$@" >/dev/null 2>/dev/null
  cat "$err"; rm -f "$err"
}

file=$(make "$size")
packets=$(capinfos -c -M "$file" | awk -F': *' '/Number of packets/ {print $2}')
echo "capture: $file ($packets packets), fields: ${fields[*]}"
read -r s_sec s_kb <<<"$(run "${sniffer[@]}" read -r "$file" -T fields "${efields[@]}")"
read -r t_sec t_kb <<<"$(run tshark -n -r "$file" -T fields "${efields[@]}")"
awk -v p="$packets" -v ss="$s_sec" -v sk="$s_kb" -v ts="$t_sec" -v tk="$t_kb" 'BEGIN {
  printf "sniffer: %8.2f s  %12.0f packets/s  peak %7.1f MiB\n", ss, p/ss, sk/1024
  printf "tshark:  %8.2f s  %12.0f packets/s  peak %7.1f MiB\n", ts, p/ts, tk/1024
  printf "speed ratio (sniffer/tshark packets per second): %.1fx\n", ts/ss
}'

if [ "${FLAT_MEMORY:-1}" = "1" ]; then
  small=$(make 100); large=$(make 1024)
  read -r _ k100 <<<"$(run "${sniffer[@]}" read -r "$small" -T fields "${efields[@]}")"
  read -r _ k1g <<<"$(run "${sniffer[@]}" read -r "$large" -T fields "${efields[@]}")"
  awk -v a="$k100" -v b="$k1g" 'BEGIN { printf "sniffer peak memory: 100 MB file %.1f MiB, 1 GB file %.1f MiB (%+.1f%%)\n", a/1024, b/1024, (b-a)*100/a }'
fi
