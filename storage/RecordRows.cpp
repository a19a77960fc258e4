// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/RecordRows.h"

#include "storage/Clock.h"
#include "storage/OffsetTime.h"

#include <algorithm>
#include <optional>

namespace kap::rows {

const char* const PhaseColumns = "id, kind, label, start_day, end_day, notes, "
                                 "created_utc, updated_utc, revision, deleted_utc";
const char* const SessionColumns
    = "id, occurred_utc, occurred_offset, modality, route, route_other, dose_mg, dose_mg_per_kg, provider, setting, "
      "present, intention, mood_before, mood_after, vitals, dissociation, dissociation_clinic_score, "
      "dissociation_clinic_scale, side_effects, experience, cost_cents, currency, created_utc, updated_utc, revision, "
      "deleted_utc";
const char* const NoteColumns = "id, session_id, written_utc, written_offset, title, body, tags, "
                                "created_utc, updated_utc, revision, deleted_utc";
const char* const CheckinColumns = "id, at_utc, at_offset, mood, anxiety, energy, sleep, note, tags, import_key, "
                                   "created_utc, updated_utc, revision, deleted_utc";
const char* const QuestionnaireColumns = "id, kind, at_utc, at_offset, answers, difficulty, "
                                         "created_utc, updated_utc, revision, deleted_utc";

Result<StoredTime> toStored(const QDateTime& at)
{
    if (!at.isValid()) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("missing or invalid date and time"));
    }
    StoredTime stored;
    stored.utcMs = at.toMSecsSinceEpoch();
    stored.offsetSeconds = at.offsetFromUtc();
    // The local day is the calendar day the person saw at that moment, at their offset then.
    stored.localDay = dayKey(at.toOffsetFromUtc(stored.offsetSeconds).date());
    if (stored.localDay.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("date out of range"));
    }
    return stored;
}

QDateTime fromStored(std::int64_t utcMs, int offsetSeconds)
{
    return offsettime::fromMSecs(utcMs, offsetSeconds);
}

QDateTime fromUtcMs(std::int64_t utcMs)
{
    return offsettime::fromUtcMSecs(utcMs);
}

std::int64_t nowUtcMs(const Clock& clock)
{
    return clock.now().toMSecsSinceEpoch();
}

