#!/bin/sh
# run-unit-tests.sh: runs the unit-test executables under Wine, one fresh prefix (with HOME
# and TMPDIR) under target/ and an Xvfb display, and fails unless every executable ends
# with doctest's "[doctest] Status: SUCCESS!" (after its count of test cases and assertions).
# Usage: sh test/run-unit-tests.sh target/bin/core-tests.exe [target/bin/win32-tests.exe ...]
#        (OUT = the target folder, optional)
set -u
here=$(cd "$(dirname "$0")" && pwd)
out=${OUT:-$here/../target}
case "$out" in /*) ;; *) out="$here/../$out" ;; esac
. "$here/../../scripts/test/wine-env.sh"
work="$out/wine-unit-tests"
rm -rf "$work"
wine_env_init "$work"
trap wine_env_cleanup EXIT INT TERM
wine_xvfb_start || exit 1
status=0
for exe in "$@"; do
    exe=$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")
    name=$(basename "$exe" .exe)
    "$WINE" "$exe" 2>&1 | tr -d '\r' | tee "$work/$name.out"
    if ! grep -q '^\[doctest\] Status: SUCCESS!$' "$work/$name.out"; then
        echo "$name FAILED (output in $work/$name.out)"
        status=1
    fi
done
# Keep the prefix only when something failed; it takes about 700 MB.
if [ $status -eq 0 ]; then wine_env_discard; fi
exit $status
