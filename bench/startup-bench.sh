#!/usr/bin/env bash
# Start-up benchmark: wall time of `sniffer --version` and `sniffer read -r empty.pcap` (a pcap header and no packet)
# for the Native AOT build and the JIT build (dotnet sniffer.dll), beside `tshark -r empty.pcap`, with hyperfine
# (Debian's; installed when missing). Targets (issue 14): read of an empty file at most 1/10 of tshark's wall time,
# --version under 30 ms. Builds the AOT binary first if it is missing (scripts/publish.sh aot).
#   bash bench/startup-bench.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
command -v hyperfine >/dev/null || apt-get install -y -qq hyperfine >/dev/null
command -v tshark >/dev/null || { echo "startup-bench.sh: tshark is missing (apt-get install tshark)" >&2; exit 1; }
[ -x artifacts/aot/linux-x64/sniffer ] || bash scripts/publish.sh aot >/dev/null
dotnet build src/Sniffer -c Release --nologo -v q >/dev/null
aot="$PWD/artifacts/aot/linux-x64/sniffer"
dll="$PWD/src/Sniffer/bin/Release/net10.0/sniffer.dll"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The 24-byte pcap header of an empty Ethernet capture: magic, version 2.4, zone, sigfigs, snaplen 65535, link type 1.
printf '\xd4\xc3\xb2\xa1\x02\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\x00\x00\x01\x00\x00\x00' >"$work/empty.pcap"
export WIRESHARK_CONFIG_DIR="$work/wireshark"

hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/times.json" --style basic \
  -n "sniffer --version (AOT)" "$aot --version" \
  -n "sniffer read -r empty.pcap (AOT)" "$aot read -r $work/empty.pcap" \
  -n "sniffer read -r empty.pcap (JIT)" "dotnet $dll read -r $work/empty.pcap" \
  -n "tshark -r empty.pcap" "tshark -r $work/empty.pcap" >&2

python3 - "$work/times.json" <<'PY'
import json, sys
r = {x["command"]: x["mean"] for x in json.load(open(sys.argv[1]))["results"]}
version, aot, jit, tshark = (r["sniffer --version (AOT)"], r["sniffer read -r empty.pcap (AOT)"],
                             r["sniffer read -r empty.pcap (JIT)"], r["tshark -r empty.pcap"])
print(f"{'':34} {'mean wall (ms)':>15} {'/ tshark':>9}")
for name, t in [("sniffer --version (AOT)", version), ("sniffer read -r empty.pcap (AOT)", aot),
                ("sniffer read -r empty.pcap (JIT)", jit), ("tshark -r empty.pcap", tshark)]:
    print(f"{name:34} {t * 1000:15.1f} {t / tshark:9.3f}")
print(f"target read -r empty.pcap <= 1/10 of tshark: {'met' if aot <= tshark / 10 else 'NOT met'} ({aot / tshark:.3f})")
print(f"target --version < 30 ms: {'met' if version < 0.030 else 'NOT met'} ({version * 1000:.1f} ms)")
PY
