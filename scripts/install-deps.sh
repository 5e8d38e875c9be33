#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages needed to build, run and test the tracker.
# Usage: scripts/install-deps.sh [--runtime-only]
# Packages already present are left alone; apt is only called when something is missing.
set -euo pipefail

build_packages=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-websockets-dev qt6-httpserver-dev libqt6sql6-sqlite libqt6sql6-psql
    libgl-dev libvulkan-dev
    qtkeychain-qt6-dev libsecret-1-0 libssl-dev libsqlite3-dev libfmt-dev libjwt-dev
    libqrencode-dev
    qt6-qpa-plugins fonts-dejavu-core qt6-translations-l10n
)
test_packages=(
    xvfb xauth dbus dbus-x11 gnome-keyring postgresql sqlite3 imagemagick chromium
    nginx-light openssl curl python3
    dpkg-dev lintian desktop-file-utils appstream
    clang-14 libclang-rt-14-dev
)

wanted=("${build_packages[@]}")
if [[ "${1:-}" != "--runtime-only" ]]; then
    wanted+=("${test_packages[@]}")
fi

missing=()
for package in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

# Node.js with npm runs the real peers of the service tests (stripe, jose, ws). Some machines
# carry a Node.js build that bundles npm; only ask apt for it when no npm is on the PATH.
if [[ "${1:-}" != "--runtime-only" ]] && ! command -v npm >/dev/null 2>&1; then
    missing+=(nodejs npm)
fi

if ((${#missing[@]} == 0)); then
    echo "All required packages are installed."
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
