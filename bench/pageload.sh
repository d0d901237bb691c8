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
#   PAGELOAD_BULK=1          make the corpus with bench/corpus.sh (the real articles stored once, then copied in bulk
#                            inside H2: how 10^5 are measured) instead of storing them all through the API
#   PAGELOAD_CACHE=off       start the server with the page caches off (mizan.reader-page-cache=false): every request
#                            renders, which measures the pages as designed; "both" measures with them on, then off
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
source bench/server.sh
start_server() { # $1: whether the page caches are on
  start_mizan "$DATA/server.log" MIZAN_READER_PAGE_CACHE=$1
}
trap stop_server EXIT
CACHE=${PAGELOAD_CACHE:-on}
if [ -n "${PAGELOAD_BULK:-}" ] && [ ! -f "$MARKER" ]; then
  # The one generator of large corpora (bench/corpus.sh: the real articles stored once, then copied in bulk).
  CORPUS_SKIP_BUILD=1 CORPUS_PORT=$PORT bench/corpus.sh "$ARTICLES" "$DATA"
  touch "$MARKER"
fi
start_server $([ "$CACHE" = off ] && echo false || echo true)
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
# The search index is rebuilt in the background on a directory written in bulk: measure once it is complete.
for _ in $(seq 1 1800); do
  grep -q "search index rebuilt\|search index: .*up to date" "$DATA/server.log" 2>/dev/null && break
  [ -n "${PAGELOAD_BULK:-}" ] || break
  sleep 1
done
measure_all() {
  echo "page caches: $1; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ -n "${PAGELOAD_WRK:-}" ]; then
    java -cp bench/target/benchmarks.jar org.mizan.bench.load.ReaderPages --base "$BASE" > "$DATA/pages.txt"
    echo "| page | KB | wrk req/s | p50 | p99 | /q/health/live req/s | probe p99 | ratio | load average |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    while read -r name path; do
      wrk -t2 -c"$USERS" -d3s "$BASE$path" > /dev/null
      page=$(wrk -t2 -c"$USERS" -d"${SECONDS_PER_RUN}s" --latency "$BASE$path")
      live=$(wrk -t2 -c"$USERS" -d"${SECONDS_PER_RUN}s" --latency "$BASE/q/health/live")
      rps=$(awk '/Requests\/sec/ {print $2}' <<<"$page"); lrps=$(awk '/Requests\/sec/ {print $2}' <<<"$live")
      p50=$(awk '$1=="50%" {print $2}' <<<"$page"); p99=$(awk '$1=="99%" {print $2}' <<<"$page")
      # The probe's own p99 at the same moment: what the machine's load alone does to the slowest answers.
      lp99=$(awk '$1=="99%" {print $2}' <<<"$live")
      errs=$(awk '/Non-2xx|Socket errors/' <<<"$page")
      kb=$(curl -s "$BASE$path" | wc -c | awk '{printf "%.1f", $1 / 1000}')
      echo "| $name \`$path\` | $kb | $rps | $p50 | $p99 | $lrps | $lp99 | $(awk -v a="$rps" -v b="$lrps" 'BEGIN {printf "%.2f", a / b}') | $(cut -d' ' -f1 /proc/loadavg) |${errs:+ $errs}"
    done < "$DATA/pages.txt"
    echo "one connection (wrk -t1 -c1 -d4s), p50 / p99:"
    while read -r name path; do
      one=$(wrk -t1 -c1 -d4s --latency "$BASE$path")
      echo "  $name $(awk '$1=="50%" {print $2}' <<<"$one") / $(awk '$1=="99%" {print $2}' <<<"$one") (load $(cut -d' ' -f1 /proc/loadavg))"
    done < "$DATA/pages.txt"
  else
    java -cp bench/target/benchmarks.jar org.mizan.bench.load.PageLoad --base "$BASE" --users "$USERS" --seconds "$SECONDS_PER_RUN" \
      --warmup 15 --all true
  fi
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}
if [ "${PAGELOAD_PAGES:-}" = all ]; then
  measure_all "$([ "$CACHE" = off ] && echo off || echo on)"
  if [ "$CACHE" = both ]; then
    stop_server
    start_server false
    measure_all off
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
