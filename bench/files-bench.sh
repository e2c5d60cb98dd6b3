#!/usr/bin/env bash
# Reading compressed captures: the same HTTP capture plain, gzip, zstd and LZ4, read with `sniffer read -q`
# beside `tshark -r FILE -q` (tshark 4.0 reads plain and gzip only), printing seconds, MB/s of capture data
# and peak memory for each, and the sniffer/tshark speed ratio. (tshark -q with nothing to print skips
# dissection; sniffer read -q dissects every frame, so the file layer alone is measured by the next rows.)
# The file layer without dissection: `sniffer edit IN OUT` from each format beside `editcap IN OUT`.
# Then the write side: `sniffer read -q -w` into each format beside `tshark -w` (plain).
#   bench/files-bench.sh [SIZE_MB]      (default 200; files go to bench/data, git-ignored)
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-200}
command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time >/dev/null; }
command -v tshark >/dev/null || { bash scripts/setup.sh; }
command -v zstd >/dev/null || apt-get install -y -qq zstd >/dev/null
command -v lz4 >/dev/null || apt-get install -y -qq lz4 >/dev/null
mkdir -p bench/data
read -ra sniffer <<<"$(bash bench/sniffer-command.sh)"

plain="bench/data/http-${size}mb.pcapng"
[ -f "$plain" ] || python3 bench/make-capture.py "$plain" "$size"
[ -f "$plain.gz" ] || gzip -k -6 -f "$plain"
[ -f "$plain.zst" ] || zstd -q -3 -f "$plain" -o "$plain.zst"
[ -f "$plain.lz4" ] || lz4 -q -f "$plain" "$plain.lz4"
bytes=$(stat -c %s "$plain")

run() {   # CMD... -> "seconds maxrss_kb"
  local err; err=$(mktemp)
  /usr/bin/time -f '%e %M' -o "$err" "$@" >/dev/null 2>/dev/null || true
  cat "$err"; rm -f "$err"
}
line() { awk -v n="$1" -v s="$2" -v k="$3" -v b="$bytes" 'BEGIN { printf "%-34s %7.2f s  %8.1f MB/s  peak %7.1f MiB\n", n, s, b/s/1e6, k/1024 }'; }

echo "capture: $plain ($((bytes / 1000000)) MB; gz $(( $(stat -c %s "$plain.gz") / 1000000 )) MB, zst $(( $(stat -c %s "$plain.zst") / 1000000 )) MB, lz4 $(( $(stat -c %s "$plain.lz4") / 1000000 )) MB)"
for ext in "" .gz .zst .lz4; do
  read -r s_sec s_kb <<<"$(run "${sniffer[@]}" read -r "$plain$ext" -q)"
  line "sniffer read -q ${ext:-plain}" "$s_sec" "$s_kb"
  if [ "$ext" = "" ] || [ "$ext" = ".gz" ]; then
    read -r t_sec t_kb <<<"$(run tshark -n -r "$plain$ext" -q)"
    line "tshark -r -q ${ext:-plain}" "$t_sec" "$t_kb"
    awk -v s="$s_sec" -v t="$t_sec" 'BEGIN { printf "%-34s %.1fx\n", "  speed ratio (tshark s / sniffer s)", t/s }'
  fi
done
out=$(mktemp -d)
for ext in "" .gz .zst .lz4; do
  read -r s_sec s_kb <<<"$(run "${sniffer[@]}" read -r "$plain" -q -w "$out/copy.pcapng$ext")"
  line "sniffer read -q -w ${ext:-plain}" "$s_sec" "$s_kb"
done
read -r t_sec t_kb <<<"$(run tshark -n -r "$plain" -q -w "$out/t.pcapng")"
line "tshark -r -q -w plain" "$t_sec" "$t_kb"
for ext in "" .gz .zst .lz4; do
  read -r s_sec s_kb <<<"$(run "${sniffer[@]}" edit "$plain$ext" "$out/s.pcapng")"
  line "sniffer edit ${ext:-plain} -> plain" "$s_sec" "$s_kb"
  if [ "$ext" = "" ] || [ "$ext" = ".gz" ]; then
    read -r e_sec e_kb <<<"$(run editcap "$plain$ext" "$out/e.pcapng")"
    line "editcap ${ext:-plain} -> plain" "$e_sec" "$e_kb"
    awk -v s="$s_sec" -v t="$e_sec" 'BEGIN { printf "%-34s %.1fx\n", "  speed ratio (editcap s / sniffer s)", t/s }'
  fi
done
rm -rf "$out"
