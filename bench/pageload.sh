#!/usr/bin/env bash
# Story-page load on this machine: build, start Mizan on a fresh data directory, store a synthetic corpus
# of 1,000 articles through POST /api/articles, then measure /stories/{id} against /q/health/live with 32
# users (org.mizan.bench.load.PageLoad). Everything runs on 127.0.0.1 and stops by itself.
#   bench/pageload.sh [articles=1000] [users=32] [seconds=20]
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${1:-1000}
USERS=${2:-32}
SECONDS_PER_RUN=${3:-20}
PORT=${PAGELOAD_PORT:-18080}
DATA=$(mktemp -d /tmp/mizan-pageload-XXXXXX)
PASSWORD=pageload-$RANDOM$RANDOM

./mvnw -B -q -pl web,bench -am package -DskipTests
MIZAN_DATA_DIR="$DATA" MIZAN_ADMIN_PASSWORD="$PASSWORD" QUARKUS_HTTP_PORT=$PORT \
  java -Xmx2g -jar web/target/quarkus-app/quarkus-run.jar > "$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf -m 2 "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
  sleep 1
done
BASE=http://127.0.0.1:$PORT
java -cp bench/target/benchmarks.jar org.mizan.bench.load.CorpusLoader --base "$BASE" --articles "$ARTICLES" --password "$PASSWORD"
java -cp bench/target/benchmarks.jar org.mizan.bench.load.PageLoad --base "$BASE" --users "$USERS" --seconds "$SECONDS_PER_RUN" --warmup 5
echo "server log: $DATA/server.log"
