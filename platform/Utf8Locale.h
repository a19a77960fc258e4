// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace kap {

/// Call first in main(), before the Q*Application: when the environment names no UTF-8 locale
/// (LANG unset or "C", as under `env -i`, cron or a bare chroot), text is handled as UTF-8 anyway
/// by setting LC_CTYPE=C.UTF-8. Qt 6.8 does the same switch itself but announces it on stderr, in
/// the middle of the command-line tool's output. Messages, numbers and dates keep the person's
/// settings; an explicit non-UTF-8 LC_ALL is left alone (Qt then says what it did).
void preferUtf8Locale();

} // namespace kap
