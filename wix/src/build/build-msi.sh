#!/bin/sh
# build-msi.sh: builds AdHocSupport.msi from the WiX sources with wixl (called by Maven
# in the package phase; usable alone). Copies the agent exes into the output folder,
# signs them and the MSI with osslsigncode when a PKCS#12 file is given.
#
# Usage: sh src/build/build-msi.sh VERSION SERVER_URL AGENT_BIN_DIR OUT_DIR [PKCS12 PASSWORD]
#   VERSION        numeric product version, e.g. 0.1.0
#   SERVER_URL     default of the public property SERVERURL, e.g. https://support.example.com
#   AGENT_BIN_DIR  folder with AdHocAgentService.exe, AdHocSupport.exe and AdHocRemote.exe
#   OUT_DIR        output folder; the MSI is OUT_DIR/AdHocSupport.msi (English), beside it
#                  AdHocSupport.<language>.msi for each lang/<language>.txt and
#                  AdHocSupport-languages.zip holding them all
#   PKCS12         optional code-signing certificate (.p12/.pfx); empty = no signing
set -eu
version=$1
server_url=$2
agent_bin=$3
out=$4
pkcs12=${5:-}
password=${6:-}
here=$(cd "$(dirname "$0")/../.." && pwd)

case "$server_url" in
    http://*|https://*) ;;
    *) echo "build-msi: adhoc.server.url must start with http:// or https:// (got '$server_url')" >&2; exit 1 ;;
esac
for exe in AdHocAgentService.exe AdHocSupport.exe AdHocRemote.exe; do
    if [ ! -f "$agent_bin/$exe" ]; then
        echo "build-msi: $agent_bin/$exe is missing: build agent-msi first" >&2
        exit 1
    fi
done

mkdir -p "$out/bin"
cp "$agent_bin/AdHocAgentService.exe" "$agent_bin/AdHocSupport.exe" "$agent_bin/AdHocRemote.exe" "$out/bin/"

sign() {
    # The password goes through a private file, never on the command line.
    passfile="$out/.signpass"
    (umask 077 && printf '%s' "$password" > "$passfile")
    rc=0
    osslsigncode sign -pkcs12 "$pkcs12" -readpass "$passfile" -n "AdHoc Support" -h sha256 \
        -in "$1" -out "$1.signed" >/dev/null || rc=$?
    rm -f "$passfile"
    if [ $rc -ne 0 ]; then echo "build-msi: osslsigncode failed for $1" >&2; return 1; fi
    mv "$1.signed" "$1"
}

signing=false
if [ -n "$pkcs12" ] && [ "$pkcs12" != "none" ]; then
    if [ ! -f "$pkcs12" ]; then echo "build-msi: signing certificate $pkcs12 not found" >&2; exit 1; fi
    signing=true
    sign "$out/bin/AdHocAgentService.exe"
    sign "$out/bin/AdHocSupport.exe"
    sign "$out/bin/AdHocRemote.exe"
    echo "build-msi: signed the agent executables"
fi

out=$(cd "$out" && pwd)
cd "$here"
rm -f "$out/AdHocSupport.msi"
# wixl 0.101 cannot read File/@Source given as an absolute path: pass BinDir relative.
bin_rel=$(realpath --relative-to="$here" "$out/bin")
# wixl warns that Package/@InstallPrivileges and @Platform are unknown to it: they are kept
# for the WiX toolset (wixl takes the platform from -a x64); those warnings are filtered.
rc=0
wixl -a x64 \
    -D ProductVersion="$version" \
    -D ServerUrl="$server_url" \
    -D BinDir="$bin_rel" \
    -o "$out/AdHocSupport.msi" \
    Product.wxs AgentFiles.wxs AgentService.wxs >"$out/wixl.log" 2>&1 || rc=$?
grep -v -e "no property named 'InstallPrivileges'" -e "no property named 'Platform'" -e '^$' "$out/wixl.log" >&2 || true
# wixl reports some errors (e.g. a missing file) only on stderr, with exit status 0.
if [ $rc -ne 0 ] || grep -q -e "Couldn't find" -e 'ERROR' -e 'CRITICAL' "$out/wixl.log" || [ ! -s "$out/AdHocSupport.msi" ]; then
    echo "build-msi: wixl failed (see $out/wixl.log)" >&2
    rm -f "$out/AdHocSupport.msi"
    exit 1
fi
# Post-processing with msibuild (msitools) for what wixl 0.101 cannot express.
msi=$out/AdHocSupport.msi
msi_query() { # runs on $msi
    if ! msibuild "$msi" -q "$1" >"$out/msibuild.log" 2>&1; then
        cat "$out/msibuild.log" >&2
        echo "build-msi: msibuild failed on $(basename "$msi"): $1" >&2
        rm -f "$msi"
        exit 1
    fi
}
property() {
    msiinfo export "$out/AdHocSupport.msi" Property | tr -d '\r' | awk -F'\t' -v p="$1" '$1 == p { print $2 }'
}
# 1. Public properties set on the command line must be listed in SecureCustomProperties
#    to reach the elevated part of an install started by a standard user (UAC); wixl
#    ignores Property/@Secure: add SERVERURL and SERVERCA to the list it generated.
secure=$(property SecureCustomProperties)
if [ -n "$secure" ]; then
    msi_query "UPDATE \`Property\` SET \`Value\` = 'SERVERURL;SERVERCA;$secure' WHERE \`Property\` = 'SecureCustomProperties'"
