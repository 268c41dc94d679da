# benchmark-common.sh: steps the benchmarks (relay-benchmark/relay-benchmark.sh,
# remote-benchmark/run.sh and remote-benchmark/codec-benchmark.sh) share. Source it from the
# repository root; bench_classes needs OUT set.
#
#   bench_ports_free PORT...   stop (exit 1) when one of the ports is in use
#   bench_server BUILD         build the agent, the MSI, ejb, web, ear and server (one reactor, from
#                              the parent pom: nothing needs installing in ~/.m2) when BUILD is true
#                              or the EAR, the server or GreenMail is missing; sets WILDFLY_HOME
#   bench_await_server BASE    wait for the EAR to deploy in BASE/deployments (stop, exit 1, if it
#                              does not within 180 s)
#   bench_classes              compile the benchmarks module; $OUT/classpath.txt: its classes and
#                              libraries, made when missing or older than benchmarks/pom.xml
#   bench_args ARG...          the scripts' arguments: sets build (true with --build) and props
#                              (the -D... ones); stops (exit 2) on any other
#   bench_install PACKAGE...   install the Debian packages that are missing (apt-get, with sudo
#                              when not root)

bench_install() {
  local pkg missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]}..."
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}" >/dev/null
  fi
}

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
  if $1 || [ ! -f ear/target/adhoc-support.ear ] || ! ls -d server/target/wildfly-*/ >/dev/null 2>&1 \
      || [ ! -f server/target/greenmail/greenmail-standalone.jar ]; then
    echo "Building the agent, the MSI, ejb, web, ear and server (tests skipped)..."
    mvn -B -q -o -ntp -Dstyle.color=never -pl ejb,web,ear,server -am package -DskipTests
  fi
  WILDFLY_HOME="$(ls -d "$(pwd)"/server/target/wildfly-*/ | head -1)"
  WILDFLY_HOME="${WILDFLY_HOME%/}"
}

bench_await_server() {
  . scripts/await-deployment.sh
  await_deployment "$1/deployments" 180 || exit 1
}

bench_classes() {
  mkdir -p "$OUT"
  mvn -B -q -o -ntp -Dstyle.color=never -pl benchmarks compile
  if [ ! -s "$OUT/classpath.txt" ] || [ benchmarks/pom.xml -nt "$OUT/classpath.txt" ]; then
    mvn -B -q -o -ntp -Dstyle.color=never -pl benchmarks dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile="$OUT/libraries.txt" >/dev/null
    echo "$(pwd)/benchmarks/target/classes:$(cat "$OUT/libraries.txt")" > "$OUT/classpath.txt"
  fi
}

bench_args() {
  build=false
  props=()
  local arg
  for arg in "$@"; do
    case "$arg" in
      --build) build=true ;;
      -D*) props+=("$arg") ;;
      *) echo "unknown argument: $arg" >&2; exit 2 ;;
    esac
  done
}
