#!/usr/bin/env bash
# Installs what Sniffer and its tests need on a fresh Debian machine, only what is missing:
# libpcap (live capture), tshark/capinfos/editcap (the test oracle), iproute2 (network namespaces),
# openssl (an independent oracle for the TLS PRF tests), clang and zlib1g-dev (the native toolchain of the
# Native AOT build), util-linux's script (a pseudo-terminal for the capture counter test), hyperfine (the start-up
# benchmark), chromium + chromium-driver (the analyze HTML report is opened in a real headless browser through
# Selenium WebDriver), and restores the .NET packages. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -e /usr/lib/x86_64-linux-gnu/libpcap.so.0.8 ] || ldconfig -p 2>/dev/null | grep -q 'libpcap.so.0.8' || need+=(libpcap0.8)
command -v tshark >/dev/null 2>&1 || need+=(tshark)
command -v capinfos >/dev/null 2>&1 || need+=(wireshark-common)
command -v ip >/dev/null 2>&1 || need+=(iproute2)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
command -v clang >/dev/null 2>&1 || need+=(clang)
[ -e /usr/include/zlib.h ] || need+=(zlib1g-dev)
command -v script >/dev/null 2>&1 || need+=(bsdutils)
command -v hyperfine >/dev/null 2>&1 || need+=(hyperfine)

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: missing ${need[*]}; run as root or: sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
  echo "setup: installing ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

dotnet restore Sniffer.sln --verbosity quiet >/dev/null
