#!/usr/bin/env bash
# Story-page load on this machine: build, start Mizan on a fresh data directory, store a synthetic corpus
# of 1,000 articles through POST /api/articles, then measure /stories/{id} against /q/health/live with 32
# users (org.mizan.bench.load.PageLoad). Everything runs on 127.0.0.1 and stops by itself.
#   bench/pageload.sh [articles=1000] [users=32] [seconds=20]
# Environment:
#   MVN_FLAGS=-o             build offline
#   PAGELOAD_DATA=/some/dir  keep the data directory there: the corpus is stored once (a marker file records
#                            how many articles) and later runs start on it without storing it again
#   PAGELOAD_ROUNDS=3        measure this many times against the same server (ratios compare within a round)
#   PAGELOAD_SKIP_BUILD=1    run the jars already built
#   PAGELOAD_GZIP=1          after the plain rounds, one more asking for gzip as browsers do (reported apart)
#   PAGELOAD_PAGES=all       measure every reader page (home, story, claim, speaker, article, outlet, search), each
#                            against the probe right after it, and print the table (PageLoad --all)
#   PAGELOAD_WRK=1           with PAGELOAD_PAGES=all: measure with wrk (32 connections, 127.0.0.1) instead
#   PAGELOAD_JSONL=file      store these real articles (/work/shared/tools/load_corpus.py format) instead of the
#                            synthetic corpus
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${1:-1000}
USERS=${2:-32}
SECONDS_PER_RUN=${3:-20}
PORT=${PAGELOAD_PORT:-18080}
ROUNDS=${PAGELOAD_ROUNDS:-1}
if [ -n "${PAGELOAD_DATA:-}" ]; then
  DATA=$PAGELOAD_DATA
  mkdir -p "$DATA"
else
  DATA=$(mktemp -d /tmp/mizan-pageload-XXXXXX)
fi
# The corpus is deterministic (SyntheticCorpus, seed 7), so a directory that holds it for this count can be reused.
MARKER="$DATA/pageload-corpus-$ARTICLES"
PASSWORD=pageload-$RANDOM$RANDOM

if [ -z "${PAGELOAD_SKIP_BUILD:-}" ]; then
  ./mvnw -B -q ${MVN_FLAGS:-} -pl web,bench -am package -DskipTests
fi
MIZAN_DATA_DIR="$DATA" MIZAN_ADMIN_PASSWORD="$PASSWORD" QUARKUS_HTTP_PORT=$PORT \
  java -Xmx2g -jar web/target/quarkus-app/quarkus-run.jar > "$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf -m 2 "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
  sleep 1
done
BASE=http://127.0.0.1:$PORT
if [ -f "$MARKER" ]; then
  echo "corpus of $ARTICLES articles already stored in $DATA: not storing it again"
elif [ -n "${PAGELOAD_JSONL:-}" ]; then
  python3 ../shared/tools/load_corpus.py "$BASE" "$PAGELOAD_JSONL" "$ARTICLES" 2 "$PASSWORD"
  touch "$MARKER"
else
  java -cp bench/target/benchmarks.jar org.mizan.bench.load.CorpusLoader --base "$BASE" --articles "$ARTICLES" --password "$PASSWORD"
  touch "$MARKER"
fi
if [ "${PAGELOAD_PAGES:-}" = all ]; then
  if [ -n "${PAGELOAD_WRK:-}" ]; then
    java -cp bench/target/benchmarks.jar org.mizan.bench.load.ReaderPages --base "$BASE" > "$DATA/pages.txt"
    echo "| page | wrk req/s | p50 | p99 | /q/health/live req/s | ratio |"
    echo "|---|---:|---:|---:|---:|---:|"
    while read -r name path; do
      wrk -t2 -c"$USERS" -d3s "$BASE$path" > /dev/null
      page=$(wrk -t2 -c"$USERS" -d"${SECONDS_PER_RUN}s" --latency "$BASE$path")
      live=$(wrk -t2 -c"$USERS" -d"${SECONDS_PER_RUN}s" "$BASE/q/health/live")
      rps=$(awk '/Requests\/sec/ {print $2}' <<<"$page"); lrps=$(awk '/Requests\/sec/ {print $2}' <<<"$live")
      p50=$(awk '$1=="50%" {print $2}' <<<"$page"); p99=$(awk '$1=="99%" {print $2}' <<<"$page")
      errs=$(awk '/Non-2xx|Socket errors/' <<<"$page")
      echo "| $name \`$path\` | $rps | $p50 | $p99 | $lrps | $(awk -v a="$rps" -v b="$lrps" 'BEGIN {printf "%.2f", a / b}') |${errs:+ $errs}"
    done < "$DATA/pages.txt"
  else
    java -cp bench/target/benchmarks.jar org.mizan.bench.load.PageLoad --base "$BASE" --users "$USERS" --seconds "$SECONDS_PER_RUN" \
      --warmup 15 --all true
  fi
  echo "server log: $DATA/server.log"
  exit 0
fi
for round in $(seq 1 "$ROUNDS"); do
  [ "$ROUNDS" -gt 1 ] && echo "round $round of $ROUNDS"
  java -cp bench/target/benchmarks.jar org.mizan.bench.load.PageLoad --base "$BASE" --users "$USERS" --seconds "$SECONDS_PER_RUN" --warmup 15
done
if [ -n "${PAGELOAD_GZIP:-}" ]; then
  echo "as a browser asks: Accept-Encoding: gzip"
  java -cp bench/target/benchmarks.jar org.mizan.bench.load.PageLoad --base "$BASE" --users "$USERS" --seconds "$SECONDS_PER_RUN" --warmup 15 \
    --accept-encoding gzip
fi
echo "server log: $DATA/server.log"
