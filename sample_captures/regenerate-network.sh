#!/usr/bin/env bash
# Regenerates the captures of what every Ethernet/Wi-Fi capture carries (ARP, ICMP, ICMPv6/NDP, DNS over UDP
# and TCP, DHCP, NTP, mDNS, LLMNR, SSDP) with Sniffer itself. All traffic stays inside two network namespaces
# joined by a veth pair, created here and deleted on exit: a client (10.213.20.1, fd00:213::1) and a server
# (10.213.20.2) running dnsmasq (DNS with an authoritative zone lab.test, DHCP, IPv6 router advertisements) and
# network-peers.py (NTP, mDNS, LLMNR, SSDP). The server also routes 10.213.21.0/24 to nowhere, so a TTL-1
# packet gets Time-to-live exceeded and others Destination unreachable.
#
# Needs root, libpcap0.8, iproute2, tshark, python3 and the Debian packages dnsmasq-base, dnsutils,
# iputils-ping, iputils-arping, isc-dhcp-client and ndisc6 (the captures are committed: tests do not need them).
# Run from anywhere: bash sample_captures/regenerate-network.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/sample_captures"

if [ "$(id -u)" -ne 0 ]; then
  echo "regenerate-network.sh: live capture and network namespaces need root" >&2
  exit 1
fi
for tool in dnsmasq dig ping arping dhclient rdisc6 python3 tshark ip; do
  command -v "$tool" >/dev/null || { echo "regenerate-network.sh: $tool is missing (apt-get install dnsmasq-base dnsutils iputils-ping iputils-arping isc-dhcp-client ndisc6)" >&2; exit 1; }
done

dotnet build src/Sniffer -c Release --nologo -v q >/dev/null
dll="$PWD/src/Sniffer/bin/Release/net10.0/sniffer.dll"

. sample_captures/regenerate-lib.sh   # wait_for, namespace_pair (the script runs from the repository root)
namespace_pair snf-net   # sets work, pids, c, s, in_c, in_s; deletes the namespaces and stops pids on exit

# start_capture NAME [FILTER]: sniffer capture on the client's veth end, in the client namespace.
start_capture() {
  rm -f "$out/$1.pcapng"
  "${in_c[@]}" dotnet "$dll" capture -i snf-c ${2:+-f "$2"} -w "$out/$1.pcapng" 2>"$work/$1.capture.log" &
  capture=$!
  pids+=($capture)
  wait_for "$work/$1.capture.log" "Capturing on"
}

stop_capture() {
  sleep 0.5
  kill -TERM "$capture"
  wait "$capture" || true
  grep "Packets captured" "$work/$1.capture.log" | sed "s/^/$1: /"
}

# --- the two namespaces ---------------------------------------------------------------------------
ip netns add "$c"
ip netns add "$s"
ip link add snf-c netns "$c" address 02:53:4e:46:00:01 type veth peer name snf-s netns "$s" address 02:53:4e:46:00:02
"${in_c[@]}" sysctl -qw net.ipv6.conf.snf-c.accept_ra=2
"${in_s[@]}" sysctl -qw net.ipv4.ip_forward=1
"${in_s[@]}" sysctl -qw net.ipv6.conf.all.forwarding=1
ip -n "$c" addr add 10.213.20.1/24 dev snf-c
ip -n "$s" addr add 10.213.20.2/24 dev snf-s
ip -n "$s" addr add fd00:213::2/64 dev snf-s nodad
for ns in "$c" "$s"; do ip -n "$ns" link set lo up; done
ip -n "$c" link set snf-c up
ip -n "$s" link set snf-s up
ip -n "$c" route add 10.213.21.0/24 via 10.213.20.2
ip -n "$c" route add 224.0.0.0/4 dev snf-c
ip -n "$s" route add 224.0.0.0/4 dev snf-s
# 10.213.21.0/24 goes nowhere: its lower half to a second veth pair whose far end is in the server namespace too
# (a TTL-1 packet gets Time-to-live exceeded), its upper half is unreachable (Destination unreachable).
ip -n "$s" link add snf-d type veth peer name snf-e
ip -n "$s" link set snf-d up
ip -n "$s" link set snf-e up
ip -n "$s" route add 10.213.21.0/25 dev snf-d
ip -n "$s" route add unreachable 10.213.21.128/25

cat >"$work/dnsmasq.conf" <<EOF
no-resolv
no-hosts
no-poll
bind-interfaces
interface=snf-s
except-interface=lo
domain=lab.test
local=/lab.test/
auth-server=ns1.lab.test,snf-s
auth-zone=lab.test,10.213.20.0/24
auth-soa=2024010101,hostmaster.lab.test,1200,180,1209600
host-record=ns1.lab.test,10.213.20.2
host-record=www.lab.test,10.213.20.80,fd00:213::80
host-record=mail.lab.test,10.213.20.25
cname=web.lab.test,www.lab.test
mx-host=lab.test,mail.lab.test,10
txt-record=lab.test,"v=spf1 mx -all","sniffer lab"
srv-host=_http._tcp.lab.test,www.lab.test,80,0,5
dns-rr=svc.lab.test,65,000100000100060268320268330003000201bb000400040ad51450
dhcp-range=10.213.20.100,10.213.20.150,255.255.255.0,1h
dhcp-option=option:router,10.213.20.2
dhcp-option=option:dns-server,10.213.20.2
dhcp-option=option:ntp-server,10.213.20.2
dhcp-authoritative
dhcp-leasefile=$work/leases
enable-ra
dhcp-range=fd00:213::,ra-only,64,1h
ra-param=snf-s,30,1800
EOF
"${in_s[@]}" dnsmasq -C "$work/dnsmasq.conf" --pid-file="$work/dnsmasq.pid" --log-facility="$work/dnsmasq.log"
sleep 0.5

