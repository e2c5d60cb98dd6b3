#!/usr/bin/env bash
# Sets up a fresh machine (scripts/setup.sh) and runs the whole test suite, then prints one
# closing line: "N passed, N failed, N skipped". Exit code 0 only when nothing failed.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh || exit 1
dotnet build Sniffer.sln -c Release --nologo --verbosity quiet || { echo "0 passed, 1 failed"; exit 1; }

log=$(mktemp)
dotnet test Sniffer.sln -c Release --no-build --nologo --logger "console;verbosity=normal" 2>&1 | tee "$log" | grep -E '^\s+(Failed|Skipped) |^\s+Error Message|^Failed!|^Passed!|Skip reason|^\s+Assert|^\s+(Expected|Actual)' || true
status=${PIPESTATUS[0]}

passed=0; failed=0; skipped=0
while read -r p f s; do
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
done < <(grep -E '(Passed|Failed)!\s+-\s+Failed:' "$log" | sed -E 's/.*Failed:\s*([0-9]+), Passed:\s*([0-9]+), Skipped:\s*([0-9]+).*/\2 \1 \3/')
rm -f "$log"

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
