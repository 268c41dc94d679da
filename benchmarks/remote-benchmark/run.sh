#!/usr/bin/env bash
# The side-by-side remote-control benchmark (issue 6): one Xvfb screen (1920x1080x24) shown
# through our pipeline (the real agent from the MSI under Wine -> WildFly -> the viewer page in
# headless Chromium) and through x11vnc + websockify + noVNC (vnc.html, Tight, quality 6,
# compression 2) in the same Chromium, one after the other, with the same scripted workloads
# (workload.py: a static screen, typing in vim, scrolling in less, a 25 fps animation over half
# the screen; and what Windows shows: ClearType-like typing and scrolling, photos, video, a
# window dragged, a web page scrolled; KeyPresses.java: 120 key presses in the page, through each
# pipeline's input path, into key-marker.exe on the PC), three runs of both. Prints one table (median and spread) and
# writes it to benchmarks/target/remote-benchmark/results.md. Exits 1 when one of our canvas's
# key presses was never shown. Not part of ./test or CI.
#
#   bash benchmarks/remote-benchmark/run.sh [--build] [-Dremotebench.seconds=20] [-Dremotebench.presses=120]
#                                           [-Dremotebench.runs=3] [-Dremotebench.profile=true]
#                                           [-Dremotebench.recording=true]
#
#   --build   rebuild the agent and the MSI, then ejb, web, ear and server (done anyway when missing)
#   -Dremotebench.worker=agent-msi/target/h-bench/bin/AdHocRemote.exe
#             after installing the MSI, replace its connection worker by one built since
#             (make -C agent-msi OUT=target/h-bench target/h-bench/bin/AdHocRemote.exe): measures a
#             change to the capture without rebuilding the MSI and the EAR
#   -Dremotebench.recording=true
#             the company records Remote Control (Account page): each of our connections' recording is
#             downloaded afterwards and the bytes it stored are given per workload and per hour
#
# Own ports and screen, so it runs beside ./test and the other benchmarks: WildFly offset 700
# (http 8780), GreenMail 3725/8725, Xvfb :150 (or the next free one), x11vnc 5970,
# websockify/noVNC 6090 (REMOTEBENCH_PORT_OFFSET=800 moves them all by 100). Everything started
# here is stopped on exit, failures included.
[ -n "${BASH_VERSION:-}" ] || exec bash "$0" "$@"
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$(pwd)"
. benchmarks/benchmark-common.sh
OUT="$ROOT/benchmarks/target/remote-benchmark"
HERE="$ROOT/benchmarks/remote-benchmark"
# REMOTEBENCH_PORT_OFFSET moves every port (default 700) when another run holds them.
OFFSET=${REMOTEBENCH_PORT_OFFSET:-700}
HTTP_PORT=$((8080 + OFFSET))
SMTP_PORT=$((3025 + OFFSET))
MAIL_API_PORT=$((8025 + OFFSET))
VNC_PORT=$((5270 + OFFSET))
WEB_PORT=$((5390 + OFFSET))

bench_args "$@"
started=$(date +%s)

# Tools the peer pipeline and the workloads need, installed on demand.
bench_install x11vnc novnc websockify xterm x11-xserver-utils x11-apps python3-tk python3-pil python3-pil.imagetk \
    python3-numpy vim fonts-dejavu-core xdotool

bench_ports_free $HTTP_PORT $((9990 + OFFSET)) $((8443 + OFFSET)) $SMTP_PORT $MAIL_API_PORT $VNC_PORT $WEB_PORT

if [ ! -f wix/target/AdHocSupport.msi ] || [ ! -f agent-msi/target/bin/AdHocPipeTool.exe ]; then
  build=true
fi
bench_server "$build"

echo "Compiling the benchmark..."
bench_classes
# The key-press target on the PC, a Windows program (not shipped).
MARKER="$OUT/key-marker.exe"
if [ ! -f "$MARKER" ] || [ "$HERE/key-marker.cpp" -nt "$MARKER" ]; then
  x86_64-w64-mingw32-g++ -std=c++17 -O2 -Wall -Wextra -static -s -o "$MARKER" "$HERE/key-marker.cpp" -lgdi32
fi

# A fresh server every run: configuration and deployment from the build, an empty database.
BASE="$OUT/server"
rm -rf "$BASE" "$OUT/pc" "$OUT/screenshots"
mkdir -p "$BASE/configuration" "$BASE/deployments" "$BASE/data" "$BASE/log" "$OUT/pc"
find "$WILDFLY_HOME/standalone/configuration" -maxdepth 1 -type f -exec cp -f {} "$BASE/configuration/" \;
cp -f ear/target/adhoc-support.ear "$BASE/deployments/"

# A long document to scroll through: the project's own sources.
find ejb/src web/src agent-msi/src -name '*.java' -o -name '*.cpp' -o -name '*.js' | sort | xargs cat > "$OUT/document.txt"

