#!/bin/sh
# msi-tests.sh: tests of AdHocSupport.msi under Wine on Xvfb, in a fresh prefix.
#   install (/qn, SERVERURL), Installer\Products key, service, files, registry config
#   ([OriginalDatabase] carries the deployment token), the app window in the console
#   session, refusal when host software is present, refusal of a second install while a
#   session is active, a reinstall (REINSTALL=ALL, modes omus and amus) with another
#   SERVERURL and SERVERCA leaves the stored settings alone, padded defaults are stored trimmed, no
#   secret in /l*v logs, uninstall leaves no trace (registry and files compared with the
#   state before), self-removal at service start when the
#   session expired while the PC was off, a major upgrade by a newer build, and the
#   ProgramData folder: its ACL read back, a pre-created one open to everyone replaced,
#   a symbolic link placed there never written or deleted through.
# Usage: sh src/test/msi-tests.sh target/AdHocSupport.msi target/msi-tests ../agent-msi/target/bin/AdHocPipeTool.exe
# Prints PASS/FAIL lines and "msi tests: N passed, M failed"; exit status 1 on failure.
set -u
here=$(cd "$(dirname "$0")" && pwd)
msi_src=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$2
tool=$(cd "$(dirname "$3")" && pwd)/$(basename "$3")
. "$here/../../../scripts/test/wine-env.sh"
. "$here/../../../scripts/test/agent-checks.sh"

TOKEN="Tk3n_-0123456789abcdefghijklmnopqrstuvwxyzA"   # 43 base64url characters
SECRET_CREDENTIAL="agent-credential-ZX81-never-in-logs"
SERVICE=AdHocSupportAgent
ROOT_KEY='HKLM\SOFTWARE\AdHocSupport'

# Windows Installer log as UTF-8 text (Wine writes ANSI; Windows may write UTF-16).
log_text() {
    if [ "$(head -c 2 "$1" | od -An -tx1 | tr -d ' ')" = fffe ]; then iconv -f UTF-16 -t UTF-8 "$1"; else cat "$1"; fi
}
log_contains() { log_text "$1" | grep -q -- "$2"; }
log_lacks() { [ -f "$1" ] && ! log_text "$1" | grep -q -- "$2"; }

file_list() {
    # Files under drive_c, without Wine's own churn (temp files, caches). The folder
    # windows/Installer (package cache) is created empty by the first install ever.
    (cd "$WINEPREFIX/drive_c" && find . -mindepth 1 | sort |
        grep -v -e '/Temp/' -e '/Temp$' -e '^./windows/temp' -e '^./windows/.*\.log$' -e '/INetCache' -e '/Fonts/' \
            -e '/AppData/Local/Microsoft/Windows/' -e '^./windows/Installer$')
}

