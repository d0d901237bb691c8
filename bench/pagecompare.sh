#!/usr/bin/env bash
# CPU milliseconds per uncached request of two builds, paired: both run side by side (page caches off) on two
# copies of one data directory, and each page is measured on one, then the other, ROUNDS times, so both see the
# same machine load. On a shared machine a single build's bench/pagecost.sh figure moves by half between runs;
# the ratio of a pair does not.
#   PAGECOMPARE_BEFORE=<quarkus-app dir> PAGECOMPARE_AFTER=<quarkus-app dir> PAGECOMPARE_DATA=<dir with pages.txt>
#   PAGECOMPARE_PORTS="8213 8313" bench/pagecompare.sh [seconds=5] [rounds=3]
# The copies go to $PAGECOMPARE_DATA-before and $PAGECOMPARE_DATA-after (removed at the end).
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=${PAGECOMPARE_DATA:?a data directory with a corpus and pages.txt}
read -r PORT_A PORT_B <<<"${PAGECOMPARE_PORTS:-18080 18081}"
SECS=${1:-5}
ROUNDS=${2:-3}
TICKS=$(getconf CLK_TCK)
A_DIR=$SRC-before
B_DIR=$SRC-after
rm -rf "$A_DIR" "$B_DIR"
cp -a "$SRC" "$A_DIR"
cp -a "$SRC" "$B_DIR"
start() { # data dir, port, build
  env MIZAN_DATA_DIR="$1" MIZAN_ADMIN_PASSWORD=pagecompare-$RANDOM$RANDOM QUARKUS_HTTP_PORT="$2" MIZAN_READER_PAGE_CACHE=false \
    java -Xmx2g -jar "$3/quarkus-run.jar" > "$1/pagecompare-server.log" 2>&1 &
  echo $!
}
A=$(start "$A_DIR" "$PORT_A" "${PAGECOMPARE_BEFORE:?the build before}")
B=$(start "$B_DIR" "$PORT_B" "${PAGECOMPARE_AFTER:?the build after}")
stop() { # the servers are not this shell's children (started in $(...)): wait for them by pid, then force
  kill "$A" "$B" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$A" 2>/dev/null || kill -0 "$B" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$A" "$B" 2>/dev/null || true
  rm -rf "$A_DIR" "$B_DIR"
}
trap stop EXIT
ready() { # pid, port, data dir
  for _ in $(seq 1 900); do
    curl -sf -m 2 "http://127.0.0.1:$2/q/health/ready" > /dev/null && return 0
    kill -0 "$1" 2>/dev/null || { cp "$3/pagecompare-server.log" "$SRC-failed.log"; echo "the server stopped: $SRC-failed.log"; exit 1; }
    sleep 1
  done
  echo "the server on port $2 was not ready in 900 s"; exit 1
}
ready "$A" "$PORT_A" "$A_DIR"
ready "$B" "$PORT_B" "$B_DIR"
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
run() { # pid, port, path: "ticks requests"
  local t0 t1 out
  t0=$(cpu "$1")
  out=$(wrk -t1 -c1 -d"${SECS}s" "http://127.0.0.1:$2$3")
  t1=$(cpu "$1")
  echo "$((t1 - t0)) $(awk '/requests in/ {print $1}' <<<"$out")"
}
echo "| page | before CPU ms / request | after | after / before | load |"
echo "|---|---:|---:|---:|---:|"
while read -r name path; do
  wrk -t1 -c1 -d10s "http://127.0.0.1:$PORT_A$path" > /dev/null  # JIT-compiled first
  wrk -t1 -c1 -d10s "http://127.0.0.1:$PORT_B$path" > /dev/null
  ta=0; na=0; tb=0; nb=0
  for _ in $(seq 1 "$ROUNDS"); do
    read -r t n < <(run "$A" "$PORT_A" "$path"); ta=$((ta + t)); na=$((na + n))
    read -r t n < <(run "$B" "$PORT_B" "$path"); tb=$((tb + t)); nb=$((nb + n))
  done
  awk -v ta=$ta -v na=$na -v tb=$tb -v nb=$nb -v hz="$TICKS" -v name="$name" -v path="$path" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN {a = ta * 1000 / hz / na; b = tb * 1000 / hz / nb; printf "| %s `%s` | %.2f | %.2f | %.2f | %s |\n", name, path, a, b, b / a, load}'
done < "$SRC/pages.txt"