QString dayKey(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QDate dayFromKey(const QString& key)
{
    // Fast path for the stored form (the daily series reads thousands of these per query).
    if (key.size() == 10 && key.at(4) == QLatin1Char('-') && key.at(7) == QLatin1Char('-')) {
        const QStringView view(key);
        bool okYear = false;
        bool okMonth = false;
        bool okDay = false;
        const int year = view.mid(0, 4).toInt(&okYear);
        const int month = view.mid(5, 2).toInt(&okMonth);
        const int day = view.mid(8, 2).toInt(&okDay);
        if (okYear && okMonth && okDay) {
            return QDate(year, month, day);
        }
    }
    return key.isEmpty() ? QDate() : QDate::fromString(key, Qt::ISODate);
}

QString joinList(const QStringList& items)
{
    QStringList cleaned;
    for (const QString& item : items) {
        // A line break inside an item would turn it into two items when read back.
        QString one = item;
        one.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
        one = one.trimmed();
        if (!one.isEmpty()) {
            cleaned.append(one);
        }
    }
    return cleaned.join(QLatin1Char('\n'));
}

QStringList splitList(const QString& text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString joinAnswers(const QList<int>& answers)
{
    QStringList parts;
    parts.reserve(answers.size());
    for (int answer : answers) {
        parts.append(QString::number(answer));
    }
    return parts.join(QLatin1Char(','));
}

QList<int> splitAnswers(const QString& text)
{
    QList<int> answers;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        answers.append(part.toInt());
    }
    return answers;
}

QByteArray dayRangeSql(const DayRange& range, const char* dayColumn)
{
    QByteArray sql;
    if (range.first.isValid()) {
        sql += QByteArray(" AND ") + dayColumn + " >= '" + dayKey(range.first).toLatin1() + "'";
    }
    if (range.last.isValid()) {
        sql += QByteArray(" AND ") + dayColumn + " <= '" + dayKey(range.last).toLatin1() + "'";
    }
    return sql;
}

QByteArray orderLimitSql(const ListQuery& query, const char* timeColumn)
{
    const QByteArray direction = query.order == SortOrder::NewestFirst ? " DESC" : " ASC";
    QByteArray sql = QByteArray(" ORDER BY ") + timeColumn + direction + ", id" + direction;
    sql += " LIMIT " + QByteArray::number(query.limit < 0 ? -1 : query.limit);
    sql += " OFFSET " + QByteArray::number(query.offset < 0 ? 0 : query.offset);
    return sql;
}

RecordMeta readMeta(const Statement& stmt, int firstColumn)
{
    RecordMeta meta;
    meta.createdAt = fromUtcMs(stmt.int64(firstColumn));
    meta.updatedAt = fromUtcMs(stmt.int64(firstColumn + 1));
    meta.revision = stmt.int32(firstColumn + 2);
    if (!stmt.isNull(firstColumn + 3)) {
        meta.deletedAt = fromUtcMs(stmt.int64(firstColumn + 3));
    }
    return meta;
}

Phase readPhase(const Statement& stmt)
{
    Phase phase;
    phase.id = stmt.int64(0);
    phase.kind = phaseKindFromKey(stmt.text(1)).value_or(PhaseKind::Other);
    phase.label = stmt.text(2);
    phase.start = dayFromKey(stmt.text(3));
    if (!stmt.isNull(4)) {
        phase.end = dayFromKey(stmt.text(4));
    }
    phase.notes = stmt.text(5);
    phase.meta = readMeta(stmt, 6);
    return phase;
}

Session readSession(const Statement& stmt)
{
    Session s;
    s.id = stmt.int64(0);
    s.occurredAt = fromStored(stmt.int64(1), stmt.int32(2));
    s.modality = stmt.text(3);
    s.route = stmt.text(4);
    s.routeOther = stmt.text(5);
    s.doseMg = stmt.optReal(6);
    s.doseMgPerKg = stmt.optReal(7);
    s.provider = stmt.text(8);
    s.setting = stmt.text(9);
    s.present = stmt.text(10);
    s.intention = stmt.text(11);
    s.moodBefore = stmt.optInt(12);
    s.moodAfter = stmt.optInt(13);
    // The repository writes only readings it has checked; an unreadable value reads as none.
    s.vitals = vitals::decode(stmt.text(14)).value_or(QList<VitalReading>());
    s.dissociation = stmt.optInt(15);
    s.dissociationClinicScore = stmt.optInt(16);
    s.dissociationClinicScale = stmt.text(17);
    s.sideEffects = splitList(stmt.text(18));
    s.experience = stmt.text(19);
    s.costCents = stmt.optInt64(20);
    s.currency = stmt.text(21);
    s.meta = readMeta(stmt, 22);
    return s;
}

IntegrationNote readNote(const Statement& stmt)
{
    IntegrationNote note;
    note.id = stmt.int64(0);
    note.sessionId = stmt.optInt64(1);
    note.writtenAt = fromStored(stmt.int64(2), stmt.int32(3));
    note.title = stmt.text(4);
    note.body = stmt.text(5);
    note.tags = splitList(stmt.text(6));
    note.meta = readMeta(stmt, 7);
    return note;
}

MoodCheckin readCheckin(const Statement& stmt)
{
    MoodCheckin checkin;
    checkin.id = stmt.int64(0);
    checkin.at = fromStored(stmt.int64(1), stmt.int32(2));
    checkin.mood = stmt.int32(3);
    checkin.anxiety = stmt.optInt(4);
    checkin.energy = stmt.optInt(5);
    checkin.sleep = stmt.optInt(6);
    checkin.note = stmt.text(7);
    checkin.tags = splitList(stmt.text(8));
    checkin.importKey = stmt.text(9);
    checkin.meta = readMeta(stmt, 10);
    return checkin;
}

QuestionnaireResponse readQuestionnaire(const Statement& stmt)
{
    QuestionnaireResponse response;
    response.id = stmt.int64(0);
    response.kind = questionnaireKindFromKey(stmt.text(1)).value_or(QuestionnaireKind::Phq9);
    response.at = fromStored(stmt.int64(2), stmt.int32(3));
    response.answers = splitAnswers(stmt.text(4));
    response.difficulty = stmt.optInt(5);
    response.meta = readMeta(stmt, 6);
    return response;
}

const char* tableFor(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Session:
        return "sessions";
    case EntryKind::Note:
        return "notes";
    case EntryKind::Checkin:
        return "checkins";
    case EntryKind::Questionnaire:
        return "questionnaires";
    case EntryKind::Phase:
        return "phases";
    }
    return "";
}

