// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/DraftRepository.h"

#include "storage/Clock.h"
#include "storage/RecordRows.h"

namespace kap {

namespace {

Draft readDraft(const Statement& stmt)
{
    Draft draft;
    draft.editor = stmt.text(0);
    draft.recordId = stmt.int64(1);
    draft.savedAt = rows::fromUtcMs(stmt.int64(2));
    draft.content = stmt.text(3);
    return draft;
}

} // namespace

DraftRepository::DraftRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) { }

Status DraftRepository::keep(const QString& editor, RecordId recordId, const QString& content)
{
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO drafts (editor, record_id, saved_utc, content)"
                             " VALUES (?1, ?2, ?3, ?4)");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, editor).bind(2, std::int64_t(recordId)).bind(3, rows::nowUtcMs(m_clock)).bind(4, content);
    return stmt->exec();
}

Result<std::optional<Draft>> DraftRepository::find(const QString& editor, RecordId recordId)
{
    auto stmt = m_db.prepare("SELECT editor, record_id, saved_utc, content FROM drafts"
                             " WHERE editor = ?1 AND record_id = ?2");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, editor).bind(2, std::int64_t(recordId));
    if (stmt->next()) {
        return std::optional<Draft>(readDraft(*stmt));
    }
    if (!stmt->status()) {
        return stmt->status().error();
    }
    return std::optional<Draft>();
}

Status DraftRepository::remove(const QString& editor, RecordId recordId)
{
    auto stmt = m_db.prepare("DELETE FROM drafts WHERE editor = ?1 AND record_id = ?2");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, editor).bind(2, std::int64_t(recordId));
    return stmt->exec();
}

Result<QList<Draft>> DraftRepository::list()
{
    auto stmt = m_db.prepare("SELECT editor, record_id, saved_utc, content FROM drafts ORDER BY saved_utc DESC");
    if (!stmt) {
        return stmt.error();
    }
    QList<Draft> drafts;
    while (stmt->next()) {
        drafts.append(readDraft(*stmt));
    }
    if (!stmt->status()) {
        return stmt->status().error();
    }
    return drafts;
}

} // namespace kap
