#!/usr/bin/env bash
# Issue 8's before/after: CPU seconds and peak memory of `sniffer read` in summary mode and in -T fields mode on the
# same generated HTTP capture, for two builds (a git revision and the working tree), best of N runs each.
#   bench/summary-vs-fields.sh [SIZE_MB] [BASE_REV] [RUNS]
# Prints one line per build and mode, and the summary/fields ratio of each build (1.0 = the gap is closed).
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-100}
base=${2:-}
runs=${3:-3}
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time >/dev/null
mkdir -p bench/data
file="bench/data/http-${size}mb.pcapng"
[ -f "$file" ] || python3 bench/make-capture.py "$file" "$size"
fields=(-e frame.number -e ip.src -e tcp.srcport -e ip.dst -e tcp.dstport -e tcp.stream -e http.request.method -e http.request.uri -e http.response.code)

builds=()
if [ -n "$base" ]; then
  dir=$(mktemp -d)
  git worktree add -q --detach "$dir" "$base"
  dotnet build "$dir/src/Sniffer" -c Release --nologo -v q >/dev/null
  builds+=("$base=$dir/src/Sniffer/bin/Release/net10.0/sniffer.dll")
fi
dotnet build src/Sniffer -c Release --nologo -v q >/dev/null
builds+=("working-tree=src/Sniffer/bin/Release/net10.0/sniffer.dll")
# Both builds are measured as JIT builds (the base revision predates the AOT build), so the comparison is like for like.

best() { # best CPU seconds and its peak RSS over $runs runs of the command
  local b="" m=""
  for _ in $(seq "$runs"); do
    local out; out=$(mktemp)
    /usr/bin/time -f '%U %S %M' -o "$out" "$@" >/dev/null 2>/dev/null
    read -r u s k <"$out"; rm -f "$out"
    local cpu; cpu=$(awk -v u="$u" -v s="$s" 'BEGIN{printf "%.2f", u+s}')
    if [ -z "$b" ] || awk -v a="$cpu" -v b="$b" 'BEGIN{exit !(a<b)}'; then b=$cpu; m=$k; fi
  done
  echo "$b $m"
}

packets=$(capinfos -c -M "$file" | awk -F': *' '/Number of packets/ {print $2}')
echo "capture: $file ($packets packets); best of $runs runs; CPU = user+sys seconds"
for entry in "${builds[@]}"; do
  name=${entry%%=*}; dll=${entry#*=}
  read -r sc sm <<<"$(best dotnet "$dll" read -r "$file")"
  read -r fc fm <<<"$(best dotnet "$dll" read -r "$file" -T fields "${fields[@]}")"
  awk -v n="$name" -v sc="$sc" -v sm="$sm" -v fc="$fc" -v fm="$fm" -v p="$packets" 'BEGIN {
    printf "%-14s summary: %6.2f s CPU %9.0f packets/s peak %6.1f MiB | fields: %6.2f s CPU %9.0f packets/s peak %6.1f MiB | summary/fields %.2f\n",
      n, sc, p/sc, sm/1024, fc, p/fc, fm/1024, sc/fc }'
done
if [ -n "$base" ]; then git worktree remove --force "$dir"; fi
