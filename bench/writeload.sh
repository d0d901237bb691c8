#!/usr/bin/env bash
# Write-path load on this machine: build, start Mizan on a fresh data directory (127.0.0.1), store the
# corpus (1,960 real articles) through POST /api/articles with 16 concurrent clients
# (org.mizan.bench.load.WriteLoad), report articles/s per window and overall, p50/p99 and status counts,
# then the start-up time of the server on the data directory it filled. Stops everything it started.
#   bench/writeload.sh [clients=16] [articles=1960]
# Environment: MVN_FLAGS=-o (offline build), WRITELOAD_SKIP_BUILD=1, WRITELOAD_PORT (default 18184),
# WRITELOAD_DATA=dir (default: a new temporary directory), WRITELOAD_JAVA_OPTS (e.g. -XX:StartFlightRecording=...),
# WRITELOAD_SHIFT_WEEKS=W (the articles as if published W weeks later, texts marked as new: for a directory
# grown by bench/corpus.sh, which holds the originals and a copy per week; W = its generations + 1),
# WRITELOAD_RESTART=0 (no restart at the end). Also reports the server's CPU time per article stored (user +
# system, from /proc), which a machine shared with other work disturbs less than the rate.
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
cpu() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
start
CPU_BEFORE=$(cpu)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp bench/target/benchmarks.jar org.mizan.bench.load.WriteLoad --base "http://127.0.0.1:$PORT" \
  --corpus ../shared/corpus/arabic-news.jsonl --clients "$CLIENTS" --articles "$ARTICLES" --password "$PASSWORD" \
  --shift-weeks "${WRITELOAD_SHIFT_WEEKS:-0}"
echo "server CPU per article: $(echo "scale=1; ($(cpu) - $CPU_BEFORE) * 1000 / $(getconf CLK_TCK) / $ARTICLES" | bc) ms; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep "writes:" "$DATA/server.log" | tail -2
stop
[ "${WRITELOAD_RESTART:-1}" = 0 ] && exit 0
echo "restart on the filled data directory:"
start
grep -E "linker:|started in" "$DATA/server.log" | tail -2
echo "server log: $DATA/server.log"
