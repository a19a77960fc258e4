// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/NoteRepository.h"

#include "storage/Clock.h"
#include "storage/RecordRows.h"

namespace kap {

namespace {
constexpr const char* Table = "notes";

void bindContent(Statement& stmt, const IntegrationNote& note, const rows::StoredTime& at)
{
    stmt.bind(3, note.sessionId)
        .bind(4, at.utcMs)
        .bind(5, at.offsetSeconds)
        .bind(6, at.localDay)
        .bind(7, note.title)
        .bind(8, note.body)
        .bind(9, rows::joinList(note.tags));
}
} // namespace

NoteRepository::NoteRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) { }

Result<RecordId> NoteRepository::add(IntegrationNote& note)
{
    auto at = rows::toStored(note.writtenAt);
    if (!at) {
        return at.error();
    }
    const std::int64_t now = rows::nowUtcMs(m_clock);
    auto stmt = m_db.prepare("INSERT INTO notes (created_utc, updated_utc, session_id, written_utc, written_offset, "
                             "local_day, title, body, tags, revision) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1)");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, now).bind(2, now);
    bindContent(stmt.value(), note, at.value());
    if (Status s = stmt->exec(); !s) {
        return s.error();
    }
    note.id = m_db.lastInsertId();
    note.meta = RecordMeta { rows::fromUtcMs(now), rows::fromUtcMs(now), 1, std::nullopt };
    return note.id;
}

Result<IntegrationNote> NoteRepository::get(RecordId id)
{
    return rows::selectById<IntegrationNote>(m_db, rows::NoteColumns, Table, id, rows::readNote);
}

Status NoteRepository::update(IntegrationNote& note)
{
    auto at = rows::toStored(note.writtenAt);
    if (!at) {
        return at.error();
    }
    const std::int64_t now = rows::nowUtcMs(m_clock);
    auto stmt = m_db.prepare("UPDATE notes SET session_id = ?3, written_utc = ?4, written_offset = ?5, local_day = ?6, "
                             "title = ?7, body = ?8, tags = ?9, updated_utc = ?10, revision = revision + 1 "
                             "WHERE id = ?1 AND revision = ?2");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, note.id).bind(2, note.meta.revision).bind(10, now);
    bindContent(stmt.value(), note, at.value());
    if (Status s = stmt->exec(); !s) {
        return s;
    }
    if (m_db.changes() == 0) {
        return rows::explainUnchanged(m_db, Table, note.id);
    }
    note.meta.revision += 1;
    note.meta.updatedAt = rows::fromUtcMs(now);
    return {};
}

Status NoteRepository::moveToTrash(RecordId id)
{
    return rows::moveToTrash(m_db, Table, id, rows::nowUtcMs(m_clock));
}

Status NoteRepository::restore(RecordId id)
{
    return rows::restore(m_db, Table, id);
}

Result<QList<IntegrationNote>> NoteRepository::list(const ListQuery& query)
{
    const QByteArray sql = QByteArray("SELECT ") + rows::NoteColumns + " FROM notes WHERE deleted_utc IS NULL"
        + rows::dayRangeSql(query.range, "local_day") + rows::orderLimitSql(query, "written_utc");
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    return rows::readAll<IntegrationNote>(stmt.value(), rows::readNote);
}

Result<QList<IntegrationNote>> NoteRepository::forSession(RecordId sessionId)
{
    const QByteArray sql = QByteArray("SELECT ") + rows::NoteColumns
        + " FROM notes WHERE deleted_utc IS NULL AND session_id = ?1 ORDER BY written_utc, id";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, sessionId);
    return rows::readAll<IntegrationNote>(stmt.value(), rows::readNote);
}

} // namespace kap
