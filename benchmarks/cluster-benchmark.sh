#!/usr/bin/env bash
# The cluster benchmark (issue 14; README, Performance): builds a two-node cluster as ClusterIT
# does (PostgreSQL 15 on 55932, WildFly nodes at port offsets 1600 and 1700 configured by the
# release bundle's install.sh, HAProxy on 9643; files under benchmarks/target/cluster), then runs
# com.adhocsupport.benchmark.ClusterBenchmark: Remote Control streams whose viewer and agent are
# on different nodes beside streams on one node, and idle agents spread over both nodes.
# Not part of ./test or CI. Writes benchmarks/target/benchmark/cluster.md.
#
#   bash benchmarks/cluster-benchmark.sh [--build] [-Dbenchmark.agents=10000] [-Dbenchmark.idleSeconds=120] ...
#
#   --build   rebuild the release bundle (and what it holds) first; done anyway when it is missing
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
. benchmarks/benchmark-common.sh
OUT="$ROOT/benchmarks/target/benchmark"
bundle() { ls "$ROOT"/release/target/adhoc-support-*-release.zip 2>/dev/null | head -1; }

bench_args "$@"
if $build || [ -z "$(bundle)" ]; then
  echo "Building the release bundle..."
  mvn -B -ntp -q -pl release -am package -DskipTests -Dadhoc.msi.tests.skip=true
fi
BUNDLE="$(bundle)"
SMTP_PORT=3925
bench_ports_free 9643 9601 55932 9680 9780 11590 11690 $SMTP_PORT $((SMTP_PORT + 5000))

echo "Compiling the benchmark..."
bench_classes
mkdir -p "$OUT"
# Invitations are sent through a local catcher (the benchmark reads codes and links off the page).
java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port=$SMTP_PORT -Dgreenmail.hostname=127.0.0.1 \
     -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=$((SMTP_PORT + 5000)) \
     -Dgreenmail.auth.disabled -Xmx256m -jar server/target/greenmail/greenmail-standalone.jar > "$OUT/cluster-greenmail.log" 2>&1 &
GREENMAIL_PID=$!
trap 'kill $GREENMAIL_PID 2>/dev/null || true' EXIT
java -Xmx2g -cp "$(cat "$OUT/classpath.txt")" \
    -Dit.cluster.bundle="$BUNDLE" -Dit.cluster.dir="$ROOT/benchmarks/target/cluster" \
    -Dit.cluster.wildfly-dist="$HOME/.m2/repository/org/wildfly/wildfly-dist/39.0.1.Final/wildfly-dist-39.0.1.Final.zip" \
    -Dit.cluster.postgresql-script="$ROOT/it/src/test/postgresql/postgresql.sh" \
    -Dit.cluster.https.port=9643 -Dit.cluster.http.port=9601 -Dit.cluster.postgresql.port=55932 \
    -Dit.smtp.port=$SMTP_PORT -Dbenchmark.out="$OUT" "${props[@]}" com.adhocsupport.benchmark.ClusterBenchmark
