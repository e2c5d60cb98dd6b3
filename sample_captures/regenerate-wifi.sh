#!/usr/bin/env bash
# Regenerates the Wi-Fi sample captures (wifi-radiotap.pcap, wifi-ppi.pcap, wifi-80211.pcap, wifi-80211-extra.pcap,
# wifi-ap-tags.pcap, wifi-ax.pcap) with Debian's python3-scapy, installing it when missing (needs root for apt-get). Every value in sample_captures/wifi.py is
# fixed, so the files come out byte for byte the same. Then checks that tshark reads each without a warning.
set -euo pipefail
cd "$(dirname "$0")"
if ! /usr/bin/python3 -c 'import scapy' 2>/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "regenerate-wifi.sh: python3-scapy is missing; run as root or: sudo apt-get install -y python3-scapy" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq python3-scapy >/dev/null
fi
/usr/bin/python3 wifi.py . 2>/dev/null
for f in wifi-radiotap.pcap wifi-ppi.pcap wifi-80211.pcap wifi-80211-extra.pcap wifi-ap-tags.pcap wifi-ax.pcap; do
  if tshark -n -r "$f" 2>&1 >/dev/null | grep -v '^Running as user' | grep -q .; then
    echo "regenerate-wifi.sh: tshark warns on $f" >&2
    exit 1
  fi
  echo "$f: $(tshark -n -r "$f" 2>/dev/null | wc -l) frames"
done
