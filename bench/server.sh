# Sourced by the bench scripts: start Mizan from a build on $DATA at $PORT and wait until it is ready, stop it.
#   start_mizan <log file> [NAME=value ...]   the extra settings go to the server's environment
# Uses DATA, PORT, PASSWORD and APP (the quarkus-app directory, default web/target/quarkus-app); sets SERVER.
SERVER=
start_mizan() {
  local log=$1
  shift
  env MIZAN_DATA_DIR="$DATA" MIZAN_ADMIN_PASSWORD="$PASSWORD" QUARKUS_HTTP_PORT=$PORT "$@" \
    java -Xmx2g -jar "${APP:-web/target/quarkus-app}/quarkus-run.jar" >> "$log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 900); do
    curl -sf -m 2 "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && return 0
    kill -0 $SERVER 2>/dev/null || { echo "the server stopped: $log"; exit 1; }
    sleep 1
  done
}
stop_server() {
  [ -n "$SERVER" ] || return 0
  kill $SERVER 2>/dev/null || true
  wait $SERVER 2>/dev/null || true
  SERVER=
}
