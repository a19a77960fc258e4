// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/Entities.h"
#include "storage/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace kap {

/// What an editor held when it was left unfinished (a lock, the window closed, Escape): kept
/// inside the encrypted journal, never in a file of its own, and offered back the next time
/// that editor opens the same record. `content` is the editor's own JSON; the store does not
/// read it. One draft per editor and record (recordId 0: a new entry not saved yet).
struct Draft
{
    QString editor;
    RecordId recordId = 0;
    QDateTime savedAt;
    QString content;
};

class DraftRepository
{
public:
    explicit DraftRepository(Database& db, const Clock& clock);

    /// Stores or replaces the draft of `editor` for `recordId`, stamped now.
    Status keep(const QString& editor, RecordId recordId, const QString& content);
    /// The kept draft, if any.
    Result<std::optional<Draft>> find(const QString& editor, RecordId recordId);
    /// Removes it (saved or discarded); no error when there is none.
    Status remove(const QString& editor, RecordId recordId);
    /// Every kept draft, newest first (what is waiting to be continued).
    Result<QList<Draft>> list();

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace kap
