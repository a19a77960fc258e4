// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Only tests, benchmarks and fixture generators include this header: app/ and qml/ work through
// the repositories, JournalTransaction and JournalReadTransaction (tests/layering_check.cmake
// keeps SQL out of app/).

#include "storage/Journal.h"

namespace kap {

/// The raw connection and key of a Journal, for tests that check the stored rows directly, plant
/// damage, or open the file with the sqlcipher shell.
struct JournalTestAccess
{
    static Database& database(Journal& journal) { return journal.database(); }
    /// The SQLCipher key string (x'key+salt'). Secure memory; do not log.
    static SecureBytes rawKey(const Journal& journal) { return journal.rawKey(); }
};

} // namespace kap
