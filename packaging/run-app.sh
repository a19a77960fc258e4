#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 KAP Journal developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Command (1) of the README: install what is missing, build, and launch KAP Journal.
# Extra arguments go to the app (for example --demo).
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --target kapjournal kapjournal-cli

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  cat <<MSG
KAP Journal is built (build/bin/kapjournal), but this machine has no graphical display
(DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open here.
  - On a desktop: run   build/bin/kapjournal
  - On a headless machine: run   xvfb-run -a build/bin/kapjournal   (the window then lives in a
    virtual display; take a screenshot with: import -window root shot.png)
  - Without any display, the command-line tool works:   build/bin/kapjournal-cli --help
MSG
  exit 0
fi

exec build/bin/kapjournal "$@"
