// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Database.h"
#include "storage/Entities.h"
#include "storage/Result.h"

namespace kap {

class Clock;

/// Something sitting in the trash.
struct TrashItem
{
    EntryKind kind = EntryKind::Note;
    RecordId id = 0;
    QDateTime deletedAt;
    QString summary; ///< a short description for the Trash view (title, date, mood...)
};

/// The trash across all record kinds. Deleting is always moveToTrash() on a repository; only
/// emptyTrash()/purge() remove data for good.
class TrashRepository
{
public:
    TrashRepository(Database& db, const Clock& clock);

    /// Everything trashed, most recently deleted first.
    Result<QList<TrashItem>> list();
    Status restore(EntryKind kind, RecordId id);
    /// Removes one trashed record for good (refuses records not in the trash).
    Status purge(EntryKind kind, RecordId id);
    /// Removes every trashed record for good. Notes linked to a purged session become
    /// free-standing.
    Status emptyTrash();

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace kap
