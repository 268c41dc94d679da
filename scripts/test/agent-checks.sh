#!/bin/sh
# agent-checks.sh: what the Wine test scripts (and the Java end-to-end tests) ask of an
# installed agent, plus the PASS/FAIL bookkeeping. Source it after wine-env.sh;
# PRODUCT_CODE and SERVICE name the product and its service.

passed=0
failed=0

# check NAME COMMAND...: runs the command, prints PASS or FAIL with the name, counts it.
check() {
    name=$1
    shift
    if "$@"; then
        passed=$((passed + 1))
        echo "PASS $name"
    else
        failed=$((failed + 1))
        echo "FAIL $name"
    fi
}

products_key() { printf '%s\n' "HKLM\\Software\\Classes\\Installer\\Products\\$(wine_packed_guid "${1:-$PRODUCT_CODE}")"; }
installed() { wine_reg_has_key "$(products_key "${1:-$PRODUCT_CODE}")"; }
not_installed() { ! installed "${1:-$PRODUCT_CODE}"; }
service_running() { [ "$(wine_service_state $SERVICE)" = RUNNING ]; }
service_missing() { [ "$(wine_service_state $SERVICE)" = MISSING ]; }
service_stopped() { [ "$(wine_service_state $SERVICE)" = STOPPED ]; }
no_program_dir() { [ ! -e "$WINEPREFIX/drive_c/Program Files/AdHocSupport" ]; }
no_data_dir() { [ ! -e "$WINEPREFIX/drive_c/ProgramData/AdHocSupport" ]; }
reg_equals() { [ "$(wine_reg_value "$1" "$2")" = "$3" ]; }