else
    msi_query "INSERT INTO \`Property\` (\`Property\`, \`Value\`) VALUES ('SecureCustomProperties', 'SERVERURL;SERVERCA')"
fi
# 1b. Room for the server to stamp its public address and its private CA into each
#     download (web module, MsiPackage): both defaults are padded with spaces to a fixed
#     width (the agent ignores surrounding spaces). SERVERCA (base64 DER) defaults to none.
pad() { printf "%-${2}s" "$1"; }
msi_query "UPDATE \`Property\` SET \`Value\` = '$(pad "$server_url" 512)' WHERE \`Property\` = 'SERVERURL'"
msi_query "INSERT INTO \`Property\` (\`Property\`, \`Value\`) VALUES ('SERVERCA', '$(pad "" 8192)')"
# 2. Builds of the same version replace each other (each build has its own ProductCode):
#    make the upgrade row's maximum version inclusive (Attributes 1 + 512), as WiX's
#    MajorUpgrade/@AllowSameVersionUpgrades does. Attributes is part of the key: replace the row.
upgrade_code=$(property UpgradeCode)
msi_query "DELETE FROM \`Upgrade\` WHERE \`ActionProperty\` = 'WIX_UPGRADE_DETECTED'"
msi_query "INSERT INTO \`Upgrade\` (\`UpgradeCode\`, \`VersionMax\`, \`Attributes\`, \`ActionProperty\`) VALUES ('$upgrade_code', '$version', 513, 'WIX_UPGRADE_DETECTED')"

# 3. Text in the package's tables is stored in Windows-1252 (the code page of all seven
#    languages): wixl ignores Product/@Codepage, so force it before any translated text.
printf '\r\n\r\n1252\t_ForceCodepage\r\n' >"$out/_ForceCodepage.idt"
(cd "$out" && msibuild AdHocSupport.msi -i _ForceCodepage.idt) || { echo "build-msi: cannot set the code page" >&2; exit 1; }
rm -f "$out/_ForceCodepage.idt"

# 4. One package per console language (lang/<language>.txt): the English package with its
#    launch-condition messages translated, its own language and its own package code. The
#    download page serves the one in the visitor's language.
msi=$out/AdHocSupport.msi
lang_text() { # file key
    sed -n "s/^$2=//p" "$1"
}
for texts in "$here"/lang/*.txt; do
    language=$(basename "$texts" .txt)
    if grep -q "'" "$texts"; then
        echo "build-msi: $texts: write apostrophes as ’ (MSI SQL cannot quote ')" >&2; exit 1
    fi
    msi="$out/AdHocSupport.$language.msi"
    cp "$out/AdHocSupport.msi" "$msi"
    lcid=$(lang_text "$texts" LCID)
    msi_query "UPDATE \`Property\` SET \`Value\` = '$lcid' WHERE \`Property\` = 'ProductLanguage'"
    for row in "NEWER|NOT WIX_DOWNGRADE_DETECTED" "ADMIN|Privileged" "X64|VersionNT64" \
               'HOST|NOT PERMANENTHOST OR REMOVE~="ALL"' 'PREVIOUS|NOT ACTIVETECHNICIAN OR REMOVE~="ALL"'; do
        message=$(lang_text "$texts" "${row%%|*}")
        if [ -z "$message" ]; then echo "build-msi: $texts has no ${row%%|*}=" >&2; exit 1; fi
        msi_query "UPDATE \`LaunchCondition\` SET \`Description\` = '$message' WHERE \`Condition\` = '${row#*|}'"
    done
    msibuild "$msi" -s "$(msiinfo suminfo "$out/AdHocSupport.msi" | sed -n "s/^Subject: //p")" "AdHoc Support" "x64;$lcid" \
        "{$(cat /proc/sys/kernel/random/uuid | tr a-z A-Z)}" || { echo "build-msi: summary of $msi" >&2; exit 1; }
done

for package in "$out"/AdHocSupport*.msi; do
    if $signing; then
        sign "$package"
        echo "build-msi: signed $(basename "$package")"
    fi
done
# The web module serves them all: one archive, attached beside the English package.
rm -f "$out/AdHocSupport-languages.zip"
(cd "$out" && python3 -m zipfile -c AdHocSupport-languages.zip AdHocSupport*.msi) \
    || { echo "build-msi: cannot archive the packages" >&2; exit 1; }
echo "build-msi: $out/AdHocSupport.msi and one per language in lang/ ($version, SERVERURL default $server_url)"
