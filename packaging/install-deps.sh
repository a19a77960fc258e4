#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 KAP Journal developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Installs every Debian package that KAP Journal needs to build, run and test, on Debian 12
# (bookworm: Qt 6.4, SQLCipher 3.4.1) and Debian 13 (trixie: Qt 6.8, SQLCipher 4.6).
# Idempotent: packages already present are skipped, and `apt-get update` runs once, only when
# something is missing. Needs root (or sudo).
set -euo pipefail

# The release decides nothing but the list below; the journal format is the same on both.
release=unknown
if [ -r /etc/os-release ]; then
  release=$(. /etc/os-release && echo "${VERSION_CODENAME:-${VERSION_ID:-unknown}}")
fi
case "$release" in
  bookworm) echo "install-deps: detected Debian 12 (bookworm)" ;;
  trixie) echo "install-deps: detected Debian 13 (trixie)" ;;
  *) echo "install-deps: detected '$release', which is not Debian 12 or 13; trying the same package names" ;;
esac

# Only names that both releases ship: the unversioned metapackages (libclang-rt-dev, clang,
# clang-format) follow each release's default LLVM.
PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git ccache clang clang-format libclang-rt-dev file
  # Qt 6 (6.4 on bookworm, 6.8 on trixie)
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  qt6-qpa-plugins libqt6svg6 qt6-wayland libgl-dev libvulkan-dev libxkbcommon-dev
  qml6-module-qtqml qml6-module-qtquick qml6-module-qtquick-controls
  qml6-module-qtquick-layouts qml6-module-qtquick-templates qml6-module-qtquick-window
  qml6-module-qtquick-dialogs qml6-module-qtqml-workerscript qml6-module-qtqml-models
  qml6-module-qtcharts qml6-module-qttest qml6-module-qt-labs-settings
  qml6-module-qt-labs-platform qml6-module-qtquick-shapes
  # storage, crypto, PDF, passphrase strength
  libsqlcipher-dev sqlcipher libsodium-dev libqpdf-dev qpdf libzxcvbn-dev
  # fonts for rendering, headless display, output checkers
  fonts-dejavu-core fontconfig xvfb xauth poppler-utils imagemagick
  desktop-file-utils appstream lintian dpkg-dev fakeroot shared-mime-info man-db groff-base
  # a private bus for the desktop-lock test (tst_desktoplockwatcher; Qt D-Bus is in qt6-base-dev)
  dbus-daemon
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