Status explainUnchanged(Database& db, const char* table, RecordId id)
{
    const QByteArray sql = QByteArray("SELECT revision FROM ") + table + " WHERE id = ?1";
    auto stmt = db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id);
    if (stmt->next()) {
        return makeError(ErrorCode::Conflict,
            QStringLiteral("%1 %2 changed elsewhere (now revision %3)")
                .arg(QLatin1String(table))
                .arg(id)
                .arg(stmt->int64(0)));
    }
    if (!stmt->status()) {
        return stmt->status();
    }
    return makeError(ErrorCode::NotFound, QStringLiteral("no record %1 in %2").arg(id).arg(QLatin1String(table)));
}

Status moveToTrash(Database& db, const char* table, RecordId id, std::int64_t nowMs)
{
    const QByteArray sql = QByteArray("UPDATE ") + table + " SET deleted_utc = coalesce(deleted_utc, ?2) WHERE id = ?1";
    auto stmt = db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id).bind(2, nowMs);
    if (Status s = stmt->exec(); !s) {
        return s;
    }
    if (db.changes() == 0) {
        return makeError(ErrorCode::NotFound, QStringLiteral("no record %1 in %2").arg(id).arg(QLatin1String(table)));
    }
    return {};
}

Status restore(Database& db, const char* table, RecordId id)
{
    const QByteArray sql = QByteArray("UPDATE ") + table + " SET deleted_utc = NULL WHERE id = ?1";
    auto stmt = db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id);
    if (Status s = stmt->exec(); !s) {
        return s;
    }
    if (db.changes() == 0) {
        return makeError(ErrorCode::NotFound, QStringLiteral("no record %1 in %2").arg(id).arg(QLatin1String(table)));
    }
    return {};
}

Status restoreMeta(Database& db, EntryKind kind, RecordId id, const RecordMeta& meta)
{
    const QByteArray sql = QByteArray("UPDATE ") + tableFor(kind)
        + " SET created_utc = coalesce(?1, created_utc), updated_utc = coalesce(?2, updated_utc),"
          " revision = ?3, deleted_utc = ?4 WHERE id = ?5";
    auto stmt = db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    // Stored as UTC milliseconds like every other time column.
    auto stamp = [](const QDateTime& t) {
        return t.isValid() ? std::optional<std::int64_t>(t.toMSecsSinceEpoch()) : std::nullopt;
    };
    stmt->bind(1, stamp(meta.createdAt));
    stmt->bind(2, stamp(meta.updatedAt));
    stmt->bind(3, std::max(1, meta.revision));
    stmt->bind(4, meta.deletedAt ? stamp(*meta.deletedAt) : std::nullopt);
    stmt->bind(5, std::int64_t(id));
    return stmt->exec();
}

} // namespace kap::rows
