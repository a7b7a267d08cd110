#!/usr/bin/env bash
# HTTP API latency as docs/BENCHMARKS.md reports it ("HTTP API latency on 100,000 documents"): for each path list
# (paths-LIST.txt beside this script), a 5 s warm-up, then 15 s with one client and 15 s with four; wrk prints the
# percentiles through rotate.lua. Start the server first, e.g.
#   ./cronista serve --db /tmp/big.db --read-only --urls http://127.0.0.1:5190 &
# Usage: bench/http/latency.sh [http://127.0.0.1:5190] [search entity story timeline]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
url=${1:-http://127.0.0.1:5190}
shift || true
lists=("$@")
[[ ${#lists[@]} -gt 0 ]] || lists=(search entity story timeline)
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 2; }
for l in "${lists[@]}"; do
  export WRK_PATHS="$here/paths-$l.txt"
  wrk -t1 -c1 -d5s -s "$here/rotate.lua" "$url" > /dev/null
  echo "$l 1 client:  $(wrk -t1 -c1 -d15s -s "$here/rotate.lua" "$url" | tail -1)"
  echo "$l 4 clients: $(wrk -t2 -c4 -d15s -s "$here/rotate.lua" "$url" | tail -1)"
done
