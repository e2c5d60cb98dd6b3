#!/usr/bin/env bash
# Regenerates the committed Lua dissectors (dissector-lua/) from Sniffer's C# declarations. CI fails when a committed
# file differs from what the C# produces (tests/Sniffer.Tests/Lua/LuaExportTests.cs), so run this after changing a
# field, expert, preference or the HTCPCP grammar, and commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Sniffer -c Release --nologo -v q >/dev/null
for proto in htcpcp; do
  dotnet src/Sniffer/bin/Release/net10.0/sniffer.dll export-lua "$proto" -o "dissector-lua/$proto.lua"
  echo "export-lua.sh: dissector-lua/$proto.lua"
done
