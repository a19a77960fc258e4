// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Database.h"
#include "storage/Entities.h"
#include "storage/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace kap {

class Clock;

/// Shared row plumbing for the repositories: how times, days, lists and the bookkeeping columns
/// are stored, the column lists of every table and the readers that turn a row into a record.
/// Kept in one place so the repositories, the timeline, search and the trash read rows the same
/// way.
namespace rows {

/// A moment as stored: the UTC instant, the UTC offset in force when it was entered, and the
/// person's local day at that offset (so day and week queries need no time-zone arithmetic).
struct StoredTime
{
    std::int64_t utcMs = 0;
    int offsetSeconds = 0;
    QString localDay;
};

/// Splits a QDateTime (any time spec) into its stored form; InvalidArgument when it is invalid.
Result<StoredTime> toStored(const QDateTime& at);
/// The stored form back as a QDateTime carrying the original offset (Qt::OffsetFromUTC).
QDateTime fromStored(std::int64_t utcMs, int offsetSeconds);
/// Bookkeeping stamps are kept as UTC instants only.
QDateTime fromUtcMs(std::int64_t utcMs);
std::int64_t nowUtcMs(const Clock& clock);

/// 'yyyy-MM-dd' (sorts like the date itself); empty for an invalid date.
QString dayKey(QDate day);
QDate dayFromKey(const QString& key);

/// Lists are stored one item per line; items are trimmed and empty items dropped, so a line
/// break inside an item cannot split it into two.
QString joinList(const QStringList& items);
QStringList splitList(const QString& text);

/// Questionnaire answers as "0,1,3,...".
QString joinAnswers(const QList<int>& answers);
QList<int> splitAnswers(const QString& text);

/// ` AND <dayColumn> >= 'first' AND <dayColumn> <= 'last'` for the valid ends of `range`. Days are
/// formatted from QDate, never from user text, so they are safe to inline.
QByteArray dayRangeSql(const DayRange& range, const char* dayColumn);
/// ` ORDER BY <timeColumn> <dir>, id <dir> LIMIT n OFFSET m` for a ListQuery.
QByteArray orderLimitSql(const ListQuery& query, const char* timeColumn);

/// The bookkeeping columns, in the order readMeta() expects them.
inline constexpr const char* MetaColumns = "created_utc, updated_utc, revision, deleted_utc";
RecordMeta readMeta(const Statement& stmt, int firstColumn);

// Column lists (each ends with the meta columns) and the matching readers. Every reader expects
// the row to have been selected with exactly its column list.
extern const char* const PhaseColumns;
extern const char* const SessionColumns;
extern const char* const NoteColumns;
extern const char* const CheckinColumns;
extern const char* const QuestionnaireColumns;
Phase readPhase(const Statement& stmt);
Session readSession(const Statement& stmt);
IntegrationNote readNote(const Statement& stmt);
MoodCheckin readCheckin(const Statement& stmt);
QuestionnaireResponse readQuestionnaire(const Statement& stmt);

/// The table that holds records of `kind`.
const char* tableFor(EntryKind kind);

/// `SELECT <columns> FROM <table> WHERE id = ?`, read with `reader`; NotFound when absent.
template <typename Record, typename Reader>
Result<Record> selectById(Database& db, const char* columns, const char* table, RecordId id, Reader reader)
{
    const QByteArray sql = QByteArray("SELECT ") + columns + " FROM " + table + " WHERE id = ?1";
    auto stmt = db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id);
    if (stmt->next()) {
        return reader(stmt.value());
    }
    if (!stmt->status()) {
        return stmt->status().error();
    }
    return makeError(ErrorCode::NotFound, QStringLiteral("no record %1 in %2").arg(id).arg(QLatin1String(table)));
}

/// Runs a SELECT already prepared and bound and reads every row with `reader`.
template <typename Record, typename Reader> Result<QList<Record>> readAll(Statement& stmt, Reader reader)
{
    QList<Record> records;
    while (stmt.next()) {
        records.append(reader(stmt));
    }
    if (!stmt.status()) {
        return stmt.status().error();
    }
    return records;
}

/// After an `UPDATE ... WHERE id = ? AND revision = ?` that changed nothing: NotFound when the
/// record is gone, Conflict when it exists with another revision (edited elsewhere).
Status explainUnchanged(Database& db, const char* table, RecordId id);
/// Sets deleted_utc (keeps the first deletion time when already trashed). NotFound when absent.
Status moveToTrash(Database& db, const char* table, RecordId id, std::int64_t nowMs);
/// Clears deleted_utc. NotFound when absent.
Status restore(Database& db, const char* table, RecordId id);
/// Overwrites the bookkeeping columns (created, updated, revision, trashed) of a record just added,
/// so an import keeps what its source said instead of "now" and revision 1. An invalid time leaves
/// that column as it is.
Status restoreMeta(Database& db, EntryKind kind, RecordId id, const RecordMeta& meta);

} // namespace rows
} // namespace kap
