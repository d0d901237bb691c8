#!/usr/bin/env bash
# Write-path load on this machine: build, start Mizan on a fresh data directory (127.0.0.1), store the
# corpus (1,960 real articles) through POST /api/articles with 16 concurrent clients
# (org.mizan.bench.load.WriteLoad), report articles/s per window and overall, p50/p99 and status counts,
# then the start-up time of the server on the data directory it filled. Stops everything it started.
#   bench/writeload.sh [clients=16] [articles=1960]
# Environment: MVN_FLAGS=-o (offline build), WRITELOAD_SKIP_BUILD=1, WRITELOAD_PORT (default 18184),
# WRITELOAD_DATA=dir (default: a new temporary directory), WRITELOAD_JAVA_OPTS (e.g. -XX:StartFlightRecording=...).
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${1:-16}
ARTICLES=${2:-1960}
PORT=${WRITELOAD_PORT:-18184}
DATA=${WRITELOAD_DATA:-$(mktemp -d /tmp/mizan-writeload-XXXXXX)}
mkdir -p "$DATA"
PASSWORD=writeload-$RANDOM$RANDOM
if [ -z "${WRITELOAD_SKIP_BUILD:-}" ]; then
  ./mvnw -B -q ${MVN_FLAGS:-} -pl web,bench -am package -DskipTests
fi
SERVER=
start() {
  local began=$(date +%s.%N)
  MIZAN_DATA_DIR="$DATA" MIZAN_ADMIN_PASSWORD="$PASSWORD" QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 \
    java -Xmx1g ${WRITELOAD_JAVA_OPTS:-} -jar web/target/quarkus-app/quarkus-run.jar >> "$DATA/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 300); do
    curl -sf -m 2 "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
    sleep 0.2
  done
  echo "server ready in $(echo "$(date +%s.%N) - $began" | bc) s (wall time from launch)"
}
stop() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true; SERVER=; }
trap stop EXIT
start
java -cp bench/target/benchmarks.jar org.mizan.bench.load.WriteLoad --base "http://127.0.0.1:$PORT" \
  --corpus ../shared/corpus/arabic-news.jsonl --clients "$CLIENTS" --articles "$ARTICLES" --password "$PASSWORD"
stop
echo "restart on the filled data directory:"
start
grep -E "linker:|started in" "$DATA/server.log" | tail -2
echo "server log: $DATA/server.log"
