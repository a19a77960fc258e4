#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 KAP Journal developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Command (2) of the README: install what is missing, build with warnings as errors, and run the
# whole test suite headless. .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
# KAP_PACKAGE_TESTS explicitly: an older build/ may hold OFF in its cache from before it was the
# default, and the package checks (lintian, AppStream, install) belong in this run.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKAP_WERROR=ON -DKAP_PACKAGE_TESTS=ON
cmake --build build -j "$(nproc)"

# Every test runs offscreen with temporary folders; nothing touches the user's real data.
export QT_QPA_PLATFORM=offscreen
export HOME="$(mktemp -d)"
export XDG_RUNTIME_DIR="$HOME/runtime" && mkdir -m 0700 -p "$XDG_RUNTIME_DIR"
ctest --test-dir build --output-on-failure --timeout 900 -j 2
