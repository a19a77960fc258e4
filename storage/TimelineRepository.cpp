// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/TimelineRepository.h"

#include "storage/RecordRows.h"

#include <array>

namespace kap {

namespace {

/// The four kinds the timeline merges, with where their time and day live.
struct Source
{
    EntryKind kind;
    const char* table;
    const char* timeColumn;
    const char* columns;
};

const std::array<Source, 4>& sources()
{
    static const std::array<Source, 4> all { {
        { EntryKind::Session, "sessions", "occurred_utc", rows::SessionColumns },
        { EntryKind::Note, "notes", "written_utc", rows::NoteColumns },
        { EntryKind::Checkin, "checkins", "at_utc", rows::CheckinColumns },
        { EntryKind::Questionnaire, "questionnaires", "at_utc", rows::QuestionnaireColumns },
    } };
    return all;
}

} // namespace

TimelineRepository::TimelineRepository(Database& db) : m_db(db) { }

Result<QList<TimelineEntry>> TimelineRepository::page(const TimelineQuery& query)
{
    QList<TimelineEntry> entries;
    if (query.limit == 0) {
        return entries;
    }
    const QByteArray limit = QByteArray::number(query.limit < 0 ? -1 : query.limit);

    // Step 1: only (kind, id, time) of the page, merged newest first. Each branch is limited on its
    // own (via its time index) so a page costs the same on a 10-year journal as on a new one.
    QByteArray sql;
    for (const Source& source : sources()) {
        if (!query.kinds.isEmpty() && !query.kinds.contains(source.kind)) {
            continue;
        }
        if (!sql.isEmpty()) {
            sql += " UNION ALL ";
        }
        sql += "SELECT * FROM (SELECT " + QByteArray::number(static_cast<int>(source.kind)) + " AS kind, id, "
            + source.timeColumn + " AS t FROM " + source.table + " WHERE deleted_utc IS NULL"
            + rows::dayRangeSql(query.range, "local_day");
        if (query.before.isValid()) {
            sql += QByteArray(" AND ") + source.timeColumn + " < ?1";
        }
        sql += QByteArray(" ORDER BY ") + source.timeColumn + " DESC, id DESC LIMIT " + limit + ")";
    }
    if (sql.isEmpty()) {
        return entries; // only phases (or nothing) asked for: phases are not on the timeline
    }
    sql = "SELECT kind, id FROM (" + sql + ") ORDER BY t DESC, kind DESC, id DESC LIMIT " + limit;
    auto ids = m_db.prepare(sql.constData());
    if (!ids) {
        return ids.error();
    }
    if (query.before.isValid()) {
        ids->bind(1, static_cast<std::int64_t>(query.before.toMSecsSinceEpoch()));
    }
    QList<std::pair<EntryKind, RecordId>> keys;
    while (ids->next()) {
        keys.append({ static_cast<EntryKind>(ids->int32(0)), ids->int64(1) });
    }
    if (!ids->status()) {
        return ids->status().error();
    }

    // Step 2: fetch the records of the page, one prepared statement per kind.
    std::array<Statement, 4> fetch;
    for (std::size_t i = 0; i < sources().size(); ++i) {
        const Source& source = sources()[i];
        const QByteArray select = QByteArray("SELECT ") + source.columns + " FROM " + source.table + " WHERE id = ?1";
        auto stmt = m_db.prepare(select.constData());
        if (!stmt) {
            return stmt.error();
        }
        fetch[i] = std::move(stmt.value());
    }
    entries.reserve(keys.size());
    for (const auto& [kind, id] : keys) {
        Statement& stmt = fetch[static_cast<std::size_t>(kind)];
        stmt.reset();
        stmt.bind(1, id);
        if (!stmt.next()) {
            if (!stmt.status()) {
                return stmt.status().error();
            }
            continue; // cannot happen inside one connection; skip rather than fail the page
        }
        TimelineEntry entry;
        entry.kind = kind;
        switch (kind) {
        case EntryKind::Session: {
            Session session = rows::readSession(stmt);
            entry.at = session.occurredAt;
            entry.record = std::move(session);
            break;
        }
        case EntryKind::Note: {
            IntegrationNote note = rows::readNote(stmt);
            entry.at = note.writtenAt;
            entry.record = std::move(note);
            break;
        }
        case EntryKind::Checkin: {
            MoodCheckin checkin = rows::readCheckin(stmt);
            entry.at = checkin.at;
            entry.record = std::move(checkin);
            break;
        }
        case EntryKind::Questionnaire:
        case EntryKind::Phase: {
            QuestionnaireResponse response = rows::readQuestionnaire(stmt);
            entry.at = response.at;
            entry.record = std::move(response);
            break;
        }
        }
        entries.append(std::move(entry));
    }
    return entries;
}

} // namespace kap
