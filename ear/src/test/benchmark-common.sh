# benchmark-common.sh: steps both benchmarks (benchmark/relay-benchmark.sh and
# remote-benchmark/run.sh) share. Source it from the repository root with OUT set.
#
#   bench_ports_free PORT...   stop (exit 1) when one of the ports is in use
#   bench_server BUILD         build ejb, web and ear when BUILD is true or the EAR, the server
#                              or GreenMail is missing; sets WILDFLY_HOME
#   bench_classpath            $OUT/classpath.txt: the ear module's test classpath, made when
#                              missing or older than ear/pom.xml

bench_ports_free() {
  local port
  for port in "$@"; do
    if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
      echo "Port $port is in use (an earlier benchmark still running?): stop it and try again." >&2
      exit 1
    fi
  done
}

bench_server() {
  if $1 || [ ! -f ear/target/adhoc-support.ear ] || ! ls -d ear/target/wildfly-*/ >/dev/null 2>&1 \
      || [ ! -f ear/target/greenmail/greenmail-standalone.jar ]; then
    echo "Building ejb, web and ear (tests skipped)..."
    mvn -B -q -o -ntp -Dstyle.color=never -pl ejb,web,ear package -DskipTests
  fi
  WILDFLY_HOME="$(ls -d "$(pwd)"/ear/target/wildfly-*/ | head -1)"
  WILDFLY_HOME="${WILDFLY_HOME%/}"
}

bench_classpath() {
  mkdir -p "$OUT"
  if [ ! -s "$OUT/classpath.txt" ] || [ ear/pom.xml -nt "$OUT/classpath.txt" ]; then
    mvn -B -q -o -ntp -Dstyle.color=never -pl ear dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null
  fi
}
