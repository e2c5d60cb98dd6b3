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