dig_at() { "${in_c[@]}" dig +time=1 +tries=1 @10.213.20.2 "$@" >/dev/null || true; }

# --- ARP, ICMP and DNS over UDP and TCP -------------------------------------------------------------------
"${in_c[@]}" ip neigh flush dev snf-c
"${in_s[@]}" ip neigh flush dev snf-s
start_capture dns-icmp-arp "not ip6"
"${in_c[@]}" arping -c 2 -w 3 -I snf-c 10.213.20.2 >/dev/null
"${in_c[@]}" arping -U -c 1 -w 2 -I snf-c 10.213.20.1 >/dev/null || true      # gratuitous ARP (request)
"${in_s[@]}" arping -A -c 1 -w 2 -I snf-s 10.213.20.2 >/dev/null || true      # gratuitous ARP (reply)
"${in_c[@]}" ping -c 3 -i 0.2 10.213.20.2 >/dev/null
dig_at www.lab.test A
dig_at www.lab.test AAAA
dig_at web.lab.test A
dig_at lab.test MX
dig_at lab.test TXT
dig_at lab.test SOA
dig_at lab.test NS
dig_at _http._tcp.lab.test SRV
dig_at -x 10.213.20.80
dig_at svc.lab.test TYPE65
dig_at nothere.lab.test A
dig_at +noedns mail.lab.test A
dig_at +tcp www.lab.test A
dig_at +tcp lab.test TXT
"${in_c[@]}" dig +time=1 +tries=1 -p 5399 @10.213.20.2 www.lab.test >/dev/null || true   # closed port: ICMP port unreachable
"${in_c[@]}" ping -c 1 -t 1 -W 1 10.213.21.5 >/dev/null || true                         # TTL 1: time-to-live exceeded
"${in_c[@]}" ping -c 1 -W 1 10.213.21.200 >/dev/null || true                            # unreachable route: host unreachable
"${in_c[@]}" python3 "$out/network-peers.py" tcp-ttl1 10.213.21.5                         # TCP SYN quoted in time exceeded
"${in_s[@]}" sysctl -qw net.ipv4.icmp_echo_ignore_all=1
"${in_c[@]}" ping -c 2 -i 0.2 -W 1 10.213.20.2 >/dev/null || true                         # requests with no reply
"${in_s[@]}" sysctl -qw net.ipv4.icmp_echo_ignore_all=0
# Another station claims the server's address: tshark reports the duplicate use.
"${in_s[@]}" ip link set snf-s address 02:53:4e:46:00:99
"${in_s[@]}" arping -A -c 1 -w 2 -I snf-s 10.213.20.2 >/dev/null || true
"${in_s[@]}" ip link set snf-s address 02:53:4e:46:00:02
stop_capture dns-icmp-arp

# --- IPv6: router and neighbour discovery, echo ----------------------------------------------------------
# IPv6 off, then on while capturing: duplicate address detection, router solicitation, the router's advertisement.
"${in_c[@]}" sysctl -qw net.ipv6.conf.snf-c.disable_ipv6=1
start_capture ndp-icmpv6 "ip6"
"${in_c[@]}" sysctl -qw net.ipv6.conf.snf-c.disable_ipv6=0
sleep 2.5
"${in_c[@]}" rdisc6 -1 -w 1000 snf-c >/dev/null || true
sleep 1
"${in_c[@]}" ping -6 -c 2 -i 0.2 fd00:213::2 >/dev/null || true
"${in_c[@]}" ping -6 -c 1 -W 1 fd00:213::77 >/dev/null || true     # nobody answers: neighbour solicitations only
stop_capture ndp-icmpv6

# --- DHCP: discover, offer, request, ack, then release -----------------------------------------------------
start_capture dhcp-lease "udp port 67 or udp port 68"
"${in_c[@]}" timeout 20 dhclient -4 -1 -v -sf /bin/true -lf "$work/dhclient.leases" -pf "$work/dhclient.pid" snf-c 2>"$work/dhclient.log"
"${in_c[@]}" timeout 20 dhclient -4 -r -v -sf /bin/true -lf "$work/dhclient.leases" -pf "$work/dhclient.pid" snf-c 2>>"$work/dhclient.log" || true
stop_capture dhcp-lease

# --- NTP, mDNS, LLMNR, SSDP -----------------------------------------------------------------------------
"${in_s[@]}" python3 "$out/network-peers.py" serve 10.213.20.2 >"$work/peers.log" &
pids+=($!)
peers=$!
wait_for "$work/peers.log" "listening on"
start_capture udp-services "udp and not port 53 and not port 67 and not port 68"
"${in_c[@]}" python3 "$out/network-peers.py" client 10.213.20.2
stop_capture udp-services
kill -TERM "$peers"; wait "$peers" || true

kill -TERM "$(cat "$work/dnsmasq.pid")"; rm -f "$work/dnsmasq.pid"
ip netns del "$c"
ip netns del "$s"

for f in dns-icmp-arp ndp-icmpv6 dhcp-lease udp-services; do
  file="$out/$f.pcapng"
  if tshark -r "$file" >/dev/null 2>"$work/tshark.err" && ! grep -v '^Running as user' "$work/tshark.err" | grep -q .; then :; else
    echo "regenerate-network.sh: tshark complains about $file:" >&2; cat "$work/tshark.err" >&2; exit 1
  fi
  size=$(stat -c %s "$file")
  [ "$size" -lt 102400 ] || { echo "regenerate-network.sh: $file is $size bytes, over 100 KB" >&2; exit 1; }
done
echo "regenerate-network.sh: 4 captures written to $out"
