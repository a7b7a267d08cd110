#!/usr/bin/env bash
# Samples a command's resident memory while it runs: one line "seconds RSS_MB [documents]" every 5 s, then the peak.
# With DB set, also the number of documents committed to that SQLite database so far (needs the sqlite3 shell).
# Example (docs/BENCHMARKS.md, "Memory"):
#   ./cronista bench --count 30000 --save-corpus /tmp/c30k.jsonl
#   DB=/tmp/m.db tools/rss-trace.sh dotnet artifacts/cli/Cronista.Cli.dll ingest /tmp/c30k.jsonl --db /tmp/m.db
set -uo pipefail
"$@" >/dev/null &
pid=$!
start=$(date +%s); peak=0
while kill -0 "$pid" 2>/dev/null; do
  rss=$(awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status" 2>/dev/null || true)
  [[ -z "$rss" ]] && break
  (( rss > peak )) && peak=$rss
  docs=""
  [[ -n "${DB:-}" && -f "$DB" ]] && docs=$(sqlite3 -readonly "$DB" 'SELECT count(*) FROM documents' 2>/dev/null || true)
  echo "$(( $(date +%s) - start )) $rss $docs"
  sleep 5
done
wait "$pid"; status=$?
echo "peak RSS ${peak} MB (exit $status)"
exit $status
