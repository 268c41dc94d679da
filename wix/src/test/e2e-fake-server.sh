#!/bin/sh
# e2e-fake-server.sh: the real agent, installed from the MSI under Wine, against
# fake_server.py (the protocol of docs/protocol.md). Drives the service through its pipe
# with AdHocPipeTool.exe, as the app would.
#   1. installer without token: the app asks for the link; an old session's link is
#      refused with the expired-instance message; "End session and remove" uninstalls.
#   2. installer named AdHocSupport_<token>.msi: wrong code -> "Invalid security code";
#      the right code from a program outside the agent's folder is refused;
#      right code -> provision, hidden account, activated; restart -> hello/welcome;
#      heartbeat ping/pong;
#      technician ends the session -> the agent uninstalls itself, nothing left.
#   3. msiexec /x by hand during a session: the cleanup tells the server (endByUser).
# Usage: sh src/test/e2e-fake-server.sh target/AdHocSupport.msi target/e2e ../agent-msi/target/bin/AdHocPipeTool.exe
set -u
here=$(cd "$(dirname "$0")" && pwd)
msi_src=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$2
tool=$(cd "$(dirname "$3")" && pwd)/$(basename "$3")
. "$here/../../../scripts/test/wine-env.sh"
. "$here/../../../scripts/test/agent-checks.sh"

TOKEN="e2eTok_-0123456789abcdefghijklmnopqrstuvwxy"     # 43 characters
OLD_TOKEN="oldTok_-0123456789abcdefghijklmnopqrstuvwxy"
CODE="482915736"
PASSWORD="Acc3ss-Pw-e2e-SECRET"
CREDENTIAL="agent-cred-e2e-SECRET"
SERVICE=AdHocSupportAgent
ROOT_KEY='HKLM\SOFTWARE\AdHocSupport'

status_has() { wine_agent_status "$tool" | grep -q -F -- "$1"; }
activate() { wine_agent_activate "$tool" "$1" "${2:-}" >/dev/null; }
frames_have() { grep -q -F -- "$1" "$work/server/frames.jsonl" 2>/dev/null; }
frames_count() { n=$(grep -c -F -- "$1" "$work/server/frames.jsonl" 2>/dev/null); echo "${n:-0}"; }
lacks() { ! grep -q -F -- "$2" "$1"; }
agent_log_has() { grep -q -F -- "$1" "$WINEPREFIX/drive_c/ProgramData/AdHocSupport/logs/agent.log" 2>/dev/null; }
removed_completely() { wine_wait_for not_installed && wine_wait_for service_missing && wine_wait_for no_program_dir && wine_wait_for no_data_dir; }

rm -rf "$work"
mkdir -p "$work/server" "$work/downloads"
wine_env_init "$work"
server_pid=""
cleanup() {
    wine_env_cleanup
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; fi
}
trap cleanup EXIT INT TERM
python3 "$here/fake_server.py" "$work/server" "$TOKEN" "$CODE" "$PASSWORD" "$CREDENTIAL" &
server_pid=$!
wine_xvfb_start || exit 1
started=$(date +%s)
wine_prefix_create
WINE_WAIT_SECONDS=10 wine_wait_for test -s "$work/server/port"
PORT=$(cat "$work/server/port")
PRODUCT_CODE=$(msiinfo export "$msi_src" Property | tr -d '\r' | awk -F'\t' '$1 == "ProductCode" { print $2 }')
WINE_WAIT_SECONDS=40

# --- 1. No token in the installer name ------------------------------------------------------
cp "$msi_src" "$work/downloads/AdHocSupport.msi"
rc=$(wine_msi_install "$work/downloads/AdHocSupport.msi" "$work/install-notoken.log" SERVERURL="http://127.0.0.1:$PORT")
check "install without token succeeds (got $rc)" [ "$rc" = 0 ]
check "service answers on its pipe: waiting for the code" wine_wait_for status_has '"state":"WAITING_FOR_CODE"'
check "the app is told to ask for the link" status_has '"needLink":true'
activate "111222333" ""
check "code without link: the agent asks for the link" wine_wait_for status_has '"localMessage":"NEED_LINK"'
activate "111222333" "http://127.0.0.1:$PORT/d/$OLD_TOKEN"
check "old session's link: expired-instance message shown verbatim" wine_wait_for status_has \
    '"refusalText":"Support session did not start. This support session instance has expired. Inform your support technician of this message."'
check "the server got the token from the pasted link" frames_have "\"token\": \"$OLD_TOKEN\""
wine_agent_end "$tool" >/dev/null
check "'End session and remove' uninstalls the product" removed_completely

