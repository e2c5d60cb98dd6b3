#!/usr/bin/env bash
# Prints the command the benchmarks run as `sniffer`: the Native AOT build (what users install and what the tests run),
# built by scripts/publish.sh when missing or older than the sources; SNIFFER_BENCH_JIT=1 measures the JIT build instead.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${SNIFFER_BENCH_JIT:-0}" = "1" ]; then
  dotnet build src/Sniffer -c Release --nologo -v q >/dev/null
  echo "dotnet $PWD/src/Sniffer/bin/Release/net10.0/sniffer.dll"
  exit 0
fi
aot=artifacts/aot/linux-x64/sniffer
if [ ! -x "$aot" ] || [ -n "$(find src -name '*.cs' -not -path '*/obj/*' -newer "$aot" -print -quit)" ]; then
  bash scripts/publish.sh aot >/dev/null
fi
echo "$PWD/$aot"
