#!/bin/sh
# wine-env.sh: reusable helpers to run the agent and its MSI under Wine on Linux.
# Source it from sh/bash:  . scripts/test/wine-env.sh
#
#   wine_env_init DIR        own WINEPREFIX, HOME and TMPDIR under DIR; WINEDEBUG=-all
#   wine_xvfb_start          start Xvfb on a free display, export DISPLAY
#   wine_prefix_create       wineboot a fresh 64-bit prefix (about 10 s)
#   wine_msi_install MSI LOG [PROP=VALUE...]   msiexec /i /qn /l*v; prints the exit code
#   wine_msi_uninstall CODE LOG                msiexec /x {CODE} /qn /l*v; prints the exit code
#   wine_reg_line KEY NAME   print the line `reg query` gives for one value (NAME TYPE DATA,
#                            trailing spaces kept; empty if missing)
#   wine_reg_value KEY NAME  print the data of one registry value (empty if missing)
#   wine_reg_has_key KEY     exit status 0 if the key exists
#   wine_reg_export KEY FILE export a key as .reg (UTF-8, volatile keys removed)
#   wine_packed_guid {GUID}  the packed form used under Installer\Products
#   wine_service_state NAME  RUNNING / STOPPED / ... or MISSING
#   wine_msiexec_running     exit status 0 while an msiexec of this prefix runs (an install
#                            or a removal, whoever started it)
#   wine_wait_for CMD...     retry a command for up to WINE_WAIT_SECONDS (default 30)
#   wine_agent_status TOOL   the installed agent's status JSON, via AdHocPipeTool.exe
#                            (agent-msi/target/bin; it talks to the service like the app)
#   wine_agent_activate TOOL CODE [LINK]  type the security code (and link) as the app does
#   wine_agent_end TOOL      "End session and remove"
#   (The service takes a code or "end" only from AdHocSupport.exe or AdHocPipeTool.exe in
#   its own folder: activate and end copy the tool into Program Files\AdHocSupport for
#   the call, as an administrator would, and delete it again.)
#   wine_env_cleanup         wineserver -k and stop the Xvfb started here
#   wine_env_discard         wine_env_cleanup, then delete the prefix (about 700 MB)
#
# Wine facts these rely on (see platform.md): msiexec exit codes are the Windows codes
# mod 256 (1603 reads 67, 3010 reads 194); Wine writes into $HOME and TMPDIR, so both
# point into DIR; Control\Video keys change at every boot.

wine_env_init() {
    WINE_ENV_DIR=$(mkdir -p "$1" && cd "$1" && pwd)
    export WINEPREFIX="$WINE_ENV_DIR/prefix"
    export HOME="$WINE_ENV_DIR/home"
    export TMPDIR="$WINE_ENV_DIR/tmp"
    export XDG_CACHE_HOME="$WINE_ENV_DIR/home/.cache"
    export XDG_CONFIG_HOME="$WINE_ENV_DIR/home/.config"
    export XDG_DATA_HOME="$WINE_ENV_DIR/home/.local/share"
    export WINEDEBUG=-all
    export WINEARCH=win64
    # No Mono/Gecko download prompts in a fresh prefix.
    export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
    mkdir -p "$HOME" "$TMPDIR"
    WINE_XVFB_PID=""
    if command -v wine64 >/dev/null 2>&1; then WINE=wine64
    elif [ -x /usr/lib/wine/wine64 ]; then WINE=/usr/lib/wine/wine64
    else WINE=wine; fi
    export WINE
}

wine_xvfb_start() {
    n=${WINE_XVFB_FIRST_DISPLAY:-91}
    while [ "$n" -lt 200 ]; do
        if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then
            Xvfb ":$n" -screen 0 1024x768x24 -nolisten tcp >"$WINE_ENV_DIR/xvfb.log" 2>&1 &
            WINE_XVFB_PID=$!
            i=0
            while [ $i -lt 50 ]; do
                if [ -e "/tmp/.X11-unix/X$n" ]; then
                    export DISPLAY=":$n"
                    return 0
                fi
                if ! kill -0 "$WINE_XVFB_PID" 2>/dev/null; then break; fi
                sleep 0.1
                i=$((i + 1))
            done
            kill "$WINE_XVFB_PID" 2>/dev/null
            WINE_XVFB_PID=""
        fi
        n=$((n + 1))
    done
    echo "wine-env: no free X display for Xvfb" >&2
    return 1
}

wine_prefix_create() {
    "$WINE" wineboot -i >"$WINE_ENV_DIR/wineboot.log" 2>&1
    wineserver -w
}

wine_winpath() {
    "$WINE" winepath -w "$1" 2>/dev/null | tr -d '\r'
}

wine_msi_install() {
    msi=$1; log=$2; shift 2
    "$WINE" msiexec /i "$(wine_winpath "$msi")" /qn /l*v "$(wine_winpath "$log")" "$@" \
        >>"$WINE_ENV_DIR/msiexec.out" 2>&1
    echo $?
}

wine_msi_uninstall() {
    code=$1; log=$2
    "$WINE" msiexec /x "$code" /qn /l*v "$(wine_winpath "$log")" >>"$WINE_ENV_DIR/msiexec.out" 2>&1
    echo $?
}

