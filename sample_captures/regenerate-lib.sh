# Shared by the regenerate-*.sh scripts (sourced, not run).

# wait_for FILE TEXT: until FILE contains TEXT (at most 30 s); otherwise print FILE and fail.
wait_for() {
  for _ in $(seq 300); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "$(basename "$0"): timed out waiting for '$2' in $1:" >&2
  cat "$1" >&2
  exit 1
}

# namespace_pair PREFIX: a scratch directory ($work), a list of processes to stop ($pids), two network namespace
# names ($c = PREFIX-c, $s = PREFIX-s) with commands that run inside them ($in_c, $in_s); on exit the processes and a
# dnsmasq started with --pid-file="$work/dnsmasq.pid" are stopped, the namespaces deleted and $work removed.
namespace_pair() {
  work=$(mktemp -d)
  chmod 755 "$work"
  pids=()
  c=$1-c
  s=$1-s
  in_c=(ip netns exec "$c")
  in_s=(ip netns exec "$s")
  trap namespace_pair_cleanup EXIT
}

namespace_pair_cleanup() {
  for pid in "${pids[@]:-}"; do
    [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null || true
  done
  [ -f "$work/dnsmasq.pid" ] && kill -TERM "$(cat "$work/dnsmasq.pid")" 2>/dev/null || true
  ip netns del "$c" 2>/dev/null || true
  ip netns del "$s" 2>/dev/null || true
  rm -rf "$work"
}
