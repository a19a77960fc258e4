// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/SessionRepository.h"

#include "storage/Clock.h"
#include "storage/RecordRows.h"

namespace kap {

namespace {
constexpr const char* Table = "sessions";

bool inRange(const std::optional<int>& value, int low, int high)
{
    return !value || (*value >= low && *value <= high);
}

Status validate(const Session& s)
{
    if (!s.occurredAt.isValid()) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a session needs a date and time"));
    }
    if (!inRange(s.moodBefore, 0, 10) || !inRange(s.moodAfter, 0, 10) || !inRange(s.dissociation, 0, 10)) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("ratings are 0-10"));
    }
    if ((s.doseMg && !(*s.doseMg > 0)) || (s.doseMgPerKg && !(*s.doseMgPerKg > 0))) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a dose must be above zero"));
    }
    if (s.costCents && *s.costCents < 0) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a cost cannot be negative"));
    }
    if (s.vitals.size() > vitals::MaxReadings) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("too many vitals readings"));
    }
    for (const VitalReading& reading : s.vitals) {
        if (const QString problem = vitals::problem(reading); !problem.isEmpty()) {
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("implausible vitals reading: %1").arg(problem));
        }
    }
    if (!inRange(s.dissociationClinicScore, 0, vitals::ClinicScoreMax)) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("clinic dissociation score out of range"));
    }
    return {};
}

/// Binds every content column at ?3..?24 (the statements below share this layout).
void bindContent(Statement& stmt, const Session& s, const rows::StoredTime& at)
{
    stmt.bind(3, at.utcMs)
        .bind(4, at.offsetSeconds)
        .bind(5, at.localDay)
        .bind(6, s.modality)
        .bind(7, s.route)
        .bind(8, s.routeOther)
        .bind(9, s.doseMg)
        .bind(10, s.doseMgPerKg)
        .bind(11, s.provider)
        .bind(12, s.setting)
        .bind(13, s.present)
        .bind(14, s.intention)
        .bind(15, s.moodBefore)
        .bind(16, s.moodAfter)
        .bind(17, vitals::encode(s.vitals))
        .bind(18, s.dissociation)
        .bind(19, s.dissociationClinicScore)
        .bind(20, s.dissociationClinicScale)
        .bind(21, rows::joinList(s.sideEffects))
        .bind(22, s.experience)
        .bind(23, s.costCents)
        .bind(24, s.currency);
}
} // namespace

SessionRepository::SessionRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) { }

Result<RecordId> SessionRepository::add(Session& session)
{
    if (Status valid = validate(session); !valid) {
        return valid.error();
    }
    auto at = rows::toStored(session.occurredAt);
    if (!at) {
        return at.error();
    }
    const std::int64_t now = rows::nowUtcMs(m_clock);
    auto stmt = m_db.prepare(
        "INSERT INTO sessions (created_utc, updated_utc, occurred_utc, occurred_offset, local_day, modality, route, "
        "route_other, dose_mg, dose_mg_per_kg, provider, setting, present, intention, mood_before, mood_after, "
        "vitals, dissociation, dissociation_clinic_score, dissociation_clinic_scale, side_effects, experience, "
        "cost_cents, currency, revision) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
        "?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, 1)");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, now).bind(2, now);
    bindContent(stmt.value(), session, at.value());
    if (Status s = stmt->exec(); !s) {
        return s.error();
    }
    session.id = m_db.lastInsertId();
    session.meta = RecordMeta { rows::fromUtcMs(now), rows::fromUtcMs(now), 1, std::nullopt };
    return session.id;
}

Result<Session> SessionRepository::get(RecordId id)
{
    return rows::selectById<Session>(m_db, rows::SessionColumns, Table, id, rows::readSession);
}

Status SessionRepository::update(Session& session)
{
    if (Status valid = validate(session); !valid) {
        return valid;
    }
    auto at = rows::toStored(session.occurredAt);
    if (!at) {
        return at.error();
    }
    const std::int64_t now = rows::nowUtcMs(m_clock);
    auto stmt = m_db.prepare(
        "UPDATE sessions SET occurred_utc = ?3, occurred_offset = ?4, local_day = ?5, modality = ?6, route = ?7, "
        "route_other = ?8, dose_mg = ?9, dose_mg_per_kg = ?10, provider = ?11, setting = ?12, present = ?13, "
        "intention = ?14, mood_before = ?15, mood_after = ?16, vitals = ?17, dissociation = ?18, "
        "dissociation_clinic_score = ?19, dissociation_clinic_scale = ?20, side_effects = ?21, experience = ?22, "
        "cost_cents = ?23, currency = ?24, updated_utc = ?25, revision = revision + 1 WHERE id = ?1 AND revision = ?2");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, session.id).bind(2, session.meta.revision).bind(25, now);
    bindContent(stmt.value(), session, at.value());
    if (Status s = stmt->exec(); !s) {
        return s;
    }
    if (m_db.changes() == 0) {
        return rows::explainUnchanged(m_db, Table, session.id);
    }
    session.meta.revision += 1;
    session.meta.updatedAt = rows::fromUtcMs(now);
    return {};
}

Status SessionRepository::moveToTrash(RecordId id)
{
    return rows::moveToTrash(m_db, Table, id, rows::nowUtcMs(m_clock));
}

Status SessionRepository::restore(RecordId id)
{
    return rows::restore(m_db, Table, id);
}

Result<QList<Session>> SessionRepository::list(const ListQuery& query)
{
    const QByteArray sql = QByteArray("SELECT ") + rows::SessionColumns + " FROM sessions WHERE deleted_utc IS NULL"
        + rows::dayRangeSql(query.range, "local_day") + rows::orderLimitSql(query, "occurred_utc");
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    return rows::readAll<Session>(stmt.value(), rows::readSession);
}

Result<std::optional<Session>> SessionRepository::latest()
{
    const QByteArray sql = QByteArray("SELECT ") + rows::SessionColumns
        + " FROM sessions WHERE deleted_utc IS NULL ORDER BY occurred_utc DESC, id DESC LIMIT 1";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    if (stmt->next()) {
        return std::optional<Session>(rows::readSession(stmt.value()));
    }
    if (!stmt->status()) {
        return stmt->status().error();
    }
    return std::optional<Session>();
}

Result<SessionTotals> SessionRepository::totals(const DayRange& range)
{
    const QByteArray where = " WHERE deleted_utc IS NULL" + rows::dayRangeSql(range, "local_day");
    SessionTotals totals;
    auto count = m_db.queryInt(("SELECT count(*) FROM sessions" + where).constData());
    if (!count) {
        return count.error();
    }
    totals.count = static_cast<int>(count.value());
    auto stmt = m_db.prepare(
        ("SELECT currency, sum(cost_cents) FROM sessions" + where + " AND cost_cents IS NOT NULL GROUP BY currency")
            .constData());
    if (!stmt) {
        return stmt.error();
    }
    while (stmt->next()) {
        totals.costCentsByCurrency.insert(stmt->text(0), stmt->int64(1));
    }
    if (!stmt->status()) {
        return stmt->status().error();
    }
    return totals;
}

} // namespace kap
