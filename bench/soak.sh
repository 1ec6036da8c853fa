#!/bin/sh
# Soak: the server under 32 closed-loop clients for 5 minutes over the synthetic query mix, with
# three full rebuilds of the served index during the run. Prints failed requests (must be 0) and
# heap/RSS samples (must stay flat after the first minute). Loopback only; stops by itself.
#
# usage: bench/soak.sh [DOCS (default 20000)] [SECONDS (default 300)]
set -eu
cd "$(dirname "$0")/.."
DOCS=${1:-20000}
SECONDS_TOTAL=${2:-300}
PORT=${SOAK_PORT:-7093}
WORK=${SOAK_DIR:-/tmp/lcs-soak}
mkdir -p "$WORK"

[ -f "$WORK/corpus/queries.tsv" ] || ./lcs generate --docs "$DOCS" --out "$WORK/corpus" >/dev/null
./lcs index --corpus "$WORK/corpus" --index "$WORK/index" >/dev/null

LCS_HEAP=${LCS_HEAP:-1g} LCS_ACCESS_LOG=OFF ./lcs serve --index "$WORK/index" --port "$PORT" --cache off --rate-limit off \
  > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
i=0
until curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null; do
  i=$((i + 1)); [ $i -lt 120 ] || { echo "soak: server did not start" >&2; exit 1; }
  sleep 0.5
done
JAVA_PID=$(pgrep -f "lcs.cli.Lcs serve --index $WORK/index" | head -n 1)

./lcs bench search --url "http://127.0.0.1:$PORT" --pid "$JAVA_PID" --queries "$WORK/corpus/queries.tsv" \
  --clients 32 --seconds "$SECONDS_TOTAL" --warmup 0 > "$WORK/load.txt" 2>&1 &
LOAD=$!

echo "t_s	heap_used_mb	rss_mb	documents	index_version" > "$WORK/samples.tsv"
start=$(date +%s)
rebuilds=0
while kill -0 "$LOAD" 2>/dev/null; do
  t=$(( $(date +%s) - start ))
  heap=$(curl -s "http://127.0.0.1:$PORT/metrics" | awk 'index($0, "jvm_memory_used_bytes{area=\"heap\"") == 1 {s += $NF} END {printf "%.0f", s / 1048576}')
  rss=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$JAVA_PID/status")
  health=$(curl -s "http://127.0.0.1:$PORT/api/health")
  docs=$(echo "$health" | sed -n 's/.*"documents":\([0-9]*\).*/\1/p')
  version=$(echo "$health" | sed -n 's/.*"indexVersion":"\([^"]*\)".*/\1/p')
  printf '%s\t%s\t%s\t%s\t%s\n' "$t" "$heap" "$rss" "$docs" "$version" >> "$WORK/samples.tsv"
  # Three rebuilds, at about 20 %, 45 % and 70 % of the run.
  if [ $rebuilds -lt 3 ] && [ "$t" -ge $(( SECONDS_TOTAL * (20 + 25 * rebuilds) / 100 )) ]; then
    ./lcs index --corpus "$WORK/corpus" --index "$WORK/index" >> "$WORK/rebuilds.log" 2>&1
    rebuilds=$((rebuilds + 1))
  fi
  sleep 10
done
wait "$LOAD" || true
kill -TERM "$SERVER"
wait "$SERVER" && status=0 || status=$?
trap - EXIT

echo "== load (32 clients, ${SECONDS_TOTAL} s, cache off, $DOCS documents)"
cat "$WORK/load.txt"
echo "== rebuilds: $rebuilds; versions served: $(cut -f5 "$WORK/samples.tsv" | tail -n +2 | sort -u | wc -l)"
echo "== heap and RSS samples"
cat "$WORK/samples.tsv"
echo "== server exit status after SIGTERM: $status"
