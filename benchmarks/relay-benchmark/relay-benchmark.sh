#!/usr/bin/env bash
# The relay load benchmark (issue 6, "a relay load benchmark for the server alone"): starts a
# WildFly of its own from the build (port offset 500: http 8580; SMTP catcher on 3525; heap
# -Xmx2g; files under benchmarks/target/benchmark/), then runs com.adhocsupport.benchmark.RelayBenchmark
# against it: concurrent 1080p-like streams through /ws/stream -> /ws/viewer, and idle agents.
# The same streams also pass through BareRelay (undertow-core alone, port 8590) as a baseline.
# Not part of ./test or CI. Prints one table and writes it to benchmarks/target/benchmark/relay.md.
#
#   bash benchmarks/relay-benchmark/relay-benchmark.sh [--build] [--fresh] [-Dbenchmark.agents=2000] ...
#
#   --build   rebuild ejb, web, ear and server first (done anyway when the EAR or the server is missing)
#   --fresh   forget the benchmark server's database and the agents it activated earlier
#   -D...     passed to the benchmark: benchmark.streams (1,10,20), benchmark.seconds (20),
#             benchmark.warmup (5), benchmark.agents (2000), benchmark.agentSteps (4),
#             benchmark.recording (off,on: each stream count through WildFly with the company's session
#             recording off, then on, switched on the Account page; "off" alone skips the recorded runs)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$(pwd)"
. benchmarks/benchmark-common.sh
OUT="$ROOT/benchmarks/target/benchmark"
HTTP_PORT=8580
SMTP_PORT=3525
MAIL_API_PORT=8525
BARE_PORT=8590
OFFSET=500
HEAP="${BENCHMARK_HEAP:-2g}"

build=false
fresh=false
props=()
for arg in "$@"; do
  case "$arg" in
    --build) build=true ;;
    --fresh) fresh=true ;;
    -D*) props+=("$arg") ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done

bench_ports_free $HTTP_PORT $((9990 + OFFSET)) $((8443 + OFFSET)) $SMTP_PORT $MAIL_API_PORT $BARE_PORT

bench_server "$build"

echo "Compiling the benchmark..."
bench_classes
# The baseline relay is built against WildFly's own undertow-core and its dependencies.
MODULES="$WILDFLY_HOME/modules/system/layers/base"
BARE_CP="$(ls "$MODULES"/io/undertow/core/main/undertow-core-*.jar "$MODULES"/org/jboss/xnio/main/xnio-api-*.jar \
    "$MODULES"/org/jboss/xnio/nio/main/xnio-nio-*.jar "$MODULES"/org/jboss/logging/main/jboss-logging-*.jar \
    "$MODULES"/org/jboss/threads/main/jboss-threads-*.jar "$MODULES"/org/wildfly/common/main/wildfly-common-*.jar \
    "$MODULES"/io/smallrye/common/*/main/*.jar | tr '\n' ':')"
mkdir -p "$OUT/bare-classes"
javac -nowarn -Xlint:none -d "$OUT/bare-classes" -cp "$BARE_CP" benchmarks/relay-benchmark/BareRelay.java

# The server's own folder: configuration and deployment refreshed from the build on every run;
# data/ (the database with the activated sessions of earlier runs) kept unless --fresh.
BASE="$OUT/server"
if $fresh; then
  rm -rf "$BASE" "$OUT/agents.txt"
fi
mkdir -p "$BASE/configuration" "$BASE/deployments" "$BASE/data" "$BASE/log"
find "$WILDFLY_HOME/standalone/configuration" -maxdepth 1 -type f -exec cp -f {} "$BASE/configuration/" \;
rm -f "$BASE"/deployments/*
cp -f ear/target/adhoc-support.ear "$BASE/deployments/"

pids=()
stop_all() {
  trap - INT TERM EXIT
  echo "Stopping the benchmark server..."
  if [ -f "$OUT/server.pid" ]; then
    kill -TERM "$(cat "$OUT/server.pid")" 2>/dev/null || true
  fi
  for pid in "${pids[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  rm -f "$OUT/server.pid"
}
trap stop_all INT TERM EXIT

java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port=$SMTP_PORT \
     -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=$MAIL_API_PORT \
     -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.auth.disabled -Xmx256m \
     -jar server/target/greenmail/greenmail-standalone.jar > "$OUT/greenmail.log" 2>&1 &
pids+=($!)

java -Xms$HEAP -Xmx$HEAP -cp "$OUT/bare-classes:$BARE_CP" BareRelay $BARE_PORT > "$OUT/bare-relay.log" 2>&1 &
BARE_PID=$!
pids+=($BARE_PID)

rm -f "$OUT/server.pid"
# Limits raised so that one company can hold thousands of sessions (one per technician, as the
# console allows); sessions live a month, so agents activated by an earlier run can come back.
JBOSS_HOME="$WILDFLY_HOME" JBOSS_PIDFILE="$OUT/server.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 \
JBOSS_JAVA_SIZING="-Xms$HEAP -Xmx$HEAP -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m" \
ADHOC_PUBLIC_URL="http://localhost:$HTTP_PORT" ADHOC_LIMIT_PER_COMPANY=100000 ADHOC_LIMIT_PER_TECHNICIAN=1 \
ADHOC_SESSION_LIFETIME=P30D ADHOC_INVITATION_LIFETIME=P30D \
  "$WILDFLY_HOME/bin/standalone.sh" -c standalone-adhoc.xml -Djboss.server.base.dir="$BASE" \
    -Djboss.socket.binding.port-offset=$OFFSET -Dadhoc.smtp.port=$SMTP_PORT \
    -Dadhoc.db.dir="$BASE/data/adhoc-db" -Dadhoc.sealing.key-file="$BASE/data/sealing.key" \
    -Dadhoc.throttle.handshake=100000/PT1M -Dadhoc.throttle.unadmitted-message=100000/PT1M \
    > "$OUT/server-console.log" 2>&1 &
pids+=($!)

echo "Starting the benchmark's WildFly on port $HTTP_PORT (log: $BASE/log/server.log)..."
bench_await_server "$BASE"
for _ in $(seq 1 10); do [ -s "$OUT/server.pid" ] && break; sleep 1; done

java -Xmx1g -cp "$(cat "$OUT/classpath.txt")" \
    -Dbenchmark.base="http://localhost:$HTTP_PORT" -Dbenchmark.serverPid="$(cat "$OUT/server.pid")" \
    -Dbenchmark.heap="$HEAP" -Dbenchmark.out="$OUT" -Dbenchmark.setupTokenFile="$BASE/data/adhoc-setup.token" \
    -Dbenchmark.serverLog="$BASE/log/server.log" \
    -Dbenchmark.bareRelay="ws://127.0.0.1:$BARE_PORT" -Dbenchmark.bareRelayPid=$BARE_PID "${props[@]}" \
    com.adhocsupport.benchmark.RelayBenchmark