# --- 2. Installer named AdHocSupport_<token>.msi -------------------------------------------
msi="$work/downloads/AdHocSupport_$TOKEN.msi"
cp "$msi_src" "$msi"
rc=$(wine_msi_install "$msi" "$work/install.log" SERVERURL="http://127.0.0.1:$PORT")
check "install with token succeeds (got $rc)" [ "$rc" = 0 ]
check "waiting for the code, no link needed" wine_wait_for status_has '"needLink":false'
activate "000000000"
check "wrong code: 'Invalid security code'" wine_wait_for status_has '"refusalText":"Invalid security code"'
# The right code from a program that is not the installed app (the test tool where it
# was built, outside Program Files\AdHocSupport): refused, never sent to the server.
printf '%s\n\n' "$CODE" | "$WINE" "$tool" activate >/dev/null 2>&1
check "a code from a program outside the agent's folder is refused" \
    wine_wait_for agent_log_has "refused a security code over the pipe"
check "... and the agent still waits for the code" status_has '"state":"WAITING_FOR_CODE"'
check "... and the server never saw it" [ "$(frames_count "\"code\": \"$CODE\"")" = 0 ]
activate "482 915 736"
check "right code: session active with the technician" wine_wait_for status_has '"state":"ACTIVE"'
check "status names the technician" status_has '"technician":"Anna Bianchi"'
check "activate carried token, code and computer" frames_have "\"token\": \"$TOKEN\", \"code\": \"$CODE\", \"computer\": {\"name\""
check "hidden account created: provisioned ok" frames_have '"type": "provisioned", "ok": true'
check "session stored (SessionId)" reg_equals "$ROOT_KEY\\Session" SessionId s-1
check "technician recorded for the MSI's launch condition" reg_equals "$ROOT_KEY" ActiveTechnician "Anna Bianchi"

"$WINE" sc stop $SERVICE >/dev/null 2>&1
wine_wait_for service_stopped
"$WINE" sc start $SERVICE >/dev/null 2>&1
check "after a restart the agent reconnects with hello and the credential" \
    wine_wait_for frames_have "\"type\": \"hello\", \"sessionId\": \"s-1\", \"credential\": \"$CREDENTIAL\""
check "after the restart the session is active and online" wine_wait_for status_has '"connected":true'
check "heartbeat: the agent pings within 20 s of the welcome" wine_wait_for frames_have '"type": "ping", "t": '
check "still online after the ping (pong understood)" status_has '"connected":true'
check "the security code was sent exactly once" [ "$(frames_count "\"code\": \"$CODE\"")" = 1 ]
cp "$WINEPREFIX/drive_c/ProgramData/AdHocSupport/logs/agent.log" "$work/agent.log" 2>/dev/null
check "agent log exists" test -s "$work/agent.log"
check "agent log has no security code" lacks "$work/agent.log" "$CODE"
check "agent log has no access password" lacks "$work/agent.log" "$PASSWORD"
check "agent log has no credential" lacks "$work/agent.log" "$CREDENTIAL"
for log in "$work"/install*.log; do
    check "no secret in $(basename "$log")" sh -c "! grep -q -e '$PASSWORD' -e '$CREDENTIAL' -e '$CODE' '$log'"
done

touch "$work/server/end-now"
check "technician ends the session: the agent uninstalls itself" removed_completely
check "no session key left" sh -c "! '$WINE' reg query '$ROOT_KEY' >/dev/null 2>&1"

# --- 3. Uninstalled by hand during a session: the server is told ---------------------------
rc=$(wine_msi_install "$msi" "$work/install-3.log" SERVERURL="http://127.0.0.1:$PORT")
check "reinstall succeeds (got $rc)" [ "$rc" = 0 ]
check "waiting for the code again" wine_wait_for status_has '"state":"WAITING_FOR_CODE"'
activate "$CODE"
check "activated again" wine_wait_for status_has '"state":"ACTIVE"'
before=$(frames_count '"type": "endByUser"')
rc=$(wine_msi_uninstall "$PRODUCT_CODE" "$work/uninstall-3.log")
check "msiexec /x during a session succeeds (got $rc)" [ "$rc" = 0 ]
check "the uninstall told the server (endByUser)" [ "$(frames_count '"type": "endByUser"')" -gt "$before" ]
check "uninstall during a session leaves nothing" removed_completely
check "no secret in uninstall-3.log" sh -c "! grep -q -e '$PASSWORD' -e '$CREDENTIAL' -e '$CODE' '$work/uninstall-3.log'"

echo "e2e tests took $(( $(date +%s) - started )) s"
echo "e2e tests: $passed passed, $failed failed"
# Keep the prefix only when something failed (for a look); it takes about 700 MB.
if [ "$failed" -eq 0 ]; then
    wine_env_discard
    exit 0
fi
echo "Wine prefix kept for inspection: $WINEPREFIX"
exit 1