pids=()
XVFB_PID=""
stop_all() {
  local status=$?
  trap - INT TERM EXIT
  echo "Stopping everything the benchmark started..."
  if [ -n "${WINEPREFIX_DIR:-}" ] && [ -d "$WINEPREFIX_DIR" ]; then
    WINEPREFIX="$WINEPREFIX_DIR" wineserver -k 2>/dev/null || true
  fi
  [ -f "$OUT/server.pid" ] && kill -TERM "$(cat "$OUT/server.pid")" 2>/dev/null || true
  for pid in "${pids[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  [ -n "$XVFB_PID" ] && kill -TERM "$XVFB_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -f "$OUT/server.pid"
  exit $status
}
trap stop_all INT TERM EXIT

DISPLAY_NUMBER=""
for n in $(seq 150 199); do
  if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then DISPLAY_NUMBER=$n; break; fi
done
[ -n "$DISPLAY_NUMBER" ] || { echo "no free X display from :150 on" >&2; exit 1; }
Xvfb ":$DISPLAY_NUMBER" -screen 0 1920x1080x24 -nolisten tcp > "$OUT/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$DISPLAY_NUMBER" ] && break; sleep 0.1; done
export DISPLAY=":$DISPLAY_NUMBER"
xsetroot -solid '#2f5f8f'

java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port=$SMTP_PORT \
     -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=$MAIL_API_PORT \
     -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.auth.disabled -Xmx256m \
     -jar server/target/greenmail/greenmail-standalone.jar > "$OUT/greenmail.log" 2>&1 &
pids+=($!)

rm -f "$OUT/server.pid"
JBOSS_HOME="$WILDFLY_HOME" JBOSS_PIDFILE="$OUT/server.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 \
ADHOC_PUBLIC_URL="http://localhost:$HTTP_PORT" \
  "$WILDFLY_HOME/bin/standalone.sh" -c standalone-adhoc.xml -Djboss.server.base.dir="$BASE" \
    -Djboss.socket.binding.port-offset=$OFFSET -Dadhoc.smtp.port=$SMTP_PORT \
    -Dadhoc.db.dir="$BASE/data/adhoc-db" -Dadhoc.sealing.key-file="$BASE/data/sealing.key" \
    > "$OUT/server-console.log" 2>&1 &
pids+=($!)

# The peer: x11vnc on the same screen (defaults, no password, loopback only) and websockify
# serving noVNC.
x11vnc -display "$DISPLAY" -rfbport $VNC_PORT -localhost -nopw -forever -shared -quiet \
    -o "$OUT/x11vnc.log" > /dev/null 2>&1 &
X11VNC_PID=$!
pids+=($X11VNC_PID)
websockify --web /usr/share/novnc 127.0.0.1:$WEB_PORT 127.0.0.1:$VNC_PORT > "$OUT/websockify.log" 2>&1 &
WEBSOCKIFY_PID=$!
pids+=($WEBSOCKIFY_PID)

echo "Starting the benchmark's WildFly on port $HTTP_PORT (log: $BASE/log/server.log)..."
bench_await_server "$BASE"
for _ in $(seq 1 10); do [ -s "$OUT/server.pid" ] && break; sleep 1; done

WINEPREFIX_DIR="$OUT/pc/prefix"
java -Xmx512m -Dwebdriver.chrome.driver=/usr/bin/chromedriver -cp "$(cat "$OUT/classpath.txt")" \
    -Dit.http.port=$HTTP_PORT -Dit.setup.token-file="$BASE/data/adhoc-setup.token" -Dit.screenshots="$OUT/screenshots" \
    -Dremotebench.display="$DISPLAY" -Dremotebench.out="$OUT" -Dremotebench.pc="$OUT/pc" \
    -Dremotebench.workload="$HERE/workload.py" -Dremotebench.document="$OUT/document.txt" -Dremotebench.marker="$MARKER" \
    -Dremotebench.wineEnv="$ROOT/scripts/test/wine-env.sh" \
    -Dremotebench.pipeTool="$ROOT/agent-msi/target/bin/AdHocPipeTool.exe" \
    -Dremotebench.novnc="http://127.0.0.1:$WEB_PORT/vnc.html?autoconnect=1&host=127.0.0.1&port=$WEB_PORT&path=websockify&quality=6&compression=2&resize=scale&reconnect=0" \
    -Dremotebench.serverLog="$BASE/log/server.log" -Dremotebench.serverPid="$(cat "$OUT/server.pid")" -Dremotebench.xvfbPid=$XVFB_PID \
    -Dremotebench.x11vncPid=$X11VNC_PID -Dremotebench.websockifyPid=$WEBSOCKIFY_PID \
    "${props[@]}" com.adhocsupport.remotebench.RemoteBenchmark
echo "Run time: $(( $(date +%s) - started )) s"
