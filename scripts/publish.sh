#!/usr/bin/env bash
# Builds what users install, into artifacts/:
#   artifacts/tool/sniffer.VERSION.nupkg       a .NET tool package (dotnet tool install -g sniffer --add-source artifacts/tool)
#   artifacts/publish/RID/sniffer[.exe]        self-contained single-file builds: no .NET needed on the machine
#   artifacts/aot/linux-x64/sniffer            the Native AOT build (on a linux-x64 machine with clang and zlib1g-dev)
#
#   bash scripts/publish.sh                    everything: tool, the five single files, AOT
#   bash scripts/publish.sh tool | aot | RID…  only those (RIDs: linux-x64 linux-arm64 osx-arm64 osx-x64 win-x64)
#   bash scripts/publish.sh --framework-dependent RID…   a small build that needs the .NET 10 runtime (CI's cross-build check)
#
# Native AOT compiles for the machine it runs on only (Linux builds Linux); the other OSes get single-file builds.
set -euo pipefail
cd "$(dirname "$0")/.."

all_rids=(linux-x64 linux-arm64 osx-arm64 osx-x64 win-x64)
project=src/Sniffer/Sniffer.csproj
self_contained=true

single_file() {
  local rid=$1 out=artifacts/publish/$1
  [ "$self_contained" = true ] || out=artifacts/publish-fd/$1
  rm -rf "$out"
  dotnet publish "$project" -c Release -r "$rid" --self-contained "$self_contained" --nologo -v q \
    -p:PublishSingleFile=true -p:IncludeNativeLibrariesForSelfExtract=true -p:DebugType=none -o "$out" >&2
  echo "$out/$(ls "$out" | grep -E '^sniffer(\.exe)?$')"
}

aot() {
  [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] || { echo "publish.sh: Native AOT builds linux-x64 on a linux-x64 machine only" >&2; return 1; }
  rm -rf artifacts/aot/linux-x64
  dotnet publish "$project" -c Release -r linux-x64 -p:PublishAot=true --nologo -v q -o artifacts/aot/linux-x64 >&2
  rm -f artifacts/aot/linux-x64/*.dbg artifacts/aot/linux-x64/*.pdb
  echo artifacts/aot/linux-x64/sniffer
}

tool() {
  rm -rf artifacts/tool
  dotnet pack "$project" -c Release --nologo -v q -o artifacts/tool >&2
  echo "artifacts/tool/$(ls artifacts/tool)"
}

targets=("$@")
if [ ${#targets[@]} -gt 0 ] && [ "${targets[0]}" = "--framework-dependent" ]; then
  self_contained=false
  targets=("${targets[@]:1}")
fi
[ ${#targets[@]} -gt 0 ] || targets=(tool "${all_rids[@]}" aot)
for t in "${targets[@]}"; do
  case "$t" in
    tool) tool ;;
    aot) aot ;;
    linux-x64|linux-arm64|osx-arm64|osx-x64|win-x64) single_file "$t" ;;
    *) echo "publish.sh: unknown target '$t' (tool, aot, ${all_rids[*]})" >&2; exit 2 ;;
  esac
done
