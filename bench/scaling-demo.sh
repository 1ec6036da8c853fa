#!/bin/sh
# Two stateless replicas of one index behind nginx, on loopback: a load run through nginx shares
# requests between them, and one replica is stopped (SIGTERM) halfway without a failed request.
#
#   bench/scaling-demo.sh [--index DIR] [--queries FILE] [--seconds N] [--clients N] [--keep]
#
# Without --index the bundled corpus is indexed first. Each replica serves its own copy of the
# index (the "built once, copied everywhere" model of docs/scaling.md). Prints the requests each
# replica answered (from its access log and from nginx's) and the load generator's error count;
# exits 0 only if there were no errors and both replicas answered.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
INDEX=
QUERIES=$ROOT/bench/queries-bundled.tsv
SECONDS_=20
CLIENTS=4
KEEP=
while [ $# -gt 0 ]; do
  case "$1" in
    --index) INDEX=$2; shift 2 ;;
    --queries) QUERIES=$2; shift 2 ;;
    --seconds) SECONDS_=$2; shift 2 ;;
    --clients) CLIENTS=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) sed -n '2,11p' "$0" >&2; exit 2 ;;
  esac
done
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || { echo "scaling-demo: needs nginx" >&2; exit 1; }
NGINX=$(command -v nginx 2>/dev/null || echo /usr/sbin/nginx)

TMP=$(mktemp -d /tmp/lcs-scaling.XXXXXX)
chmod 755 "$TMP" # nginx workers may run as nobody
PIDS=
NGINX_PID=
cleanup() {
  for pid in $PIDS; do kill "$pid" 2>/dev/null || true; done
  [ -n "$NGINX_PID" ] && kill -QUIT "$NGINX_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  if [ -n "$KEEP" ]; then echo "logs kept in $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT INT TERM

log() { echo "scaling-demo: $*"; }

# Build once up front (the replicas must not race to build).
"$ROOT/lcs" bench --help >/dev/null

if [ -z "$INDEX" ]; then
  INDEX=$TMP/built-index
  log "indexing the bundled corpus into $INDEX"
  "$ROOT/lcs" index --corpus "$ROOT/corpus" --index "$INDEX" >"$TMP/index.log" 2>&1
fi

# Distribute: one copy of the index per replica, as a deployment would ship a versioned copy.
for n in 1 2; do
  mkdir -p "$TMP/replica$n"
  cp -r "$INDEX" "$TMP/replica$n/index"
  rm -f "$TMP/replica$n/index/write.lock"
done

# Start both replicas on free ports; the access log (one line per request) is their count.
for n in 1 2; do
  LCS_ACCESS_LOG=INFO "$ROOT/lcs" serve --index "$TMP/replica$n/index" --port 0 --cache off --rate-limit off \
    >"$TMP/replica$n/out.log" 2>&1 &
  eval "PID$n=$!"
  PIDS="$PIDS $!"
done
port_of() {
  # The port from the "ready at http://127.0.0.1:PORT/" line, waiting for it up to 60 s.
  i=0
  while [ $i -lt 600 ]; do
    p=$(sed -n 's/.* ready at http:\/\/127\.0\.0\.1:\([0-9]*\)\/.*/\1/p' "$1" | head -n 1)
    [ -n "$p" ] && { echo "$p"; return 0; }
    i=$((i + 1))
    sleep 0.1
  done
  echo "scaling-demo: no 'ready' line in $1:" >&2
  cat "$1" >&2
  return 1
}
PORT1=$(port_of "$TMP/replica1/out.log")
PORT2=$(port_of "$TMP/replica2/out.log")
log "replica 1 (pid $PID1) on 127.0.0.1:$PORT1, replica 2 (pid $PID2) on 127.0.0.1:$PORT2"

# nginx in front, on the first free port from 18080.
PORT=18080
while curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/"; do # something already answers there
  PORT=$((PORT + 1))
done
mkdir -p "$TMP/nginx/tmp"
sed -e "s#@PREFIX@#$TMP/nginx#g" -e "s#@PORT@#$PORT#g" -e "s#@PORT1@#$PORT1#g" -e "s#@PORT2@#$PORT2#g" \
  "$ROOT/bench/nginx/nginx.conf.template" >"$TMP/nginx/nginx.conf"
"$NGINX" -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -e "$TMP/nginx/error.log" &
NGINX_PID=$!
i=0
until curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/health" 2>/dev/null; do
  i=$((i + 1))
  [ $i -gt 100 ] && { echo "scaling-demo: nginx did not answer" >&2; cat "$TMP/nginx/error.log" >&2; exit 1; }
  sleep 0.1
done
log "nginx (pid $NGINX_PID) on 127.0.0.1:$PORT"

# Load through nginx; replica 1 gets SIGTERM halfway.
log "load: $CLIENTS clients for $SECONDS_ s through nginx; replica 1 is stopped after $((SECONDS_ / 2)) s"
"$ROOT/lcs" bench search --url "http://127.0.0.1:$PORT" --queries "$QUERIES" --clients "$CLIENTS" \
  --seconds "$SECONDS_" --warmup 0 >"$TMP/load.txt" 2>&1 &
LOAD_PID=$!
sleep $((SECONDS_ / 2 + 2)) # the load generator's JVM takes a moment to start
kill -TERM "$PID1"
STOP_STATUS=0
wait "$PID1" || STOP_STATUS=$?
log "replica 1 stopped (exit status $STOP_STATUS)"
LOAD_STATUS=0
wait "$LOAD_PID" || LOAD_STATUS=$?

# Counts.
count_access() { grep -c 'GET /api/search ' "$1" || true; }
R1=$(count_access "$TMP/replica1/out.log")
R2=$(count_access "$TMP/replica2/out.log")
N1=$(grep '/api/search' "$TMP/nginx/access.log" | awk -v a="127.0.0.1:$PORT1" '$2 == a' | wc -l)
N2=$(grep '/api/search' "$TMP/nginx/access.log" | awk -v a="127.0.0.1:$PORT2" '$2 == a' | wc -l)
RETRIED=$(grep '/api/search' "$TMP/nginx/access.log" | awk '$2 ~ /,/' | wc -l)
TOTAL=$(grep -c '/api/search' "$TMP/nginx/access.log" || true)
NOT200=$(grep '/api/search' "$TMP/nginx/access.log" | awk '$1 != 200' | wc -l)
ERRORS=$(sed -n 's/.* \([0-9][0-9]*\) errors of \([0-9][0-9]*\).*/\1/p' "$TMP/load.txt" | head -n 1)
SENT=$(sed -n 's/.* \([0-9][0-9]*\) errors of \([0-9][0-9]*\).*/\2/p' "$TMP/load.txt" | head -n 1)

echo
grep -E '^\| (server|as served) |^\|---' "$TMP/load.txt" || cat "$TMP/load.txt"
echo
echo "requests sent by the load generator:   ${SENT:-?} (errors: ${ERRORS:-?}, exit status $LOAD_STATUS)"
echo "answered through nginx:                $TOTAL (not 200: $NOT200; retried on the other replica: $RETRIED)"
echo "replica 1 (stopped halfway):           $R1 in its access log, $N1 by nginx's log"
echo "replica 2:                             $R2 in its access log, $N2 by nginx's log"
[ "${ERRORS:-1}" = 0 ] && [ "$NOT200" = 0 ] && [ "$R1" -gt 0 ] && [ "$R2" -gt 0 ]
