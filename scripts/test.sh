#!/usr/bin/env bash
# Sets up a fresh machine (scripts/setup.sh) and runs the whole test suite, then prints one closing
# line: "N passed, N failed, N skipped" (read from the test runs' TRX results). Exit code 0 only when
# nothing failed.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }
dotnet build Sniffer.sln -c Release --nologo --verbosity quiet || { echo "0 passed, 1 failed"; exit 1; }

# The Native AOT build is the one the tests run as a program (SNIFFER_BINARY): published once per run, not per test.
# The cross-platform builds (win-x64, osx-arm64; framework-dependent, so no runtime download) prove the other
# platforms compile; their platform layers are unit-tested with the OS abstracted (PlatformLayerTests).
if aot=$(bash scripts/publish.sh aot); then
  export SNIFFER_BINARY="$PWD/$aot"
else
  echo "test.sh: the Native AOT publish failed" >&2; echo "0 passed, 1 failed"; exit 1
fi
cross=$(bash scripts/publish.sh --framework-dependent win-x64 osx-arm64) || { echo "test.sh: the win-x64/osx-arm64 publish failed" >&2; echo "0 passed, 1 failed"; exit 1; }
export SNIFFER_CROSS_BUILDS="$(echo "$cross" | sed "s|^|$PWD/|" | tr '\n' ':')"

results=$(mktemp -d)
dotnet test Sniffer.sln -c Release --no-build --nologo \
  --logger "console;verbosity=normal" --logger "trx" --results-directory "$results" 2>&1 \
  | awk '
      # A failure prints its whole message (up to 40 lines, until its stack trace), so a CI log says why it failed.
      /^[[:space:]]+Error Message/ { inmsg = 40; print; next }
      inmsg > 0 && /^[[:space:]]+Stack Trace/ { inmsg = 0 }
      inmsg > 0 { print; inmsg--; next }
      /^[[:space:]]+(Failed|Skipped) |^Test Run|^Total tests|^[[:space:]]+(Passed|Failed|Skipped):|Skip reason|^      [^[:space:]].*(absent|no capture|not installed)/ { print }' || true
status=${PIPESTATUS[0]}

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | sed -nE "s/.* $1=\"([0-9]+)\".*/\1/p"; }
  total=$(get total); executed=$(get executed); p=$(get passed); f=$(get failed)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${total:-0} - ${executed:-0}))
done
rm -rf "$results"

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
