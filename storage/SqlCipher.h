// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The one place that includes SQLCipher's header: sqlite3_key() and friends are declared only when
// SQLITE_HAS_CODEC is defined, and we must never pick up plain SQLite's <sqlite3.h> by accident.
#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlcipher/sqlite3.h>
