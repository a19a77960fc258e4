// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/CheckinRepository.h"

#include "storage/Clock.h"
#include "storage/RecordRows.h"

namespace kap {

namespace {
constexpr const char* Table = "checkins";

bool inRange(const std::optional<int>& value)
{
    return !value || (*value >= 0 && *value <= 10);
}

Status validate(const MoodCheckin& checkin)
{
    if (checkin.mood < 0 || checkin.mood > 10 || !inRange(checkin.anxiety) || !inRange(checkin.energy)
        || !inRange(checkin.sleep)) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("ratings are 0-10"));
    }
    return {};
}

/// Empty import keys are stored as NULL: the UNIQUE constraint then only applies to real keys.
std::optional<QString> importKeyValue(const MoodCheckin& checkin)
{
    return checkin.importKey.isEmpty() ? std::nullopt : std::optional<QString>(checkin.importKey);
}

void bindContent(Statement& stmt, const MoodCheckin& checkin, const rows::StoredTime& at)
{
    stmt.bind(3, at.utcMs)
        .bind(4, at.offsetSeconds)
        .bind(5, at.localDay)
        .bind(6, checkin.mood)
        .bind(7, checkin.anxiety)
        .bind(8, checkin.energy)
        .bind(9, checkin.sleep)
        .bind(10, checkin.note)
        .bind(11, rows::joinList(checkin.tags))
        .bind(12, importKeyValue(checkin));
}
} // namespace

CheckinRepository::CheckinRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) { }

Result<RecordId> CheckinRepository::add(MoodCheckin& checkin)
{
    if (Status valid = validate(checkin); !valid) {
        return valid.error();
    }
    auto at = rows::toStored(checkin.at);
    if (!at) {
        return at.error();
    }
    const std::int64_t now = rows::nowUtcMs(m_clock);
    auto stmt = m_db.prepare(
        "INSERT INTO checkins (created_utc, updated_utc, at_utc, at_offset, local_day, mood, anxiety, energy, sleep, "
        "note, tags, import_key, revision) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 1)");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, now).bind(2, now);
    bindContent(stmt.value(), checkin, at.value());
    if (Status s = stmt->exec(); !s) {
        return s.error();
    }
    checkin.id = m_db.lastInsertId();
    checkin.meta = RecordMeta { rows::fromUtcMs(now), rows::fromUtcMs(now), 1, std::nullopt };
    return checkin.id;
}

Result<bool> CheckinRepository::addImported(MoodCheckin& checkin)
{
    if (!checkin.importKey.isEmpty()) {
        auto stmt = m_db.prepare("SELECT 1 FROM checkins WHERE import_key = ?1");
        if (!stmt) {
            return stmt.error();
        }
        stmt->bind(1, checkin.importKey);
        if (stmt->next()) {
            return false;
        }
        if (!stmt->status()) {
            return stmt->status().error();
        }
    }
    auto added = add(checkin);
    if (!added) {
        return added.error();
    }
    return true;
}

Result<MoodCheckin> CheckinRepository::get(RecordId id)
{
    return rows::selectById<MoodCheckin>(m_db, rows::CheckinColumns, Table, id, rows::readCheckin);
}

Status CheckinRepository::update(MoodCheckin& checkin)
{
    if (Status valid = validate(checkin); !valid) {
        return valid;
    }
    auto at = rows::toStored(checkin.at);
    if (!at) {
        return at.error();
    }
    const std::int64_t now = rows::nowUtcMs(m_clock);
    auto stmt
        = m_db.prepare("UPDATE checkins SET at_utc = ?3, at_offset = ?4, local_day = ?5, mood = ?6, anxiety = ?7, "
                       "energy = ?8, sleep = ?9, note = ?10, tags = ?11, import_key = ?12, updated_utc = ?13, "
                       "revision = revision + 1 WHERE id = ?1 AND revision = ?2");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, checkin.id).bind(2, checkin.meta.revision).bind(13, now);
    bindContent(stmt.value(), checkin, at.value());
    if (Status s = stmt->exec(); !s) {
        return s;
    }
    if (m_db.changes() == 0) {
        return rows::explainUnchanged(m_db, Table, checkin.id);
    }
    checkin.meta.revision += 1;
    checkin.meta.updatedAt = rows::fromUtcMs(now);
    return {};
}

Status CheckinRepository::moveToTrash(RecordId id)
{
    return rows::moveToTrash(m_db, Table, id, rows::nowUtcMs(m_clock));
}

Status CheckinRepository::restore(RecordId id)
{
    return rows::restore(m_db, Table, id);
}

Result<QList<MoodCheckin>> CheckinRepository::list(const ListQuery& query)
{
    const QByteArray sql = QByteArray("SELECT ") + rows::CheckinColumns + " FROM checkins WHERE deleted_utc IS NULL"
        + rows::dayRangeSql(query.range, "local_day") + rows::orderLimitSql(query, "at_utc");
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    return rows::readAll<MoodCheckin>(stmt.value(), rows::readCheckin);
}

Result<QList<DailyMood>> CheckinRepository::dailySeries(const DayRange& range)
{
    // avg() skips NULLs and is NULL when a day has no rating of that kind: "not recorded" stays
    // absent instead of pulling the mean towards zero.
    const QByteArray sql = "SELECT local_day, avg(mood), avg(anxiety), avg(energy), avg(sleep), count(*) FROM checkins"
                           " WHERE deleted_utc IS NULL"
        + rows::dayRangeSql(range, "local_day") + " GROUP BY local_day ORDER BY local_day";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    QList<DailyMood> series;
    while (stmt->next()) {
        DailyMood point;
        point.day = rows::dayFromKey(stmt->text(0));
        point.mood = stmt->real(1);
        point.anxiety = stmt->optReal(2);
        point.energy = stmt->optReal(3);
        point.sleep = stmt->optReal(4);
        point.count = stmt->int32(5);
        series.append(point);
    }
    if (!stmt->status()) {
        return stmt->status().error();
    }
    return series;
}

} // namespace kap
