#!/usr/bin/env bash
# Compares the end-to-end throughput of two builds on this machine: a base revision and the working tree, run in
# alternation (base, this, base, this, …) so that a slower spell of a shared machine falls on both, and prints each run
# and the medians. Nothing else should run meanwhile.
#
#   tools/bench-ab.sh BASE_REV ROUNDS [bench options …]
#   tools/bench-ab.sh e52f8ee 3 --count 20000 --max-words 800 --skip events,stories
#
# The base is built in a temporary worktree (removed at the end); `--end-to-end` is added to the bench options, and
# `--corpus ../shared/data/corpus/ml-crisis` (from the repository root) unless one is given.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
base=${1:?base revision}; rounds=${2:?rounds}; shift 2
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$root" worktree add --detach -q "$work/base" "$base"
"$work/base/cronista" --help >/dev/null
"$root/cronista" --help >/dev/null
# The corpus path as seen from the repository root (the base runs in its worktree).
args=("$@")
[[ " $* " == *" --corpus "* ]] || args+=(--corpus "$root/../shared/data/corpus/ml-crisis")
run() { # articles/s of one end-to-end run of the build in $1
  (cd "$1" && ./cronista bench --end-to-end "${args[@]}" 2>/dev/null) | awk -F'│' '/end to end/ { gsub(/[ ,]/, "", $5); print $5 }'
}
declare -a a b
for ((i = 1; i <= rounds; i++)); do
  x=$(run "$work/base"); y=$(run "$root")
  a+=("$x"); b+=("$y")
  echo "round $i: base $x, this $y articles/s"
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
echo "median: base $(median "${a[@]}"), this $(median "${b[@]}") articles/s ($base vs the working tree; bench --end-to-end $*)"
