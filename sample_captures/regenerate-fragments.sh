#!/usr/bin/env bash
# Regenerates ip-fragments-veth.pcapng (real fragmented IPv4 and IPv6 traffic) with Sniffer itself, and
# ip-fragments.pcap (the fragment table's edge cases) with scapy (sample_captures/ip_fragments.py).
# The real traffic stays inside two network namespaces joined by a veth pair, created here and deleted on exit:
# a client (10.213.40.1, fd00:213:40::1) and a server (10.213.40.2, fd00:213:40::2) running dnsmasq with a TXT
# record too large for one frame and a UDP echo. Traffic: ping -s 3000 over IPv4 and IPv6 (requests and replies
# fragmented by the kernel), a 2,500-byte UDP datagram each way over IPv4 and IPv6, and a 3 KB DNS TXT answer
# over EDNS0 (dig +bufsize=4096).
#
# Needs root, libpcap0.8, iproute2, tshark, python3, python3-scapy and the Debian packages dnsmasq-base, dnsutils and
# iputils-ping (the captures are committed: tests do not need them). Run from anywhere: bash sample_captures/regenerate-fragments.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/sample_captures"

if [ "$(id -u)" -ne 0 ]; then
  echo "regenerate-fragments.sh: live capture and network namespaces need root" >&2
  exit 1
fi
for tool in dnsmasq dig ping python3 tshark ip; do
  command -v "$tool" >/dev/null || { echo "regenerate-fragments.sh: $tool is missing (apt-get install dnsmasq-base dnsutils iputils-ping)" >&2; exit 1; }
done
if ! /usr/bin/python3 -c 'import scapy' 2>/dev/null; then
  echo "regenerate-fragments.sh: python3-scapy is missing (apt-get install python3-scapy)" >&2
  exit 1
fi

/usr/bin/python3 sample_captures/ip_fragments.py "$out" 2>/dev/null

dotnet build src/Sniffer -c Release --nologo -v q >/dev/null
dll="$PWD/src/Sniffer/bin/Release/net10.0/sniffer.dll"

. sample_captures/regenerate-lib.sh   # wait_for, namespace_pair (the script runs from the repository root)
namespace_pair snf-frag   # sets work, pids, c, s, in_c, in_s; deletes the namespaces and stops pids on exit

ip netns add "$c"
ip netns add "$s"
ip link add snf-fc netns "$c" address 02:53:4e:46:40:01 type veth peer name snf-fs netns "$s" address 02:53:4e:46:40:02
ip -n "$c" addr add 10.213.40.1/24 dev snf-fc
ip -n "$s" addr add 10.213.40.2/24 dev snf-fs
ip -n "$c" addr add fd00:213:40::1/64 dev snf-fc nodad
ip -n "$s" addr add fd00:213:40::2/64 dev snf-fs nodad
for ns in "$c" "$s"; do ip -n "$ns" link set lo up; done
ip -n "$c" link set snf-fc up
ip -n "$s" link set snf-fs up
# Neighbours known in advance, so the capture holds the fragments and not the address resolution.
ip -n "$c" neigh replace 10.213.40.2 lladdr 02:53:4e:46:40:02 dev snf-fc
ip -n "$s" neigh replace 10.213.40.1 lladdr 02:53:4e:46:40:01 dev snf-fs
ip -n "$c" neigh replace fd00:213:40::2 lladdr 02:53:4e:46:40:02 dev snf-fc
ip -n "$s" neigh replace fd00:213:40::1 lladdr 02:53:4e:46:40:01 dev snf-fs

big=$(printf 'x%.0s' $(seq 200))
{
  echo "no-resolv"; echo "no-hosts"; echo "no-poll"; echo "bind-interfaces"; echo "interface=snf-fs"; echo "except-interface=lo"
  echo "local=/lab.test/"; echo "edns-packet-max=4096"
  for i in $(seq -w 1 14); do echo "txt-record=big.lab.test,\"record $i $big\""; done
} >"$work/dnsmasq.conf"
"${in_s[@]}" dnsmasq -C "$work/dnsmasq.conf" --pid-file="$work/dnsmasq.pid" --log-facility="$work/dnsmasq.log"

# A UDP echo on port 7007 (IPv4 and IPv6), answering each datagram once.
cat >"$work/udp-echo.py" <<'PY'
import socket, sys
s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
s.bind(("::", 7007))
print("listening on 7007", flush=True)
s.settimeout(20)
for _ in range(2):
    data, peer = s.recvfrom(65535)
    s.sendto(data, peer)
PY
"${in_s[@]}" /usr/bin/python3 "$work/udp-echo.py" >"$work/echo.log" &
pids+=($!)
wait_for "$work/echo.log" "listening on"
sleep 0.5

rm -f "$out/ip-fragments-veth.pcapng"
"${in_c[@]}" dotnet "$dll" capture -i snf-fc -w "$out/ip-fragments-veth.pcapng" 2>"$work/capture.log" &
capture=$!
pids+=($capture)
wait_for "$work/capture.log" "Capturing on"

"${in_c[@]}" ping -c 1 -s 3000 -W 2 10.213.40.2 >/dev/null
"${in_c[@]}" ping -6 -c 1 -s 3000 -W 2 fd00:213:40::2 >/dev/null
"${in_c[@]}" /usr/bin/python3 - <<'PY'
import socket
for family, addr in ((socket.AF_INET, "10.213.40.2"), (socket.AF_INET6, "fd00:213:40::2")):
    s = socket.socket(family, socket.SOCK_DGRAM)
    s.settimeout(3)
    s.sendto(bytes(range(256)) * 9 + b"sniffer-fragments" * 12, (addr, 7007))
    s.recvfrom(65535)
PY
"${in_c[@]}" dig +time=2 +tries=1 +bufsize=4096 +ignore @10.213.40.2 big.lab.test TXT >/dev/null || true

sleep 0.5
kill -TERM "$capture"
wait "$capture" || true
grep "Packets captured" "$work/capture.log" | sed "s/^/ip-fragments-veth: /"

for f in ip-fragments.pcap ip-fragments-veth.pcapng; do
  file="$out/$f"
  if tshark -r "$file" >/dev/null 2>"$work/tshark.err" && ! grep -v '^Running as user' "$work/tshark.err" | grep -q .; then :; else
    echo "regenerate-fragments.sh: tshark complains about $file:" >&2; cat "$work/tshark.err" >&2; exit 1
  fi
  size=$(stat -c %s "$file")
  [ "$size" -lt 102400 ] || { echo "regenerate-fragments.sh: $file is $size bytes, over 100 KB" >&2; exit 1; }
done
echo "regenerate-fragments.sh: 2 captures written to $out"
