// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Database.h"
#include "storage/Result.h"

#include <functional>
#include <vector>

namespace kap {

/// One step of the schema history: brings a journal from `version - 1` to `version`.
struct Migration
{
    int version = 0;
    std::function<Status(Database&)> apply;
};

/// The journal's schema history (Kasts' recipe): `PRAGMA user_version` holds the version; each
/// step runs in its own transaction that ends by bumping the version, so a crash mid-migration
/// leaves the file at the previous version. A file newer than the app is refused, never touched.
class Schema
{
public:
    /// The version this build writes.
    static int currentVersion();
    /// All steps, in order, starting at version 1 (version 0 is an empty, freshly keyed file).
    static std::vector<Migration> migrations();

    /// Reads `PRAGMA user_version`.
    static Result<int> version(Database& db);

    /// Runs every step above the file's version. `beforeUpgrade` is called once, before the
    /// first step, when an existing journal (version >= 1) is about to change, so the caller can
    /// take an encrypted backup; if it fails nothing is migrated.
    static Status migrate(
        Database& db, const std::vector<Migration>& steps, const std::function<Status(int fromVersion)>& beforeUpgrade);
};

} // namespace kap
