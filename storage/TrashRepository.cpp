// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/TrashRepository.h"

#include "storage/Clock.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/RecordRows.h"
#include "storage/SearchRepository.h"

#include <array>

namespace kap {

namespace {

constexpr std::array<EntryKind, 5> AllKinds { EntryKind::Session, EntryKind::Note, EntryKind::Checkin,
    EntryKind::Questionnaire, EntryKind::Phase };

/// A short, language-neutral description per kind (day and title, mood or score); the app adds
/// words around it.
const char* summarySql(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Session:
        return "SELECT 0, id, deleted_utc, local_day || ' ' || CASE WHEN provider != '' THEN provider ELSE modality END"
               " FROM sessions WHERE deleted_utc IS NOT NULL";
    case EntryKind::Note:
        return "SELECT 1, id, deleted_utc, local_day || ' ' || CASE WHEN title != '' THEN title"
               " ELSE substr(body, 1, 60) END FROM notes WHERE deleted_utc IS NOT NULL";
    case EntryKind::Checkin:
        return "SELECT 2, id, deleted_utc, local_day || ' ' || mood || '/10' FROM checkins"
               " WHERE deleted_utc IS NOT NULL";
    case EntryKind::Questionnaire:
        return "SELECT 3, id, deleted_utc, local_day || ' ' || upper(kind) || ' ' || total FROM questionnaires"
               " WHERE deleted_utc IS NOT NULL";
    case EntryKind::Phase:
        return "SELECT 4, id, deleted_utc, start_day || ' ' || CASE WHEN label != '' THEN label ELSE kind END"
               " FROM phases WHERE deleted_utc IS NOT NULL";
    }
    return "";
}

} // namespace

TrashRepository::TrashRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) { }

Result<QList<TrashItem>> TrashRepository::list()
{
    QByteArray sql;
    for (EntryKind kind : AllKinds) {
        if (!sql.isEmpty()) {
            sql += " UNION ALL ";
        }
        sql += summarySql(kind);
    }
    sql += " ORDER BY 3 DESC, 1, 2 DESC";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    QList<TrashItem> items;
    while (stmt->next()) {
        TrashItem item;
        item.kind = static_cast<EntryKind>(stmt->int32(0));
        item.id = stmt->int64(1);
        item.deletedAt = rows::fromUtcMs(stmt->int64(2));
        item.summary = stmt->text(3);
        items.append(std::move(item));
    }
    if (!stmt->status()) {
        return stmt->status().error();
    }
    return items;
}

Status TrashRepository::restore(EntryKind kind, RecordId id)
{
    if (kind == EntryKind::Questionnaire) {
        // Restoring a flagged PHQ-9 leaves an item-9 trace; the repository owns that rule.
        return QuestionnaireRepository(m_db, m_clock).restore(id);
    }
    return rows::restore(m_db, rows::tableFor(kind), id);
}

Status TrashRepository::purge(EntryKind kind, RecordId id)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    const char* table = rows::tableFor(kind);
    const QByteArray sql = QByteArray("DELETE FROM ") + table + " WHERE id = ?1 AND deleted_utc IS NOT NULL";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id);
    if (Status s = stmt->exec(); !s) {
        return s;
    }
    if (m_db.changes() == 0) {
        // Either it does not exist or it is not in the trash: never delete a live record.
        auto exists = rows::explainUnchanged(m_db, table, id);
        if (exists.code() == ErrorCode::Conflict) {
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("record is not in the trash"));
        }
        return exists;
    }
    if (Status s = SearchRepository::forgetDeleted(m_db, kind); !s) {
        return s;
    }
    return tx.commit();
}

Status TrashRepository::emptyTrash()
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    for (EntryKind kind : AllKinds) {
        const QByteArray sql = QByteArray("DELETE FROM ") + rows::tableFor(kind) + " WHERE deleted_utc IS NOT NULL";
        if (Status s = m_db.exec(sql.constData()); !s) {
            return s;
        }
        if (Status s = SearchRepository::forgetDeleted(m_db, kind); !s) {
            return s;
        }
    }
    return tx.commit();
}

} // namespace kap