program_file() { [ -f "$WINEPREFIX/drive_c/Program Files/AdHocSupport/$1" ]; }
reg_contains() { wine_reg_value "$1" "$2" | grep -q -F -- "$3"; }
# The data of a string value exactly, trailing spaces included (wine_reg_value drops them).
reg_exact() {
    [ "$(wine_reg_line "$1" "$2" | sed -n "s/^ *$2 *REG_SZ    //p")" = "$3" ]
}
exit_is() { [ "$1" = "$2" ]; }
agent_log() { cat "$WINEPREFIX/drive_c/ProgramData/AdHocSupport/logs/agent.log" 2>/dev/null; }
agent_log_contains() { agent_log | grep -q -F -- "$1"; }
agent_log_lacks() { ! agent_log_contains "$1"; }
app_window() { xdotool search --name '^AdHoc Support$' >/dev/null 2>&1; }
app_window_gone() { ! app_window; }
launch_condition() {
    msiinfo export "$msi_src" LaunchCondition | tr -d '\r' | grep -F -- "$1" | grep -q -F -- "$2"
}
# The package for one language of lang/, beside the English one.
language_package() { echo "${msi_src%.msi}.$1.msi"; }
# Its launch conditions are the English package's, each with the message lang/<language>.txt
# gives (Windows Installer shows it; Wine cannot, so the table is read back).
launch_conditions_translated() {
    texts="$here/../../lang/$1.txt"
    msiinfo export "$msi_src" LaunchCondition | tr -d '\r' | tail -n +4 | cut -f1 >"$work/conditions-en.txt"
    msiinfo export "$(language_package "$1")" LaunchCondition | tr -d '\r' | tail -n +4 >"$work/conditions-$1.txt"
    cut -f1 "$work/conditions-$1.txt" | diff -q "$work/conditions-en.txt" - >/dev/null || return 1
    for row in "NEWER|NOT WIX_DOWNGRADE_DETECTED" "ADMIN|Privileged" "X64|VersionNT64" \
               'HOST|NOT PERMANENTHOST OR REMOVE~="ALL"' 'PREVIOUS|NOT ACTIVETECHNICIAN OR REMOVE~="ALL"'; do
        expected=$(sed -n "s/^${row%%|*}=//p" "$texts")
        [ -n "$expected" ] && grep -q -x -F -- "${row#*|}	$expected" "$work/conditions-$1.txt" || return 1
    done
    msiinfo export "$(language_package "$1")" Property | tr -d '\r' | grep -q -x "ProductLanguage	$(sed -n 's/^LCID=//p' "$texts")"
}
same_file() { diff -u "$1" "$2" >"$3" 2>&1; }
# Owner and DACL as SDDL, read with GetNamedSecurityInfo (AdHocPipeTool.exe acl).
acl_of() { "$WINE" "$tool" acl "$1" 2>/dev/null | tr -d '\r'; }
# Only SYSTEM, Administrators and the account the service runs as (under Wine every file
# belongs to the prefix's user, and Wine does not keep the DACL's protected flag).
acl_has() { acl_of "$1" | grep -q -F -- "$2"; }
acl_closed() {
    a=$(acl_of "$1")
    echo "$a" | grep -q ';;;SY)' && ! echo "$a" | grep -q -e ';;;WD)' -e ';;;BU)' -e ';;;AU)' -e ';;;IU)' -e ';;;CO)'
}

rm -rf "$work"
wine_env_init "$work"
trap wine_env_cleanup EXIT INT TERM
wine_xvfb_start || exit 1
started=$(date +%s)
wine_prefix_create

check "launch condition: not elevated (Privileged) is refused, with what to do" \
    launch_condition "Privileged" "Administrator rights are required to install AdHoc Support. Ask an administrator"
check "launch condition: 32-bit Windows (no VersionNT64) is refused" \
    launch_condition "VersionNT64" "AdHoc Support needs 64-bit Windows."
for texts in "$here"/../../lang/*.txt; do
    language=$(basename "$texts" .txt)
    check "AdHocSupport.$language.msi: the same launch conditions, messages in lang/$language.txt, its language" \
        launch_conditions_translated "$language"
    check "AdHocSupport.$language.msi has a package code of its own" sh -c \
        "[ \"\$(msiinfo suminfo '$(language_package "$language")' | grep Revision)\" != \"\$(msiinfo suminfo '$msi_src' | grep Revision)\" ]"
done

PRODUCT_CODE=$(msiinfo export "$msi_src" Property | tr -d '\r' | awk -F'\t' '$1 == "ProductCode" { print $2 }')
check "msi has a ProductCode" [ -n "$PRODUCT_CODE" ]
check "SERVERURL and SERVERCA are secure public properties (reach the elevated install)" \
    sh -c "msiinfo export '$msi_src' Property | grep '^SecureCustomProperties' | grep -q 'SERVERURL;SERVERCA;'"
check "the package is per-machine (ALLUSERS=1)" sh -c "msiinfo export '$msi_src' Property | grep -q '^ALLUSERS.1'"
check "the package is x64" sh -c "msiinfo suminfo '$msi_src' | grep -q 'Template: x64'"
# Served as AdHocSupport_<token>.msi; a browser may add " (1)".
mkdir -p "$work/downloads"
msi="$work/downloads/AdHocSupport_$TOKEN (1).msi"
cp "$msi_src" "$msi"

wine_reg_export HKLM "$work/hklm-before.reg"
wine_reg_export HKCU "$work/hkcu-before.reg"
file_list >"$work/files-before.txt"

# --- Permanent host software present: refused -------------------------------------------
"$WINE" reg add 'HKLM\SOFTWARE\AdHocSupportHost' /v Installed /t REG_DWORD /d 1 /f >/dev/null 2>&1
rc=$(wine_msi_install "$msi" "$work/host-refused.log" SERVERURL=http://127.0.0.1:9)
check "install refused when host software is present (1603 mod 256 = 67, got $rc)" exit_is "$rc" 67
# Wine's msiexec does not write a launch condition's message into the /qn log (Windows
# does): check the condition that failed, its property and the message in the package.
check "refused by the launch conditions" log_contains "$work/host-refused.log" "LaunchConditions. Return value 0"
check "host marker found by AppSearch (PERMANENTHOST)" log_contains "$work/host-refused.log" "PERMANENTHOST = #1"
check "launch condition message 'Host software is installed on this computer'" \
    launch_condition "NOT PERMANENTHOST" "Host software is installed on this computer"
check "nothing installed after the refusal" not_installed
# The packages in the end user's language (lang/*.txt) refuse by the same conditions.
for language in it de; do
    cp "$(language_package "$language")" "$work/AdHocSupport_$TOKEN.$language.msi"
    rc=$(wine_msi_install "$work/AdHocSupport_$TOKEN.$language.msi" "$work/host-refused-$language.log" SERVERURL=http://127.0.0.1:9)
    check "the $language package is refused too when host software is present (67, got $rc)" exit_is "$rc" 67
done
check "nothing installed after the refusals" not_installed
"$WINE" reg delete 'HKLM\SOFTWARE\AdHocSupportHost' /f >/dev/null 2>&1

# --- Silent install ---------------------------------------------------------------------
rc=$(wine_msi_install "$msi" "$work/install.log" SERVERURL=http://127.0.0.1:9 SERVERCA=TUlJQ0FCQ0Q=)
check "msiexec /i /qn SERVERURL=http://127.0.0.1:9 SERVERCA=... succeeds (got $rc)" exit_is "$rc" 0
check "Installer\\Products\\<packed ProductCode> exists" installed
check "service $SERVICE is running" wine_wait_for service_running
check "AdHocAgentService.exe installed" program_file AdHocAgentService.exe
check "AdHocSupport.exe installed" program_file AdHocSupport.exe
check "AdHocRemote.exe installed" program_file AdHocRemote.exe
check "ServerUrl recorded from SERVERURL" reg_equals "$ROOT_KEY" ServerUrl "http://127.0.0.1:9"
check "ServerCa recorded from SERVERCA" reg_equals "$ROOT_KEY" ServerCa "TUlJQ0FCQ0Q="
check "InstallSource is [OriginalDatabase] with the token" \
    reg_contains "$ROOT_KEY" InstallSource "AdHocSupport_$TOKEN (1).msi"
check "ProductCode recorded for self-removal" reg_equals "$ROOT_KEY" ProductCode "$PRODUCT_CODE"
check "agent found the deployment token in the installer name" \
    wine_wait_for agent_log_contains "deployment token found in the installer name"
check "agent maps http to ws://127.0.0.1:9/ws/agent" agent_log_contains "ws://127.0.0.1:9/ws/agent"
check "ProgramData\\AdHocSupport: ACL (GetNamedSecurityInfo) admits SYSTEM and administrators only" \
    acl_closed 'C:\ProgramData\AdHocSupport'
check "ProgramData\\AdHocSupport\\logs: the same" acl_closed 'C:\ProgramData\AdHocSupport\logs'
check "no folder was replaced on a clean PC" agent_log_lacks "not safe to use"
check "app window 'AdHoc Support' shown in the console session" wine_wait_for app_window

check "the first install stored its settings once (agent log)" \
    agent_log_contains "installation settings stored: server 'http://127.0.0.1:9', private CA of 12 characters"

# --- A session is active: a second install is refused -----------------------------------
"$WINE" reg add "$ROOT_KEY" /v ActiveTechnician /t REG_SZ /d "Anna Bianchi" /f >/dev/null 2>&1
"$WINE" reg add "$ROOT_KEY\\Session" /v Credential /t REG_SZ /d "$SECRET_CREDENTIAL" /f >/dev/null 2>&1
rc=$(wine_msi_install "$msi" "$work/second-install.log" SERVERURL=http://127.0.0.1:9)
check "second install while a session is active is refused (67, got $rc)" exit_is "$rc" 67
check "second install refused by the launch conditions" \
    log_contains "$work/second-install.log" "LaunchConditions. Return value 0"
check "active session found by AppSearch (ACTIVETECHNICIAN = Anna Bianchi)" \
    log_contains "$work/second-install.log" "ACTIVETECHNICIAN = Anna Bianchi"
check "launch condition message names the technician" \
    launch_condition "NOT ACTIVETECHNICIAN" "A previous session has not yet been fully closed (technician: [ACTIVETECHNICIAN])"
check "still installed after the refused second install" installed
"$WINE" reg delete "$ROOT_KEY" /v ActiveTechnician /f >/dev/null 2>&1

# --- Uninstall leaves nothing behind ------------------------------------------------------
rc=$(wine_msi_uninstall "$PRODUCT_CODE" "$work/uninstall.log")
check "msiexec /x {ProductCode} /qn succeeds (got $rc)" exit_is "$rc" 0
check "uninstall ran the cleanup custom action" log_contains "$work/uninstall.log" "CleanupOnUninstall"
check "Installer\\Products key removed" not_installed
check "service removed" service_missing
check "Program Files\\AdHocSupport removed" no_program_dir
check "ProgramData\\AdHocSupport (logs, state) removed" no_data_dir
check "app window closed" wine_wait_for app_window_gone
wineserver -w
wine_reg_export HKLM "$work/hklm-after.reg"
wine_reg_export HKCU "$work/hkcu-after.reg"
file_list >"$work/files-after.txt"
check "HKLM identical to before install (diff in hklm.diff)" same_file "$work/hklm-before.reg" "$work/hklm-after.reg" "$work/hklm.diff"
check "HKCU identical to before install (diff in hkcu.diff)" same_file "$work/hkcu-before.reg" "$work/hkcu-after.reg" "$work/hkcu.diff"
check "files identical to before install (diff in files.diff)" same_file "$work/files-before.txt" "$work/files-after.txt" "$work/files.diff"

# --- Session expired while the PC was off: removed at the next service start -------------
rc=$(wine_msi_install "$msi" "$work/install-2.log" SERVERURL=http://127.0.0.1:9)
check "reinstall succeeds (got $rc)" exit_is "$rc" 0
check "service running again" wine_wait_for service_running
"$WINE" sc stop $SERVICE >/dev/null 2>&1
wine_wait_for service_stopped
"$WINE" reg add "$ROOT_KEY\\Session" /v SessionId /t REG_SZ /d "s-expired" /f >/dev/null 2>&1
"$WINE" reg add "$ROOT_KEY\\Session" /v Credential /t REG_SZ /d "$SECRET_CREDENTIAL" /f >/dev/null 2>&1
"$WINE" reg add "$ROOT_KEY\\Session" /v Technician /t REG_SZ /d "Anna Bianchi" /f >/dev/null 2>&1
"$WINE" reg add "$ROOT_KEY\\Session" /v ExpiresAtMs /t REG_QWORD /d 1000 /f >/dev/null 2>&1
"$WINE" sc start $SERVICE >/dev/null 2>&1
WINE_WAIT_SECONDS=60
check "expired session: the agent uninstalls itself at start (Products key gone)" wine_wait_for not_installed
WINE_WAIT_SECONDS=30
check "expired session: service removed" wine_wait_for service_missing
check "expired session: files removed" wine_wait_for no_program_dir
check "expired session: ProgramData removed" wine_wait_for no_data_dir
wineserver -w
wine_reg_export HKLM "$work/hklm-after-2.reg"
file_list >"$work/files-after-2.txt"
check "after self-removal HKLM identical to before (hklm-2.diff)" same_file "$work/hklm-before.reg" "$work/hklm-after-2.reg" "$work/hklm-2.diff"
check "after self-removal files identical to before (files-2.diff)" same_file "$work/files-before.txt" "$work/files-after-2.txt" "$work/files-2.diff"

# --- A newer build of the same version replaces the installed one (major upgrade) --------
# Same file, new ProductCode and package code, as two builds of one version differ.
next_msi="$work/downloads/AdHocSupport_$TOKEN (2).msi"
cp "$msi_src" "$next_msi"
NEXT_CODE="{$(tr 'a-f' 'A-F' </proc/sys/kernel/random/uuid)}"
msibuild "$next_msi" -s "AdHoc Support temporary support session" "AdHoc Support" "x64;1033" \
    "{$(tr 'a-f' 'A-F' </proc/sys/kernel/random/uuid)}"
msibuild "$next_msi" -q "UPDATE \`Property\` SET \`Value\` = '$NEXT_CODE' WHERE \`Property\` = 'ProductCode'"
rc=$(wine_msi_install "$msi" "$work/install-3.log" SERVERURL=http://127.0.0.1:9)
check "install before the upgrade succeeds (got $rc)" exit_is "$rc" 0
rc=$(wine_msi_install "$next_msi" "$work/upgrade.log")
check "newer build installs over it, without properties (got $rc)" exit_is "$rc" 0
DEFAULT_URL=$(msiinfo export "$msi_src" Property | tr -d '\r' | awk -F'\t' '$1 == "SERVERURL" { print $2 }' | sed 's/ *$//')
check "upgrade: ServerUrl is the package's default without its padding ('$DEFAULT_URL')" \
    reg_exact "$ROOT_KEY" ServerUrl "$DEFAULT_URL"
check "upgrade: ServerCa is empty, not 8192 spaces" reg_exact "$ROOT_KEY" ServerCa ""
check "upgrade: the older product is gone" not_installed
check "upgrade: the newer product is registered" installed "$NEXT_CODE"
check "upgrade: service running" wine_wait_for service_running
check "upgrade: files in place" program_file AdHocAgentService.exe
rc=$(wine_msi_uninstall "$NEXT_CODE" "$work/uninstall-upgraded.log")
check "uninstall of the upgraded product succeeds (got $rc)" exit_is "$rc" 0
check "after upgrade and uninstall: nothing registered" not_installed "$NEXT_CODE"
check "after upgrade and uninstall: service removed" wine_wait_for service_missing
wineserver -w
wine_reg_export HKLM "$work/hklm-after-3.reg"
file_list >"$work/files-after-3.txt"
check "after upgrade and uninstall HKLM identical to before (hklm-3.diff)" same_file "$work/hklm-before.reg" "$work/hklm-after-3.reg" "$work/hklm-3.diff"
check "after upgrade and uninstall files identical to before (files-3.diff)" same_file "$work/files-before.txt" "$work/files-after-3.txt" "$work/files-3.diff"

# --- Folders a standard user placed in ProgramData are not written through ------------------
data_dir="$WINEPREFIX/drive_c/ProgramData/AdHocSupport"
# A folder made before the install (as a standard user may): open to everyone, a file inside.
mkdir -p "$data_dir/logs"
echo planted >"$data_dir/planted.txt"
check "a pre-created folder is open to everyone (Everyone ACE)" acl_has 'C:\ProgramData\AdHocSupport' ';;;WD)'
rc=$(wine_msi_install "$msi" "$work/install-precreated.log" SERVERURL=http://127.0.0.1:9)
check "install over a pre-created ProgramData folder succeeds (got $rc)" exit_is "$rc" 0
check "service running" wine_wait_for service_running
check "the pre-created folder was not used: deleted (its file is gone) and created again" \
    [ ! -e "$data_dir/planted.txt" ]
check "the agent logged why it replaced it" wine_wait_for agent_log_contains "was not safe to use (its DACL grants access to S-1-1-0)"
check "the new folder's ACL admits SYSTEM and administrators only" acl_closed 'C:\ProgramData\AdHocSupport'
rc=$(wine_msi_uninstall "$PRODUCT_CODE" "$work/uninstall-precreated.log")
check "uninstall succeeds (got $rc)" exit_is "$rc" 0
# A symbolic link to a folder of the user's in its place: never written or deleted through.
rm -rf "$data_dir" "$work/victim"
mkdir -p "$work/victim"
echo keep >"$work/victim/keep.txt"
ln -s "$work/victim" "$data_dir"
rc=$(wine_msi_install "$msi" "$work/install-link.log" SERVERURL=http://127.0.0.1:9)
check "install with a link in place of the ProgramData folder succeeds (got $rc)" exit_is "$rc" 0
check "service running" wine_wait_for service_running
check "nothing written through the link (no logs in the link's target)" [ ! -e "$work/victim/logs" ]
rc=$(wine_msi_uninstall "$PRODUCT_CODE" "$work/uninstall-link.log")
check "uninstall succeeds (got $rc)" exit_is "$rc" 0
check "uninstall deleted nothing through the link" [ -f "$work/victim/keep.txt" ]
check "nothing installed any more" not_installed
rm -f "$data_dir"

# --- A repair or reinstall cannot point the agent elsewhere ---------------------------------
# A standard user may repair a per-machine product; Wine runs everything elevated, so this
# checks the package logic: only the first install writes ServerUrl, ServerCa, InstallSource.
# Last, on a fresh install: Wine keeps REINSTALL=ALL for the product afterwards (a later
# /i or /x of it fails), which Windows does not.
# Wine's msiexec /f does not repair (a package path is taken for a product code: 1605; a
# product code is a FIXME) and drops command-line properties, so the repairs run as
# /i REINSTALL=ALL with REINSTALLMODE=omus (what /fomus does) and amus (/fa + m, u, s).
rc=$(wine_msi_install "$msi" "$work/install-repair.log" SERVERURL=http://127.0.0.1:9 SERVERCA=TUlJQ0FCQ0Q=)
check "install before the reinstalls succeeds (got $rc)" exit_is "$rc" 0
check "service running" wine_wait_for service_running
EVIL_URL=http://evil.example:8080
evil_msi="$work/downloads/AdHocSupport_EviLtok3n0123456789abcdefghijklmnopqrstuvw.msi"
cp "$msi_src" "$evil_msi"
msiexec_rc() { "$WINE" msiexec "$@" >>"$WINE_ENV_DIR/msiexec.out" 2>&1; echo $?; }
config_unchanged() {
    reg_equals "$ROOT_KEY" ServerUrl "http://127.0.0.1:9" && reg_equals "$ROOT_KEY" ServerCa "TUlJQ0FCQ0Q=" &&
        reg_contains "$ROOT_KEY" InstallSource "AdHocSupport_$TOKEN (1).msi"
}
for mode in omus amus; do
    # Windows' StopServices waits for the service to stop; Wine's does not, and its
    # StartServices then fails: stop it first, as Windows would.
    "$WINE" sc stop $SERVICE >/dev/null 2>&1
    wine_wait_for service_stopped
    rc=$(msiexec_rc /i "$(wine_winpath "$evil_msi")" /qn /l*v "$(wine_winpath "$work/reinstall-$mode.log")" \
        REINSTALL=ALL REINSTALLMODE=$mode SERVERURL=$EVIL_URL SERVERCA=RVZJTA==)
    check "msiexec /i REINSTALL=ALL REINSTALLMODE=$mode SERVERURL=$EVIL_URL SERVERCA=... runs (got $rc)" exit_is "$rc" 0
    check "it was a reinstall (files and registry rewritten)" log_contains "$work/reinstall-$mode.log" "WriteRegistryValues"
    check "after REINSTALLMODE=$mode: ServerUrl, ServerCa, InstallSource unchanged" config_unchanged
done
check "the repaired service is running" wine_wait_for service_running
check "no reinstall stored settings (one 'settings stored' line in the agent log)" \
    [ "$(agent_log | grep -c 'installation settings stored')" = 1 ]
check "the agent never used the other server" agent_log_lacks "evil.example"
wine_msi_uninstall "$PRODUCT_CODE" "$work/uninstall-repair.log" >/dev/null

# --- No secret in any verbose log -----------------------------------------------------------
for log in "$work"/*.log; do
    check "no credential in $(basename "$log")" log_lacks "$log" "$SECRET_CREDENTIAL"
done

echo "msi tests took $(( $(date +%s) - started )) s"
echo "msi tests: $passed passed, $failed failed"
# Keep the prefix only when something failed (for a look); it takes about 700 MB.
if [ "$failed" -eq 0 ]; then
    wine_env_discard
    exit 0
fi
echo "Wine prefix kept for inspection: $WINEPREFIX"
exit 1
