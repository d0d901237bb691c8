#!/usr/bin/env bash
# A Mizan data directory holding N articles, for start-up, heap and page-speed measurements at 10^3-10^5:
# the real corpus (1,960 articles) stored once through the API into a base directory (bench/writeload.sh,
# 16 clients), then a copy of the base grown in bulk inside H2 by org.mizan.bench.GrowCorpus (copies of
# the real articles, each generation a week later). With MEASURE=1, then starts Mizan on it with -Xmx512m
# and reports the time to ready and the heap used after a full GC (the search index is rebuilt in the
# background on the first start; the figure is taken at ready and again 20 s later).
#   bench/corpus.sh N DIR          e.g. bench/corpus.sh 100000 /tmp/mizan-100k
# Environment: CORPUS_BASE=dir (default /tmp/mizan-corpus-base; made if missing), CORPUS_PORT (18184),
# MEASURE=1, CORPUS_SKIP_BUILD=1, CORPUS_MEASURE_ONLY=1 (DIR is grown already: only measure; N is then
# only a label), CORPUS_APP=dir (the quarkus-app to start; default web/target/quarkus-app, e.g. a copy of
# another commit's build for a before/after). Nothing may have DIR or the base open.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:?articles}
DIR=${2:?data directory}
BASE=${CORPUS_BASE:-/tmp/mizan-corpus-base}
PORT=${CORPUS_PORT:-18184}
if [ -z "${CORPUS_SKIP_BUILD:-}" ]; then
  ./mvnw -B -q ${MVN_FLAGS:-} -pl web,bench -am package -DskipTests
fi
if [ ! -f "$BASE/mizan.mv.db" ]; then
  WRITELOAD_SKIP_BUILD=1 WRITELOAD_DATA="$BASE" WRITELOAD_PORT=$PORT bench/writeload.sh 16 1960
fi
if [ -z "${CORPUS_MEASURE_ONLY:-}" ]; then
  rm -rf "$DIR"; mkdir -p "$DIR"
  cp "$BASE/mizan.mv.db" "$DIR/"
  H2=$(ls web/target/quarkus-app/lib/main/com.h2database.h2-*.jar)
  java -cp "bench/target/benchmarks.jar:$H2" org.mizan.bench.GrowCorpus "$DIR" "$N"
fi
[ -z "${MEASURE:-}" ] && exit 0
PASSWORD=corpus-$RANDOM$RANDOM
began=$(date +%s.%N)
MIZAN_DATA_DIR="$DIR" MIZAN_ADMIN_PASSWORD="$PASSWORD" QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 \
  java -Xmx512m -jar "${CORPUS_APP:-web/target/quarkus-app}/quarkus-run.jar" >> "$DIR/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 3000); do
  curl -sf -m 2 "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
  kill -0 $SERVER 2>/dev/null || { echo "server died; see $DIR/server.log"; exit 1; }
  sleep 0.1
done
echo "ready in $(echo "$(date +%s.%N) - $began" | bc) s (wall time from launch; load average $(cut -d' ' -f1-3 /proc/loadavg))"
# CPU seconds the server spent to get there (all its threads): far less sensitive to other load than wall time.
echo "CPU to ready: $(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' /proc/$SERVER/stat) s"
grep -E "linker:|started in" "$DIR/server.log" | tail -3
heap() { jcmd $SERVER GC.run >/dev/null; jcmd $SERVER GC.heap_info | grep -E "garbage-first heap|total" | head -1; }
echo "heap after GC at ready: $(heap)"
sleep 20
echo "heap after GC 20 s later: $(heap)"
