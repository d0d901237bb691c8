#!/usr/bin/env bash
# What each reader page costs the server, uncached (mizan.reader-page-cache=false), measured in ways the
# machine's load does not move much: SQL statements per request (Hibernate's SQL log, one request each, after
# a warm-up) and CPU milliseconds per request (the process's CPU time over a one-connection wrk run, divided
# by the requests it answered). Runs on a data directory that already holds a corpus (bench/pageload.sh).
#   PAGECOST_DATA=/tmp/dir PAGECOST_PORT=18080 bench/pagecost.sh [seconds=5]
# The pages are those bench/pageload.sh picked into $PAGECOST_DATA/pages.txt ("name path" per line).
# PAGECOST_WARMUP=10 seconds of one-connection requests before each page's CPU run.
# PAGECOST_APP=dir runs that build (a copy of web/target/quarkus-app) instead of the one in the tree.
# PAGECOST_JFR=1 also records a JFR profile of the CPU runs into $PAGECOST_DATA/pagecost.jfr.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${PAGECOST_DATA:?a data directory with a corpus and pages.txt}
PORT=${PAGECOST_PORT:-18080}
SECONDS_PER_PAGE=${1:-5}
BASE=http://127.0.0.1:$PORT
TICKS=$(getconf CLK_TCK)
PASSWORD=pagecost-$RANDOM$RANDOM
APP=${PAGECOST_APP:-}
source bench/server.sh
start_server() { # $1: log SQL statements (to pagecost-sql.log)
  start_mizan "$DATA/$([ "$1" = true ] && echo pagecost-sql.log || echo server.log)" MIZAN_READER_PAGE_CACHE=false QUARKUS_HIBERNATE_ORM_LOG_SQL=$1
}
trap stop_server EXIT
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }

rm -f "$DATA/pagecost-sql.log"
start_server true
declare -A STATEMENTS
while read -r name path; do
  for _ in 1 2 3; do curl -s -o /dev/null "$BASE$path"; done
  sleep 0.5
  before=$(grep -c '\[Hibernate\]' "$DATA/pagecost-sql.log" || true)
  curl -s -o /dev/null "$BASE$path"
  sleep 0.5
  after=$(grep -c '\[Hibernate\]' "$DATA/pagecost-sql.log" || true)
  STATEMENTS[$name]=$((after - before))
done < "$DATA/pages.txt"
stop_server
start_server false
[ -n "${PAGECOST_JFR:-}" ] && jcmd $SERVER JFR.start settings=profile filename="$DATA/pagecost.jfr" > /dev/null
echo "| page | statements | CPU ms / request | p50 one connection | req/s | load |"
echo "|---|---:|---:|---:|---:|---:|"
while read -r name path; do
  wrk -t1 -c1 -d"${PAGECOST_WARMUP:-10}s" "$BASE$path" > /dev/null  # JIT-compiled first
  t0=$(cpu_ticks)
  out=$(wrk -t1 -c1 -d"${SECONDS_PER_PAGE}s" --latency "$BASE$path")
  t1=$(cpu_ticks)
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  echo "| $name \`$path\` | ${STATEMENTS[$name]} | $(awk -v t=$((t1 - t0)) -v n="$requests" -v hz="$TICKS" 'BEGIN {printf "%.2f", t * 1000 / hz / n}') | $p50 | $rps | $(cut -d' ' -f1 /proc/loadavg) |"
done < "$DATA/pages.txt"
[ -n "${PAGECOST_JFR:-}" ] && jcmd $SERVER JFR.dump filename="$DATA/pagecost.jfr" > /dev/null && echo "profile: $DATA/pagecost.jfr"
stop_server
