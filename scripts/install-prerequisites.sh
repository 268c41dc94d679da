#!/usr/bin/env bash
# Installs what building, running and testing AdHoc Support needs on a Debian 12 machine:
# Java 17 and Maven, the Windows cross toolchain (mingw-w64, wixl, osslsigncode), Wine and
# Xvfb for the agent's tests (xdotool clicks and types in the app, xwd from x11-apps keeps its
# screenshots, xclip reads its clipboard), Chromium for the browser tests, Node.js for the viewer's
# tests, HAProxy for the cluster test, and the agent's libraries (nlohmann/json, doctest, zlib
# for mingw). Does nothing when all is there.
set -euo pipefail

PACKAGES=(
  openjdk-17-jdk-headless maven curl unzip python3
  g++-mingw-w64-x86-64 msitools wixl osslsigncode
  wine wine64 xvfb xdotool x11-utils xclip x11-apps
  chromium chromium-driver postgresql openssl nodejs haproxy
  nlohmann-json3-dev doctest-dev
)

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

missing=()
for package in "${PACKAGES[@]}"; do
  installed "$package" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Run as root or install sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
