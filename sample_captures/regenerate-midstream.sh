#!/usr/bin/env bash
# Captures that begin in the middle of their connections, as a capture started while a lab already runs does: cut from
# the other sample captures with editcap (Debian's wireshark-common), so they are the same bytes every run.
#   bash sample_captures/regenerate-midstream.sh
set -euo pipefail
cd "$(dirname "$0")"
cut_from() { # SOURCE FIRST-FRAME TARGET
  local last; last=$(capinfos -c -M "$1" | awk -F': *' '/Number of packets/ {print $2}')
  editcap -r "$1" "$3" "$2-$last"
}
cut_from https.pcapng 7 midstream-https.pcapng                            # after the ClientHello: a CCS-first segment stays data
cut_from tls12-renegotiation.pcapng 10 midstream-tls12-renegotiation.pcapng  # the renegotiation's encrypted handshake
