#!/usr/bin/env bash
# Issue 14's reading targets, as whole processes side by side on the same generated HTTP capture:
#   1. `sniffer read -T fields` beside `tshark -T fields` (same fields): wall, CPU, peak RSS and the ratios
#      (targets: at least 12x tshark's speed, at most 1/5 of its peak memory);
#   2. `sniffer read -q` (full TCP + HTTP dissection, no output) beside `tcpdump -nn -r` printing its header lines
#      (target: faster);
#   3. sniffer's peak memory on a 100 MB and a 1 GB file (target: flat, within 10%).
#   bench/read-bench.sh [SIZE_MB] [fields...]
# Defaults: 100 MB and the issue's field set. Files are generated into bench/data (git-ignored). The sniffer measured
# is the Native AOT build (bench/sniffer-command.sh). On a busy machine trust the CPU columns over the wall ones.
# FLAT_MEMORY=0 skips part 3 (it generates a 1 GB file once).
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-100}
shift || true
fields=("$@")
[ ${#fields[@]} -gt 0 ] || fields=(frame.number ip.src tcp.srcport ip.dst tcp.dstport tcp.stream http.request.method http.request.uri http.response.code)

command -v /usr/bin/time >/dev/null || apt-get install -y -qq time >/dev/null
command -v tshark >/dev/null || bash scripts/setup.sh
command -v tcpdump >/dev/null || apt-get install -y -qq tcpdump >/dev/null
mkdir -p bench/data
read -ra sniffer <<<"$(bash bench/sniffer-command.sh)"

make() { [ -f "bench/data/http-$1mb.pcapng" ] || python3 bench/make-capture.py "bench/data/http-$1mb.pcapng" "$1" >&2; echo "bench/data/http-$1mb.pcapng"; }

efields=()
for f in "${fields[@]}"; do efields+=(-e "$f"); done

# run CMD... -> "wall_seconds cpu_seconds maxrss_kb"
run() {
  local t; t=$(mktemp)
  /usr/bin/time -f '%e %U %S %M' -o "$t" "$@" >/dev/null 2>/dev/null
  awk '{ print $1, $2 + $3, $4 }' "$t"; rm -f "$t"
}

row() { awk -v n="$1" -v w="$2" -v c="$3" -v k="$4" 'BEGIN { printf "  %-26s %8.2f s wall %8.2f s CPU  peak %7.1f MiB\n", n, w, c, k/1024 }'; }

file=$(make "$size")
packets=$(capinfos -c -M "$file" | awk -F': *' '/Number of packets/ {print $2}')
echo "capture: $file ($packets packets)"

echo "1. -T fields ${fields[*]}"
read -r sw sc sk <<<"$(run "${sniffer[@]}" read -r "$file" -T fields "${efields[@]}")"
read -r tw tc tk <<<"$(run tshark -n -r "$file" -T fields "${efields[@]}")"
row "sniffer read -T fields" "$sw" "$sc" "$sk"
row "tshark -T fields" "$tw" "$tc" "$tk"
awk -v sw="$sw" -v sc="$sc" -v sk="$sk" -v tw="$tw" -v tc="$tc" -v tk="$tk" -v p="$packets" 'BEGIN {
  printf "  sniffer %.0f packets/s; speed %.1fx tshark (wall), %.1fx (CPU); peak memory %.2f of tshark'"'"'s\n", p/sw, tw/sw, tc/sc, sk/tk }'

echo "2. full dissection without output beside tcpdump's header lines"
read -r qw qc qk <<<"$(run "${sniffer[@]}" read -r "$file" -q)"
read -r dw dc dk <<<"$(run tcpdump -nn -r "$file")"
row "sniffer read -q" "$qw" "$qc" "$qk"
row "tcpdump -nn -r" "$dw" "$dc" "$dk"
awk -v qw="$qw" -v qc="$qc" -v dw="$dw" -v dc="$dc" 'BEGIN { printf "  sniffer %.2fx tcpdump'"'"'s speed (wall), %.2fx (CPU)\n", dw/qw, dc/qc }'

if [ "${FLAT_MEMORY:-1}" = "1" ]; then
  echo "3. peak memory on 100 MB, 1 GB and 2 GB (the 1 GB file twice, as two pcapng sections on standard input)"
  small=$(make 100); large=$(make 1024)
  peak() { /usr/bin/time -f '%M' -o /tmp/read-bench.$$ "$@" >/dev/null 2>/dev/null; cat /tmp/read-bench.$$; rm -f /tmp/read-bench.$$; }
  twice() { cat "$large" "$large" | "${sniffer[@]}" read -r - "$@"; }
  export -f twice; export large
  for mode in "-q" "-T fields ${efields[*]}"; do
    # shellcheck disable=SC2086
    a=$(peak "${sniffer[@]}" read -r "$small" $mode); b=$(peak "${sniffer[@]}" read -r "$large" $mode)
    # shellcheck disable=SC2086
    c=$(peak bash -c "$(declare -p sniffer); twice $mode")
    # The .NET GC sizes its gen0 budget from the L3 cache the machine reports; pinned at 4 MiB the same runs show
    # what the process itself holds.
    # shellcheck disable=SC2086
    d=$(DOTNET_GCgen0size=400000 peak "${sniffer[@]}" read -r "$small" $mode); e=$(DOTNET_GCgen0size=400000 peak "${sniffer[@]}" read -r "$large" $mode)
    awk -v m="${mode%% *}" -v a="$a" -v b="$b" -v c="$c" -v d="$d" -v e="$e" 'BEGIN {
      printf "  %-10s 100 MB %6.1f MiB, 1 GB %6.1f MiB, 2 GB %6.1f MiB (1 GB to 2 GB %+.1f%%); gen0 pinned: 100 MB %.1f MiB, 1 GB %.1f MiB (%+.1f%%)\n",
        m, a/1024, b/1024, c/1024, (c-b)*100/b, d/1024, e/1024, (e-d)*100/d }'
  done
  lscpu | awk -F': *' '/L3 cache/ { print "  (this machine reports an L3 cache of " $2 ")" }'
fi