# On a loaded machine one `wine reg query` now and then fails to run and prints nothing, so a
# value's line that did not come is asked for again twice: no caller expects a value to be missing.
wine_reg_line() {
    for try in 1 2 3; do
        wine_line=$("$WINE" reg query "$1" /v "$2" 2>/dev/null | tr -d '\r' | awk -v name="$2" '$1 == name { print; exit }')
        if [ -n "$wine_line" ] || [ "$try" = 3 ]; then break; fi
        sleep 0.5
    done
    printf '%s\n' "$wine_line"
}

wine_reg_value() {
    wine_reg_line "$1" "$2" | awk '{ $1 = ""; $2 = ""; sub(/^  */, ""); print }'
}

wine_msiexec_running() {
    # A Wine process keeps the Unix environment it was started with, WINEPREFIX included.
    for pid in $(pgrep -f -i 'msiexec\.exe'); do
        tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qx "WINEPREFIX=$WINEPREFIX" && return 0
    done
    return 1
}

wine_reg_has_key() {
    "$WINE" reg query "$1" >/dev/null 2>&1
}

wine_reg_export() {
    raw="$2.raw"
    rm -f "$raw" "$2"
    "$WINE" reg export "$1" "$(wine_winpath "$raw")" /y >/dev/null 2>&1 || return 1
    # UTF-16 to UTF-8; drop keys that change by themselves (display adapters, device
    # enumeration, random seeds, ...) and the empty bookkeeping keys Windows Installer
    # creates at its first install (Installer\Products, UserData\S-1-5-18, ...): they
    # exist on any real PC. Keys with values are always kept.
    iconv -f UTF-16 -t UTF-8 "$raw" | tr -d '\r' | awk '
        function flush() {
            if (block != "" && !(installer && values == 0)) printf "%s", block
            block = ""; values = 0; installer = 0
        }
        /^\[/ {
            flush()
            skip = ($0 ~ /Control\\Video|\\Enum\\|DeviceClasses|Hardware Profiles|\\Cryptography\\RNG|Perflib|\\Tcpip\\Parameters\\Interfaces|ServiceGroupOrder|\\Wine\\Drivers|Memory Management|\\Class\\\{/)
            installer = ($0 ~ /\\Installer(\\|\])/)
        }
        skip { next }
        /^\[/ { block = $0 "\n"; next }
        /^[@"]/ { values++ }
        { block = block $0 "\n" }
        END { flush() }' >"$2"
    rm -f "$raw"
}

wine_packed_guid() {
    g=$(echo "$1" | tr -d '{}-' | tr 'a-f' 'A-F')
    rev() { echo "$1" | awk '{ s = ""; for (i = length($0); i > 0; i--) s = s substr($0, i, 1); print s }'; }
    swap() { echo "$1" | sed 's/\(.\)\(.\)/\2\1/g'; }
    echo "$(rev "$(echo "$g" | cut -c1-8)")$(rev "$(echo "$g" | cut -c9-12)")$(rev "$(echo "$g" | cut -c13-16)")$(swap "$(echo "$g" | cut -c17-32)")"
}

wine_service_state() {
    out=$("$WINE" sc query "$1" 2>/dev/null | tr -d '\r')
    state=$(echo "$out" | awk '/STATE/ { print $4; exit }')
    if [ -z "$state" ]; then echo MISSING; else echo "$state"; fi
}

wine_wait_for() {
    limit=${WINE_WAIT_SECONDS:-30}
    i=0
    while [ $i -lt $((limit * 2)) ]; do
        if "$@"; then return 0; fi
        sleep 0.5
        i=$((i + 1))
    done
    return 1
}

wine_agent_status() {
    "$WINE" "$1" status 2>/dev/null | tr -d '\r'
}

# Runs TOOL ARGS... from the installed agent's folder (stdin passed on), then removes it.
wine_agent_tool_installed() {
    wine_tool_copy="$WINEPREFIX/drive_c/Program Files/AdHocSupport/AdHocPipeTool.exe"
    cp "$1" "$wine_tool_copy" || return 1
    shift
    "$WINE" "$wine_tool_copy" "$@" 2>/dev/null | tr -d '\r'
    rm -f "$wine_tool_copy"
}

wine_agent_activate() {
    # The code goes through stdin, never on a command line.
    printf '%s\n%s\n' "$2" "${3:-}" | wine_agent_tool_installed "$1" activate
}

wine_agent_end() {
    wine_agent_tool_installed "$1" end
}

wine_env_cleanup() {
    if [ -n "$WINEPREFIX" ] && [ -d "$WINEPREFIX" ]; then wineserver -k 2>/dev/null; fi
    if [ -n "$WINE_XVFB_PID" ]; then
        kill "$WINE_XVFB_PID" 2>/dev/null
        wait "$WINE_XVFB_PID" 2>/dev/null
        WINE_XVFB_PID=""
    fi
}

wine_env_discard() {
    wine_env_cleanup
    if [ -n "${WINEPREFIX:-}" ] && [ -d "$WINEPREFIX/drive_c" ]; then rm -rf "$WINEPREFIX"; fi
}
